"""Requests from one person (coordinator): find their reports, export everything, erase.

The search is exact, through the blind index of the services (e-mail, phone, name). The
list shows report numbers, dates and statuses only. The export's files carry a neutral
name; both the export and an erasure are recorded in the audit trail by the services. On
lock the dialog forgets the search and closes.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meldpunt.crypto.errors import CryptoError
from meldpunt.fileio import write_atomically
from meldpunt.services.access import REPORTER, AccessMatch, export_file_stem
from meldpunt.services.erasure import ErasureOutcome
from meldpunt.services.errors import ServiceError
from meldpunt.services.listing import ListFilter
from meldpunt.ui.cases.common import code_label
from meldpunt.ui.context import AppContext
from meldpunt.ui.dates import format_date
from meldpunt.ui.service_errors import error_text
from meldpunt.ui.tasks import run_task

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Criteria:
    email: str | None
    phone: str | None
    name: str | None

    def __bool__(self) -> bool:
        return bool(self.email or self.phone or self.name)


@dataclass(frozen=True)
class Written:
    folder: Path
    stem: str
    reports: int


class EraseConfirmDialog(QDialog):
    """Names how many reports, says it cannot be undone, and wants a typed confirm word."""

    def __init__(self, numbers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eraseConfirmDialog")
        self.setWindowTitle(self.tr("Erase personal data"))
        self.setMinimumWidth(460)
        # The word to type, in the language of the screen (translators: one word, capitals).
        self.word = self.tr("ERASE")
        self.text = QLabel(
            self.tr(
                "The personal data of {n} report(s) will be erased for good: {numbers}. "
                "Names, contact details, narratives, case data and evidence are gone; the "
                "coded facts stay for the statistics. This cannot be undone."
            )
            .replace("{n}", str(len(numbers)))
            .replace("{numbers}", ", ".join(numbers))
        )
        self.text.setObjectName("eraseConfirmText")
        self.text.setWordWrap(True)
        self.typed = QLineEdit()
        self.typed.setObjectName("eraseConfirmWord")
        prompt = QLabel(self.tr("&Type {word} to confirm").replace("{word}", self.word))
        prompt.setBuddy(self.typed)
        self.typed.setAccessibleName(prompt.text().replace("&", ""))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = QPushButton(self.tr("&Erase for good"))
        self.erase_button.setObjectName("eraseConfirmButton")
        self.erase_button.setAutoDefault(False)
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.typed.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(prompt)
        layout.addWidget(self.typed)
        layout.addWidget(self.buttons)
        self._update()
        self.typed.setFocus()

    def confirmed(self) -> bool:
        return self.typed.text().strip().casefold() == self.word.casefold()

    def _update(self) -> None:
        self.erase_button.setEnabled(self.confirmed())

    def accept(self) -> None:
        if self.confirmed():
            super().accept()


class PersonRequestsDialog(QDialog):
    """Access and erasure requests of one person, answered from Beheer."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personRequestsDialog")
        self.setWindowTitle(self.tr("Requests from a person"))
        self.resize(640, 520)
        self.context = context
        self.busy = False
        self._criteria = Criteria(None, None, None)
        self._matches: list[AccessMatch] = []
        self._erasable: set[str] = set()
        self.written: Written | None = None

        intro = QLabel(
            self.tr(
                "Find every report of one person to answer a request for access or erasure. "
                "The search is exact: type the e-mail address, phone number or name as it was "
                "recorded."
            )
        )
        intro.setWordWrap(True)
        self.email = QLineEdit()
        self.email.setObjectName("personEmail")
        self.phone = QLineEdit()
        self.phone.setObjectName("personPhone")
        self.name = QLineEdit()
        self.name.setObjectName("personName")
        form = QFormLayout()
        for text, widget in (
            (self.tr("&E-mail address"), self.email),
            (self.tr("P&hone number"), self.phone),
            (self.tr("&Name"), self.name),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            # Under X11 the hinted text came out a few pixels wider than its size hint and
            # the longest label ("Telefoonnummer") lost its last letter.
            label.setMinimumWidth(label.sizeHint().width() + label.fontMetrics().averageCharWidth())
            widget.setAccessibleName(text.replace("&", ""))
            widget.returnPressed.connect(self.search)
            form.addRow(label, widget)
        self.search_button = QPushButton(self.tr("&Search"))
        self.search_button.setObjectName("personSearch")
        self.search_button.setAutoDefault(False)
        self.search_button.clicked.connect(self.search)
        form.addRow("", self.search_button)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("personReports")
        self.table.setAccessibleName(self.tr("Reports of this person"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Report"), self.tr("Received"), self.tr("Status"), self.tr("Person is")]
        )
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._update)
        self.empty = QLabel(self.tr("No reports found for this person."))
        self.empty.setObjectName("personEmpty")
        self.empty.setVisible(False)

        self.export_button = QPushButton(self.tr("E&xport everything (PDF + JSON)…"))
        self.export_button.setObjectName("personExport")
        self.export_button.setAutoDefault(False)
        self.export_button.clicked.connect(self.export)
        self.erase_button = QPushButton(self.tr("E&rase…"))
        self.erase_button.setObjectName("personErase")
        self.erase_button.setAutoDefault(False)
        self.erase_button.setToolTip(
            self.tr(
                "Erases the selected reports, or every report of this person as reporter when "
                "none is selected."
            )
        )
        self.erase_button.clicked.connect(self.erase)
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.erase_button)
        actions.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setObjectName("personProgress")
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("personStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("&Open the folder"))
        self.open_folder_button.setObjectName("personOpenFolder")
        self.open_folder_button.setAutoDefault(False)
        self.open_folder_button.setVisible(False)
        self.open_folder_button.clicked.connect(self.open_folder)
        result_row = QHBoxLayout()
        result_row.addWidget(self.status, 1)
        result_row.addWidget(self.open_folder_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        layout.addLayout(result_row)
        layout.addWidget(self.buttons)
        context.locked.connect(self._on_locked)
        self._update()
        self.email.setFocus()

    # --- state ------------------------------------------------------------------------------

    def _update(self) -> None:
        searched = bool(self._criteria)
        self.search_button.setEnabled(not self.busy)
        self.export_button.setEnabled(searched and not self.busy)
        self.erase_button.setEnabled(bool(self._erasable) and not self.busy)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        for widget in (self.email, self.phone, self.name, self.table):
            widget.setEnabled(not busy)
        self._update()

    def clear(self) -> None:
        """Forget the person: fields, list, results."""
        for widget in (self.email, self.phone, self.name):
            widget.clear()
        self.table.setRowCount(0)
        self._criteria = Criteria(None, None, None)
        self._matches = []
        self._erasable = set()
        self.written = None
        self.empty.setVisible(False)
        self.status.clear()
        self.open_folder_button.setVisible(False)
        self._update()

    def _on_locked(self) -> None:
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self.clear()
        if self.isVisible():
            super().reject()

    def reject(self) -> None:
        if self.busy:  # an export or erasure is running; its result must be shown
            return
        self.clear()
        super().reject()

    def _show_error(self, exc: BaseException) -> None:
        if isinstance(exc, ServiceError | CryptoError | OSError):
            text = exc.strerror if isinstance(exc, OSError) and exc.strerror else error_text(exc)
            self.status.setText(self.tr("Not done: {reason}").replace("{reason}", text))
        else:
            log.error("A request from a person failed", exc_info=exc)
            self.status.setText(self.tr("That did not work; details are in the log file."))

    # --- search -----------------------------------------------------------------------------

    def search(self) -> None:
        if self.busy:
            return
        criteria = Criteria(
            self.email.text().strip() or None,
            self.phone.text().strip() or None,
            self.name.text().strip() or None,
        )
        self.status.clear()
        self.open_folder_button.setVisible(False)
        self.written = None
        if not criteria:
            self.status.setText(self.tr("Type an e-mail address, a phone number or a name."))
            return
        self._load(criteria)

    def _load(self, criteria: Criteria) -> None:
        services, ring = self.context.services, self.context.ring
        try:
            matches = services.access.find(
                ring, email=criteria.email, phone=criteria.phone, name=criteria.name
            )
            erasable = set(
                services.erasure.find_person(
                    ring, email=criteria.email, phone=criteria.phone, name=criteria.name
                )
            )
            ids = [m.report_id for m in matches]
            statuses = {
                row.id: row.status
                for row in services.listing.rows(ring, ListFilter(ids=frozenset(ids)))
            }
            facts = services.listing.facts(ring, ids)
        except (ServiceError, CryptoError) as exc:
            self._show_error(exc)
            return
        self._criteria = criteria
        self._matches = matches
        self._erasable = erasable & set(ids)
        lang = self.context.language
        roles = {True: self.tr("reporter"), False: self.tr("other party")}
        self.table.setRowCount(len(matches))
        for i, match in enumerate(matches):
            fact = facts.get(match.report_id)
            cells = [
                match.number,
                format_date(fact.received_on) if fact is not None else "",
                code_label(services.taxonomy, "status", statuses.get(match.report_id), lang),
                roles[match.role == REPORTER],
            ]
            for j, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, match.report_id)
                self.table.setItem(i, j, item)
        for column in range(self.table.columnCount() - 1):  # the last one stretches
            self.table.resizeColumnToContents(column)
        self.table.setVisible(bool(matches))
        self.empty.setVisible(not matches)
        self._update()

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self._matches[r].report_id for r in rows if r < len(self._matches)]

    # --- export -----------------------------------------------------------------------------

    def export(self) -> None:
        if self.busy or not self._criteria:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the export"), str(Path.home())
        )
        if not folder:
            return
        services, ring, criteria = self.context.services, self.context.ring, self._criteria
        lang = self.context.language
        target = Path(folder)

        def work() -> Written:
            export = services.access.export(
                ring,
                email=criteria.email,
                phone=criteria.phone,
                name=criteria.name,
                lang=lang,
                office_name=services.accounts.office_name() or "",
            )
            stem = export_file_stem(dt.date.today())
            write_atomically(target / f"{stem}.pdf", export.pdf)
            write_atomically(target / f"{stem}.json", export.json)
            return Written(target, stem, len(export.matches))

        self.status.setText(self.tr("Exporting…"))
        self.open_folder_button.setVisible(False)
        self._set_busy(True)
        run_task(work, self._exported, self._failed)

    def _exported(self, written: object) -> None:
        self._set_busy(False)
        if not self.context.is_unlocked:
            return
        assert isinstance(written, Written)
        self.written = written
        self.status.setText(
            self.tr("{n} report(s) exported to {folder}: {name}.pdf and {name}.json.")
            .replace("{n}", str(written.reports))
            .replace("{folder}", str(written.folder))
            .replace("{name}", written.stem)
        )
        self.open_folder_button.setVisible(True)

    def open_folder(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.folder)))

    # --- erasure ----------------------------------------------------------------------------

    def erase(self) -> None:
        if self.busy or not self._erasable:
            return
        selected = self.selected_ids()
        ids = [i for i in selected if i in self._erasable] if selected else sorted(self._erasable)
        if not ids:
            self.status.setText(
                self.tr(
                    "Only reports in which this person is the reporter can be erased here; "
                    "select one of those."
                )
            )
            return
        numbers = [m.number for m in self._matches if m.report_id in ids]
        confirm = EraseConfirmDialog(numbers, self)
        try:
            if confirm.exec() != QDialog.DialogCode.Accepted or not self.context.is_unlocked:
                return
        finally:
            confirm.deleteLater()
        services, ring = self.context.services, self.context.ring
        self.status.setText(self.tr("Erasing…"))
        self.open_folder_button.setVisible(False)
        self._set_busy(True)
        run_task(lambda: services.erasure.erase_reports(ring, ids), self._erased, self._failed)

    def _erased(self, outcome: object) -> None:
        self._set_busy(False)
        if not self.context.is_unlocked:
            return
        assert isinstance(outcome, ErasureOutcome)
        self._load(self._criteria)
        self.status.setText(
            self.tr(
                "Personal data of {n} report(s) erased: {numbers}. Their coded facts stay for "
                "the statistics."
            )
            .replace("{n}", str(len(outcome.numbers)))
            .replace("{numbers}", ", ".join(outcome.numbers))
        )

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if not self.context.is_unlocked:
            return
        self._show_error(exc)
