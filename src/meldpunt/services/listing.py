"""The report list: plain metadata for every row, coded facts decrypted only when shown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session, sessionmaker

from meldpunt.crypto.errors import IntegrityError
from meldpunt.crypto.keyring import KeyRing
from meldpunt.crypto.keys import KeyClass
from meldpunt.services.errors import AccessDenied
from meldpunt.storage.models import ReportRow, StaffUser
from meldpunt.storage.reports_repo import ReportRepository


@dataclass(frozen=True)
class ListFilter:
    """Filters on plain columns; ``criterion`` needs the coded facts (applied by the caller)."""

    statuses: frozenset[str] = frozenset()
    domain_top: str | None = None
    channel: str | None = None
    period_from: dt.date | None = None  # by month: received year-month is plain
    period_to: dt.date | None = None
    assigned_to: str | None = None
    criterion: str | None = None
    ids: frozenset[str] | None = None  # restrict to a search result


@dataclass(frozen=True)
class ListRow:
    id: str
    number: str
    year: int
    month: int
    channel: str
    domain_top: str
    status: str
    assigned_to: str | None
    case_file_id: str | None
    version: int


@dataclass(frozen=True)
class CodedFacts:
    """The special class of one report, as shown in lists and counted in statistics."""

    received_on: dt.date | None
    domain: str | None
    criteria: tuple[str, ...] = ()
    modifiers: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    area: str | None = None
    counterparty_type: str | None = None
    reporter_role: str | None = None
    damaged: bool = False
    extra: dict[str, object] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_payload(cls, payload: dict[str, object]) -> CodedFacts:
        def codes(key: str) -> tuple[str, ...]:
            value = payload.get(key) or ()
            return tuple(str(v) for v in value) if isinstance(value, list | tuple) else ()

        received = payload.get("received_on")
        return cls(
            received_on=dt.date.fromisoformat(received) if isinstance(received, str) else None,
            domain=_str(payload.get("domain")),
            criteria=codes("criteria"),
            modifiers=codes("modifiers"),
            forms=codes("forms"),
            area=_str(payload.get("incident.area")),
            counterparty_type=_str(payload.get("counterparty.type")),
            reporter_role=_str(payload.get("reporter.role")),
            extra=payload,
        )


DAMAGED = CodedFacts(received_on=None, domain=None, damaged=True)


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


class ReportListing:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def rows(self, ring: KeyRing, flt: ListFilter = ListFilter()) -> list[ListRow]:
        """Every report matching the plain filters, newest first (no decryption)."""
        if ring.is_locked or not ring.holds(KeyClass.SPECIAL):
            raise AccessDenied("Unlock first.")
        query = select(
            ReportRow.id,
            ReportRow.number,
            ReportRow.year,
            ReportRow.month,
            ReportRow.channel,
            ReportRow.domain_top,
            ReportRow.status,
            ReportRow.assigned_to,
            ReportRow.case_file_id,
            ReportRow.version,
        )
        conditions: list[ColumnElement[bool]] = []
        if flt.statuses:
            conditions.append(ReportRow.status.in_(sorted(flt.statuses)))
        if flt.domain_top:
            conditions.append(ReportRow.domain_top == flt.domain_top)
        if flt.channel:
            conditions.append(ReportRow.channel == flt.channel)
        if flt.assigned_to:
            conditions.append(ReportRow.assigned_to == flt.assigned_to)
        if flt.period_from:
            y, m = flt.period_from.year, flt.period_from.month
            conditions.append(
                or_(ReportRow.year > y, and_(ReportRow.year == y, ReportRow.month >= m))
            )
        if flt.period_to:
            y, m = flt.period_to.year, flt.period_to.month
            conditions.append(
                or_(ReportRow.year < y, and_(ReportRow.year == y, ReportRow.month <= m))
            )
        if flt.ids is not None:
            if not flt.ids:
                return []
            conditions.append(ReportRow.id.in_(sorted(flt.ids)))
        if conditions:
            query = query.where(*conditions)
        query = query.order_by(ReportRow.year.desc(), ReportRow.number.desc())
        with self.sessions() as s:
            return [ListRow(**r._asdict()) for r in s.execute(query)]

    def facts(self, ring: KeyRing, ids: Sequence[str]) -> dict[str, CodedFacts]:
        """Coded facts of the given reports; a damaged record is marked, not raised."""
        if not ring.holds(KeyClass.SPECIAL):
            raise AccessDenied("Your role cannot read coded facts.")
        result: dict[str, CodedFacts] = {}
        with self.sessions() as s:
            repo = ReportRepository(s, ring)
            try:
                payloads = repo.special_payloads(ids)
            except IntegrityError:
                payloads = {}
                for report_id in ids:  # find the damaged one(s), keep the others
                    try:
                        payloads.update(repo.special_payloads([report_id]))
                    except IntegrityError:
                        result[report_id] = DAMAGED
            for report_id, payload in payloads.items():
                result[report_id] = CodedFacts.from_payload(payload)
        return result

    def staff_names(self) -> dict[str, str]:
        """User id → user name, for the "assigned to" column (staff names are not secret)."""
        with self.sessions() as s:
            return {i: n for i, n in s.execute(select(StaffUser.id, StaffUser.username))}
