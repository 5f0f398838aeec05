"""Recording, reading, searching and editing reports: validation first, then one transaction."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from meldpunt.crypto.keyring import KeyRing
from meldpunt.crypto.keys import KeyClass
from meldpunt.domain.model import Report
from meldpunt.domain.problems import Problem
from meldpunt.domain.taxonomy import Taxonomy, load_taxonomy
from meldpunt.domain.validation import validate_report
from meldpunt.services.audit import AuditLog
from meldpunt.services.clock import Clock, utc_now
from meldpunt.services.errors import AccessDenied, Conflict, NotFound, ServiceError
from meldpunt.storage.erasure import is_erased
from meldpunt.storage.models import ReportChange
from meldpunt.storage.reports_repo import SEARCH_FIELDS, ReportRepository, StaleReport

log = logging.getLogger(__name__)

WRITER_ROLES = frozenset({"intake", "caseworker", "coordinator"})


class InvalidReport(ServiceError):
    """The report breaks one or more rules; nothing was saved."""

    def __init__(self, problems: list[Problem]) -> None:
        fields = ", ".join(sorted({p.field for p in problems}))
        super().__init__("The report was not saved: check {fields}.", fields=fields)
        self.problems = problems


@dataclass(frozen=True)
class ChangeInfo:
    at: dt.datetime
    by_user: str | None
    fields: tuple[str, ...]
    version: int


class ReportService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        taxonomy: Taxonomy | None = None,
        clock: Clock = utc_now,
        audit: AuditLog | None = None,
    ) -> None:
        self.sessions = sessions
        self.taxonomy = taxonomy or load_taxonomy()
        self.clock = clock
        self.audit = audit or AuditLog(sessions, clock=clock)

    @staticmethod
    def _require_writer(ring: KeyRing) -> None:
        if ring.is_locked:
            raise AccessDenied("Meldpunt is locked; unlock it first.")
        if ring.role not in WRITER_ROLES or not all(
            ring.holds(c) for c in (KeyClass.IDENTITY, KeyClass.SPECIAL, KeyClass.CASE)
        ):
            raise AccessDenied("Your role cannot record or change reports.")

    def validate(self, report: Report) -> list[Problem]:
        # "Today" is the desk's local day: a report received just after midnight in Leuven
        # must not look like it came from the future in UTC.
        return validate_report(report, self.taxonomy, today=self.clock().astimezone().date())

    def create(self, ring: KeyRing, report: Report) -> Report:
        """Validate and store a new report; returns it with its number."""
        self._require_writer(ring)
        problems = self.validate(report)
        if problems:
            raise InvalidReport(problems)
        with self.sessions() as s, s.begin():
            self.audit.claim(s)
            saved = ReportRepository(s, ring).add(report, actor_id=ring.user_id, now=self.clock())
            self.audit.append(s, ring, "report.created", saved.id)
        log.info("Report stored")
        return saved

    def get(self, ring: KeyRing, report_id: str) -> tuple[Report, int]:
        """The report as far as the user's keys go, and its version for a later save."""
        if ring.is_locked:
            raise AccessDenied("Meldpunt is locked; unlock it first.")
        if not any(ring.holds(c) for c in (KeyClass.IDENTITY, KeyClass.SPECIAL, KeyClass.CASE)):
            raise AccessDenied("Your role cannot open reports.")  # the administrator
        with self.sessions() as s:
            repo = ReportRepository(s, ring)
            try:
                report, version = repo.get(report_id), repo.version_of(report_id)
            except KeyError:
                raise NotFound("This report does not exist (any more).") from None
        if ring.holds(KeyClass.IDENTITY) or ring.holds(KeyClass.CASE):
            # Personal data was opened: on record before it reaches the screen.
            self.audit.record(ring, "report.viewed", report_id)
        return report, version

    def update(self, ring: KeyRing, report: Report, expected_version: int) -> list[str]:
        """Save an edited report unless someone else saved it first (then Conflict)."""
        self._require_writer(ring)
        problems = self.validate(report)
        if problems:
            raise InvalidReport(problems)
        try:
            with self.sessions() as s, s.begin():
                self.audit.claim(s)
                if is_erased(s, report.id):
                    raise Conflict(
                        "The personal data of this report was erased; it cannot be edited."
                    )
                changed = ReportRepository(s, ring).update(
                    report,
                    expected_version=expected_version,
                    actor_id=ring.user_id,
                    now=self.clock(),
                )
                if changed:
                    self.audit.append(s, ring, "report.edited", report.id, fields=changed)
        except (StaleReport, StaleDataError):
            raise Conflict(
                "Someone else saved this report after you opened it. Your changes were not "
                "saved; reopen the report to see theirs."
            ) from None
        except KeyError:
            raise NotFound("This report does not exist (any more).") from None
        if changed:
            log.info("Report updated (%d fields)", len(changed))
        return changed

    def find(self, ring: KeyRing, field: str, value: str) -> list[str]:
        """Exact search through the blind index: e-mail, phone, name or counterparty."""
        if field not in SEARCH_FIELDS:
            raise ValueError(field)
        if not ring.holds(KeyClass.IDENTITY):
            raise AccessDenied("Your role cannot search by personal details.")
        with self.sessions() as s:
            found = ReportRepository(s, ring).find(field, value)
        # A search by personal details is on record, the searched value never is.
        self.audit.record(ring, "report.searched", detail=f"field={field} found={len(found)}")
        return found

    def history(self, ring: KeyRing, report_id: str) -> list[ChangeInfo]:
        if ring.is_locked:
            raise AccessDenied("Meldpunt is locked; unlock it first.")
        with self.sessions() as s:
            rows: list[ReportChange] = ReportRepository(s, ring).history(report_id)
            return [
                ChangeInfo(r.at, r.by_user, tuple(r.fields.split(",")), r.version) for r in rows
            ]

    def with_number(self, report: Report, number: str) -> Report:
        return replace(report, number=number)
