"""The report list's proxy: the criterion filter on decrypted facts, sorting on raw values."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from meldpunt.ui.models.report_table import ReportTableModel, SortRole


class ReportFilterProxy(QSortFilterProxyModel):
    """Filters the model's rows on one protected criterion; sorting goes to the model.

    The plain filters (status, domain, channel, period, assignment) never get here: they are
    SQL conditions of the model's ``ListFilter``. The criterion is encrypted, so it can only
    be tested on rows whose facts the model has decrypted: choosing a criterion asks the
    model for every row's facts (in the background) and filters on what is known so far;
    the rest follows when ``all_facts_loaded`` arrives.
    """

    def __init__(self, model: ReportTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._criterion: str | None = None
        # Which rows have the criterion, computed for all rows at once (None: no criterion).
        # filterAcceptsRow is called once per row, 100 000 Python calls for a large office,
        # so each call is a list lookup.
        self._mask: list[bool] | None = None
        self._mask_key: tuple[str, int, int] | None = None
        self.setSortRole(SortRole)
        # Rows are re-tested when the criterion changes and when all facts have arrived,
        # not at each dataChanged of a screenful of facts.
        self.setDynamicSortFilter(False)
        self.setSourceModel(model)
        model.all_facts_loaded.connect(self._facts_loaded)

    def criterion(self) -> str | None:
        return self._criterion

    def set_criterion(self, code: str | None) -> None:
        """Show only reports with this criterion code (None: every report)."""
        if code == self._criterion:
            return
        self._criterion = code
        self._mask, self._mask_key = ([] if code is not None else None), None
        if code is not None:
            self._model.load_all_facts()
        # invalidate() rebuilds the mapping in one layout change; a filter "change" would
        # remove and insert every scattered run of rows one signal at a time (seconds for
        # 100 000 rows).
        self.invalidate()

    def is_waiting_for_facts(self) -> bool:
        """A criterion is chosen but not every row's facts are decrypted yet."""
        return self._criterion is not None and not self._model.has_all_facts()

    def _facts_loaded(self) -> None:
        if self._criterion is not None:
            self.invalidate()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        mask = self._mask
        if mask is None:
            return True
        # A full pass starts at row 0 and appended rows lie past the mask: the only two
        # moments the rows or their facts can have changed since the mask was computed.
        if source_row == 0 or source_row >= len(mask):
            mask = self._current_mask()
        return mask[source_row]

    def _current_mask(self) -> list[bool]:
        model, criterion = self._model, self._criterion
        assert criterion is not None
        key = (criterion, model.rows_version, model.facts_version)
        if key != self._mask_key or self._mask is None:
            self._mask = model.criterion_mask(criterion)  # cached facts only: never decrypts
            self._mask_key = key
        return self._mask

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort on the ``SortRole`` raw values: the model sorts all rows by key at once.

        The base class would compare row pairs through Python calls (about 1.7 million for
        100 000 rows, several seconds); without a sort column of its own this proxy keeps
        the model's order.
        """
        self._model.sort(column, order)
