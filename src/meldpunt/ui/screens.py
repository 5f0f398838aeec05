"""Puts the real screens into the main window in place of their placeholders."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from meldpunt.ui.admin.page import AdminPage
from meldpunt.ui.cases.install import install_case_screens
from meldpunt.ui.context import AppContext
from meldpunt.ui.main_window import MainWindow
from meldpunt.ui.maintenance import UnlockMaintenance
from meldpunt.ui.reports.area import ReportsArea
from meldpunt.ui.statistics.page import StatisticsPage


def install_screens(window: MainWindow, context: AppContext) -> None:
    """One place that knows which screen module fills which navigation entry."""
    # Screens arrive with their issues; until then the placeholders say what will come.
    # The navigation keeps the placeholder's title, already translated for MainWindow.
    reports = ReportsArea(context)
    window.add_page("reports", QCoreApplication.translate("MainWindow", "Reports"), reports)
    reports.status_message.connect(lambda text: window.statusBar().showMessage(text, 8000))
    window.before_lock.append(reports.save_drafts_now)
    window.after_unlock.append(reports.offer_drafts)
    reminder = QLabel()
    window.statusBar().insertPermanentWidget(0, reminder)
    maintenance = UnlockMaintenance(context, window, reminder)
    window.after_unlock.append(maintenance.run)
    title = QCoreApplication.translate("MainWindow", "Annual report")
    window.add_page("statistics", title, StatisticsPage(context))
    cases, _tasks = install_case_screens(window, context)

    def show_case_file(file_id: str) -> None:
        # The report screen's "Show the case file" and its repeat banner lead here.
        window.show_page("cases")
        cases.open_case(file_id)

    reports.open_case_file.connect(show_case_file)
    window.add_page(
        "admin", QCoreApplication.translate("MainWindow", "Administration"), AdminPage(context)
    )
