"""The statistics' only input: coded facts per report, and the taxonomy view they need."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol


@dataclass(frozen=True)
class ReportFacts:
    """One report reduced to coded facts; no names, narratives or day-level dates are printed.

    The two keys are opaque and only link rows; ``repr`` leaves them out so a failing test or
    a log line cannot carry them into output.
    """

    report_key: str = field(repr=False)
    year: int
    month: int
    channel: str
    domain: str
    criteria: tuple[str, ...]
    modifiers: tuple[str, ...]
    forms: tuple[str, ...]
    area: str | None
    counterparty_type: str | None
    reporter_role: str | None
    status: str
    case_file_key: str | None = field(repr=False)
    mass_report: bool
    assessment: str | None
    result: str | None
    days_to_first_contact: int | None
    days_open: int | None
    # Only for mapping criteria renamed in 2023 to their successors; never printed.
    recorded_on: date = field(repr=False)

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError("month must be 1..12")
        for name in ("days_to_first_contact", "days_open"):
            value = getattr(self, name)
            if value is not None and value < 0:
                raise ValueError(f"{name} cannot be negative")


class CodeView(Protocol):
    """One taxonomy code, as the statistics read it."""

    @property
    def code(self) -> str: ...

    @property
    def group(self) -> str | None: ...

    @property
    def parent(self) -> str | None: ...

    @property
    def labels(self) -> Mapping[str, str]: ...


class TaxonomyView(Protocol):
    """The part of ``meldpunt.domain.taxonomy.Taxonomy`` that the reports use."""

    def codes(self, field: str, *, on: date | None = None) -> Sequence[CodeView]: ...

    def label(self, field: str, code: str, lang: str = "nl", *, on: date | None = None) -> str: ...

    def group_label(self, field: str, group: str, lang: str) -> str: ...

    def statistical_code(self, field: str, code: str) -> str: ...

    def top_domain(self, code: str) -> str: ...

    def housing_subdomains(self) -> Sequence[CodeView | str]: ...
