"""Erasure on request and the retention job: crypto-shredding, a ledger, and a clean file."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from meldpunt.crypto.errors import IntegrityError
from meldpunt.crypto.keyring import KeyRing
from meldpunt.crypto.keys import KeyClass
from meldpunt.domain.workflow import ENDED
from meldpunt.services.audit import AuditLog, actor_of
from meldpunt.services.clock import Clock, as_utc, utc_now
from meldpunt.services.errors import InvalidInput, NotFound
from meldpunt.services.permissions import Action, require
from meldpunt.storage import audit_chain
from meldpunt.storage.erasure import (
    REASON_REQUEST,
    REASON_RETENTION,
    compact_sqlite,
    erase_report,
)
from meldpunt.storage.models import OfficeSetting, ReportRow
from meldpunt.storage.models_audit import ErasureLedger
from meldpunt.storage.reports_repo import ReportRepository
from meldpunt.storage.rows import put_setting

log = logging.getLogger(__name__)

RETENTION_SETTING = "retention_years"
DEFAULT_RETENTION_YEARS = 5
MIN_RETENTION_YEARS = 1
MAX_RETENTION_YEARS = 30
# Retention periods are set per outcome: the status a report ended with.
OUTCOMES: tuple[str, ...] = tuple(sorted(ENDED))
BATCH = 200


def _engine(sessions: sessionmaker[Session]) -> Engine:
    bind = sessions.kw.get("bind")
    assert isinstance(bind, Engine), "the session factory must be bound to an engine"
    return bind


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class ErasureOutcome:
    numbers: list[str]  # report numbers whose personal data is gone
    case_files: int  # case files whose case data went with them
    compacted: bool  # SQLite: VACUUM and WAL truncation done (always True on PostgreSQL)


def _note_on_workstation(
    audit: AuditLog, office: str | None, ids: Iterable[tuple[str, str]], reason: str
) -> None:
    # A copy of the ledger on this workstation: a restore here re-applies it even when the
    # database that held the ledger is lost.
    if office is not None:
        audit.workstation.note_erased(
            office, [{"id": i, "kind": kind, "reason": reason} for i, kind in ids]
        )


class ErasureService:
    """Erase the personal data of a report, or of every report of one person, on request."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        clock: Clock = utc_now,
        audit: AuditLog | None = None,
    ) -> None:
        self.sessions = sessions
        self.clock = clock
        self.audit = audit or AuditLog(sessions, clock=clock)

    def find_person(
        self,
        ring: KeyRing,
        *,
        email: str | None = None,
        phone: str | None = None,
        name: str | None = None,
    ) -> list[str]:
        """Ids of reports whose reporter has this e-mail, phone or (legal or chosen) name."""
        require(ring, Action.ERASE)
        wanted = [(f, v) for f, v in (("email", email), ("phone", phone), ("name", name)) if v]
        if not wanted:
            raise InvalidInput("Give an e-mail address, a phone number or a name.")
        found: set[str] = set()
        with self.sessions() as s:
            repo = ReportRepository(s, ring)
            for field, value in wanted:
                found.update(repo.find(field, value))
        return sorted(found)

    def report_id(self, number: str) -> str:
        with self.sessions() as s:
            found = s.scalar(select(ReportRow.id).where(ReportRow.number == number.strip()))
        if found is None:
            raise NotFound("There is no report {number}.", number=number.strip())
        return found

    def erase_reports(
        self, ring: KeyRing, report_ids: Sequence[str], *, reason: str = REASON_REQUEST
    ) -> ErasureOutcome:
        """Shred identity and case data keys, blank the ciphertext, note the ledger, VACUUM."""
        require(ring, Action.ERASE if reason == REASON_REQUEST else Action.RETENTION)
        now = self.clock()
        numbers: list[str] = []
        files = 0
        for start in range(0, len(report_ids), BATCH):
            erased: list[tuple[str, str]] = []
            with self.sessions() as s, s.begin():
                self.audit.claim(s)
                for report_id in report_ids[start : start + BATCH]:
                    row = s.get(ReportRow, report_id)
                    if row is None:
                        raise NotFound("This report does not exist (any more).")
                    if s.get(ErasureLedger, report_id) is not None:
                        continue
                    numbers.append(row.number)
                    file_ids = erase_report(s, report_id, reason=reason, at=now, by=actor_of(ring))
                    erased.append((report_id, "report"))
                    self.audit.append(
                        s, ring, "report.erased", report_id, detail=f"reason={reason}"
                    )
                    for file_id in file_ids:
                        erased.append((file_id, "case_file"))
                        self.audit.append(
                            s, ring, "casefile.erased", file_id, detail=f"reason={reason}"
                        )
                    files += len(file_ids)
                office = audit_chain.office_id(s)
            _note_on_workstation(self.audit, office, erased, reason)
        compacted = compact_sqlite(_engine(self.sessions)) if numbers else True
        log.info("Personal data of %d report(s) erased (%s)", len(numbers), reason)
        return ErasureOutcome(numbers, files, compacted)

    def erased(self, report_id: str) -> bool:
        with self.sessions() as s:
            return s.get(ErasureLedger, report_id) is not None


