"""A saved report, read-only: details, evidence (export), change history, Edit, case file."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meldpunt.crypto.errors import CryptoError
from meldpunt.crypto.keys import KeyClass
from meldpunt.domain.model import Report
from meldpunt.domain.workflow import TransitionRefused, check_transition, is_ended
from meldpunt.services.cases import CASE_ROLES, RefusedTransition
from meldpunt.services.errors import ServiceError
from meldpunt.services.evidence import EvidenceInfo
from meldpunt.ui.cases.referral_dialog import CompetenceDialog
from meldpunt.ui.cases.repeat_banner import RepeatBanner
from meldpunt.ui.context import AppContext
from meldpunt.ui.dates import format_moment
from meldpunt.ui.intake.form import IntakeForm
from meldpunt.ui.intake.formatting import format_size
from meldpunt.ui.intake.report_summary import ReportSummary, summary_html
from meldpunt.ui.reports.add_to_file_dialog import AddToFileDialog
from meldpunt.ui.reports.history import ReportHistoryView
from meldpunt.ui.service_errors import error_text
from meldpunt.ui.tasks import run_task

__all__ = ["ReportDetailPage"]

log = logging.getLogger(__name__)

EVIDENCE_ID_ROLE = Qt.ItemDataRole.UserRole


class ReportDetailPage(QWidget):
    """Shows one report; Edit switches to the intake form in edit mode on the same page.

    Signals: ``edit_requested(report_id)`` when editing starts, ``closed()`` when the user
    leaves the page (Close, Esc), ``saved(report_id)`` after an edit was saved,
    ``status_message(text)`` for the main window's status bar, ``open_case_file(file_id)`` to
    show a case file (the main window navigates), ``open_report(report_id)`` to show another
    report, ``workflow_changed(report_id)`` after the report's status or case file changed.
    """

    edit_requested = Signal(str)
    closed = Signal()
    saved = Signal(str)
    status_message = Signal(str)
    open_case_file = Signal(str)
    open_report = Signal(str)
    workflow_changed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportDetailPage")
        self.context = context
        self._lang = context.language
        self._summary = ReportSummary(context.services.taxonomy, self._lang, self)
        self._report: Report | None = None
        self._version: int | None = None
        self.message_box: QMessageBox | None = None
        self.competence_dialog: CompetenceDialog | None = None
        self.add_dialog: AddToFileDialog | None = None

        self.view = QWidget()
        self.view.setObjectName("reportView")
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.status = QLabel()
        self.status.setObjectName("detailStatus")

        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.setObjectName("editButton")
        self.edit_button.setToolTip(self.tr("Change this report (Ctrl+E)"))
        self.edit_button.clicked.connect(self.start_edit)
        # The competence check (and from there a new case file), or the report's case file.
        self.open_case_button = QPushButton(self.tr("&Open a case file for this report"))
        self.open_case_button.setObjectName("openCaseFileButton")
        self.open_case_button.clicked.connect(self.open_case_flow)
        self.add_to_case_button = QPushButton(self.tr("Add to an existing case &file"))
        self.add_to_case_button.setObjectName("addToCaseFileButton")
        self.add_to_case_button.clicked.connect(self.add_to_case_file)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setObjectName("closeButton")
        self.close_button.setToolTip(self.tr("Back to the list (Esc)"))
        self.close_button.clicked.connect(self.close_page)

        self.details = QTextBrowser()
        self.details.setObjectName("reportDetails")
        self.details.setAccessibleName(self.tr("Report details"))
        self.details.setOpenLinks(False)

        self.evidence = QTreeWidget()
        self.evidence.setObjectName("evidenceList")
        self.evidence.setAccessibleName(self.tr("Evidence files"))
        self.evidence.setRootIsDecorated(False)
        self.evidence.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.evidence.setHeaderLabels(
            [self.tr("File"), self.tr("Size"), self.tr("Captured"), self.tr("Added")]
        )
        header = self.evidence.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip(self.tr("Save a decrypted copy of the selected file"))
        self.export_button.clicked.connect(lambda: self.export_selected())
        self.evidence.itemSelectionChanged.connect(self._update_buttons)
        self.evidence.itemActivated.connect(lambda _item, _col: self.export_selected())
        evidence_tab = QWidget()
        evidence_layout = QVBoxLayout(evidence_tab)
        evidence_layout.addWidget(self.evidence, 1)
        export_row = QHBoxLayout()
        export_row.addStretch(1)
        export_row.addWidget(self.export_button)
        evidence_layout.addLayout(export_row)

        self.history = ReportHistoryView(self._lang)

        # "3 other reports about this counterparty": the desk sees a repeat at once.
        self.banner = RepeatBanner(context)
        self.banner.open_case.connect(self.open_case_file)
        self.banner.open_report.connect(self.open_report)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("detailTabs")
        self.tabs.addTab(self.details, self.tr("&Details"))
        self.tabs.addTab(evidence_tab, self.tr("E&vidence"))
        self.tabs.addTab(self.history, self.tr("&History"))

        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.status)
        heading.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addWidget(self.open_case_button)
        actions.addWidget(self.add_to_case_button)
        actions.addStretch(1)
        actions.addWidget(self.close_button)
        view_layout = QVBoxLayout(self.view)
        view_layout.addLayout(heading)
        view_layout.addLayout(actions)
        view_layout.addWidget(self.banner)
        view_layout.addWidget(self.tabs, 1)

        self.form = IntakeForm(context)
        self.form.saved.connect(self._form_saved)
        self.form.closed.connect(self._form_closed)
        self.form.status_message.connect(self.status_message)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        # On the view only: the form has its own Esc, and two would be ambiguous.
        esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.view)
        esc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        esc.activated.connect(self.close_page)
        edit = QShortcut(QKeySequence("Ctrl+E"), self.view)
        edit.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        edit.activated.connect(self.start_edit)

        for first, second in (
            (self.edit_button, self.open_case_button),
            (self.open_case_button, self.add_to_case_button),
            (self.add_to_case_button, self.close_button),
            (self.close_button, self.banner.button),
            (self.banner.button, self.tabs),
            (self.tabs, self.details),
            (self.details, self.evidence),
            (self.evidence, self.export_button),
            (self.export_button, self.history),
        ):
            QWidget.setTabOrder(first, second)

        context.locked.connect(self.clear)
        self.clear()

    # -- showing ----------------------------------------------------------------------------

    @property
    def report_id(self) -> str | None:
        return self._report.id if self._report else None

    @property
    def version(self) -> int | None:
        return self._version

    def show_report(self, report_id: str) -> bool:
        """Load and show a report; ``False`` (with a message) if it cannot be read."""
        services = self.context.services
        try:
            ring = self.context.ring
            report, version = services.reports.get(ring, report_id)
            changes = services.reports.history(ring, report_id)
            evidence = services.evidence.list(ring, report_id)
        except (ServiceError, CryptoError) as exc:
            self._show_message(
                QMessageBox.Icon.Warning, self.tr("Report not shown"), error_text(exc)
            )
            return False
        self._report, self._version = report, version
        number = report.number or ""
        self.title.setText(self.tr("Report {number}").replace("{number}", number))
        self.status.setText(self._status_label(report.status))
        names = [info.file_name for info in evidence]
        self.details.setHtml(summary_html(self._summary.groups(report, names, pending=False)))
        self._set_evidence(evidence)
        self.history.set_changes(changes, services.listing.staff_names())
        self.tabs.setTabText(1, self.tr("E&vidence ({n})").replace("{n}", str(len(evidence))))
        self.tabs.setTabText(2, self.tr("&History ({n})").replace("{n}", str(len(changes))))
        self.stack.setCurrentWidget(self.view)
        self._update_buttons()
        self.banner.show_for([report.id])
        return True

    def reload(self) -> bool:
        return self.show_report(self._report.id) if self._report else False

    def _set_evidence(self, infos: list[EvidenceInfo]) -> None:
        self.evidence.clear()
        for info in infos:
            item = QTreeWidgetItem(
                [
                    info.file_name,
                    format_size(info.size),
                    format_moment(info.captured_at),
                    format_moment(info.added_at),
                ]
            )
            item.setData(0, EVIDENCE_ID_ROLE, info.id)
            self.evidence.addTopLevelItem(item)
        first = self.evidence.topLevelItem(0)
        if first is not None:
            self.evidence.setCurrentItem(first)

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self._report is not None)
        self.export_button.setEnabled(bool(self.evidence.selectedItems()))
        self._update_case_buttons()

    def _may_follow_up(self) -> bool:
        """The role's part of CaseService's check (the service checks again)."""
        if not self.context.is_unlocked:
            return False
        ring = self.context.ring
        return ring.role in CASE_ROLES and ring.holds(KeyClass.CASE)

    def _refusal(self, current: str, target: str) -> str | None:
        """Why the workflow refuses ``current`` → ``target`` (in the UI language), or None."""
        try:
            check_transition(current, target)
        except TransitionRefused as refused:
            return refused.message(self._lang)
        return None

    def _update_case_buttons(self) -> None:
        """Offer what the role and the report's status allow; a disabled button says why."""
        report = self._report
        opener, adder = self.open_case_button, self.add_to_case_button
        opener.setText(self.tr("&Open a case file for this report"))
        if report is None:
            for button in (opener, adder):
                button.setEnabled(False)
                button.setToolTip("")
            return
        if not self._may_follow_up():
            why = self.tr("Your role cannot follow up reports.")
            opener.setEnabled(False)
            opener.setToolTip(why)
            adder.setEnabled(False)
            adder.setToolTip(why)
            return
        if report.case_file_id is not None:
            opener.setText(self.tr("Sh&ow the case file"))
            opener.setEnabled(True)
            opener.setToolTip(self.tr("Go to the case file this report belongs to"))
            adder.setEnabled(False)
            adder.setToolTip(self.tr("This report is already in a case file."))
            return
        status = report.status
        if is_ended(status):
            why = self.tr("This report is closed ({status}): it cannot go into a case file.")
            why = why.replace("{status}", self._status_label(status))
            opener.setEnabled(False)
            opener.setToolTip(why)
            adder.setEnabled(False)
            adder.setToolTip(why)
            return
        # From "new" the button starts the competence check; a file is opened from there.
        first_step = "competence_check" if status == "new" else "file_open"
        refused = self._refusal(status, first_step)
        opener.setEnabled(refused is None)
        if refused is not None:
            opener.setToolTip(refused)
        elif status == "new":
            opener.setToolTip(
                self.tr("Start the competence check; the case file is opened from there.")
            )
        else:
            opener.setToolTip(
                self.tr("Continue the competence check; the case file is opened from there.")
            )
        # A new report may join an open file: its competence check is decided with the file.
        refused = self._refusal("competence_check" if status == "new" else status, "file_open")
        adder.setEnabled(refused is None)
        adder.setToolTip(
            refused
            or self.tr("Link this report to a case file that is already open (mass report).")
        )

    def _status_label(self, status: str) -> str:
        taxonomy = self.context.services.taxonomy
        return (
            taxonomy.label("status", status, self._lang)
            if taxonomy.is_known("status", status)
            else status
        )

    def clear(self) -> None:
        """Forget the report (connected to ``locked``): nothing personal stays on screen."""
        self._report = None
        self._version = None
        # Dialogs over the page show the report's facts: they close, and change nothing.
        for dialog in (self.competence_dialog, self.add_dialog):
            if dialog is not None:
                dialog.reject()
        self.banner.clear()
        self.title.setText(self.tr("Report"))
        self.status.clear()
        self.details.clear()
        self.evidence.clear()
        self.history.clear()
        self.tabs.setTabText(1, self.tr("E&vidence"))
        self.tabs.setTabText(2, self.tr("&History"))
        if self.message_box is not None:
            self.message_box.reject()
            self.message_box = None
        self.stack.setCurrentWidget(self.view)
        self._update_buttons()

    def close_page(self) -> None:
        self.closed.emit()

    # -- editing ----------------------------------------------------------------------------

    def start_edit(self) -> None:
        if self._report is None or self._version is None:
            return
        self.form.edit(self._report, self._version)
        self.stack.setCurrentWidget(self.form)
        self.form.reporter.role.setFocus()
        self.edit_requested.emit(self._report.id)

    def save_draft_now(self) -> bool:
        """While editing: save the form's draft (call before locking)."""
        return self.stack.currentWidget() is self.form and self.form.save_draft_now()

    def _form_saved(self, report_id: str) -> None:
        self.show_report(report_id)
        self.saved.emit(report_id)

    def _form_closed(self) -> None:
        if self._report is not None:
            self.reload()
        self.stack.setCurrentWidget(self.view)
        self.edit_button.setFocus()

    # -- case file ----------------------------------------------------------------------------

    def open_case_flow(self) -> None:
        """Show the report's case file, or start (continue) its competence check.

        As on the Dossiers page: a new report moves to "competence_check" and the competence
        dialog opens; opening the case file there shows the file.
        """
        report = self._report
        if report is None or not self.context.is_unlocked:
            return
        if report.case_file_id is not None:
            self.open_case_file.emit(report.case_file_id)
            return
        services = self.context.services
        ring = self.context.ring
        try:
            if report.status == "new":
                services.cases.change_report_status(
                    ring, report.id, "competence_check", lang=self._lang
                )
                self._workflow_changed()
            dialog = CompetenceDialog(self.context, report.id, self.window())
        except RefusedTransition as exc:
            self._refused(exc.refused.message(self._lang))
            return
        except ServiceError as exc:
            self._refused(error_text(exc))
            return
        self.competence_dialog = dialog
        dialog.file_opened.connect(self._file_opened)
        dialog.changed.connect(self._workflow_changed)
        dialog.finished.connect(self._competence_closed)
        dialog.open()

    def add_to_case_file(self) -> None:
        """Choose an open case file for this report (a new one: the file decides competence)."""
        report = self._report
        if report is None or report.case_file_id is not None or not self.context.is_unlocked:
            return
        try:
            dialog = AddToFileDialog(self.context, report.id, report.number or "", self)
        except ServiceError as exc:
            self._refused(error_text(exc))
            return
        self.add_dialog = dialog
        dialog.added.connect(self._added_to_file)
        dialog.finished.connect(self._add_dialog_closed)
        dialog.open()

    def _refused(self, text: str) -> None:
        self._show_message(QMessageBox.Icon.Warning, self.tr("Not done"), text)
        # The report may have moved on at another desk: show it as it is now.
        if self._report is not None:
            self.reload()

    def _workflow_changed(self) -> None:
        if self._report is None or not self.context.is_unlocked:
            return  # locked meanwhile: the page is empty and stays so
        report_id = self._report.id
        self.reload()
        self.workflow_changed.emit(report_id)

    def _file_opened(self, file_id: str) -> None:
        self._workflow_changed()
        self.open_case_file.emit(file_id)

    def _competence_closed(self) -> None:
        if self.competence_dialog is not None:
            self.competence_dialog.deleteLater()
            self.competence_dialog = None

    def _added_to_file(self, file_id: str, number: str) -> None:
        report_number = self._report.number if self._report else ""
        self._workflow_changed()
        self.status_message.emit(
            self.tr("Report {report} was added to case file {file}.")
            .replace("{report}", report_number or "")
            .replace("{file}", number)
        )

    def _add_dialog_closed(self) -> None:
        if self.add_dialog is not None:
            self.add_dialog.deleteLater()
            self.add_dialog = None
        if self.isVisible():
            # Back where the user was; after an addition the button now leads to the file.
            for button in (self.add_to_case_button, self.open_case_button):
                if button.isEnabled():
                    button.setFocus()
                    break

    # -- evidence export ----------------------------------------------------------------------

    def export_selected(self, target: Path | None = None) -> None:
        """Write a decrypted copy of the selected evidence file where the user chooses."""
        items = self.evidence.selectedItems()
        if not items or not self.context.is_unlocked:
            return
        evidence_id = str(items[0].data(0, EVIDENCE_ID_ROLE))
        if target is None:
            start = Path(
                QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            )
            name, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export evidence file"), str(start / items[0].text(0))
            )
            if not name:
                return
            target = Path(name)
        ring = self.context.ring
        service = self.context.services.evidence
        self.export_button.setEnabled(False)
        destination = target

        def done(_result: object) -> None:
            self._update_buttons()
            self.status_message.emit(self.tr("Evidence file exported."))

        def failed(exc: BaseException) -> None:
            self._update_buttons()
            if not isinstance(exc, ServiceError | CryptoError | OSError):
                raise exc
            log.warning("Evidence export failed (%s)", type(exc).__name__)
            self._show_message(
                QMessageBox.Icon.Warning,
                self.tr("Export failed"),
                self.tr("The file was not exported: {reason}").replace("{reason}", error_text(exc)),
            )

        run_task(lambda: service.export(ring, evidence_id, destination), done, failed)

    def _show_message(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("detailMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: setattr(self, "message_box", None))
        self.message_box = box
        box.open()
