"""3. Where and when: when and how the report came in, when and where the facts happened."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtWidgets import QWidget

from meldpunt.domain.model import Incident, Report
from meldpunt.domain.taxonomy import Taxonomy
from meldpunt.ui.dates import from_qdate, to_qdate
from meldpunt.ui.intake.codes_widgets import CodeCombo
from meldpunt.ui.intake.dates import IncidentDates, date_edit
from meldpunt.ui.intake.sections.base import Section, line_edit, text_or_none

__all__ = ["PlaceTimeSection"]


class PlaceTimeSection(Section):
    def __init__(
        self, taxonomy: Taxonomy, lang: str, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("3. Where and when"), parent)
        self.setObjectName("placeTimeSection")
        self._today = today
        self.received_on = date_edit(today)
        self.received_on.setObjectName("received_on")
        self.channel = CodeCombo(taxonomy, "channel", lang, empty_text=self.tr("— choose —"))
        self.channel.setObjectName("channel")
        self.incident_dates = IncidentDates(today)
        self.incident_dates.setObjectName("incident.date")
        self.area = CodeCombo(taxonomy, "area", lang, empty_text=self.tr("— not given —"))
        self.area.setObjectName("incident.area")
        self.place = line_edit("incident.place")
        self.place.setPlaceholderText(self.tr("street, building, shop, bus line …"))
        self.url = line_edit("incident.url")
        self.url.setPlaceholderText("https://")

        self.add_row("received_on", self.tr("&Received on"), self.received_on)
        self.add_row("channel", self.tr("C&hannel"), self.channel)
        _label, dates_box = self.add_row(
            "incident.date",
            self.tr("Date of the &facts"),
            self.incident_dates,
            focus=self.incident_dates.mode,
        )
        # Start and end share one error line: the rules about a period concern both.
        self.boxes["incident.date_end"] = dates_box
        self.add_row("incident.area", self.tr("&Area in Leuven"), self.area)
        self.add_row("incident.place", self.tr("&Place"), self.place)
        self.add_row("incident.url", self.tr("&Web address"), self.url)
        self.chain(
            self.received_on,
            self.channel,
            *self.incident_dates.focus_widgets(),
            self.area,
            self.place,
            self.url,
        )

        self.received_on.dateChanged.connect(lambda _d: self.changed.emit("received_on"))
        self.channel.codeChanged.connect(lambda: self.changed.emit("channel"))
        self.incident_dates.changed.connect(lambda: self.changed.emit("incident.date"))
        self.area.codeChanged.connect(lambda: self.changed.emit("incident.area"))
        self.place.textEdited.connect(lambda _t: self.changed.emit("incident.place"))
        self.url.textEdited.connect(lambda _t: self.changed.emit("incident.url"))

    def set_today(self, today: dt.date) -> None:
        self._today = today
        self.incident_dates.set_today(today)

    def load(self, report: Report) -> None:
        # A report always has a reception date; an empty form starts with today.
        self.received_on.setDate(to_qdate(report.received_on or self._today))
        self.channel.set_code(report.channel)
        incident = report.incident
        self.incident_dates.set_dates(incident.date, incident.date_end)
        self.area.set_code(incident.area)
        self.place.setText(incident.place or "")
        self.url.setText(incident.url or "")

    def apply(self, report: Report) -> Report:
        start, end = self.incident_dates.dates()
        return replace(
            report,
            received_on=from_qdate(self.received_on.date()),
            channel=self.channel.code(),
            incident=Incident(
                date=start,
                date_end=end,
                area=self.area.code(),
                place=text_or_none(self.place.text()),
                url=text_or_none(self.url.text()),
            ),
        )
