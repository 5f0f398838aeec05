"""The report list's proxy: the criterion filter on decrypted facts; sorting goes to the model."""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from PySide6.QtCore import (
    QAbstractProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from meldpunt.ui.models.report_table import ReportTableModel

_Index = QModelIndex | QPersistentModelIndex


class ReportFilterProxy(QAbstractProxyModel):
    """Shows the model's rows, or only those with one protected criterion, in model order.

    The plain filters (status, domain, channel, period, assignment) never get here: they are
    SQL conditions of the model's ``ListFilter``. The criterion is encrypted, so it can only
    be tested on rows whose facts the model has decrypted: choosing a criterion asks the
    model for every row's facts (in the background) and filters on what is known so far;
    the rest follows when ``all_facts_loaded`` arrives.

    Not a QSortFilterProxyModel: that one asks ``filterAcceptsRow`` once per row, a Python
    call each, 0.2 s for 100 000 reports at every filter change. This proxy keeps the
    accepted source rows as one ascending list, which the model computes from its criterion
    index in a few milliseconds; without a criterion it maps rows one to one. Sorting is
    the model's (on raw values of every row at once), so the order here is always the
    model's and a source row is found in the list by bisection.
    """

    def __init__(self, model: ReportTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._criterion: str | None = None
        self._rows: list[int] | None = None  # accepted source rows, ascending; None: all
        self._moving: list[tuple[QModelIndex, QPersistentModelIndex]] = []
        self._insert_mode = ""  # what rowsAboutToBeInserted started: "rows", "reset" or ""
        self._remove_mode = ""
        self.setSourceModel(model)
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        model.layoutAboutToBeChanged.connect(self._source_layout_about_to_change)
        model.layoutChanged.connect(self._source_layout_changed)
        model.rowsAboutToBeInserted.connect(self._source_rows_about_to_be_inserted)
        model.rowsInserted.connect(self._source_rows_inserted)
        model.rowsAboutToBeRemoved.connect(self._source_rows_about_to_be_removed)
        model.rowsRemoved.connect(self._source_rows_removed)
        model.dataChanged.connect(self._source_data_changed)
        model.headerDataChanged.connect(self.headerDataChanged)
        model.all_facts_loaded.connect(self._facts_loaded)

    # -- the filter ------------------------------------------------------------------------

    def criterion(self) -> str | None:
        return self._criterion

    def set_criterion(self, code: str | None) -> None:
        """Show only reports with this criterion code (None: every report)."""
        if code == self._criterion:
            return
        self._criterion = code
        if code is not None:
            self._model.load_all_facts()
        self._refilter()

    def is_waiting_for_facts(self) -> bool:
        """A criterion is chosen but not every row's facts are decrypted yet."""
        return self._criterion is not None and not self._model.has_all_facts()

    def _facts_loaded(self) -> None:
        if self._criterion is not None:
            self._refilter()

    def _accepted(self) -> list[int] | None:
        if self._criterion is None:
            return None
        return self._model.rows_with_criterion(self._criterion)  # cached facts; never decrypts

    def _refilter(self) -> None:
        """A new set of rows in one layout change: the selection stays where it can."""
        self._begin_layout_change()
        self._rows = self._accepted()
        self._end_layout_change()

    def _begin_layout_change(self) -> None:
        self.layoutAboutToBeChanged.emit()
        # The source keeps its own persistent indexes current through its layout changes;
        # each of ours is remembered as one of those and mapped back afterwards.
        self._moving = [
            (index, QPersistentModelIndex(self.mapToSource(index)))
            for index in self.persistentIndexList()
        ]

    def _end_layout_change(self) -> None:
        moving, self._moving = self._moving, []
        if moving:
            old = [proxy for proxy, _source in moving]
            new = [self.mapFromSource(source) for _proxy, source in moving]
            self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # -- the source's signals --------------------------------------------------------------

    def _source_reset(self) -> None:
        self._rows = self._accepted()
        self.endResetModel()

    def _source_layout_about_to_change(self, *_args: Any) -> None:
        self._begin_layout_change()

    def _source_layout_changed(self, *_args: Any) -> None:
        self._rows = self._accepted()
        self._end_layout_change()

    def _source_rows_about_to_be_inserted(self, parent: _Index, first: int, last: int) -> None:
        if parent.isValid():
            return
        if self._rows is None:
            self._insert_mode = "rows"
            self.beginInsertRows(QModelIndex(), first, last)
        elif first == self._model.rowCount():
            self._insert_mode = ""  # appended: the accepted ones are added after the insert
        else:
            self._insert_mode = "reset"
            self.beginResetModel()

    def _source_rows_inserted(self, parent: _Index, first: int, last: int) -> None:
        if parent.isValid():
            return
        mode, self._insert_mode = self._insert_mode, ""
        if mode == "rows":
            self.endInsertRows()
            return
        if mode == "reset":
            self._rows = self._accepted()
            self.endResetModel()
            return
        assert self._rows is not None and self._criterion is not None
        added = [r for r in self._model.rows_with_criterion(self._criterion) if r >= first]
        if added:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(added) - 1)
            self._rows.extend(added)
            self.endInsertRows()

    def _source_rows_about_to_be_removed(self, parent: _Index, first: int, last: int) -> None:
        if parent.isValid():
            return
        if self._rows is None:
            self._remove_mode = "rows"
            self.beginRemoveRows(QModelIndex(), first, last)
        else:
            self._remove_mode = "reset"
            self.beginResetModel()

    def _source_rows_removed(self, parent: _Index, first: int, last: int) -> None:
        if parent.isValid():
            return
        mode, self._remove_mode = self._remove_mode, ""
        if mode == "rows":
            self.endRemoveRows()
        elif mode == "reset":
            self._rows = self._accepted()
            self.endResetModel()

    def _source_data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int]
    ) -> None:
        first, last = top_left.row(), bottom_right.row()
        rows = self._rows
        if rows is not None:  # the accepted rows between first and last, if any
            start, end = bisect_left(rows, first), bisect_left(rows, last + 1)
            if start == end:
                return
            first, last = start, end - 1
        self.dataChanged.emit(
            self.index(first, top_left.column()),
            self.index(last, bottom_right.column()),
            roles,
        )

    # -- QAbstractProxyModel ---------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return self._model.rowCount() if self._rows is None else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._model.columnCount()

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: _Index | None = None) -> Any:
        if child is None:  # QObject.parent()
            return super().parent()
        return QModelIndex()

    def sibling(self, row: int, column: int, index: _Index) -> QModelIndex:
        return self.index(row, column)

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.rowCount() > 0

    def mapToSource(self, proxy_index: _Index) -> QModelIndex:
        if not proxy_index.isValid():
            return QModelIndex()
        row = proxy_index.row()
        rows = self._rows
        if rows is not None:
            if row >= len(rows):
                return QModelIndex()
            row = rows[row]
        return self._model.index(row, proxy_index.column())

    def mapFromSource(self, source_index: _Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        row = source_index.row()
        rows = self._rows
        if rows is not None:
            at = bisect_left(rows, row)
            if at == len(rows) or rows[at] != row:
                return QModelIndex()  # filtered out
            row = at
        return self.index(row, source_index.column())

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self._model.data(self.mapToSource(index), role)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        return self._model.headerData(section, orientation, role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return self._model.flags(self.mapToSource(index))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort on the ``SortRole`` raw values: the model sorts all rows by key at once.

        A proxy comparing row pairs would call into Python about 1.7 million times for
        100 000 rows; the model's layout change brings this proxy along.
        """
        self._model.sort(column, order)