# --- retention ----------------------------------------------------------------------------


@dataclass(frozen=True)
class RetentionItem:
    report_id: str
    number: str
    outcome: str  # the status the report ended with
    ended_on: dt.date
    erase_on: dt.date


@dataclass(frozen=True)
class RetentionPlan:
    today: dt.date
    periods: dict[str, int]
    due: list[RetentionItem]
    damaged: int  # ended reports whose end date could not be read (left alone)


class RetentionService:
    """Personal data of ended reports is erased when its period per outcome has passed."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        clock: Clock = utc_now,
        audit: AuditLog | None = None,
        erasure: ErasureService | None = None,
    ) -> None:
        self.sessions = sessions
        self.clock = clock
        self.audit = audit or AuditLog(sessions, clock=clock)
        self.erasure = erasure or ErasureService(sessions, clock=clock, audit=self.audit)

    def periods(self) -> dict[str, int]:
        """Years after the end, per outcome (default 5 for every outcome)."""
        periods = dict.fromkeys(OUTCOMES, DEFAULT_RETENTION_YEARS)
        with self.sessions() as s:
            row = s.get(OfficeSetting, RETENTION_SETTING)
        if row is not None:
            try:
                stored = json.loads(row.value)
            except ValueError:
                log.warning("The retention setting could not be read; using the defaults")
                stored = {}
            if isinstance(stored, dict):
                for outcome, years in stored.items():
                    if outcome in periods and isinstance(years, int):
                        periods[outcome] = min(max(years, MIN_RETENTION_YEARS), MAX_RETENTION_YEARS)
        return periods

    def set_periods(self, ring: KeyRing, changes: Mapping[str, int]) -> dict[str, int]:
        require(ring, Action.RETENTION)
        periods = self.periods()
        for outcome, years in changes.items():
            if outcome not in periods:
                raise InvalidInput(
                    "Unknown outcome '{outcome}'. Choose one of: {outcomes}.",
                    outcome=outcome,
                    outcomes=", ".join(OUTCOMES),
                )
            if not MIN_RETENTION_YEARS <= years <= MAX_RETENTION_YEARS:
                raise InvalidInput(
                    "A retention period is {low} to {high} years.",
                    low=MIN_RETENTION_YEARS,
                    high=MAX_RETENTION_YEARS,
                )
            periods[outcome] = years
        value = json.dumps(periods, sort_keys=True)
        with self.sessions() as s, s.begin():
            self.audit.claim(s)
            put_setting(s, RETENTION_SETTING, value)
            detail = " ".join(f"{k}={v}" for k, v in sorted(periods.items()))
            self.audit.append(s, ring, "retention.periods", detail=detail)
        return periods

    def plan(self, ring: KeyRing) -> RetentionPlan:
        """What the job would erase today; nothing is changed."""
        require(ring, Action.RETENTION)
        if not ring.holds(KeyClass.SPECIAL):
            raise InvalidInput("Reading end dates needs the special key.")
        today = self.clock().date()
        periods = self.periods()
        due: list[RetentionItem] = []
        damaged = 0
        with self.sessions() as s:
            repo = ReportRepository(s, ring)
            erased = set(s.scalars(select(ErasureLedger.record_id)))
            rows = s.execute(
                select(ReportRow.id, ReportRow.number, ReportRow.status, ReportRow.updated_at)
                .where(ReportRow.status.in_(list(ENDED)))
                .order_by(ReportRow.number_order)
            ).all()
            for row in rows:
                if row.id in erased:
                    continue
                try:
                    ended_value = repo.workflow(row.id).get("ended_on")
                except IntegrityError:
                    damaged += 1
                    continue
                # A report forced into an ended status has no end date: its last change counts.
                ended_on = (
                    dt.date.fromisoformat(ended_value)
                    if isinstance(ended_value, str)
                    else as_utc(row.updated_at).date()
                )
                erase_on = _add_years(ended_on, periods[row.status])
                if erase_on <= today:
                    due.append(RetentionItem(row.id, row.number, row.status, ended_on, erase_on))
        return RetentionPlan(today, periods, due, damaged)

    def run(self, ring: KeyRing, plan: RetentionPlan | None = None) -> ErasureOutcome:
        """Erase what the plan lists (a fresh plan when none is given) and record the run."""
        plan = plan or self.plan(ring)
        outcome = self.erasure.erase_reports(
            ring, [item.report_id for item in plan.due], reason=REASON_RETENTION
        )
        self.audit.record(
            ring,
            "retention.run",
            detail=f"reports={len(outcome.numbers)} files={outcome.case_files}",
        )
        return outcome
