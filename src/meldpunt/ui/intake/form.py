"""The intake form: a new report at the desk, or an edit of a saved one, in six groups."""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from meldpunt.crypto.errors import CryptoError
from meldpunt.domain.model import Report
from meldpunt.domain.problems import Problem
from meldpunt.services.drafts import Draft
from meldpunt.services.errors import Conflict, ServiceError
from meldpunt.services.reports import InvalidReport
from meldpunt.ui.context import AppContext
from meldpunt.ui.intake.draft_autosave import DEFAULT_INTERVAL_MS, DraftAutosave
from meldpunt.ui.intake.evidence_panel import EvidencePanel, StoreResult
from meldpunt.ui.intake.field_box import ErrorLabel, FieldBox
from meldpunt.ui.intake.report_summary import ReportSummary, SummaryGroup
from meldpunt.ui.intake.sections.base import Section
from meldpunt.ui.intake.sections.counterparty import CounterpartySection
from meldpunt.ui.intake.sections.facts import FactsSection
from meldpunt.ui.intake.sections.place_time import PlaceTimeSection
from meldpunt.ui.intake.sections.reporter import ReporterSection
from meldpunt.ui.intake.sections.wishes import WishesSection
from meldpunt.ui.intake.state import FormState
from meldpunt.ui.intake.summary_dialog import SummaryDialog
from meldpunt.ui.service_errors import error_text
from meldpunt.ui.tasks import run_task

__all__ = ["IntakeForm"]

log = logging.getLogger(__name__)

VALIDATION_DELAY_MS = 300


