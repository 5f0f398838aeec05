"""Date fields: the locale's date order with four-digit years, and the facts' date or period."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QWidget

from meldpunt.ui.dates import date_format, from_qdate, to_qdate
from meldpunt.ui.intake.field_box import FieldLabel

__all__ = ["IncidentDates", "date_edit"]

# The widget's lowest date; validation speaks about anything before 1990 itself.
_FLOOR = QDate(1900, 1, 1)


def date_edit(today: dt.date) -> QDateEdit:
    edit = QDateEdit(to_qdate(today))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    edit.setMinimumDate(_FLOOR)
    return edit


class IncidentDates(QWidget):
    """When the facts happened: unknown, on one day, or during a period (from … until)."""

    changed = Signal()

    UNKNOWN, ONE_DAY, PERIOD = 0, 1, 2

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.mode = QComboBox()
        self.mode.addItem(self.tr("unknown"))
        self.mode.addItem(self.tr("on one day"))
        self.mode.addItem(self.tr("during a period"))
        self.mode.setAccessibleName(self.tr("Kind of date"))
        self.start = date_edit(today)
        self.start.setAccessibleName(self.tr("Date of the facts (or start of the period)"))
        self.until_label = FieldLabel(self.tr("&until"))
        self.end = date_edit(today)
        self.end.setAccessibleName(self.tr("End of the period"))
        self.until_label.setBuddy(self.end)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mode)
        layout.addWidget(self.start)
        layout.addWidget(self.until_label)
        layout.addWidget(self.end)
        layout.addStretch(1)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.start.dateChanged.connect(lambda _d: self.changed.emit())
        self.end.dateChanged.connect(lambda _d: self.changed.emit())
        self._mode_changed(self.UNKNOWN)

    def set_today(self, today: dt.date) -> None:
        self._today = today

    def _mode_changed(self, mode: int) -> None:
        self.start.setVisible(mode != self.UNKNOWN)
        self.until_label.setVisible(mode == self.PERIOD)
        self.end.setVisible(mode == self.PERIOD)
        if mode == self.PERIOD and self.end.date() < self.start.date():
            self.end.setDate(self.start.date())
        self.changed.emit()

    def dates(self) -> tuple[dt.date | None, dt.date | None]:
        mode = self.mode.currentIndex()
        if mode == self.UNKNOWN:
            return None, None
        start = from_qdate(self.start.date())
        return start, (from_qdate(self.end.date()) if mode == self.PERIOD else None)

    def set_dates(self, start: dt.date | None, end: dt.date | None) -> None:
        self.blockSignals(True)
        try:
            # The mode first: switching to a period may move the end date, the dates win.
            if start is None and end is None:
                self.mode.setCurrentIndex(self.UNKNOWN)
            else:
                self.mode.setCurrentIndex(self.ONE_DAY if end is None else self.PERIOD)
            self.start.setDate(to_qdate(start or end or self._today))
            self.end.setDate(to_qdate(end or start or self._today))
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def focus_widgets(self) -> list[QWidget]:
        return [self.mode, self.start, self.end]
