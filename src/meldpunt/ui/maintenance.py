"""Work that runs after an unlock: finish key rotations, retention, the backup reminder."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from meldpunt.crypto.errors import CryptoError
from meldpunt.services.erasure import ErasureOutcome
from meldpunt.services.errors import ServiceError
from meldpunt.ui.context import AppContext
from meldpunt.ui.service_errors import error_text
from meldpunt.ui.tasks import run_task

log = logging.getLogger(__name__)


class UnlockMaintenance(QObject):
    """Coordinators finish interrupted rotations and confirm due erasures; coordinators and
    the IT administrator are reminded when the last backup is older than a week."""

    def __init__(self, context: AppContext, parent: QWidget, reminder: QLabel) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent
        self.reminder = reminder
        reminder.setObjectName("backupReminder")
        reminder.hide()
        context.locked.connect(reminder.hide)

    def run(self) -> None:
        role = self.context.role
        if role in ("coordinator", "administrator"):
            self._remind_backup()
        if role == "coordinator":
            self._resume_rotations()
            self._retention()

    def _remind_backup(self) -> None:
        try:
            overdue = self.context.services.backup.backup_overdue()
        except ServiceError:
            return
        if overdue:
            self.reminder.setText(
                self.tr("The last backup is older than 7 days: make one (meldpunt backup).")
            )
            self.reminder.show()

    def _resume_rotations(self) -> None:
        rotation = self.context.services.rotation
        if not rotation.pending():
            return
        ring = self.context.ring
        run_task(
            lambda: rotation.resume_all(ring),
            lambda _r: log.info("Interrupted key rotation finished"),
            lambda exc: log.error("Resuming a key rotation failed", exc_info=exc),
        )

    def _retention(self) -> None:
        retention = self.context.services.retention
        try:
            plan = retention.plan(self.context.ring)
        except (ServiceError, CryptoError):
            log.exception("The retention plan could not be made")
            return
        if not plan.due:
            return
        answer = QMessageBox.question(
            self.parent_widget,
            self.tr("Retention"),
            self.tr(
                "{n} ended reports have passed their retention period. Their names, contact "
                "details and narratives will be erased for good; their coded facts stay for "
                "the statistics. Erase them now?"
            ).replace("{n}", str(len(plan.due))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ring = self.context.ring
        run_task(lambda: retention.run(ring, plan), self._retention_done, self._retention_failed)

    def _retention_done(self, outcome: object) -> None:
        assert isinstance(outcome, ErasureOutcome)
        log.info("Retention erased %d reports", len(outcome.numbers))
        QMessageBox.information(self.parent_widget, self.tr("Retention"), erased_text(outcome))

    def _retention_failed(self, exc: BaseException) -> None:
        log.error("Retention failed", exc_info=exc)
        if isinstance(exc, CryptoError):
            return  # locked meanwhile; it is offered again after the next sign-in
        QMessageBox.warning(
            self.parent_widget,
            self.tr("Retention"),
            error_text(exc)
            if isinstance(exc, ServiceError)
            else self.tr("Retention did not complete; details are in the log file."),
        )


def erased_text(outcome: ErasureOutcome) -> str:
    """What a retention run erased, for the person who confirmed it (here and in Beheer)."""
    return (
        QCoreApplication.translate(
            "UnlockMaintenance",
            "The personal data of {n} reports and {files} case files was erased; their "
            "coded facts remain for the statistics.",
        )
        .replace("{n}", str(len(outcome.numbers)))
        .replace("{files}", str(outcome.case_files))
    )
