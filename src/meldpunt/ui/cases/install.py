"""Wires the case screens into the main window: Dossiers, Taken with its count, and links."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer

from meldpunt.ui.cases.case_list import CasesPage
from meldpunt.ui.cases.tasks_page import TasksPage
from meldpunt.ui.context import AppContext
from meldpunt.ui.main_window import MainWindow

# Tasks of other desks (assigned to this user) show up in the count without a click.
TASK_COUNT_REFRESH_MS = 5 * 60 * 1000


def _set_navigation_text(window: MainWindow, key: str, text: str, tooltip: str = "") -> None:
    for row in range(window.navigation.count()):
        item = window.navigation.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == key:
            item.setText(text)
            item.setToolTip(tooltip)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, tooltip or text)
            return


def install_case_screens(window: MainWindow, context: AppContext) -> tuple[CasesPage, TasksPage]:
    # The navigation keeps the placeholders' titles, already translated for MainWindow.
    cases_title = QCoreApplication.translate("MainWindow", "Case files")
    tasks_title = QCoreApplication.translate("MainWindow", "Tasks")
    cases = CasesPage(context)
    tasks = TasksPage(context)
    window.add_page("cases", cases_title, cases)
    window.add_page("tasks", tasks_title, tasks)

    def show_counts(open_tasks: int, overdue: int) -> None:
        text = f"{tasks_title} ({open_tasks})" if open_tasks else tasks_title
        tooltip = (
            QCoreApplication.translate("CaseScreens", "{count} open tasks, {overdue} overdue")
            .replace("{count}", str(open_tasks))
            .replace("{overdue}", str(overdue))
            if open_tasks
            else ""
        )
        _set_navigation_text(window, "tasks", text, tooltip)

    def open_case(file_id: str) -> None:
        window.show_page("cases")
        cases.open_case(file_id)

    def open_report(report_id: str) -> None:
        # The report screen belongs to the reports area (ui/reports/area.py: open_report).
        try:
            page = window.page("reports")
        except KeyError:
            return
        opener = getattr(page, "open_report", None)
        if callable(opener):
            window.show_page("reports")
            opener(report_id)

    tasks.counts_changed.connect(show_counts)
    tasks.open_case.connect(open_case)
    cases.tasks_changed.connect(tasks.refresh)
    cases.open_report.connect(open_report)
    timer = QTimer(tasks)
    timer.setInterval(TASK_COUNT_REFRESH_MS)
    timer.timeout.connect(lambda: tasks.refresh() if context.is_unlocked else None)
    timer.start()
    return cases, tasks
