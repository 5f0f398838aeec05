"""Restoring a backup from Beheer: asks the passphrase again, warns, locks, restores, unlocks anew.

The restore replaces the database the app has open. The session is locked first (every
screen forgets what it showed) and the service closes every pooled connection before and
after; the user signs in again against the restored database. Refusals that ``--force``
overrides on the command line (a newer database in place, another office) are shown with
"restore anyway", which asks a second confirmation. The backup's manifest tells both before
the first attempt (nearly always: the backup's own audit entry follows its snapshot), so the
dialog says so at once rather than after a refused attempt.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meldpunt.crypto.errors import CryptoError, WrongPassphrase
from meldpunt.services.backup import (
    REFUSED_OTHER_OFFICE,
    BackupSummary,
    RestoreOutcome,
    RestoreRefused,
)
from meldpunt.services.errors import ServiceError, TooManyAttempts
from meldpunt.storage.errors import StorageError
from meldpunt.ui.context import AppContext
from meldpunt.ui.dates import format_moment
from meldpunt.ui.service_errors import error_text
from meldpunt.ui.tasks import run_cancellable

log = logging.getLogger(__name__)


class RestoreDialog(QDialog):
    """One backup file, the current user's passphrase, and an explicit "yes, replace it"."""

    def __init__(
        self,
        context: AppContext,
        source: Path,
        summary: BackupSummary,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(520)
        self.context = context
        self.source = source
        self.summary = summary
        # The passphrase asked for is the signed-in user's; the name is taken now, before
        # the restore locks the session.
        self.username = context.ring.username
        self.outcome: RestoreOutcome | None = None
        self.running = False

        made = format_moment(summary.made_at) if summary.made_at else self.tr("unknown date")
        self.about = QLabel(
            self.tr("Backup {file} of {when}, with the audit trail up to entry {seq}.")
            .replace("{file}", source.name)
            .replace("{when}", made)
            .replace("{seq}", str(summary.audit_seq))
        )
        self.about.setObjectName("restoreAbout")
        self.about.setWordWrap(True)
        self.explanation = QLabel(
            self.tr(
                "The database in place is replaced by this backup: all work done since the "
                "backup was made is lost. Every desk must close Meldpunt first. This desk is "
                "locked during the restore; afterwards everybody signs in again."
            )
        )
        self.explanation.setObjectName("restoreExplanation")
        self.explanation.setWordWrap(True)
        font = self.explanation.font()
        font.setBold(True)
        self.explanation.setFont(font)
        self.other_office = QLabel(
            self.tr("This backup belongs to another office than the database in place.")
        )
        self.other_office.setObjectName("restoreOtherOffice")
        self.other_office.setWordWrap(True)
        self.other_office.setVisible(summary.other_office)

        self.user_label = QLabel(self.username)
        self.user_label.setObjectName("restoreUser")
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("restorePassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Your passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("User"), self.user_label)
        pass_label = QLabel(self.tr("Your &passphrase"))
        pass_label.setBuddy(self.passphrase)
        form.addRow(pass_label, self.passphrase)

        self.understood = QCheckBox(self.tr("I &understand that the database in place is replaced"))
        self.understood.setObjectName("restoreUnderstood")
        self.refusal = QLabel()
        self.refusal.setObjectName("restoreRefusal")
        self.refusal.setWordWrap(True)
        self.refusal.setVisible(False)
        self.force = QCheckBox(self.tr("Restore &anyway and replace the database in place"))
        self.force.setObjectName("restoreForce")
        self.force.setVisible(False)
        if summary.older_than_database:
            self._offer_force(self._newer_text(summary.current_seq, summary.audit_seq))
        elif summary.other_office:
            self.force.setVisible(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("restoreProgress")
        self.progress.setAccessibleName(self.tr("Restore progress"))
        self.progress.setVisible(False)
        self.message = QLabel()
        self.message.setObjectName("restoreMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setObjectName("restoreButton")
        # Return in the passphrase field must not start a destructive action.
        self.restore_button.setAutoDefault(False)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        self.cancel_button = cancel
        self.restore_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.explanation)
        layout.addWidget(self.other_office)
        layout.addLayout(form)
        layout.addWidget(self.understood)
        layout.addWidget(self.refusal)
        layout.addWidget(self.force)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.passphrase.textChanged.connect(self._update)
        self.understood.toggled.connect(self._update)
        self._update()
        self.passphrase.setFocus()

    def _newer_text(self, current: int, backup: int) -> str:
        return (
            self.tr(
                "The database in place is newer than the backup: its audit trail "
                "reaches entry {current}, the backup's entry {backup}. Restoring loses "
                "the work done since."
            )
            .replace("{current}", str(current))
            .replace("{backup}", str(backup))
        )

    def _offer_force(self, why: str) -> None:
        self.refusal.setText(why)
        self.refusal.setVisible(True)
        self.force.setVisible(True)

    def _grow(self) -> None:
        # Wrapped labels gained lines: let the window grow instead of clipping them.
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    # --- state ------------------------------------------------------------------------------

    def _update(self) -> None:
        ready = bool(self.passphrase.text()) and self.understood.isChecked()
        self.restore_button.setEnabled(ready and not self.running)

    def _set_running(self, running: bool) -> None:
        self.running = running
        for widget in (self.passphrase, self.understood, self.force, self.cancel_button):
            widget.setEnabled(not running)
        self.progress.setVisible(running)
        self._update()

    def reject(self) -> None:
        if self.running:  # the database is being replaced: closing now would hide the result
            return
        self.passphrase.clear()
        super().reject()

    def done(self, result: int) -> None:
        self.passphrase.clear()
        super().done(result)

    # --- the restore ------------------------------------------------------------------------

    def start(self) -> None:
        if self.running or not self.restore_button.isEnabled():
            return
        force = self.force.isVisible() and self.force.isChecked()
        if force:
            answer = QMessageBox.warning(
                self,
                self.tr("Restore anyway"),
                self.tr(
                    "Restore anyway? The database in place is replaced by the backup; what "
                    "was recorded in it after the backup is lost for good and cannot be "
                    "brought back."
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        passphrase = self.passphrase.text()
        # Asked again for every attempt: the dialog stays open over a locked desk.
        self.passphrase.clear()
        if self.context.is_unlocked:
            log.info("Locking the session for a restore")
            self.context.lock()
        self.message.setText(self.tr("Restoring the backup…"))
        self.progress.setRange(0, 0)
        self._set_running(True)
        backup = self.context.services.backup
        source, username = self.source, self.username
        run_cancellable(
            lambda progress: backup.restore(
                source, username, passphrase, force=force, progress=progress
            ),
            self._done,
            self._failed,
            on_progress=self._progress,
        )

    def _progress(self, done: int, total: int) -> None:
        if not self.running:
            return
        if total > 0 and done < total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        else:  # decrypted: checking and putting in place has no steps to count
            self.progress.setRange(0, 0)
            self.message.setText(self.tr("Checking the backup and putting it in place…"))

    def _done(self, outcome: object) -> None:
        assert isinstance(outcome, RestoreOutcome)
        self.outcome = outcome
        self._set_running(False)
        self.message.clear()
        try:
            made = format_moment(dt.datetime.fromisoformat(outcome.made_at))
        except ValueError:
            made = outcome.made_at
        text = (
            self.tr(
                "The backup of {when} was restored. Its audit trail was verified up to entry "
                "{seq}; the restore itself is entry {head}. Erasures made after the backup "
                "that were applied again: {n}.\n\nSign in again to go on working."
            )
            .replace("{when}", made)
            .replace("{seq}", str(outcome.backup_seq))
            .replace("{head}", str(outcome.head_seq))
            .replace("{n}", str(outcome.reapplied))
        )
        if outcome.forced:
            text += "\n\n" + self.tr(
                "Other desks will warn that the audit trail went back; after a restore that "
                "is expected."
            )
        QMessageBox.information(self, self.tr("Backup restored"), text)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_running(False)
        self.progress.setVisible(False)
        nothing = self.tr("Nothing was changed.")
        if isinstance(exc, WrongPassphrase):
            self.message.setText(self.tr("The passphrase is not correct.") + " " + nothing)
        elif isinstance(exc, TooManyAttempts):
            self.message.setText(
                self.tr("Too many failed attempts. Wait {n} seconds and try again.").replace(
                    "{n}", str(exc.seconds)
                )
            )
        elif isinstance(exc, RestoreRefused) and exc.forceable:
            if exc.reason == REFUSED_OTHER_OFFICE:
                why = self.tr(
                    "This backup belongs to another office than the database it would replace."
                )
            else:
                why = self._newer_text(exc.current_seq, exc.backup_seq)
            self._offer_force(why + " " + nothing)
            self.message.setText(
                self.tr("To restore anyway, tick the box, type your passphrase and restore.")
            )
        elif isinstance(exc, ServiceError | CryptoError | StorageError):
            self.message.setText(f"{error_text(exc)} {nothing}")
        else:
            log.error("The restore failed", exc_info=exc)
            self.message.setText(
                self.tr("The restore did not complete; details are in the log file.")
            )
        self.passphrase.setFocus()
        self._grow()
