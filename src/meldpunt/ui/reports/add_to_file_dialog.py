"""Choose an open case file and add a report to it (a mass report, a later fact)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meldpunt.domain.workflow import is_open
from meldpunt.services.cases import RefusedTransition
from meldpunt.services.errors import ServiceError
from meldpunt.ui.cases.case_list import ID_ROLE, SORT_ROLE, CaseListModel
from meldpunt.ui.cases.common import Messages
from meldpunt.ui.context import AppContext
from meldpunt.ui.service_errors import error_text

__all__ = ["AddToFileDialog"]

log = logging.getLogger(__name__)


class _FileFilter(QSortFilterProxyModel):
    """Case files whose number, status, caseworker or opening date contain the typed text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)


class AddToFileDialog(QDialog):
    """Lists the open case files; Enter adds the report to the chosen one, Esc cancels.

    The dialog calls the service itself: a refusal is explained and the dialog stays open, so
    another file can be chosen. ``added(file_id, file_number)`` follows a successful addition.
    """

    added = Signal(str, str)

    def __init__(
        self,
        context: AppContext,
        report_id: str,
        report_number: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("addToFileDialog")
        self.setWindowTitle(self.tr("Add to an existing case file"))
        self.context = context
        self.report_id = report_id
        self.lang = context.language
        self.messages = Messages(self)
        self.busy = False

        intro = QLabel(
            self.tr("Add report {number} to which open case file?").replace(
                "{number}", report_number
            )
        )
        intro.setObjectName("addToFileIntro")
        intro.setWordWrap(True)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("caseFileFilter")
        self.filter_edit.setPlaceholderText(self.tr("Number, status or caseworker"))
        self.filter_edit.setClearButtonEnabled(True)
        filter_label = QLabel(self.tr("&Filter"))
        filter_label.setBuddy(self.filter_edit)

        self.model = CaseListModel(context.services.taxonomy, self.lang, self)
        self.proxy = _FileFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("openFilesTable")
        self.table.setAccessibleName(self.tr("Open case files"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.hideColumn(CaseListModel.TASKS)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CaseListModel.NUMBER, Qt.SortOrder.DescendingOrder)
        # Enter reaches the default button (the view passes it on); a double click chooses too.
        self.table.doubleClicked.connect(lambda _index: self.choose())

        self.empty = QLabel(self.tr("There are no open case files."))
        self.empty.setObjectName("noOpenFiles")
        self.empty.setWordWrap(True)
        self.no_match = QLabel(self.tr("No open case file matches the filter."))
        self.no_match.setObjectName("noMatchingFile")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Add to this case file"))
        self.ok.setObjectName("addToFileOk")
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.choose)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(filter_label)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.no_match)
        layout.addWidget(self.buttons)
        self.resize(640, 420)

        self.filter_edit.textChanged.connect(self._filter)
        self.filter_edit.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.load()
        self.filter_edit.setFocus()

    # --- the list -------------------------------------------------------------------------

    def load(self) -> None:
        """(Re)read the open case files; raises ``ServiceError`` if the role may not."""
        files = self.context.services.casework.list_files(self.context.ring)
        self.model.set_files([f for f in files if is_open(f.status)])
        self._filter(self.filter_edit.text())

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self._update()

    def _update(self) -> None:
        has_files = self.model.rowCount() > 0
        self.table.setVisible(has_files)
        self.filter_edit.setEnabled(has_files)
        self.empty.setVisible(not has_files)
        self.no_match.setVisible(has_files and self.proxy.rowCount() == 0)
        self.ok.setEnabled(self.current_file() is not None and not self.busy)

    def current_file(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        file_id = rows[0].data(ID_ROLE)
        return file_id if isinstance(file_id, str) else None

    def _summary_of(self, file_id: str) -> tuple[str, int]:
        summary = next(f for f in self.model.files if f.id == file_id)
        return summary.number, summary.version

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up and down in the filter box move through the list: type, arrow, Enter.
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step is not None and self.proxy.rowCount():
                row = max(0, min(self.proxy.rowCount() - 1, self.table.currentIndex().row() + step))
                self.table.selectRow(row)
                return True
        return super().eventFilter(watched, event)

    # --- choosing -------------------------------------------------------------------------

    def choose(self) -> None:
        """Add the report to the chosen file; the dialog closes only when that worked."""
        file_id = self.current_file()
        if file_id is None or self.busy or not self.context.is_unlocked:
            return
        number, version = self._summary_of(file_id)
        self.busy = True
        self._update()
        try:
            self.context.services.cases.add_reports(
                self.context.ring,
                file_id,
                [self.report_id],
                expected_version=version,
                lang=self.lang,
            )
        except RefusedTransition as exc:
            problem = exc.refused.message(self.lang)
        except ServiceError as exc:
            problem = error_text(exc)
        else:
            self.busy = False
            self.added.emit(file_id, number)
            self.accept()
            return
        self.busy = False
        self._refused(problem)

    def _refused(self, text: str) -> None:
        # The file may have been closed or changed meanwhile: show the list as it is now.
        try:
            self.load()
        except ServiceError:
            log.warning("The open case files could not be reread")
        self._update()
        self.messages.error(text)

    def reject(self) -> None:
        self.messages.close()
        super().reject()
