"""Another role for a colleague: the choice, what the role may read, and what changes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from meldpunt.domain.accounts import Role
from meldpunt.ui.roles import role_label


class ChangeRoleDialog(QDialog):
    """Pick the new role of ``username``; OK only when it differs from the current one."""

    def __init__(self, username: str, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeRoleDialog")
        self.setWindowTitle(self.tr("Change role"))
        self.current = current
        self.role = QComboBox()
        self.role.setObjectName("newRole")
        for role in Role:
            self.role.addItem(role_label(role.value), role.value)
        self.role.setCurrentIndex(max(self.role.findData(current), 0))
        self.role.setAccessibleName(self.tr("New role"))
        self.reads = QLabel()
        self.reads.setObjectName("roleReads")
        self.reads.setWordWrap(True)
        intro = QLabel(
            self.tr("{name} is now {role}.")
            .replace("{name}", username)
            .replace("{role}", role_label(current))
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        label = QLabel(self.tr("&New role"))
        label.setBuddy(self.role)
        form.addRow(label, self.role)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.reads)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.role.currentIndexChanged.connect(self._update)
        self._update()
        self.role.setFocus()

    def chosen(self) -> str:
        return str(self.role.currentData())

    def _update(self) -> None:
        reads = {
            "intake": self.tr("Reads and records reports, including names and narratives."),
            "caseworker": self.tr(
                "Reads reports and follows them up in case files, with notes and letters."
            ),
            "coordinator": self.tr(
                "Everything, plus staff accounts, retention, backups and the audit trail."
            ),
            "statistician": self.tr(
                "Only the coded facts for the annual report: never names or narratives."
            ),
            "administrator": self.tr(
                "No reports at all: backups, restore and the audit check only."
            ),
        }
        self.reads.setText(reads.get(self.chosen(), ""))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.chosen() != self.current)
