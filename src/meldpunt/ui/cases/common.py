"""Small helpers of the case screens: labels of codes and messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from meldpunt.domain.taxonomy import Taxonomy

__all__ = [
    "Messages",
    "close_dialogs",
    "code_label",
    "codes_label",
]


def code_label(taxonomy: Taxonomy, field: str, code: str | None, lang: str) -> str:
    """The label of a code in the UI language; the code itself if the taxonomy lost it."""
    if not code:
        return ""
    if taxonomy.is_known(field, code):
        return taxonomy.label(field, code, lang)
    return code


def codes_label(taxonomy: Taxonomy, field: str, codes: tuple[str, ...], lang: str) -> str:
    return ", ".join(code_label(taxonomy, field, c, lang) for c in codes)


class Messages:
    """Message boxes shown (not exec-ed) so the window keeps running and tests can read them.

    The last box is kept in ``last_message``; a new one replaces it.
    """

    def __init__(self, owner: QWidget) -> None:
        self.owner = owner
        self.last_message: QMessageBox | None = None

    def show(self, icon: QMessageBox.Icon, title: str, text: str, details: str = "") -> QMessageBox:
        if self.last_message is not None:
            self.last_message.close()
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.owner)
        box.setObjectName("caseMessage")
        if details:
            box.setInformativeText(details)
        box.setAccessibleName(title)
        box.open()
        self.last_message = box
        return box

    def error(self, text: str) -> QMessageBox:
        title = QCoreApplication.translate("Messages", "Not done")
        return self.show(QMessageBox.Icon.Warning, title, text)

    def info(self, text: str) -> QMessageBox:
        title = QCoreApplication.translate("Messages", "Done")
        return self.show(QMessageBox.Icon.Information, title, text)

    def close(self) -> None:
        if self.last_message is not None:
            self.last_message.close()
            self.last_message = None


def close_dialogs(window: QWidget | None) -> None:
    """Close every dialog of the case screens over ``window`` (on lock: they may show data).

    A modal dialog's exec() then returns "rejected", so no change is made after the lock.
    """
    if window is None:
        return
    for dialog in window.findChildren(QDialog):
        ours = type(dialog).__module__.startswith("meldpunt.ui.cases") or dialog.objectName() in (
            "caseMessage",
            "withdrawQuestion",
        )
        if ours and dialog.isVisible():
            dialog.reject()
