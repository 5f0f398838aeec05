"""The report list: plain metadata for every row, coded facts decrypted only when shown."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from meldpunt.crypto.errors import CryptoError, IntegrityError
from meldpunt.crypto.keyring import KeyRing
from meldpunt.crypto.keys import KeyClass
from meldpunt.services.clock import Clock, utc_now
from meldpunt.services.errors import AccessDenied
from meldpunt.storage import list_cache
from meldpunt.storage.keystore import DataKeys
from meldpunt.storage.models import ReportRow, StaffUser
from meldpunt.storage.reports_repo import ReportRepository

log = logging.getLogger(__name__)


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


class ListRow(NamedTuple):
    """One line of the report list, plain columns only.

    A named tuple, not a frozen dataclass: the whole list of 100 000 rows is built on a
    worker after unlock, and a dataclass took 0.37 s of Python for it (a tuple 0.07 s) —
    time in which the window waits for the interpreter lock at every paint.
    """

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
# In ListRow's field order (rows are made with ListRow._make).
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
_NEWEST_FIRST = (ReportRow.number_order.desc(),)


def _require_facts(ring: KeyRing) -> None:
    if not ring.holds(KeyClass.SPECIAL):
        raise AccessDenied("Your role cannot read coded facts.")


# Format 2: a header line, then the entries as JSON arrays of at most _CACHE_CHUNK entries,
# one per line. Each line parses in a few milliseconds, so the worker reading the cache never
# holds the interpreter lock for long: one json.loads of 100 000 entries took 0.4–0.9 s and
# froze the window (a filter change right after unlock waited for it). Format 1 (one JSON
# document) is not read: it is rebuilt like a damaged cache.
_CACHE_FORMAT = 2
_CACHE_CHUNK = 2_000


def _cache_entry(report_id: str, version: int, facts: CodedFacts) -> list[object]:
    received = facts.received_on.isoformat() if facts.received_on else None
    return [
        report_id,
        version,
        received,
        facts.domain,
        list(facts.criteria),
        list(facts.modifiers),
        list(facts.forms),
        facts.area,
        facts.counterparty_type,
        facts.reporter_role,
    ]


def _encode_cache(entries: Sequence[list[object]]) -> bytes:
    lines = [json.dumps({"format": _CACHE_FORMAT, "entries": len(entries)})]
    for start in range(0, len(entries), _CACHE_CHUNK):
        lines.append(json.dumps(entries[start : start + _CACHE_CHUNK], separators=(",", ":")))
    return "\n".join(lines).encode()


class CacheDecoder:
    """Decodes the list cache one chunk at a time, so a caller can interleave other work.

    The window decodes on its own thread between events (``step`` takes 10–20 ms for a chunk
    of 2 000 entries): a worker thread doing this Python-heavy work made every paint of the
    window wait for the interpreter lock, and the first filter change after unlock took
    0.8–2.5 s. Builds the criterion index (code → report ids) on the way. ``step`` raises
    ValueError, TypeError or KeyError for a damaged or foreign cache.
    """

    def __init__(self, plain: bytes) -> None:
        header, *self._chunks = plain.split(b"\n")
        data = json.loads(header)
        if not isinstance(data, dict) or data.get("format") != _CACHE_FORMAT:
            raise ValueError("unknown list cache format")
        self._expected = data.get("entries")
        self._next = 0
        self._count = 0
        self.facts: dict[str, tuple[int, CodedFacts]] = {}
        self.index: dict[str, set[str]] = {}

    @property
    def done(self) -> bool:
        return self._next >= len(self._chunks)

    def step(self) -> bool:
        """Decode the next chunk; True once every entry is decoded."""
        if not self.done:
            entries = json.loads(self._chunks[self._next])
            self._next += 1
            self._count += len(entries)
            date = dt.date.fromisoformat
            for report_id, version, received, domain, crit, mods, forms, area, cp, role in entries:
                facts = CodedFacts(
                    received_on=date(received) if received else None,
                    domain=domain,
                    criteria=tuple(crit),
                    modifiers=tuple(mods),
                    forms=tuple(forms),
                    area=area,
                    counterparty_type=cp,
                    reporter_role=role,
                )
                self.facts[report_id] = (int(version), facts)
                for code in facts.criteria:
                    self.index.setdefault(code, set()).add(report_id)
        if self.done and self._count != self._expected:
            raise ValueError("the list cache is incomplete")
        return self.done


def _decode_cache(plain: bytes) -> dict[str, tuple[int, CodedFacts]]:
    decoder = CacheDecoder(plain)
    while not decoder.step():
        pass
    return decoder.facts


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
            return [ListRow._make(r) for r in s.execute(query)]

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
            query = _LIST_QUERY.where(*conditions).order_by(*_NEWEST_FIRST).limit(limit)
            return FirstRows([ListRow._make(r) for r in s.execute(query)], matching)

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

        Each chunk's data keys are unwrapped from one query first (``DataKeys.preload``)
        instead of one lookup per report, which was two thirds of the time.
        """
        _require_facts(ring)
        result: dict[str, CodedFacts] = {}
        with self.sessions() as s:
            repo = ReportRepository(s, ring)
            for start in range(0, len(ids), _FACTS_CHUNK):
                chunk = list(ids[start : start + _FACTS_CHUNK])
                repo.keys.preload(chunk, KeyClass.SPECIAL)
                result.update(_decrypt_facts(repo, chunk))
        return result

    # -- the list cache: every report's facts in one sealed blob --------------------------

    def cache_plain(self, ring: KeyRing) -> bytes | None:
        """The list cache opened and decompressed, for a ``CacheDecoder``; None without one.

        A cache that does not open (damaged, or sealed for another row) counts as none: it is
        rebuilt by the next ``update_cache``.
        """
        _require_facts(ring)
        with self.sessions() as s:
            try:
                return list_cache.read(s, DataKeys(s, ring))
            except CryptoError:
                log.warning("The list cache does not open; it will be rebuilt")
                return None

    def cached_facts(self, ring: KeyRing) -> dict[str, tuple[int, CodedFacts]]:
        """Report id → (version, facts) as the list cache holds them; {} without a cache.

        The caller uses an entry only while the report still has that version. A cache
        that does not open or parse (damaged) is ignored: it is rebuilt by the next
        ``update_cache``.
        """
        plain = self.cache_plain(ring)
        if plain is None:
            return {}
        try:
            return _decode_cache(plain)
        except (ValueError, TypeError, KeyError):
            log.warning("The list cache is unreadable; it will be rebuilt")
            return {}

    def update_cache(
        self,
        ring: KeyRing,
        facts: Mapping[str, tuple[int, CodedFacts]],
        *,
        clock: Clock = utc_now,
    ) -> int:
        """Merge ``facts`` into the list cache and drop entries of older versions.

        An entry is kept for each report whose current version it matches, from ``facts``
        first, else from the cache as it was; damaged facts are never cached. Returns the
        number of entries. Desks writing at once: the last write wins, and what it lacks is
        decrypted again later.
        """
        _require_facts(ring)
        old = self.cached_facts(ring)
        with self.sessions() as s, s.begin():
            current = {i: v for i, v in s.execute(select(ReportRow.id, ReportRow.version))}
            entries: list[list[object]] = []
            for report_id, version in current.items():
                entry = facts.get(report_id)
                if entry is None or entry[0] != version or entry[1].damaged:
                    entry = old.get(report_id)
                if entry is not None and entry[0] == version and not entry[1].damaged:
                    entries.append(_cache_entry(report_id, version, entry[1]))
            list_cache.write(s, DataKeys(s, ring), _encode_cache(entries), len(entries), clock())
        log.info("List cache updated (%d entries)", len(entries))
        return len(entries)

    def staff_names(self) -> dict[str, str]:
        """User id → user name, for the "assigned to" column (staff names are not secret)."""
        with self.sessions() as s:
            return {i: n for i, n in s.execute(select(StaffUser.id, StaffUser.username))}
