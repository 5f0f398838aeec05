"""Role names in the user's language: one translation context for every screen that names one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def role_label(role: str) -> str:
    labels = {
        "intake": QCoreApplication.translate("Roles", "intake"),
        "caseworker": QCoreApplication.translate("Roles", "caseworker"),
        "coordinator": QCoreApplication.translate("Roles", "coordinator"),
        "statistician": QCoreApplication.translate("Roles", "statistician"),
        "administrator": QCoreApplication.translate("Roles", "IT administrator"),
    }
    return labels.get(role, role)
