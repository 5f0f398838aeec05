"""The Meldingen screen: the report list, the intake form and a report's detail in one place."""

from __future__ import annotations

import logging

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, Signal
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QWidget

from meldpunt.crypto.errors import CryptoError
from meldpunt.crypto.keys import KeyClass
from meldpunt.services.drafts import Draft
from meldpunt.services.errors import ServiceError
from meldpunt.ui.context import AppContext
from meldpunt.ui.intake.form import IntakeForm
from meldpunt.ui.reports.detail import ReportDetailPage
from meldpunt.ui.reports.list_page import ReportListPage

log = logging.getLogger(__name__)


class ReportsArea(QStackedWidget):
    """Switches between list, new report and detail; keeps typed work safe on lock.

    ``open_case_file(file_id)`` asks the main window to show a case file (ui/screens.py).
    """

    status_message = Signal(str)
    open_case_file = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsArea")
        self.context = context
        self.list_page = ReportListPage(context)
        self.intake = IntakeForm(context)
        self.detail = ReportDetailPage(context)
        for page in (self.list_page, self.intake, self.detail):
            self.addWidget(page)
            page.status_message.connect(self.status_message)
        self.list_page.new_report.connect(self.start_new_report)
        self.list_page.open_report.connect(self.open_report)
        self.intake.saved.connect(self._after_intake_save)
        self.intake.closed.connect(self.show_list)
        self.detail.closed.connect(self.show_list)
        self.detail.saved.connect(lambda _rid: self.list_page.reload())
        self.detail.workflow_changed.connect(lambda _rid: self.list_page.reload())
        self.detail.open_case_file.connect(self.open_case_file)
        self.detail.open_report.connect(self.open_report)
        context.locked.connect(self.show_list)
        self.show_list()

    # --- navigation -----------------------------------------------------------------------

    def show_list(self) -> None:
        self.setCurrentWidget(self.list_page)
        # Keyboard users land in the search field (the table may be hidden while the office is
        # empty); Ctrl+N, Ctrl+F and Tab to the list work from there.
        self.setFocusProxy(self.list_page.search_edit)

    def start_new_report(self) -> None:
        self.intake.new_report()
        self.setCurrentWidget(self.intake)
        self.setFocusProxy(self.intake)
        self.intake.setFocus()

    def open_report(self, report_id: str) -> None:
        if self.detail.show_report(report_id):
            self.setCurrentWidget(self.detail)
            self.setFocusProxy(self.detail)

    def _after_intake_save(self, report_id: str) -> None:
        self.list_page.reload()
        self.open_report(report_id)

    # --- drafts and locking ---------------------------------------------------------------

    def save_drafts_now(self) -> None:
        """Called by the main window before it locks: typed work goes into encrypted drafts."""
        for form in (self.intake, self.detail):
            try:
                form.save_draft_now()
            except (ServiceError, CryptoError):
                log.exception("A draft could not be saved before locking")

    def offer_drafts(self) -> None:
        """After unlock: continue the newest unsaved report, if there is one."""
        ring = self.context.ring
        if not ring.holds(KeyClass.CASE):
            return
        try:
            drafts = self.context.services.drafts.list(ring)
        except (ServiceError, CryptoError):
            return
        if not drafts:
            return
        draft: Draft = drafts[0]
        local = draft.updated_at.astimezone()
        when = QLocale().toString(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)),
            QLocale.FormatType.ShortFormat,
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved report"),
            self.tr(
                "You were working on a report that is not saved yet ({when}). Continue it?"
            ).replace("{when}", when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Continue"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Later"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.intake.load_draft(draft)
            self.setCurrentWidget(self.intake)
            self.setFocusProxy(self.intake)
