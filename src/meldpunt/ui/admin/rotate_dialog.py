"""Replacing a class key (after someone left or changed role): choose, confirm, progress.

A rotation makes a new version of the class key, grants it to everyone who holds the class,
re-wraps every record's data key in batches and then retires the old version. It resumes
where it stopped after a crash (the next coordinator sign-in finishes it), so the dialog
offers no cancel: closing is refused while it runs.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meldpunt.crypto.errors import CryptoError
from meldpunt.crypto.keys import KeyClass
from meldpunt.services.errors import ServiceError
from meldpunt.services.rotation import RotationStatus
from meldpunt.ui.context import AppContext
from meldpunt.ui.service_errors import error_text
from meldpunt.ui.tasks import run_cancellable

log = logging.getLogger(__name__)


class RotateKeyDialog(QDialog):
    """Pick the class; the key is replaced in the background with a progress bar."""

    def __init__(
        self, context: AppContext, preselect: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rotateKeyDialog")
        self.setWindowTitle(self.tr("Replace a key"))
        self.setMinimumWidth(480)
        self.context = context
        self.running = False
        self.status: RotationStatus | None = None
        intro = QLabel(
            self.tr(
                "Replace a key when someone who held it left or changed role: every record's "
                "key is re-wrapped with the new one, and the old one stops opening anything. "
                "Colleagues who are signed in must sign in again afterwards. This can take a "
                "few minutes in a large office; it resumes by itself if it is interrupted."
            )
        )
        intro.setWordWrap(True)
        self.key_class = QComboBox()
        self.key_class.setObjectName("keyClass")
        self.key_class.setAccessibleName(self.tr("Key"))
        labels = {
            KeyClass.IDENTITY: self.tr("identity: names and contact details"),
            KeyClass.SPECIAL: self.tr("coded facts: criteria, domain, dates"),
            KeyClass.CASE: self.tr("case data: narratives, notes, evidence"),
            KeyClass.BACKUP: self.tr("backups"),
        }
        for key_class, label in labels.items():
            self.key_class.addItem(label, key_class.code)
        if preselect is not None:
            self.key_class.setCurrentIndex(max(self.key_class.findData(preselect), 0))
        form = QFormLayout()
        key_label = QLabel(self.tr("&Key"))
        key_label.setBuddy(self.key_class)
        form.addRow(key_label, self.key_class)
        self.progress = QProgressBar()
        self.progress.setObjectName("rotateProgress")
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setVisible(False)
        self.message = QLabel()
        self.message.setObjectName("rotateMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.start_button = QPushButton(self.tr("&Replace"))
        self.start_button.setObjectName("rotateButton")
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.start_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.key_class.setFocus()

    def chosen(self) -> KeyClass:
        return KeyClass.from_code(str(self.key_class.currentData()))

    def start(self) -> None:
        if self.running:
            return
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Replace the {key} key now?").replace("{key}", self.key_class.currentText()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ring = self.context.ring
        rotation = self.context.services.rotation
        key_class = self.chosen()
        self._set_running(True)
        self.message.setText(self.tr("Replacing the key…"))
        run_cancellable(
            lambda progress: rotation.rotate(ring, key_class, progress=progress),
            self._done,
            self._failed,
            on_progress=self._progress,
        )

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)
        self.start_button.setEnabled(not running)
        self.key_class.setEnabled(not running)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not running)

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _done(self, status: object) -> None:
        assert isinstance(status, RotationStatus)
        self.status = status
        self._set_running(False)
        if status.remaining:
            text = self.tr(
                "The new key is in use; {n} records still carry the old one. Meldpunt finishes "
                "them after the next sign-in of a coordinator."
            ).replace("{n}", str(status.remaining))
        else:
            text = self.tr(
                "The key was replaced (version {version}); the old one opens nothing any more. "
                "Colleagues who are signed in must sign in again."
            ).replace("{version}", str(status.new_version))
        self.message.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self._set_running(False)
        if isinstance(exc, ServiceError):
            self.message.setText(error_text(exc))
        elif isinstance(exc, CryptoError):
            self.message.setText(
                self.tr("The session was locked; the replacement resumes after sign-in.")
            )
        else:
            log.error("Replacing a key failed", exc_info=exc)
            self.message.setText(self.tr("That did not work; details are in the log file."))

    def reject(self) -> None:
        if self.running:
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            event.ignore()
            return
        super().closeEvent(event)
