"""'My tasks': open tasks of the unlocked user, overdue first; the count goes in the navigation."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meldpunt.services.casework import describe_task_changes
from meldpunt.services.errors import Conflict, ServiceError
from meldpunt.storage.casework_repo import TaskRecord
from meldpunt.ui.cases.common import Messages, close_dialogs
from meldpunt.ui.cases.conflict import ConflictText
from meldpunt.ui.context import AppContext
from meldpunt.ui.dates import format_date, from_qdate, to_qdate
from meldpunt.ui.palette import error_colour
from meldpunt.ui.service_errors import error_text

log = logging.getLogger(__name__)

TASK_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class TaskTableModel(QAbstractTableModel):
    """Tasks with their due date; overdue ones say so in words, not only in colour."""

    DUE, FILE, TEXT, FOR, STATE = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks: list[TaskRecord] = []
        self.staff: Mapping[str, str] = {}
        self.today = dt.date.today()

    def set_tasks(
        self, tasks: Sequence[TaskRecord], staff: Mapping[str, str], today: dt.date
    ) -> None:
        self.beginResetModel()
        self.tasks = list(tasks)
        self.staff = dict(staff)
        self.today = today
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.tasks)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Due"),
            self.tr("Case file"),
            self.tr("Task"),
            self.tr("For"),
            self.tr("State"),
        )[section]

    def is_overdue(self, task: TaskRecord) -> bool:
        return not task.done and task.due_on < self.today

    def _state(self, task: TaskRecord) -> str:
        if task.done:
            return self.tr("done")
        if task.due_on < self.today:
            days = (self.today - task.due_on).days
            return self.tr("overdue ({days} d)").format(days=days)
        if task.due_on == self.today:
            return self.tr("due today")
        return self.tr("open")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        task = self.tasks[index.row()]
        column = index.column()
        if role == TASK_ROLE:
            return task
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DUE:
                return format_date(task.due_on)
            if column == self.FILE:
                return task.case_number
            if column == self.TEXT:
                return self.tr("(erased)") if task.erased else task.text
            if column == self.FOR:
                who = task.assigned_to or task.file_assigned_to
                return self.staff.get(who or "", "")
            if column == self.STATE:
                return self._state(task)
        if role == SORT_ROLE:
            return (task.done, task.due_on >= self.today, task.due_on.isoformat(), task.text)
        if role == Qt.ItemDataRole.ForegroundRole and self.is_overdue(task):
            return QBrush(error_colour())
        if role == Qt.ItemDataRole.FontRole and (self.is_overdue(task) or task.done):
            font = QFont()
            font.setBold(self.is_overdue(task))
            font.setStrikeOut(task.done)
            return font
        return None

    def task_at(self, row: int) -> TaskRecord | None:
        return self.tasks[row] if 0 <= row < len(self.tasks) else None

    def rows(self) -> list[tuple[str, ...]]:
        return [
            tuple(str(self.data(self.index(r, c))) for c in range(self.columnCount()))
            for r in range(self.rowCount())
        ]


def make_task_table(model: TaskTableModel, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    for column in range(model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(TaskTableModel.TEXT, QHeaderView.ResizeMode.Stretch)
    return table


class TaskEditDialog(QDialog):
    """Due date, text and who does it; also used to add a task."""

    def __init__(
        self,
        title: str,
        staff: Sequence[tuple[str, str, bool]],
        task: TaskRecord | None = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("taskDialog")
        self.setWindowTitle(title)
        self.due = QDateEdit()
        self.due.setObjectName("taskDue")
        self.due.setCalendarPopup(True)
        self.due.setAccessibleName(self.tr("Due date"))
        self.due.setDate(to_qdate(task.due_on) if task else QDate.currentDate().addDays(7))
        if today is not None and task is None:
            self.due.setDate(to_qdate(today + dt.timedelta(days=7)))
        self.text = QLineEdit(task.text if task else "")
        self.text.setObjectName("taskText")
        self.text.setMaxLength(500)
        self.text.setAccessibleName(self.tr("What has to be done"))
        self.who = QComboBox()
        self.who.setObjectName("taskFor")
        self.who.setAccessibleName(self.tr("Who does it"))
        self.who.addItem(self.tr("whoever has the file"), None)
        for user_id, name, active in staff:
            if active or (task and task.assigned_to == user_id):
                self.who.addItem(name, user_id)
        if task and task.assigned_to:
            self.who.setCurrentIndex(max(0, self.who.findData(task.assigned_to)))
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Task"), self.text),
            (self.tr("&Due on"), self.due),
            (self.tr("&For"), self.who),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Save"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        self.ok.setEnabled(bool(self.text.text().strip()))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> tuple[dt.date, str, str | None]:
        who = self.who.currentData()
        return from_qdate(self.due.date()), self.text.text().strip(), who if who else None

    @classmethod
    def ask(
        cls,
        parent: QWidget,
        title: str,
        staff: Sequence[tuple[str, str, bool]],
        task: TaskRecord | None = None,
        today: dt.date | None = None,
    ) -> tuple[dt.date, str, str | None] | None:
        dialog = cls(title, staff, task, today, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        values = dialog.values()
        dialog.deleteLater()
        return values if accepted and values[1] else None


class TasksPage(QWidget):
    """Emits ``counts_changed(open, overdue)`` for the navigation and ``open_case(file id)``."""

    counts_changed = Signal(int, int)
    open_case = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tasksPage")
        self.context = context
        self.messages = Messages(self)
        heading = QLabel(self.tr("My tasks"))
        heading.setObjectName("pageHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("tasksSummary")
        self.model = TaskTableModel(self)
        self.table = make_task_table(self.model, "myTasksTable")
        self.table.setAccessibleName(self.tr("My open tasks, overdue first"))
        self.table.activated.connect(lambda _index: self._open_case())
        self.done_button = QPushButton(self.tr("Mark &done"))
        self.done_button.setObjectName("taskDoneButton")
        self.done_button.clicked.connect(self.mark_done)
        self.edit_button = QPushButton(self.tr("&Change…"))
        self.edit_button.setObjectName("taskEditButton")
        self.edit_button.clicked.connect(self.edit_task)
        self.open_button = QPushButton(self.tr("&Open case file"))
        self.open_button.setObjectName("taskOpenCaseButton")
        self.open_button.clicked.connect(self._open_case)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.reload)
        buttons = QHBoxLayout()
        for button in (self.done_button, self.edit_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        context.locked.connect(self.clear)
        context.unlocked.connect(self.refresh)
        self._update_buttons()

    # --- loading ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.context.is_unlocked:
            self.reload()

    def refresh(self) -> None:
        """Keep the navigation's task count current; the task texts only when shown.

        Reading the tasks themselves is a view on record in the audit trail; counting them is
        not. A page nobody looks at only counts (after unlock, every few minutes, after a
        change on the case screen); it reads the tasks when it is shown.
        """
        if self.isVisible() or not self.context.is_unlocked:
            self.reload()
            return
        try:
            open_tasks, overdue = self.context.services.casework.my_task_counts(self.context.ring)
        except ServiceError:
            open_tasks, overdue = 0, 0
        self.counts_changed.emit(open_tasks, overdue)

    def reload(self) -> None:
        if not self.context.is_unlocked:
            self.clear()
            return
        work = self.context.services.casework
        try:
            ring = self.context.ring
            tasks = work.my_tasks(ring)
            staff = {user_id: name for user_id, name, _ in work.staff(ring)}
        except ServiceError:
            # A role without case keys has no tasks; the page stays empty.
            tasks, staff = [], {}
        today = work.today()
        self.model.set_tasks(tasks, staff, today)
        overdue = sum(self.model.is_overdue(t) for t in tasks)
        if tasks:
            self.summary.setText(
                self.tr("{count} open tasks, {overdue} overdue.").format(
                    count=len(tasks), overdue=overdue
                )
            )
        else:
            self.summary.setText(self.tr("You have no open tasks."))
        if tasks:
            self.table.selectRow(0)
        self._update_buttons()
        self.counts_changed.emit(len(tasks), overdue)

    def clear(self) -> None:
        close_dialogs(self.window())
        self.messages.close()
        self.model.set_tasks([], {}, dt.date.today())
        self.summary.clear()
        self._update_buttons()
        self.counts_changed.emit(0, 0)

    def current_task(self) -> TaskRecord | None:
        return self.model.task_at(self.table.currentIndex().row())

    def _update_buttons(self) -> None:
        has = self.current_task() is not None
        for button in (self.done_button, self.edit_button, self.open_button):
            button.setEnabled(has)

    # --- changes ------------------------------------------------------------------------

    def _save(self, task: TaskRecord, **changes: Any) -> None:
        work = self.context.services.casework
        try:
            work.update_task(self.context.ring, task.id, expected_version=task.version, **changes)
        except Conflict:
            self._explain_conflict(task)
        except ServiceError as exc:
            self.messages.error(error_text(exc))
        self.reload()

    def _explain_conflict(self, task: TaskRecord) -> None:
        work = self.context.services.casework
        try:
            current = work.task(self.context.ring, task.id)
        except ServiceError as exc:
            self.messages.error(error_text(exc))
            return
        changes = describe_task_changes(task, current, self.model.staff)
        text = ConflictText(self.context.services.taxonomy, self.context.language)
        text.show(self.messages, changes, self.tr("this task"))

    def mark_done(self) -> None:
        task = self.current_task()
        if task is not None:
            self._save(task, done=True)

    def edit_task(self) -> None:
        task = self.current_task()
        if task is None:
            return
        staff = self.context.services.casework.staff(self.context.ring)
        values = TaskEditDialog.ask(self.window(), self.tr("Change the task"), staff, task)
        if values is None or not self.context.is_unlocked:
            return
        due, text, who = values
        self._save(task, due_on=due, text=text, assigned_to=who, unassign=who is None)

    def _open_case(self) -> None:
        task = self.current_task()
        if task is not None:
            self.open_case.emit(task.case_file_id)