class IntakeForm(QWidget):
    """Records a new report or edits a saved one.

    Signals: ``saved(report_id)`` after a save (and its evidence files) completed,
    ``closed()`` when the user leaves the form (Esc, Cancel) after nothing or a confirmed
    discard, ``status_message(text)`` for the main window's status bar.
    """

    saved = Signal(str)
    closed = Signal()
    status_message = Signal(str)

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        autosave_interval_ms: int = DEFAULT_INTERVAL_MS,
        validation_delay_ms: int = VALIDATION_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("intakeForm")
        self.context = context
        services = context.services
        self._lang = context.language
        self._summary = ReportSummary(services.taxonomy, self._lang, self)
        self._base = Report()
        self._pristine = self._base
        self._version: int | None = None
        self._restored_unsaved = False
        self._show_required = False
        self._busy = False
        self._loading = False
        # Bumped whenever the form is emptied or refilled: late results of a background
        # save for what was there before are then ignored.
        self._generation = 0
        self.message_box: QMessageBox | None = None

        today = self._today()
        self.title = QLabel()
        self.title.setObjectName("intakeTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)

        self.reporter = ReporterSection(services.taxonomy, self._lang)
        self.facts = FactsSection(services.taxonomy, self._lang)
        self.place_time = PlaceTimeSection(services.taxonomy, self._lang, today)
        self.counterparty = CounterpartySection(services.taxonomy, self._lang)
        self.wishes = WishesSection(services.taxonomy, self._lang)
        self.evidence = EvidencePanel()
        self.sections: tuple[Section, ...] = (
            self.reporter,
            self.facts,
            self.place_time,
            self.counterparty,
            self.wishes,
        )
        # Contract path → field, in the order the fields appear on screen.
        self.boxes: dict[str, FieldBox] = {}
        for section in self.sections:
            self.boxes.update(section.boxes)
            section.changed.connect(self._changed)
        self.evidence.changed.connect(lambda: self._changed("evidence"))

        content = QWidget()
        content.setObjectName("intakeContent")
        column = QVBoxLayout(content)
        column.setSpacing(14)
        for section in self.sections:
            column.addWidget(section)
        column.addWidget(self.evidence)
        column.addStretch(1)
        # A line of text much wider than this is hard to read; wide screens get margins.
        content.setMaximumWidth(self.fontMetrics().averageCharWidth() * 150)
        holder = QWidget()
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(content, 1)
        holder_layout.addStretch(0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("intakeScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(holder)

        self.general_errors = ErrorLabel()
        self.general_errors.setObjectName("generalErrors")
        self.status_label = QLabel()
        self.status_label.setObjectName("intakeStatus")
        self.status_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setToolTip(self.tr("Check and save the report (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setToolTip(self.tr("Leave the form (Esc)"))
        self.cancel_button.clicked.connect(self.request_close)

        bar = QHBoxLayout()
        bar.addWidget(self.status_label, 1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.general_errors)
        layout.addLayout(bar)

        context_kind = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.setContext(context_kind)
        self.save_shortcut.activated.connect(self.save)
        self.close_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.close_shortcut.setContext(context_kind)
        self.close_shortcut.activated.connect(self.request_close)

        self.validation_timer = QTimer(self)
        self.validation_timer.setSingleShot(True)
        self.validation_timer.setInterval(validation_delay_ms)
        self.validation_timer.timeout.connect(self.validate_now)
        self.autosave = DraftAutosave(
            context,
            self.state,
            self.has_unsaved_changes,
            interval_ms=autosave_interval_ms,
            parent=self,
        )
        self.autosave.failed.connect(self._status)

        self._set_tab_order()
        context.locked.connect(self.clear)
        self.new_report()

    # -- building blocks --------------------------------------------------------------------

    def _today(self) -> dt.date:
        # The service clock in local time: the desk's "today", replaceable in tests.
        return self.context.services.reports.clock().astimezone().date()

    def focus_chain(self) -> list[QWidget]:
        """Every control in tab order, top to bottom."""
        chain: list[QWidget] = []
        for section in self.sections:
            chain.extend(section.focus_chain())
        chain.extend(self.evidence.focus_chain())
        chain.extend([self.save_button, self.cancel_button])
        return chain

    def _set_tab_order(self) -> None:
        chain = self.focus_chain()
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_message.emit(text)

    def _update_title(self) -> None:
        # Only the report number, never a name: titles end up in task bars and screenshots.
        if self._version is not None and self._base.number:
            text = self.tr("Report {number}").replace("{number}", self._base.number)
        else:
            text = self.tr("New report")
        self.title.setText(text)
        self.setWindowTitle(text)

    @property
    def is_editing(self) -> bool:
        """Whether saving updates a stored report (rather than creating one)."""
        return self._version is not None

    @property
    def expected_version(self) -> int | None:
        return self._version

    @property
    def draft_id(self) -> str | None:
        return self.autosave.draft_id

    @property
    def busy(self) -> bool:
        return self._busy

    # -- values ---------------------------------------------------------------------------

    def report(self) -> Report:
        """The report as typed; fields the form does not show come from the loaded report."""
        report = self._base
        for section in self.sections:
            report = section.apply(report)
        return report

    def has_unsaved_changes(self) -> bool:
        return (
            self._restored_unsaved
            or bool(self.evidence.pending())
            or self.report() != self._pristine
        )

    def _fill(self, report: Report, version: int | None) -> None:
        self._generation += 1
        self.validation_timer.stop()
        self.autosave.forget()
        self._loading = True
        try:
            self.place_time.set_today(self._today())
            self._base = report
            self._version = version
            for section in self.sections:
                section.load(report)
            self.evidence.clear()
            self._show_problems([])
        finally:
            self._loading = False
        self._show_required = version is not None
        self._restored_unsaved = False
        self._busy = False
        self._set_busy(False)
        self._pristine = self.report()
        self.autosave.report_id = report.id if version is not None else None
        self.status_label.clear()
        self._update_title()
        self.scroll_area.verticalScrollBar().setValue(0)

    def new_report(self) -> None:
        """An empty form for a new report, received today."""
        self._fill(Report(received_on=self._today()), None)

    def load(self, report: Report) -> None:
        """Fill the widgets from ``report``; saving creates it (see ``edit`` for a stored one)."""
        self._fill(report, None)

    def edit(self, report: Report, version: int) -> None:
        """Edit a stored report; saving updates it unless someone saved ``version`` meanwhile."""
        self._fill(report, version)
        self._load_stored_evidence()

    def _load_stored_evidence(self) -> None:
        if not self.context.is_unlocked:
            return
        try:
            infos = self.context.services.evidence.list(self.context.ring, self._base.id)
        except (ServiceError, CryptoError) as exc:
            self._status(error_text(exc))
            return
        self.evidence.set_stored(infos)

    def state(self) -> dict[str, Any]:
        """Everything typed, JSON-ready (dates in ISO), for an encrypted draft."""
        paths = [str(p) for p in self.evidence.pending_paths()]
        return FormState.build(self.report(), self._version, paths)

    def restore_state(self, state: Mapping[str, Any]) -> None:
        """Fill the form from ``state()``'s data; ``ValueError`` if it is not such data."""
        report, version, pending = FormState.parse(state)
        self._fill(report, version)
        if version is not None:
            self._load_stored_evidence()
        self._loading = True
        try:
            self.evidence.set_pending(Path(p) for p in pending)
        finally:
            self._loading = False
        # A restored draft is unsaved work until it is saved or discarded.
        self._restored_unsaved = True

    def load_draft(self, draft: Draft) -> None:
        """Continue a draft; later autosaves overwrite the same draft."""
        self.restore_state(draft.data)
        self.autosave.draft_id = draft.id
        self.autosave.report_id = draft.report_id
        self._status(self.tr("Draft restored. It is not saved as a report yet."))

    def summary_groups(self, report: Report | None = None) -> list[SummaryGroup]:
        """What saving would store, grouped and readable (the summary dialog's content)."""
        names = [p.path.name for p in self.evidence.pending()]
        return self._summary.groups(report or self.report(), names)

    def save_draft_now(self) -> bool:
        """Save the draft immediately (call before locking); ``True`` if one was written."""
        return self.autosave.save_now()

    def add_evidence_files(self, paths: list[Path]) -> list[str]:
        return self.evidence.add_files(paths)

    # -- changes and validation -------------------------------------------------------------

    def _changed(self, _path: str) -> None:
        if self._loading:
            return
        self.autosave.mark_dirty()
        self.validation_timer.start()

    def validate_now(self) -> list[Problem]:
        """Check the form now and show the problems next to their fields."""
        self.validation_timer.stop()
        problems = self.context.services.reports.validate(self.report())
        self._show_problems(problems)
        return problems

    def _shown(self, problems: list[Problem]) -> list[Problem]:
        # "Fill this in" for every empty required field would greet the worker on a new
        # form; those appear after the first attempt to save.
        if self._show_required:
            return problems
        return [p for p in problems if p.code != "required"]

    def _show_problems(self, problems: list[Problem]) -> None:
        messages: dict[int, list[str]] = {}
        general: list[str] = []
        for problem in self._shown(problems):
            text = problem.message(self._lang)
            box = self.boxes.get(problem.field)
            if box is None:
                general.append(text)
            elif text not in messages.setdefault(id(box), []):
                messages[id(box)].append(text)
        for box in dict.fromkeys(self.boxes.values()):
            box.set_problems(messages.get(id(box), []))
        self.general_errors.set_messages(general)

    def _focus_first_problem(self, problems: list[Problem]) -> None:
        order = list(self.boxes)
        fields = [p.field for p in problems if p.field in self.boxes]
        if not fields:
            return
        first = min(fields, key=order.index)
        widget = self.boxes[first].focus_widget
        self.scroll_area.ensureWidgetVisible(self.boxes[first])
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- saving -----------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)

    def save(self) -> None:
        """Ctrl+S: check, show the summary, then create or update the report."""
        if self._busy or not self.context.is_unlocked:
            return
        self._show_required = True
        report = self.report()
        problems = self.validate_now()
        if problems:
            self._focus_first_problem(problems)
            self._status(self.tr("Not saved yet: correct the marked fields first."))
            return
        generation = self._generation
        if not SummaryDialog.ask(self, self.summary_groups(report)):
            return
        if generation != self._generation or not self.context.is_unlocked:
            return  # locked or refilled while the summary was open
        self._set_busy(True)
        self._status(self.tr("Saving…"))
        ring = self.context.ring
        reports = self.context.services.reports
        version = self._version

        def failed(exc: BaseException) -> None:
            self._save_failed(generation, exc)

        if version is None:
            run_task(
                lambda: reports.create(ring, report),
                lambda saved: self._created(generation, report, saved),
                failed,
            )
        else:
            run_task(
                lambda: reports.update(ring, report, version),
                lambda changed: self._updated(generation, report, changed),
                failed,
            )

    def _created(self, generation: int, sent: Report, saved: object) -> None:
        assert isinstance(saved, Report)
        if generation != self._generation:
            return
        self._base = saved
        self._version = 1  # a new report starts at version 1
        self._after_save(generation, replace(sent, number=saved.number))

    def _updated(self, generation: int, sent: Report, changed: object) -> None:
        if generation != self._generation:
            return
        assert isinstance(changed, list) and self._version is not None
        if changed:
            self._version += 1
        self._base = sent
        self._after_save(generation, sent)

    def _after_save(self, generation: int, stored: Report) -> None:
        # What was sent is what is stored; anything typed meanwhile stays "unsaved".
        self._pristine = stored
        self._restored_unsaved = False
        self._show_required = True
        self.autosave.report_id = stored.id
        self.autosave.discard()
        self._update_title()
        number = stored.number or ""
        self._status(self.tr("Report {number} saved").replace("{number}", number))
        report_id = stored.id

        def stored_files(result: StoreResult) -> None:
            if generation != self._generation:
                return
            self._set_busy(False)
            if result.failed:
                self._show_message(
                    QMessageBox.Icon.Warning,
                    self.tr("Evidence not stored"),
                    self.tr(
                        "The report was saved, but some evidence files could not be stored. "
                        "They are still in the list; save again to retry."
                    ),
                    "\n".join(f"{p.path.name}: {why}" for p, why in result.failed),
                )
                self.autosave.mark_dirty()
            self.saved.emit(report_id)

        ring = self.context.ring
        self.evidence.store_pending(ring, self.context.services.evidence, report_id, stored_files)

    def _save_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        if isinstance(exc, Conflict):
            self._status(self.tr("Not saved: someone else changed this report."))
            self._show_message(
                QMessageBox.Icon.Warning,
                self.tr("Report not saved"),
                self.tr(
                    "Someone else saved this report after you opened it, so your changes were "
                    "not saved. What you typed is still in the form: copy what you need, then "
                    "close the form and open the report again to see the other changes."
                ),
            )
        elif isinstance(exc, InvalidReport):
            self._show_problems(exc.problems)
            self._focus_first_problem(exc.problems)
            self._status(self.tr("Not saved yet: correct the marked fields first."))
        elif isinstance(exc, ServiceError | CryptoError):
            self._status(self.tr("Not saved."))
            self._show_message(
                QMessageBox.Icon.Warning, self.tr("Report not saved"), error_text(exc)
            )
        else:
            raise exc  # a bug: the crash handler shows it and writes the log

    def _show_message(
        self, icon: QMessageBox.Icon, title: str, text: str, details: str = ""
    ) -> QMessageBox:
        # Shown, not exec()-ed: the form keeps running and tests can read the box.
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("intakeMessage")
        if details:
            box.setInformativeText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()
        return box

    # -- leaving ----------------------------------------------------------------------------

    def request_close(self) -> None:
        """Esc: leave the form; when something was typed, ask first (default: keep it)."""
        if self._busy:
            return
        if not self.has_unsaved_changes():
            self.autosave.discard()
            self.closed.emit()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Discard the report?"),
            self.tr(
                "What you typed has not been saved as a report. Discard it? This cannot be undone."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("discardQuestion")
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("&Discard"))
        no = box.button(QMessageBox.StandardButton.No)
        no.setText(self.tr("&Keep editing"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(no)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        generation = self._generation

        def answered() -> None:
            if box.clickedButton() is yes and generation == self._generation:
                self.discard()

        box.finished.connect(answered)
        self.message_box = box
        box.open()

    def discard(self) -> None:
        """Throw away what was typed and its draft, then leave the form."""
        self.autosave.discard()
        self.new_report()
        self._status(self.tr("Discarded."))
        self.closed.emit()

    def clear(self) -> None:
        """Empty every widget (connected to ``locked``): no personal data stays on screen.

        The draft must have been saved before (``save_draft_now``): once locked, the keys
        that would encrypt it are gone.
        """
        for dialog in self.findChildren(QDialog):
            dialog.reject()
        self.message_box = None
        self.reporter.clear()
        self.new_report()
        self.status_label.clear()
