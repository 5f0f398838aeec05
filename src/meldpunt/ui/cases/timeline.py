"""The timeline of a case file: every action with date, author and note; a form to add one."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meldpunt.domain.taxonomy import Taxonomy
from meldpunt.services.casework import CaseView
from meldpunt.storage.casework_repo import TimelineRecord
from meldpunt.ui.cases.common import code_label
from meldpunt.ui.dates import datetime_format, format_moment
from meldpunt.ui.palette import warning_colour

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
# The actions a caseworker types in; referrals come with their consent (referral dialog).
FORM_ACTIONS = (
    "contact_reporter",
    "contact_counterparty",
    "mediation_meeting",
    "information_letter",
    "evidence_added",
    "note",
)
# Entries whose ref_id is an evidence file that can be saved from the timeline.
EVIDENCE_ACTIONS = frozenset({"information_letter", "evidence_added"})

_Index = QModelIndex | QPersistentModelIndex


class TimelineModel(QAbstractTableModel):
    """One row per action, oldest first; ``ENTRY_ROLE`` gives the record."""

    DATE, ACTION, AUTHOR, NOTE = range(4)

    def __init__(self, taxonomy: Taxonomy, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taxonomy = taxonomy
        self.lang = lang
        self.view: CaseView | None = None
        self.entries: list[TimelineRecord] = []

    def set_view(self, view: CaseView | None) -> None:
        self.beginResetModel()
        self.view = view
        self.entries = list(view.timeline) if view else []
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Date"), self.tr("Action"), self.tr("By"), self.tr("Note"))[section]

    def action_text(self, entry: TimelineRecord) -> str:
        label = code_label(self.taxonomy, "action_type", entry.action_type, self.lang)
        if entry.action_type == "status_change" and entry.to_status:
            status = code_label(self.taxonomy, "status", entry.to_status, self.lang)
            return self.tr("Status → {status}").format(status=status)
        return label

    def note_text(self, entry: TimelineRecord) -> str:
        parts = []
        if self.view is not None and len(self.view.reports) > 1 and entry.report_id:
            linked = self.view.report(entry.report_id)
            if linked is not None:
                parts.append(self.tr("Report {number}:").format(number=linked.number))
        if entry.action_type == "status_change" and entry.to_status == "closed":
            parts.append(
                self.tr("{assessment}; {result}.").format(
                    assessment=code_label(self.taxonomy, "assessment", entry.assessment, self.lang),
                    result=code_label(self.taxonomy, "result", entry.result, self.lang),
                )
            )
        if entry.action_type == "referral" and self.view is not None:
            referral = next((r for r in self.view.referrals if r.id == entry.ref_id), None)
            if referral is not None:
                body = code_label(self.taxonomy, "referral_body", referral.body, self.lang)
                consent = (
                    self.tr("with consent") if referral.consent else self.tr("without consent")
                )
                parts.append(self.tr("To {body}, {consent}.").format(body=body, consent=consent))
        if entry.erased:
            parts.append(self.tr("(erased)"))
        elif entry.text:
            parts.append(entry.text)
        return " ".join(parts)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == ENTRY_ROLE:
            return entry
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == self.DATE:
                return format_moment(entry.at)
            if column == self.ACTION:
                return self.action_text(entry)
            if column == self.AUTHOR:
                return self.view.name_of(entry.author_id) if self.view else ""
            if column == self.NOTE:
                text = self.note_text(entry)
                # One line in the table; the whole note in the tooltip and the edit dialog.
                return text if role == Qt.ItemDataRole.ToolTipRole else " ".join(text.split())
        return None

    def rows(self) -> list[tuple[str, str, str, str]]:
        """What the table shows, as plain text (tests and screen readers)."""
        return [
            (
                str(self.data(self.index(r, self.DATE))),
                str(self.data(self.index(r, self.ACTION))),
                str(self.data(self.index(r, self.AUTHOR))),
                str(self.data(self.index(r, self.NOTE))),
            )
            for r in range(self.rowCount())
        ]


class EditNoteDialog(QDialog):
    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editNoteDialog")
        self.setWindowTitle(title)
        self.editor = QPlainTextEdit(text)
        self.editor.setObjectName("noteEditor")
        self.editor.setTabChangesFocus(True)
        self.editor.setAccessibleName(self.tr("Note"))
        label = QLabel(self.tr("&Note"))
        label.setBuddy(self.editor)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.resize(520, 300)

    @classmethod
    def ask(cls, parent: QWidget, title: str, text: str) -> str | None:
        dialog = cls(title, text, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.editor.toPlainText()
        dialog.deleteLater()
        return value if accepted else None


class TimelinePanel(QGroupBox):
    """The table and the form under it; the case page does the saving."""

    add_requested = Signal(str, object, str, object)  # type, when, note, report id or None
    edit_requested = Signal(object, str)  # entry, new text
    save_file_requested = Signal(str)  # evidence id

    def __init__(self, taxonomy: Taxonomy, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Timeline"), parent)
        self.setObjectName("timelinePanel")
        self.taxonomy = taxonomy
        self.lang = lang
        self.view: CaseView | None = None
        self.model = TimelineModel(taxonomy, lang, self)
        self.table = QTableView()
        self.table.setObjectName("timelineTable")
        self.table.setAccessibleName(self.tr("Timeline of the case file"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in (TimelineModel.DATE, TimelineModel.AUTHOR):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Long action names would squeeze the note; they are elided (full text in the detail).
        header.setSectionResizeMode(TimelineModel.ACTION, QHeaderView.ResizeMode.Interactive)
        # Wide enough for "Status → dossier geopend" and most actions, in the table's font.
        self.table.setColumnWidth(
            TimelineModel.ACTION, self.table.fontMetrics().horizontalAdvance("x" * 27)
        )
        header.setStretchLastSection(True)
        self.table.activated.connect(self._edit_current)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

        # The table shows one line per note; the chosen entry is shown in full here.
        self.detail = QLabel()
        self.detail.setObjectName("timelineDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.edit_button = QPushButton(self.tr("&Edit note…"))
        self.edit_button.setObjectName("editNoteButton")
        self.edit_button.clicked.connect(self._edit_current)
        self.save_button = QPushButton(self.tr("Save a cop&y of the file…"))
        self.save_button.setObjectName("saveFileButton")
        self.save_button.clicked.connect(self._save_current)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.edit_button)
        row_buttons.addWidget(self.save_button)
        row_buttons.addStretch(1)

        self.type_combo = QComboBox()
        self.type_combo.setObjectName("actionType")
        self.type_combo.setAccessibleName(self.tr("Kind of action"))
        for code in FORM_ACTIONS:
            self.type_combo.addItem(code_label(taxonomy, "action_type", code, lang), code)
        self.type_combo.currentIndexChanged.connect(self._update_hint)
        self.when = QDateTimeEdit()
        self.when.setObjectName("actionWhen")
        self.when.setAccessibleName(self.tr("When the action took place"))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(datetime_format())
        self.report_combo = QComboBox()
        self.report_combo.setObjectName("actionReport")
        self.report_combo.setAccessibleName(self.tr("Which report the action is about"))
        self.note = QPlainTextEdit()
        self.note.setObjectName("actionNote")
        self.note.setAccessibleName(self.tr("Note on the action"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(60)
        self.hint = QLabel()
        self.hint.setObjectName("actionHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"QLabel#actionHint {{ color: {warning_colour().name()}; }}")
        self.add_button = QPushButton(self.tr("&Add to timeline"))
        self.add_button.setObjectName("addActionButton")
        self.add_button.clicked.connect(self._add)

        form = QFormLayout()
        type_label = QLabel(self.tr("&Kind"))
        type_label.setBuddy(self.type_combo)
        when_label = QLabel(self.tr("&When"))
        when_label.setBuddy(self.when)
        self.report_label = QLabel(self.tr("Re&port"))
        self.report_label.setBuddy(self.report_combo)
        note_label = QLabel(self.tr("N&ote"))
        note_label.setBuddy(self.note)
        form.addRow(type_label, self.type_combo)
        form.addRow(when_label, self.when)
        form.addRow(self.report_label, self.report_combo)
        form.addRow(note_label, self.note)
        add_row = QHBoxLayout()
        add_row.addWidget(self.hint, 1)
        add_row.addWidget(self.add_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(row_buttons)
        layout.addLayout(form)
        layout.addLayout(add_row)
        self.reset_form()
        self._update_buttons()

    # --- showing ------------------------------------------------------------------------

    def set_view(self, view: CaseView | None) -> None:
        """Show the file; the form keeps what was typed (a refused save loses nothing)."""
        self.view = view
        self.model.set_view(view)
        chosen = self.report_combo.currentData()
        self.report_combo.clear()
        reports = view.reports if view else ()
        if len(reports) > 1:
            self.report_combo.addItem(self.tr("(the file as a whole)"), None)
        for linked in reports:
            self.report_combo.addItem(linked.number, linked.id)
        if chosen is not None:
            self.report_combo.setCurrentIndex(max(0, self.report_combo.findData(chosen)))
        several = len(reports) > 1
        self.report_label.setVisible(several)
        self.report_combo.setVisible(several)
        self.when.setMaximumDateTime(QDateTime.currentDateTime().addSecs(300))
        if view is not None and self.model.rowCount():
            self.table.scrollToBottom()
        self._update_hint()
        self._update_buttons()

    def reset_form(self) -> None:
        self.note.clear()
        self._default_when = QDateTime.currentDateTime()
        self.when.setDateTime(self._default_when)
        self.type_combo.setCurrentIndex(0)

    def current_entry(self) -> TimelineRecord | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        entry = self.model.data(index, ENTRY_ROLE)
        return entry if isinstance(entry, TimelineRecord) else None

    def _update_buttons(self) -> None:
        entry = self.current_entry()
        if entry is None:
            self.detail.clear()
        else:
            author = self.view.name_of(entry.author_id) if self.view else ""
            head = f"{format_moment(entry.at)} · {self.model.action_text(entry)} · {author}"
            note = self.model.note_text(entry)
            self.detail.setText(f"{head}\n{note}" if note else head)
        self.edit_button.setEnabled(entry is not None)
        self.save_button.setEnabled(self._evidence_of(entry) is not None)

    def _evidence_of(self, entry: TimelineRecord | None) -> str | None:
        if entry is None:
            return None
        if entry.action_type in EVIDENCE_ACTIONS:
            return entry.ref_id
        if entry.action_type == "referral" and self.view is not None:
            referral = next((r for r in self.view.referrals if r.id == entry.ref_id), None)
            return referral.letter_evidence_id if referral else None
        return None

    def _update_hint(self) -> None:
        """Warn before contacting the counterparty when a reporter did not allow it."""
        hint = ""
        if self.type_combo.currentData() == "contact_counterparty" and self.view is not None:
            refused = [
                r.number
                for r in self.view.reports
                if r.report.wishes.may_contact_counterparty is not True
            ]
            if refused:
                hint = self.tr(
                    "Report {numbers}: the reporter did not allow contact with the "
                    "counterparty. Do not name or describe them."
                ).format(numbers=", ".join(refused))
        self.hint.setText(hint)

    # --- actions ------------------------------------------------------------------------

    def form_values(self) -> tuple[str, dt.datetime, str, str | None]:
        # The field shows minutes; left at "now", the action is recorded at the true moment,
        # so it sorts after a status change made a few seconds earlier.
        if self.when.dateTime() == self._default_when:
            at = dt.datetime.now(dt.UTC)
        else:
            at = dt.datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), dt.UTC)
        report = self.report_combo.currentData() if self.report_combo.isVisible() else None
        if report is None and self.view is not None and len(self.view.reports) == 1:
            report = self.view.reports[0].id
        return (
            str(self.type_combo.currentData()),
            at,
            self.note.toPlainText().strip(),
            report if isinstance(report, str) else None,
        )

    def _add(self) -> None:
        action, at, text, report = self.form_values()
        self.add_requested.emit(action, at, text, report)

    def _edit_current(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        title = self.tr("Note on: {action}").format(action=self.model.action_text(entry))
        text = EditNoteDialog.ask(self.window(), title, entry.text)
        if text is not None and text.strip() != entry.text:
            self.edit_requested.emit(entry, text.strip())

    def _save_current(self) -> None:
        evidence = self._evidence_of(self.current_entry())
        if evidence is not None:
            self.save_file_requested.emit(evidence)
