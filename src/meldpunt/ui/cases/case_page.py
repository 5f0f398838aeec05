"""The case file screen: reports and persons, counterparty, assignment, status, tasks, timeline."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meldpunt.services.cases import RefusedTransition
from meldpunt.services.casework import CaseView, LinkedReport, describe_changes
from meldpunt.services.errors import Conflict, NotFound, ServiceError
from meldpunt.services.evidence import EvidenceInfo
from meldpunt.storage.casework_repo import TimelineRecord
from meldpunt.ui.cases.common import (
    Messages,
    close_dialogs,
    code_label,
    codes_label,
)
from meldpunt.ui.cases.conflict import ConflictText
from meldpunt.ui.cases.letters_dialog import InformationLetterDialog
from meldpunt.ui.cases.referral_dialog import CompetenceDialog
from meldpunt.ui.cases.repeat_banner import RepeatBanner
from meldpunt.ui.cases.status_panel import StatusPanel
from meldpunt.ui.cases.tasks_page import TaskEditDialog, TaskTableModel, make_task_table
from meldpunt.ui.cases.timeline import TimelinePanel
from meldpunt.ui.context import AppContext
from meldpunt.ui.dates import format_date
from meldpunt.ui.service_errors import error_text
from meldpunt.ui.tasks import run_task

log = logging.getLogger(__name__)

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class ReportsPanel(QTreeWidget):
    """The linked reports with the persons, the counterparty and the time they took."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseReports")
        self.setAccessibleName(self.tr("Reports, persons and counterparty"))
        self.setHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.setColumnCount(2)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.taxonomy = context.services.taxonomy
        self.lang = context.language

    def _yes_no(self, value: bool | None) -> str:
        if value is None:
            return self.tr("not asked")
        return self.tr("yes") if value else self.tr("no")

    def set_view(self, view: CaseView | None) -> None:
        self.clear()
        if view is None:
            return
        for linked in view.reports:
            self.addTopLevelItem(self._report_item(linked))
        self.expandAll()
        self.resizeColumnToContents(0)

    def _report_item(self, linked: LinkedReport) -> QTreeWidgetItem:
        t, lang = self.taxonomy, self.lang
        report = linked.report
        r, c, i, w = report.reporter, report.counterparty, report.incident, report.wishes
        top = QTreeWidgetItem(
            [
                self.tr("Report {number}").format(number=linked.number),
                self.tr("received {date} · {status}").format(
                    date=format_date(report.received_on),
                    status=code_label(t, "status", linked.status, lang),
                ),
            ]
        )
        font = QFont(top.font(0))
        font.setBold(True)
        top.setFont(0, font)
        name = r.chosen_name or r.legal_name or self.tr("(no name)")
        if r.chosen_name and r.legal_name and r.chosen_name != r.legal_name:
            name = self.tr("{chosen} (legal name: {legal})").format(
                chosen=r.chosen_name, legal=r.legal_name
            )
        first_contact = (
            self.tr("{date}, after {days} days").format(
                date=format_date(linked.first_contact_on), days=linked.days_to_first_contact
            )
            if linked.first_contact_on
            else self.tr("not yet")
        )
        rows = [
            ("reporter", self.tr("Reporter"), name),
            ("role", self.tr("Role"), code_label(t, "reporter_role", r.role, lang)),
            ("pronouns", self.tr("Pronouns"), r.pronouns or ""),
            ("language", self.tr("Language"), code_label(t, "language", r.language, lang)),
            ("email", self.tr("E-mail"), r.email or ""),
            ("phone", self.tr("Phone"), r.phone or ""),
            ("address", self.tr("Address"), r.address or ""),
            (
                "counterparty_type",
                self.tr("Counterparty"),
                code_label(t, "counterparty_type", c.type, lang),
            ),
            ("counterparty_name", self.tr("Counterparty's name"), c.name or ""),
            ("counterparty_address", self.tr("Counterparty's address"), c.address or ""),
            ("domain", self.tr("Domain"), code_label(t, "domain", report.domain, lang)),
            ("criteria", self.tr("Criteria"), codes_label(t, "criteria", report.criteria, lang)),
            ("forms", self.tr("Forms"), codes_label(t, "forms", report.forms, lang)),
            (
                "facts",
                self.tr("Facts"),
                ", ".join(
                    p
                    for p in (
                        format_date(i.date),
                        code_label(t, "area", i.area, lang),
                        i.place or "",
                    )
                    if p
                ),
            ),
            ("wants_reply", self.tr("Wants a reply"), self._yes_no(w.wants_reply)),
            (
                "may_contact_counterparty",
                self.tr("May contact the counterparty"),
                self._yes_no(w.may_contact_counterparty),
            ),
            ("may_refer", self.tr("May be referred"), self._yes_no(w.may_refer)),
            ("first_contact", self.tr("First contact"), first_contact),
            (
                "open_for",
                self.tr("Open for"),
                self.tr("{days} days").format(days=linked.days_open)
                if linked.days_open is not None
                else "",
            ),
        ]
        for key, label, value in rows:
            if value:
                child = QTreeWidgetItem([label, value])
                child.setToolTip(1, value)
                child.setData(0, KEY_ROLE, key)
                top.addChild(child)
        return top

    def rows(self) -> dict[str, str]:
        """Field key ("reporter", "first_contact" …) → shown value, for tests."""
        out: dict[str, str] = {}
        for index in range(self.topLevelItemCount()):
            top = self.topLevelItem(index)
            assert top is not None
            for child_index in range(top.childCount()):
                child = top.child(child_index)
                assert child is not None
                out[str(child.data(0, KEY_ROLE))] = child.text(1)
        return out


