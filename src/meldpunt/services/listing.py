"""The report list: plain metadata for every row, coded facts decrypted only when shown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from meldpunt.crypto.errors import IntegrityError
from meldpunt.crypto.keyring import KeyRing
from meldpunt.crypto.keys import KeyClass
from meldpunt.services.errors import AccessDenied
from meldpunt.storage.models import DataKey, ReportRow, StaffUser
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


@dataclass(frozen=True)
class FirstRows:
    """The newest reports matching a filter, and how many match in all."""

    rows: list[ListRow]
    total: int


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


_FACTS_CHUNK = 500
_LIST_QUERY = select(
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
_NEWEST_FIRST = (ReportRow.year.desc(), ReportRow.number.desc())


def _require_list_access(ring: KeyRing) -> None:
    if ring.is_locked or not ring.holds(KeyClass.SPECIAL):
        raise AccessDenied("Unlock first.")


def _plain_conditions(
    flt: ListFilter, *, use_indexes: bool = True
) -> list[ColumnElement[bool]] | None:
    """SQL conditions for the plain filters; None when the filter matches nothing.

    Without ``use_indexes`` each column is wrapped in an expression that no index serves, so
    that the database walks the report numbers in order instead (see ``first_rows``).
    """

    def text(column: Any) -> Any:
        return column if use_indexes else column.concat("")

    def number(column: Any) -> Any:
        return column if use_indexes else column + 0

    conditions: list[ColumnElement[bool]] = []
    if flt.statuses:
        conditions.append(text(ReportRow.status).in_(sorted(flt.statuses)))
    if flt.domain_top:
        conditions.append(text(ReportRow.domain_top) == flt.domain_top)
    if flt.channel:
        conditions.append(text(ReportRow.channel) == flt.channel)
    if flt.assigned_to:
        conditions.append(text(ReportRow.assigned_to) == flt.assigned_to)
    year, month = number(ReportRow.year), ReportRow.month
    if flt.period_from:
        y, m = flt.period_from.year, flt.period_from.month
        conditions.append(or_(year > y, and_(year == y, month >= m)))
    if flt.period_to:
        y, m = flt.period_to.year, flt.period_to.month
        conditions.append(or_(year < y, and_(year == y, month <= m)))
    if flt.ids is not None:
        if not flt.ids:
            return None
        conditions.append(ReportRow.id.in_(sorted(flt.ids)))
    return conditions


def _decrypt_facts(repo: ReportRepository, ids: Sequence[str]) -> dict[str, CodedFacts]:
    result: dict[str, CodedFacts] = {}
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


class ReportListing:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def rows(self, ring: KeyRing, flt: ListFilter = ListFilter()) -> list[ListRow]:
        """Every report matching the plain filters, newest first (no decryption)."""
        _require_list_access(ring)
        conditions = _plain_conditions(flt)
        if conditions is None:
            return []
        query = _LIST_QUERY.where(*conditions).order_by(*_NEWEST_FIRST)
        with self.sessions() as s:
            return [ListRow(**r._asdict()) for r in s.execute(query)]

    def first_rows(
        self, ring: KeyRing, flt: ListFilter = ListFilter(), limit: int = 300
    ) -> FirstRows:
        """The ``limit`` newest reports matching the plain filters: one screen, long before all.

        The list columns share their database pages with the ciphertexts, so every row read
        costs a page. Without statistics the database would collect *all* rows a filter index
        finds and sort them (0.3–1.5 s for half of 100 000 reports). When the filter keeps
        many rows, walking the report numbers newest first and testing each row reads about
        ``limit × total ÷ matching`` rows instead; for a selective filter the index is better.
        The numbers start with the year, so newest number first is newest first.
        """
        _require_list_access(ring)
        conditions = _plain_conditions(flt)
        if conditions is None:
            return FirstRows([], 0)
        with self.sessions() as s:
            matching = total = self._count(s, [])
            if conditions:
                matching = self._count(s, conditions)
                if matching * matching > limit * total:
                    conditions = _plain_conditions(flt, use_indexes=False) or []
            query = _LIST_QUERY.where(*conditions).order_by(ReportRow.number.desc()).limit(limit)
            return FirstRows([ListRow(**r._asdict()) for r in s.execute(query)], matching)

    def count(self, ring: KeyRing, flt: ListFilter = ListFilter()) -> int:
        """How many reports ``rows(ring, flt)`` returns (answered from the indexes)."""
        _require_list_access(ring)
        conditions = _plain_conditions(flt)
        if conditions is None:
            return 0
        with self.sessions() as s:
            return self._count(s, conditions)

    @staticmethod
    def _count(session: Session, conditions: Sequence[ColumnElement[bool]]) -> int:
        query = select(func.count()).select_from(ReportRow).where(*conditions)
        return int(session.scalar(query) or 0)

    def facts(self, ring: KeyRing, ids: Sequence[str]) -> dict[str, CodedFacts]:
        """Coded facts of the given reports; a damaged record is marked, not raised.

        Each chunk's wrapped data keys are read in one query first: held in the session's
        identity map, the repository finds them there instead of asking the database once
        per report, which was two thirds of the time (a screenful: 165 → 40 ms).
        """
        if not ring.holds(KeyClass.SPECIAL):
            raise AccessDenied("Your role cannot read coded facts.")
        result: dict[str, CodedFacts] = {}
        with self.sessions() as s:
            repo = ReportRepository(s, ring)
            for start in range(0, len(ids), _FACTS_CHUNK):
                chunk = list(ids[start : start + _FACTS_CHUNK])
                # Kept in a local: the identity map holds objects only while referenced.
                keys = s.scalars(
                    select(DataKey).where(
                        DataKey.owner_id.in_(chunk), DataKey.key_class == KeyClass.SPECIAL.code
                    )
                ).all()
                result.update(_decrypt_facts(repo, chunk))
                del keys
        return result

    def staff_names(self) -> dict[str, str]:
        """User id → user name, for the "assigned to" column (staff names are not secret)."""
        with self.sessions() as s:
            return {i: n for i, n in s.execute(select(StaffUser.id, StaffUser.username))}
