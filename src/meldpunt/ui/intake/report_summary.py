"""A report as grouped rows of readable labels and values: codes become their labels."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject

from meldpunt.domain.i18n import field_label
from meldpunt.domain.model import Report
from meldpunt.domain.taxonomy import Taxonomy
from meldpunt.ui.dates import format_long_date
from meldpunt.ui.intake.codes_widgets import capitalised
from meldpunt.ui.intake.sections.wishes import WISH_KEYS

__all__ = ["ReportSummary", "SummaryGroup", "summary_html"]

# Contract field → taxonomy field, for values that are codes.
_CODED = {
    "reporter.role": "reporter_role",
    "reporter.language": "language",
    "channel": "channel",
    "domain": "domain",
    "criteria": "criteria",
    "modifiers": "modifiers",
    "forms": "forms",
    "incident.area": "area",
    "counterparty.type": "counterparty_type",
}


@dataclass(frozen=True)
class SummaryGroup:
    title: str
    rows: tuple[tuple[str, str], ...]


class ReportSummary(QObject):
    """Builds the summary shown before saving and on the report's detail page."""

    def __init__(self, taxonomy: Taxonomy, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._taxonomy = taxonomy
        self._lang = lang

    def _label(self, path: str) -> str:
        return capitalised(field_label(path, self._lang))

    def _code(self, field: str, code: str) -> str:
        if self._taxonomy.is_known(field, code):
            return self._taxonomy.label(field, code, self._lang)
        return code

    def value(self, report: Report, path: str) -> str:
        """The readable value of one contract field; "—" when it is empty."""
        holder: object = report
        for part in path.split("."):
            holder = getattr(holder, part)
        value: object = holder
        empty = "—"
        if path == "domain" and isinstance(value, str):
            known = self._taxonomy.is_known("domain", value)
            top = self._taxonomy.top_domain(value) if known else value
            parts = [self._code("domain", top)]
            if top != value:
                parts.append(self._code("domain", value))
            return " — ".join(parts)
        if path in _CODED:
            field = _CODED[path]
            if isinstance(value, tuple):
                return ", ".join(self._code(field, c) for c in value) or empty
            return self._code(field, value) if isinstance(value, str) else empty
        if path.startswith("wishes."):
            if value is None:
                return self.tr("not asked")
            return self.tr("yes") if value else self.tr("no")
        if value is None or value == "":
            return empty
        if isinstance(value, dt.date):
            return format_long_date(value)
        return str(value)

    def groups(
        self, report: Report, evidence_names: Sequence[str] = (), *, pending: bool = True
    ) -> list[SummaryGroup]:
        def rows(paths: Sequence[str]) -> tuple[tuple[str, str], ...]:
            return tuple((self._label(p), self.value(report, p)) for p in paths)

        reporter = [
            "reporter.role",
            "reporter.legal_name",
            "reporter.chosen_name",
            "reporter.pronouns",
            "reporter.email",
            "reporter.phone",
            "reporter.address",
            "reporter.birth_year",
            "reporter.language",
        ]
        groups = [
            SummaryGroup(self.tr("Who is reporting"), rows(reporter)),
            SummaryGroup(
                self.tr("What happened"),
                rows(["domain", "criteria", "modifiers", "forms", "narrative"]),
            ),
            SummaryGroup(
                self.tr("Where and when"),
                rows(
                    [
                        "received_on",
                        "channel",
                        "incident.date",
                        "incident.date_end",
                        "incident.area",
                        "incident.place",
                        "incident.url",
                    ]
                ),
            ),
            SummaryGroup(
                self.tr("Who did it"),
                rows(["counterparty.type", "counterparty.name", "counterparty.address"]),
            ),
            SummaryGroup(
                self.tr("What the reporter wants"), rows([f"wishes.{k}" for k in WISH_KEYS])
            ),
        ]
        if evidence_names:
            title = self.tr("Evidence to store") if pending else self.tr("Evidence")
            groups.append(SummaryGroup(title, tuple(("", name) for name in evidence_names)))
        return groups


def summary_html(groups: Sequence[SummaryGroup]) -> str:
    """The groups as simple HTML (every value escaped; colours left to the palette).

    One table for all groups, each title a row across both columns, so the values of every
    group start at the same place.
    """
    parts: list[str] = ["<table cellspacing='0' cellpadding='3'>"]
    for i, group in enumerate(groups):
        space = "padding-top:14px; " if i else ""
        parts.append(
            f"<tr><td colspan='2' style='{space}font-size:large; font-weight:600'>"
            f"{html.escape(group.title)}</td></tr>"
        )
        for label, value in group.rows:
            text = html.escape(value).replace("\n", "<br>")
            parts.append(
                f"<tr><td valign='top' style='padding-right:16px; white-space:nowrap'>"
                f"{html.escape(label)}</td>"
                f"<td valign='top'>{text}</td></tr>"
            )
    parts.append("</table>")
    return "".join(parts)