class TasksPanel(QGroupBox):
    """Tasks of this file, done ones struck through; add, change and mark done."""

    add_requested = Signal()
    done_requested = Signal(object)
    edit_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tasks"), parent)
        self.setObjectName("caseTasks")
        self.model = TaskTableModel(self)
        self.table = make_task_table(self.model, "caseTasksTable")
        self.table.setAccessibleName(self.tr("Tasks of the case file"))
        self.table.hideColumn(TaskTableModel.FILE)
        self.add_button = QPushButton(self.tr("New &task…"))
        self.add_button.setObjectName("newTaskButton")
        self.add_button.clicked.connect(self.add_requested)
        self.done_button = QPushButton(self.tr("Mark &done"))
        self.done_button.setObjectName("caseTaskDoneButton")
        self.done_button.clicked.connect(lambda: self._emit(self.done_requested))
        self.edit_button = QPushButton(self.tr("C&hange task…"))
        self.edit_button.setObjectName("caseTaskEditButton")
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        row = QHBoxLayout()
        for button in (self.add_button, self.done_button, self.edit_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self._update()

    def set_view(self, view: CaseView | None) -> None:
        if view is None:
            self.model.set_tasks([], {}, dt.date.today())
        else:
            self.model.set_tasks(view.tasks, view.staff, view.today)
        self._update()

    def _emit(self, signal: Any) -> None:
        task = self.model.task_at(self.table.currentIndex().row())
        if task is not None:
            signal.emit(task)

    def _update(self) -> None:
        task = self.model.task_at(self.table.currentIndex().row())
        self.done_button.setEnabled(task is not None and not task.done)
        self.edit_button.setEnabled(task is not None)


class CasePage(QWidget):
    """One case file. ``back`` returns to the list; ``tasks_changed`` updates the count."""

    back = Signal()
    tasks_changed = Signal()
    open_case = Signal(str)
    open_report = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casePage")
        self.context = context
        self.taxonomy = context.services.taxonomy
        self.lang = context.language
        self.view: CaseView | None = None
        self.messages = Messages(self)
        self.dialog: CompetenceDialog | None = None

        self.back_button = QPushButton(self.tr("← &Back to the list"))
        self.back_button.setObjectName("backToListButton")
        self.back_button.clicked.connect(self.back)
        QShortcut(QKeySequence("Alt+Left"), self, self.back.emit)
        self.title = QLabel()
        self.title.setObjectName("caseTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.referral_button = QPushButton(self.tr("&Competence and referral…"))
        self.referral_button.setObjectName("referralButton")
        self.referral_button.clicked.connect(self.open_referral)
        self.letter_button = QPushButton(self.tr("&Information letter…"))
        self.letter_button.setObjectName("informationLetterButton")
        self.letter_button.clicked.connect(self.make_information_letter)
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addSpacing(12)
        header.addWidget(self.title, 1)
        header.addWidget(self.referral_button)
        header.addWidget(self.letter_button)

        self.banner = RepeatBanner(context)
        self.banner.open_case.connect(self.open_case)
        self.banner.open_report.connect(self.open_report)

        self.assigned = QComboBox()
        self.assigned.setObjectName("assignedCombo")
        self.assigned.setAccessibleName(self.tr("Caseworker of the file"))
        self.assigned.activated.connect(self._assign)
        self.opened = QLabel()
        self.opened.setObjectName("caseOpened")
        details = QGroupBox(self.tr("Case file"))
        form = QFormLayout(details)
        assigned_label = QLabel(self.tr("Assi&gned to"))
        assigned_label.setBuddy(self.assigned)
        form.addRow(assigned_label, self.assigned)
        form.addRow(self.tr("Opened"), self.opened)

        self.status_panel = StatusPanel(self.taxonomy, self.lang)
        self.status_panel.move_requested.connect(self.move_file)
        self.reports = ReportsPanel(context)
        reports_box = QGroupBox(self.tr("Reports and persons"))
        QVBoxLayout(reports_box).addWidget(self.reports)
        self.tasks = TasksPanel()
        self.tasks.add_requested.connect(self.add_task)
        self.tasks.done_requested.connect(self.task_done)
        self.tasks.edit_requested.connect(self.edit_task)
        self.timeline = TimelinePanel(self.taxonomy, self.lang)
        self.timeline.add_requested.connect(self.add_action)
        self.timeline.edit_requested.connect(self.edit_note)
        self.timeline.save_file_requested.connect(self.save_file)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(details)
        left_layout.addWidget(self.status_panel)
        left_layout.addWidget(reports_box, 2)
        left_layout.addWidget(self.tasks, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self.timeline)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        # The reports' values and the tasks need about half the width, the timeline the rest.
        splitter.setSizes([480, 500])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        context.locked.connect(self.clear)

    # --- showing ------------------------------------------------------------------------

    @property
    def file_id(self) -> str | None:
        return self.view.record.id if self.view else None

    def show_file(self, file_id: str) -> bool:
        try:
            view = self.context.services.casework.view(self.context.ring, file_id)
        except ServiceError as exc:
            self.messages.error(error_text(exc))
            return False
        self.timeline.reset_form()
        self._set_view(view)
        self.banner.show_for(view.record.report_ids)
        self.timeline.type_combo.setFocus()
        return True

    def reload(self) -> None:
        if self.view is None:
            return
        try:
            view = self.context.services.casework.view(self.context.ring, self.view.record.id)
        except NotFound as exc:
            self.messages.error(error_text(exc))
            self.back.emit()
            return
        self._set_view(view)

    def _set_view(self, view: CaseView) -> None:
        self.view = view
        record = view.record
        status = code_label(self.taxonomy, "status", record.status, self.lang)
        kind = self.tr(" (mass report)") if record.mass_report else ""
        self.title.setText(
            self.tr("Case file {number}{kind} — {status}").format(
                number=record.number, kind=kind, status=status
            )
        )
        self.setAccessibleName(self.title.text())
        self._fill_assigned(view)
        days = (
            self.tr(" · open for {days} days").format(days=view.days_open)
            if view.days_open is not None
            else ""
        )
        closed = (
            self.tr(" · closed {date}").format(date=format_date(record.closed_on))
            if record.closed_on
            else ""
        )
        self.opened.setText(f"{format_date(record.opened_on)}{closed}{days}")
        self.status_panel.set_view(view)
        self.reports.set_view(view)
        self.tasks.set_view(view)
        self.timeline.set_view(view)

    def _fill_assigned(self, view: CaseView) -> None:
        self.assigned.clear()
        self.assigned.addItem(self.tr("(nobody)"), None)
        try:
            staff = self.context.services.casework.staff(self.context.ring)
        except ServiceError:
            staff = []
        for user_id, name, active in staff:
            if active or user_id == view.record.assigned_to:
                self.assigned.addItem(name, user_id)
        self.assigned.setCurrentIndex(max(0, self.assigned.findData(view.record.assigned_to)))

    def clear(self) -> None:
        """Forget everything shown (lock): no personal data stays in a widget."""
        self.view = None
        close_dialogs(self.window())
        self.messages.close()
        if self.dialog is not None:
            self.dialog.reject()
        self.title.clear()
        self.opened.clear()
        self.assigned.clear()
        self.banner.clear()
        self.status_panel.set_view(None)
        self.reports.set_view(None)
        self.tasks.set_view(None)
        self.timeline.set_view(None)
        self.timeline.reset_form()

    # --- carrying out changes -----------------------------------------------------------

    def _apply(self, change: Callable[[], object], what: str) -> bool:
        """Run one service call; refusals and conflicts are explained, input is kept."""
        if self.view is None:
            return False
        try:
            change()
        except RefusedTransition as exc:
            self.messages.error(exc.refused.message(self.lang))
            return False
        except Conflict:
            self._explain_conflict(what)
            return False
        except ServiceError as exc:
            self.messages.error(error_text(exc))
            return False
        self.reload()
        return True

    def _explain_conflict(self, what: str) -> None:
        assert self.view is not None
        before = self.view
        try:
            current = self.context.services.casework.view(self.context.ring, before.record.id)
        except ServiceError as exc:
            self.messages.error(error_text(exc))
            return
        ConflictText(self.taxonomy, self.lang).show(
            self.messages, describe_changes(before, current), what
        )
        # The page now shows their version; the forms keep what this user typed.
        self._set_view(current)

    def move_file(self, target: str, extra: dict[str, str]) -> None:
        if self.view is None:  # locked while the dialog was open
            return
        record = self.view.record
        self._apply(
            lambda: self.context.services.cases.change_file_status(
                self.context.ring,
                record.id,
                target,
                assessment=extra.get("assessment"),
                result=extra.get("result"),
                reason=extra.get("reason"),
                expected_version=record.version,
                lang=self.lang,
            ),
            self.tr("this case file"),
        )

    def _assign(self, _index: int) -> None:
        if self.view is None:
            return
        record = self.view.record
        user_id = self.assigned.currentData()
        if user_id == record.assigned_to:
            return
        if not self._apply(
            lambda: self.context.services.casework.assign(
                self.context.ring,
                record.id,
                user_id if isinstance(user_id, str) else None,
                expected_version=record.version,
            ),
            self.tr("this case file"),
        ):
            self._fill_assigned(self.view)
        self.tasks_changed.emit()

    def add_action(self, action: str, at: dt.datetime, text: str, report: str | None) -> None:
        if self.view is None:
            return
        file_id = self.view.record.id
        if self._apply(
            lambda: self.context.services.casework.add_action(
                self.context.ring, file_id, action, at=at, text=text, report_id=report
            ),
            self.tr("this case file"),
        ):
            self.timeline.reset_form()

    def edit_note(self, entry: TimelineRecord, text: str) -> None:
        self._apply(
            lambda: self.context.services.casework.edit_note(
                self.context.ring, entry.id, text, expected_version=entry.version
            ),
            self.tr("this note"),
        )

    def add_task(self) -> None:
        if self.view is None:
            return
        file_id = self.view.record.id
        staff = self.context.services.casework.staff(self.context.ring)
        values = TaskEditDialog.ask(
            self.window(), self.tr("New task"), staff, None, self.view.today
        )
        if values is None or self.view is None:
            return
        due, text, who = values
        if self._apply(
            lambda: self.context.services.casework.add_task(
                self.context.ring, file_id, due_on=due, text=text, assigned_to=who
            ),
            self.tr("this case file"),
        ):
            self.tasks_changed.emit()

    def task_done(self, task: Any) -> None:
        if self._apply(
            lambda: self.context.services.casework.update_task(
                self.context.ring, task.id, expected_version=task.version, done=True
            ),
            self.tr("this task"),
        ):
            self.tasks_changed.emit()

    def edit_task(self, task: Any) -> None:
        if self.view is None:
            return
        staff = self.context.services.casework.staff(self.context.ring)
        values = TaskEditDialog.ask(self.window(), self.tr("Change the task"), staff, task)
        if values is None or self.view is None:
            return
        due, text, who = values
        if self._apply(
            lambda: self.context.services.casework.update_task(
                self.context.ring,
                task.id,
                expected_version=task.version,
                due_on=due,
                text=text,
                assigned_to=who,
                unassign=who is None,
            ),
            self.tr("this task"),
        ):
            self.tasks_changed.emit()

    # --- referral and letters -----------------------------------------------------------

    def open_referral(self) -> None:
        """The competence and referral helper for one report of the file (shown, not exec-ed)."""
        if self.view is None or not self.view.reports:
            return
        report_id = self.timeline.form_values()[3] or self.view.reports[0].id
        try:
            self.dialog = CompetenceDialog(self.context, report_id, self.window())
        except ServiceError as exc:
            self.messages.error(error_text(exc))
            return
        self.dialog.changed.connect(self.reload)
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def make_information_letter(self) -> None:
        if self.view is None:
            return
        values = InformationLetterDialog.ask(self.window(), self.view, self.taxonomy, self.lang)
        if values is None or self.view is None:
            return
        report_id, lang, note = values
        file_id = self.view.record.id
        referrals = self.context.services.referrals
        ring = self.context.ring
        self.letter_button.setEnabled(False)
        run_task(
            lambda: referrals.information_letter(ring, file_id, report_id, lang=lang, note=note),
            self._letter_done,
            self._letter_failed,
        )

    def _letter_done(self, result: object) -> None:
        self.letter_button.setEnabled(True)
        assert isinstance(result, tuple)
        info = result[0]
        assert isinstance(info, EvidenceInfo)
        self.reload()
        self.messages.info(
            self.tr(
                "The information letter was stored as evidence ({name}) and put on the "
                "timeline. Select it there to save a copy."
            ).format(name=info.file_name)
        )

    def _letter_failed(self, exc: BaseException) -> None:
        self.letter_button.setEnabled(True)
        if isinstance(exc, ServiceError):
            self.messages.error(error_text(exc))
        else:
            log.error("Making the information letter failed", exc_info=exc)
            self.messages.error(self.tr("The letter could not be made; see the log file."))

    def save_file(self, evidence_id: str) -> None:
        """Save a decrypted copy where the user chooses (never to a temporary folder)."""
        if self.view is None:
            return
        services = self.context.services
        ring = self.context.ring
        name = "document.pdf"
        try:
            for linked in self.view.reports:
                for info in services.evidence.list(ring, linked.id):
                    if info.id == evidence_id:
                        name = info.file_name
        except ServiceError as exc:
            self.messages.error(error_text(exc))
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy"), str(Path(folder) / name), self.tr("PDF (*.pdf)")
        )
        if not target:
            return
        try:
            services.evidence.export(ring, evidence_id, Path(target))
        except ServiceError as exc:
            self.messages.error(error_text(exc))
            return
        except OSError as exc:
            # The system's own words stay as they are; what failed is said in the desk's language.
            self.messages.error(
                self.tr("The copy could not be saved: {reason}").format(
                    reason=exc.strerror or type(exc).__name__
                )
            )
            return
        self.messages.info(self.tr("Saved: {path}").format(path=target))
