"""A report's change history: when, who, and which fields (by name, never the values)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from meldpunt.domain.i18n import field_label
from meldpunt.services.reports import ChangeInfo
from meldpunt.ui.dates import format_moment

__all__ = ["ReportHistoryView"]


class ReportHistoryView(QTreeWidget):
    """One row per saved change, newest first."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportHistory")
        self.setAccessibleName(self.tr("Change history"))
        self._lang = lang
        self.setRootIsDecorated(False)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Changed fields")])
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def set_changes(self, changes: Sequence[ChangeInfo], staff: Mapping[str, str]) -> None:
        self.clear()
        for change in sorted(changes, key=lambda c: c.version, reverse=True):
            who = staff.get(change.by_user or "", "") or self.tr("unknown")
            fields = ", ".join(field_label(path, self._lang) for path in change.fields if path)
            item = QTreeWidgetItem([format_moment(change.at), who, fields])
            item.setToolTip(2, fields)
            self.addTopLevelItem(item)

    def rows(self) -> list[tuple[str, str, str]]:
        """What the table shows, row by row (for tests and copying)."""
        return [
            (item.text(0), item.text(1), item.text(2))
            for item in (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
            if item is not None
        ]
