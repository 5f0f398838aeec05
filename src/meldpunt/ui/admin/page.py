"""Beheer: staff accounts and roles, the audit trail, backups and retention periods."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meldpunt.crypto.errors import CryptoError
from meldpunt.domain.accounts import Role
from meldpunt.services.audit import Verification
from meldpunt.services.erasure import ErasureOutcome, RetentionPlan
from meldpunt.services.errors import ServiceError
from meldpunt.storage.errors import StorageError
from meldpunt.ui.admin.person_requests import PersonRequestsDialog
from meldpunt.ui.admin.restore_dialog import RestoreDialog
from meldpunt.ui.admin.role_dialog import ChangeRoleDialog
from meldpunt.ui.admin.rotate_dialog import RotateKeyDialog
from meldpunt.ui.context import AppContext
from meldpunt.ui.dates import format_moment
from meldpunt.ui.maintenance import erased_text
from meldpunt.ui.roles import role_label
from meldpunt.ui.service_errors import error_text
from meldpunt.ui.tasks import run_task

log = logging.getLogger(__name__)


class AddUserDialog(QDialog):
    """User name, full name, role and a first passphrase the new colleague changes later."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a staff member"))
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_label(role.value), role.value)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        for text, widget in (
            (self.tr("&User name"), self.username),
            (self.tr("&Full name"), self.full_name),
            (self.tr("&Role"), self.role),
            (self.tr("&Passphrase"), self.passphrase),
            (self.tr("R&epeat passphrase"), self.repeat),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        if self.passphrase.text() != self.repeat.text():
            QMessageBox.warning(self, self.windowTitle(), self.tr("The two passphrases differ."))
            return
        self.accept()


RECORD_COLUMN = 4


def _short_id(object_id: str) -> str:
    """A record id the number of which is unknown here: its start, the whole in the tooltip."""
    return object_id if len(object_id) <= 12 else f"{object_id[:8]}…"


class AdminPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminPage")
        self.context = context
        heading = QLabel(self.tr("Administration"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)

        # staff
        self.staff_box = QGroupBox(self.tr("Staff accounts"))
        self.staff = QTableWidget(0, 4)
        self.staff.setObjectName("staffTable")
        self.staff.setAccessibleName(self.tr("Staff accounts"))
        self.staff.setHorizontalHeaderLabels(
            [self.tr("User"), self.tr("Role"), self.tr("State"), self.tr("Name")]
        )
        self.staff.horizontalHeader().setStretchLastSection(True)
        self.staff.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.staff.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.staff.verticalHeader().setVisible(False)
        self.add_button = QPushButton(self.tr("&Add staff member…"))
        self.add_button.clicked.connect(self.add_user)
        self.role_button = QPushButton(self.tr("Change &role…"))
        self.role_button.setObjectName("changeRoleButton")
        self.role_button.clicked.connect(self.change_role)
        self.disable_button = QPushButton(self.tr("&Disable…"))
        self.disable_button.clicked.connect(self.disable_user)
        self.rotate_button = QPushButton(self.tr("Replace a &key…"))
        self.rotate_button.setObjectName("rotateKeyButton")
        self.rotate_button.setToolTip(
            self.tr("After someone left or changed role: a new key, the old one retired.")
        )
        self.rotate_button.clicked.connect(lambda: self.rotate_key(None))
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.role_button)
        row.addWidget(self.disable_button)
        row.addWidget(self.rotate_button)
        row.addStretch(1)
        staff_layout = QVBoxLayout(self.staff_box)
        staff_layout.addWidget(self.staff)
        staff_layout.addLayout(row)

        # audit
        self.audit_box = QGroupBox(self.tr("Audit trail"))
        self.verify_button = QPushButton(self.tr("&Verify the audit trail"))
        self.verify_button.clicked.connect(self.verify)
        self.verify_result = QLabel()
        self.verify_result.setWordWrap(True)
        self.audit_filter = QLineEdit()
        self.audit_filter.setPlaceholderText(
            self.tr("Filter on action, user or record, e.g. report.viewed")
        )
        self.audit_filter.setAccessibleName(self.tr("Filter the audit trail"))
        self.audit_filter.textChanged.connect(self._filter_audit)
        self.audit = QTableWidget(0, 6)
        self.audit.setObjectName("auditTable")
        self.audit.setAccessibleName(self.tr("Audit trail"))
        self.audit.setHorizontalHeaderLabels(
            [
                self.tr("#"),
                self.tr("When"),
                self.tr("Who"),
                self.tr("Action"),
                self.tr("Record"),
                self.tr("Fields"),
            ]
        )
        self.audit.horizontalHeader().setStretchLastSection(True)
        self.audit.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.audit.verticalHeader().setVisible(False)
        audit_layout = QVBoxLayout(self.audit_box)
        top = QHBoxLayout()
        top.addWidget(self.verify_button)
        top.addWidget(self.verify_result, 1)
        audit_layout.addLayout(top)
        audit_layout.addWidget(self.audit_filter)
        audit_layout.addWidget(self.audit)

        # backup and retention
        self.backup_box = QGroupBox(self.tr("Backup"))
        self.backup_button = QPushButton(self.tr("Make a &backup…"))
        self.backup_button.clicked.connect(self.backup)
        self.restore_button = QPushButton(self.tr("&Restore a backup…"))
        self.restore_button.setObjectName("restoreBackupButton")
        self.restore_button.clicked.connect(self.restore)
        self.backup_label = QLabel()
        backup_layout = QHBoxLayout(self.backup_box)
        backup_layout.addWidget(self.backup_button)
        backup_layout.addWidget(self.restore_button)
        backup_layout.addWidget(self.backup_label, 1)
        self.restore_dialog: RestoreDialog | None = None

        # requests of people about their own data (coordinator)
        self.requests_box = QGroupBox(self.tr("Requests from people"))
        self.requests_button = QPushButton(self.tr("Requests from a &person…"))
        self.requests_button.setObjectName("personRequestsButton")
        self.requests_button.clicked.connect(self.person_requests)
        requests_note = QLabel(
            self.tr("Access to or erasure of everything stored about one person.")
        )
        requests_note.setWordWrap(True)
        requests_layout = QHBoxLayout(self.requests_box)
        requests_layout.addWidget(self.requests_button)
        requests_layout.addWidget(requests_note, 1)
        self.person_dialog: PersonRequestsDialog | None = None

        self.retention_box = QGroupBox(self.tr("Retention (years after a report ends)"))
        retention_layout = QVBoxLayout(self.retention_box)
        self.retention_form = QFormLayout()
        retention_layout.addLayout(self.retention_form)
        self.retention_spins: dict[str, QSpinBox] = {}
        self.retention_save = QPushButton(self.tr("&Save retention periods"))
        self.retention_save.clicked.connect(self.save_retention)
        self.retention_run = QPushButton(self.tr("Apply retention &now…"))
        self.retention_run.setObjectName("applyRetentionButton")
        self.retention_run.setToolTip(
            self.tr(
                "Erase the personal data of ended reports whose retention period has passed "
                "(Meldpunt also offers this after each sign-in)."
            )
        )
        self.retention_run.clicked.connect(self.apply_retention)
        retention_buttons = QHBoxLayout()
        retention_buttons.addWidget(self.retention_save)
        retention_buttons.addWidget(self.retention_run)
        retention_buttons.addStretch(1)
        retention_layout.addLayout(retention_buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.staff_box, 1)
        left.addWidget(self.backup_box)
        left.addWidget(self.requests_box)
        left.addWidget(self.retention_box)
        columns.addLayout(left, 2)
        columns.addWidget(self.audit_box, 3)
        layout.addLayout(columns, 1)
        self.administrator_note = QLabel(
            self.tr(
                "As IT administrator you make and restore backups and verify the audit trail. "
                "You hold no key to the reports, so their content is never shown here."
            )
        )
        self.administrator_note.setWordWrap(True)
        layout.addWidget(self.administrator_note)
        self._audit_rows: list[tuple[str, list[str], str]] = []
        context.unlocked.connect(self.reload)
        context.locked.connect(self.clear)
        self.clear()

    # --- loading --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Shown again: what happened since (views, edits, backups) is in the list at once."""
        super().showEvent(event)
        if self.context.is_unlocked:
            self.reload()

    def clear(self) -> None:
        self.staff.setRowCount(0)
        self.audit.setRowCount(0)
        self._audit_rows = []
        self.verify_result.clear()
        self.backup_label.clear()
        self.audit_filter.clear()

    def reload(self) -> None:
        role = self.context.role
        coordinator = role == "coordinator"
        self.staff_box.setVisible(coordinator)
        self.retention_box.setVisible(coordinator)
        self.requests_box.setVisible(coordinator)
        self.audit_filter.setVisible(coordinator)
        self.audit.setVisible(coordinator)
        allowed = role in ("coordinator", "administrator")
        self.audit_box.setVisible(allowed)
        self.backup_box.setVisible(allowed)
        self.administrator_note.setVisible(role == "administrator")
        if not allowed:
            return
        services = self.context.services
        last = services.backup.last_backup_at()
        self.backup_label.setText(
            self.tr("Last backup: {when}").replace(
                "{when}",
                format_moment(last) if last else self.tr("never"),
            )
        )
        if coordinator:
            self._load_staff()
            self._load_audit()
            self._load_retention()

    def _load_staff(self) -> None:
        users = self.context.services.accounts.list_users(self.context.ring)
        self.staff.setRowCount(len(users))
        for i, user in enumerate(users):
            values = [
                user.username,
                role_label(user.role),
                self.tr("active") if user.active else self.tr("disabled"),
                user.display_name,
            ]
            for j, value in enumerate(values):
                self.staff.setItem(i, j, QTableWidgetItem(value))
        _fit_columns(self.staff)

    def _load_audit(self) -> None:
        names = self.context.services.listing.staff_names()
        entries = self.context.services.audit.entries(self.context.ring, limit=500)
        self._audit_rows = []
        for e in entries:
            who = names.get(e.actor or "", e.actor or self.tr("(unknown)"))
            when = format_moment(e.at, seconds=True)
            record = e.record or (_short_id(e.object_id) if e.object_id else "")
            cells = [str(e.seq), when, who, e.action, record, ", ".join(e.fields)]
            key = f"{e.action} {who} {e.record or e.object_id or ''}".lower()
            self._audit_rows.append((key, cells, e.object_id or ""))
        self._filter_audit(self.audit_filter.text())

    def _filter_audit(self, text: str) -> None:
        wanted = text.strip().lower()
        rows = [(cells, oid) for key, cells, oid in self._audit_rows if wanted in key]
        self.audit.setRowCount(len(rows))
        for i, (cells, object_id) in enumerate(rows):
            for j, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if j == 0:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if j == RECORD_COLUMN and object_id:
                    item.setToolTip(object_id)
                self.audit.setItem(i, j, item)
        _fit_columns(self.audit)

    def _load_retention(self) -> None:
        periods = self.context.services.retention.periods()
        while self.retention_form.rowCount():
            self.retention_form.removeRow(0)
        self.retention_spins = {}
        taxonomy = self.context.services.taxonomy
        for outcome, years in sorted(periods.items()):
            spin = QSpinBox()
            spin.setRange(1, 30)
            spin.setValue(years)
            spin.setSuffix(self.tr(" years"))
            try:
                label = taxonomy.label("status", outcome, self.context.language)
            except KeyError:
                label = outcome
            spin.setAccessibleName(label)
            self.retention_spins[outcome] = spin
            self.retention_form.addRow(label, spin)

    # --- actions --------------------------------------------------------------------------

    def _error(self, exc: BaseException) -> None:
        if isinstance(exc, ServiceError | CryptoError | StorageError):
            QMessageBox.warning(self, self.tr("Administration"), error_text(exc))
        else:
            log.error("Administration action failed", exc_info=exc)
            QMessageBox.warning(
                self,
                self.tr("Administration"),
                self.tr("That did not work; details are in the log file."),
            )

    def add_user(self) -> None:
        dialog = AddUserDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.context.services.accounts.add_user(
                self.context.ring,
                dialog.username.text(),
                str(dialog.role.currentData()),
                dialog.passphrase.text(),
                dialog.full_name.text(),
            )
        except (ServiceError, CryptoError) as exc:
            self._error(exc)
            return
        finally:
            dialog.passphrase.clear()
            dialog.repeat.clear()
        self.reload()

    def change_role(self) -> None:
        row = self.staff.currentRow()
        item = self.staff.item(row, 0) if row >= 0 else None
        if item is None:
            return
        name = item.text()
        current = next(
            (
                u.role
                for u in self.context.services.accounts.list_users(self.context.ring)
                if u.username == name
            ),
            None,
        )
        if current is None:
            return
        dialog = ChangeRoleDialog(name, current, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            change = self.context.services.accounts.change_role(
                self.context.ring, name, dialog.chosen()
            )
        except (ServiceError, CryptoError) as exc:
            self._error(exc)
            return
        self.reload()
        if change.withdrawn:
            classes = sorted(c.code for c in change.withdrawn)
            answer = QMessageBox.question(
                self,
                self.tr("Change role"),
                self.tr(
                    "{name} no longer holds the keys of: {classes}. Keys once held may have "
                    "been copied; to be certain, replace them. Replace a key now?"
                )
                .replace("{name}", name)
                .replace("{classes}", ", ".join(classes)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.rotate_key(classes[0])

    def rotate_key(self, preselect: str | None) -> None:
        """Replace a class key (coordinator); the dialog shows the progress."""
        if self.context.role != "coordinator":
            return
        RotateKeyDialog(self.context, preselect, self).exec()
        if self.context.is_unlocked:
            self.reload()

    def disable_user(self) -> None:
        row = self.staff.currentRow()
        if row < 0:
            return
        item = self.staff.item(row, 0)
        if item is None:
            return
        name = item.text()
        answer = QMessageBox.question(
            self,
            self.tr("Disable account"),
            self.tr(
                "Disable {name}? They can no longer unlock Meldpunt. If they may have copied "
                "keys, replace the keys afterwards (Replace a key…)."
            ).replace("{name}", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.context.services.accounts.disable_user(self.context.ring, name)
        except (ServiceError, CryptoError) as exc:
            self._error(exc)
            return
        self.reload()

    def verify(self) -> None:
        ring = self.context.ring
        audit = self.context.services.audit
        self.verify_button.setEnabled(False)
        self.verify_result.setText(self.tr("Verifying…"))

        def done(result: object) -> None:
            self.verify_button.setEnabled(True)
            assert isinstance(result, Verification)
            self.verify_result.setText(self.verification_text(result))

        def failed(exc: BaseException) -> None:
            self.verify_button.setEnabled(True)
            self.verify_result.clear()
            self._error(exc)

        run_task(lambda: audit.verify(ring), done, failed)

    def backup(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Make a backup"),
            str(Path.home() / "meldpunt.backup"),
            self.tr("Meldpunt backups (*.backup)"),
        )
        if not path:
            return
        ring = self.context.ring
        backup = self.context.services.backup
        self.backup_button.setEnabled(False)
        self.backup_label.setText(self.tr("Making the backup…"))

        def done(_info: object) -> None:
            self.backup_button.setEnabled(True)
            self.reload()

        def failed(exc: BaseException) -> None:
            self.backup_button.setEnabled(True)
            self.backup_label.clear()
            self._error(exc)

        run_task(lambda: backup.create(ring, Path(path)), done, failed)

    def restore(self) -> None:
        """Pick a backup file and open the restore dialog (it asks the passphrase again)."""
        if self.restore_dialog is not None and self.restore_dialog.running:
            self.restore_dialog.raise_()
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore a backup"),
            str(Path.home()),
            self.tr("Meldpunt backups (*.backup *.mpbak);;All files (*)"),
        )
        if not path:
            return
        try:
            summary = self.context.services.backup.describe(self.context.ring, Path(path))
        except (ServiceError, CryptoError, StorageError) as exc:
            self._error(exc)
            return
        if self.restore_dialog is not None:
            self.restore_dialog.deleteLater()
        self.restore_dialog = RestoreDialog(self.context, Path(path), summary, self)
        self.restore_dialog.open()

    def person_requests(self) -> None:
        """Access and erasure requests of one person (coordinator only)."""
        if self.context.role != "coordinator":
            return
        if self.person_dialog is not None and self.person_dialog.busy:
            self.person_dialog.raise_()
            return
        if self.person_dialog is not None:
            self.person_dialog.deleteLater()
        self.person_dialog = PersonRequestsDialog(self.context, self)
        self.person_dialog.open()

    def verification_text(self, result: Verification) -> str:
        """The outcome of the audit check in the user's language (the service's is English)."""
        problem = result.chain.problem
        if problem is not None:
            texts = {
                "missing_end": self.tr(
                    "entry {seq} is missing: the trail ends at entry {previous} but its head "
                    "names entry {head} (entries were removed from the end)"
                ),
                "head_mismatch": self.tr(
                    "the head of the trail (entry {seq}) does not match its entries"
                ),
                "missing": self.tr(
                    "entry {seq} is missing (deleted): entry {next} follows entry {previous}"
                ),
                "unlinked": self.tr(
                    "entry {seq} does not link to entry {previous}: one of them was changed"
                ),
                "changed": self.tr("entry {seq} was changed after it was written"),
                "unsigned": self.tr("entry {seq} is not signed"),
                "forged_signature": self.tr("entry {seq} has a forged or damaged signature"),
                "foreign_key": self.tr(
                    "entry {seq} is signed by a key that does not belong to its actor (forged)"
                ),
            }
            detail = texts.get(problem.kind)
            if detail is None:
                return result.message()
            detail = _fill(detail, seq=problem.seq, **problem.others)
            return self.tr("The audit trail is broken: {problem}.").replace("{problem}", detail)
        check = result.workstation
        if not check.ok:
            texts = {
                "removed": self.tr(
                    "The audit trail ends at entry {seq}, but this workstation already saw "
                    "entry {seen}: entries were removed, or an older copy of the database was "
                    "restored."
                ),
                "rewritten": self.tr(
                    "Entry {seen} of the audit trail differs from the one this workstation "
                    "saw: the trail was rewritten, or another copy of the database was put in "
                    "its place."
                ),
            }
            text = texts.get(check.kind)
            return _fill(text, seq=check.seq, seen=check.seen) if text else check.message
        return _fill(
            self.tr("The audit trail is intact: {count} entries, newest entry {seq}."),
            count=result.chain.count,
            seq=result.chain.head_seq,
        )

    def apply_retention(self) -> None:
        """What is due, asked first, then erased in the background; the result said."""
        retention = self.context.services.retention
        ring = self.context.ring
        self.retention_run.setEnabled(False)

        def planned(result: object) -> None:
            assert isinstance(result, RetentionPlan)
            if not result.due:
                self.retention_run.setEnabled(True)
                QMessageBox.information(
                    self,
                    self.tr("Retention"),
                    self.tr("No ended report has passed its retention period."),
                )
                return
            numbers = ", ".join(item.number for item in result.due[:20])
            if len(result.due) > 20:
                numbers += ", …"
            answer = QMessageBox.question(
                self,
                self.tr("Retention"),
                self.tr(
                    "{n} ended reports have passed their retention period: {numbers}. Their "
                    "names, contact details, narratives and case data will be erased for good; "
                    "their coded facts stay for the statistics. Erase them now?"
                )
                .replace("{n}", str(len(result.due)))
                .replace("{numbers}", numbers),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.retention_run.setEnabled(True)
                return
            run_task(lambda: retention.run(ring, result), erased, failed)

        def erased(outcome: object) -> None:
            assert isinstance(outcome, ErasureOutcome)
            self.retention_run.setEnabled(True)
            QMessageBox.information(self, self.tr("Retention"), erased_text(outcome))
            if self.context.is_unlocked:
                self.reload()

        def failed(exc: BaseException) -> None:
            self.retention_run.setEnabled(True)
            self._error(exc)

        run_task(lambda: retention.plan(ring), planned, failed)

    def save_retention(self) -> None:
        changes = {outcome: spin.value() for outcome, spin in self.retention_spins.items()}
        try:
            self.context.services.retention.set_periods(self.context.ring, changes)
        except (ServiceError, CryptoError) as exc:
            self._error(exc)
            return
        QMessageBox.information(
            self, self.tr("Retention"), self.tr("The retention periods were saved.")
        )


def _fill(text: str, **values: int) -> str:
    for name, value in values.items():
        text = text.replace("{" + name + "}", str(value))
    return text


def _fit_columns(table: QTableWidget) -> None:
    """Every column to its contents but the last, which fills the rest of the width.

    ``resizeColumnsToContents`` would also shrink the last, stretched column, and nothing
    stretches it again until the window is resized.
    """
    for column in range(table.columnCount() - 1):
        table.resizeColumnToContents(column)
