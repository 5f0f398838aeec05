"""The Dossiers page: case files, reports waiting for a competence check, and the case screen."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from meldpunt.domain.taxonomy import Taxonomy
from meldpunt.domain.workflow import is_open
from meldpunt.services.cases import RefusedTransition
from meldpunt.services.casework import CaseSummary, WaitingReport
from meldpunt.services.errors import ServiceError
from meldpunt.ui.cases.case_page import CasePage
from meldpunt.ui.cases.common import Messages, close_dialogs, code_label
from meldpunt.ui.cases.referral_dialog import CompetenceDialog
from meldpunt.ui.cases.settings_dialogs import ContactsDialog, RulesDialog, TemplatesDialog
from meldpunt.ui.context import AppContext
from meldpunt.ui.dates import format_date
from meldpunt.ui.service_errors import error_text

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
OPEN_ROLE = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex


class CaseListModel(QAbstractTableModel):
    NUMBER, STATUS, ASSIGNED, OPENED, REPORTS, TASKS = range(6)

    def __init__(self, taxonomy: Taxonomy, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taxonomy = taxonomy
        self.lang = lang
        self.files: list[CaseSummary] = []

    def set_files(self, files: Sequence[CaseSummary]) -> None:
        self.beginResetModel()
        self.files = list(files)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.files)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Number"),
            self.tr("Status"),
            self.tr("Assigned to"),
            self.tr("Opened"),
            self.tr("Reports"),
            self.tr("Open tasks"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.files[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return item.id
        if role == OPEN_ROLE:
            return is_open(item.status)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NUMBER:
                return item.number
            if column == self.STATUS:
                return code_label(self.taxonomy, "status", item.status, self.lang)
            if column == self.ASSIGNED:
                return item.assigned_name or self.tr("(nobody)")
            if column == self.OPENED:
                return format_date(item.opened_on)
            if column == self.REPORTS:
                return str(item.report_count)
            if column == self.TASKS:
                if item.overdue_tasks:
                    return self.tr("{count} ({overdue} overdue)").format(
                        count=item.open_tasks, overdue=item.overdue_tasks
                    )
                return str(item.open_tasks) if item.open_tasks else ""
        if role == SORT_ROLE:
            # Raw values, not display text: dates and counts sort as such.
            return (
                item.number,
                item.status,
                item.assigned_name,
                item.opened_on.isoformat() if item.opened_on else "",
                item.report_count,
                (item.overdue_tasks, item.open_tasks),
            )[column]
        return None


class WaitingModel(QAbstractTableModel):
    NUMBER, MONTH, DOMAIN, STATUS = range(4)

    def __init__(self, taxonomy: Taxonomy, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taxonomy = taxonomy
        self.lang = lang
        self.reports: list[WaitingReport] = []

    def set_reports(self, reports: Sequence[WaitingReport]) -> None:
        self.beginResetModel()
        self.reports = list(reports)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.reports)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Report"), self.tr("Month"), self.tr("Domain"), self.tr("Status"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.reports[index.row()]
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                item.number,
                f"{item.month:02d}/{item.year}",
                code_label(self.taxonomy, "domain", item.domain_top, self.lang),
                code_label(self.taxonomy, "status", item.status, self.lang),
            )[index.column()]
        return None


class OpenFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.open_only = True
        self.setSortRole(SORT_ROLE)

    def set_open_only(self, value: bool) -> None:
        self.beginFilterChange()
        self.open_only = value
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self.open_only:
            return True
        return bool(self.sourceModel().index(source_row, 0, source_parent).data(OPEN_ROLE))


def _table(name: str, model: QAbstractTableModel | QSortFilterProxyModel) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class CaseListPage(QWidget):
    """The list of case files and the reports that wait for a competence check."""

    open_case = Signal(str)
    check_report = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseListPage")
        self.context = context
        taxonomy, lang = context.services.taxonomy, context.language
        heading = QLabel(self.tr("Case files"))
        heading.setObjectName("pageHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.open_only = QCheckBox(self.tr("Only o&pen files"))
        self.open_only.setObjectName("openOnlyCheck")
        self.open_only.setChecked(True)
        self.model = CaseListModel(taxonomy, lang, self)
        self.proxy = OpenFilter(self)
        self.proxy.setSourceModel(self.model)
        self.open_only.toggled.connect(self.proxy.set_open_only)
        self.table = _table("caseListTable", self.proxy)
        self.table.setAccessibleName(self.tr("Case files"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CaseListModel.NUMBER, Qt.SortOrder.DescendingOrder)
        self.table.activated.connect(lambda _i: self._open_current())
        self.open_button = QPushButton(self.tr("&Open case file"))
        self.open_button.setObjectName("openCaseButton")
        self.open_button.clicked.connect(self._open_current)

        self.settings = QToolButton()
        self.settings.setObjectName("caseSettingsButton")
        self.settings.setText(self.tr("&Settings"))
        self.settings.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.settings)
        for text, dialog in (
            (self.tr("Referral &rules…"), RulesDialog),
            (self.tr("Contact details of &bodies…"), ContactsDialog),
            (self.tr("Letter &templates…"), TemplatesDialog),
        ):
            action = QAction(text, menu)
            action.triggered.connect(lambda _=False, d=dialog: self._settings(d))
            menu.addAction(action)
        self.settings.setMenu(menu)

        self.waiting_model = WaitingModel(taxonomy, lang, self)
        self.waiting = _table("waitingTable", self.waiting_model)
        self.waiting.setAccessibleName(self.tr("Reports waiting for a competence check"))
        self.waiting.activated.connect(lambda _i: self._check_current())
        self.check_button = QPushButton(self.tr("&Competence check…"))
        self.check_button.setObjectName("competenceCheckButton")
        self.check_button.clicked.connect(self._check_current)
        waiting_label = QLabel(self.tr("Reports &waiting for a competence check"))
        waiting_label.setBuddy(self.waiting)
        files_label = QLabel(self.tr("Case &files"))
        files_label.setBuddy(self.table)

        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.settings)
        files_row = QHBoxLayout()
        files_row.addWidget(files_label)
        files_row.addStretch(1)
        files_row.addWidget(self.open_only)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        waiting_buttons = QHBoxLayout()
        waiting_buttons.addWidget(self.check_button)
        waiting_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addLayout(top)
        layout.addLayout(files_row)
        layout.addWidget(self.table, 3)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addWidget(waiting_label)
        layout.addWidget(self.waiting, 2)
        layout.addLayout(waiting_buttons)
        self.messages = Messages(self)

    def set_data(self, files: Sequence[CaseSummary], waiting: Sequence[WaitingReport]) -> None:
        self.model.set_files(files)
        self.waiting_model.set_reports(waiting)
        self.open_button.setEnabled(bool(files))
        self.check_button.setEnabled(bool(waiting))
        if self.proxy.rowCount():
            self.table.selectRow(0)
        if waiting:
            self.waiting.selectRow(0)

    def _open_current(self) -> None:
        file_id = self.table.currentIndex().data(ID_ROLE)
        if isinstance(file_id, str):
            self.open_case.emit(file_id)

    def _check_current(self) -> None:
        report_id = self.waiting.currentIndex().data(ID_ROLE)
        if isinstance(report_id, str):
            self.check_report.emit(report_id)

    def _settings(self, dialog_class: type) -> None:
        try:
            dialog = dialog_class(self.context, self.window())
        except ServiceError as exc:
            self.messages.error(error_text(exc))
            return
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()


class CasesPage(QStackedWidget):
    """The Dossiers navigation entry: the list, and the case screen in front of it."""

    tasks_changed = Signal()
    open_report = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casesPage")
        self.context = context
        self.messages = Messages(self)
        self.list_page = CaseListPage(context)
        self.case_page = CasePage(context)
        self.addWidget(self.list_page)
        self.addWidget(self.case_page)
        self.dialog: CompetenceDialog | None = None
        self.list_page.open_case.connect(self.open_case)
        self.list_page.check_report.connect(self.check_report)
        self.case_page.back.connect(self.show_list)
        self.case_page.open_case.connect(self.open_case)
        self.case_page.open_report.connect(self.open_report)
        self.case_page.tasks_changed.connect(self.tasks_changed)
        context.locked.connect(self.clear)
        context.unlocked.connect(self.show_list)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.context.is_unlocked and self.currentWidget() is self.list_page:
            self.reload()

    def reload(self) -> None:
        if not self.context.is_unlocked:
            return
        work = self.context.services.casework
        try:
            files = work.list_files(self.context.ring)
            waiting = work.waiting_reports(self.context.ring)
        except ServiceError:
            # Roles without case keys see an empty list, not an error on every visit.
            files, waiting = [], []
        self.list_page.set_data(files, waiting)

    def show_list(self) -> None:
        self.case_page.clear()
        self.setCurrentWidget(self.list_page)
        self.reload()
        if self.isVisible():  # a hidden page must not take the keyboard from the shown one
            self.list_page.table.setFocus()

    def open_case(self, file_id: str) -> None:
        if self.case_page.show_file(file_id):
            self.setCurrentWidget(self.case_page)

    def check_report(self, report_id: str) -> None:
        """Start (or continue) the competence check of a report outside a file."""
        services = self.context.services
        ring = self.context.ring
        try:
            report, _version = services.reports.get(ring, report_id)
            if report.status == "new":
                services.cases.change_report_status(
                    ring, report_id, "competence_check", lang=self.context.language
                )
            self.dialog = CompetenceDialog(self.context, report_id, self.window())
        except RefusedTransition as exc:
            self.messages.error(exc.refused.message(self.context.language))
            return
        except ServiceError as exc:
            self.messages.error(error_text(exc))
            return
        self.dialog.file_opened.connect(self.open_case)
        self.dialog.changed.connect(self.reload)
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        if self.currentWidget() is self.list_page:
            self.reload()

    def clear(self) -> None:
        close_dialogs(self.window())
        if self.dialog is not None:
            self.dialog.reject()
        self.messages.close()
        self.case_page.clear()
        self.list_page.set_data([], [])
        self.setCurrentWidget(self.list_page)
