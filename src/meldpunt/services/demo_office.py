"""Filling an office with the synthetic demo reports, their case files and workflow history."""

from __future__ import annotations

import datetime as dt
import logging
import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from meldpunt.crypto.keyring import KeyRing
from meldpunt.demo.generator import generate_office
from meldpunt.domain.model import Report, report_from_import_dict
from meldpunt.services.clock import Clock, utc_now
from meldpunt.services.errors import AccessDenied
from meldpunt.services.importing import ImportService
from meldpunt.storage.casefiles_repo import CaseFileRepository
from meldpunt.storage.casework_repo import TaskRepository, TimelineRepository
from meldpunt.storage.keystore import DataKeys
from meldpunt.storage.models import ReportRow, StaffUser
from meldpunt.storage.reports_repo import ReportRepository

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
DEMO_USER = "demo"
DEMO_PASSPHRASE = "demo-meldpunt-2026"  # noqa: S105 - shown on the demo login screen
FILE_STATUSES = frozenset({"file_open", "investigation", "action", "follow_up", "closed"})
# The steps a demo file went through to reach its status (domain.md's workflow).
_PATH = ("file_open", "investigation", "action", "follow_up", "closed")
# What the caseworker wrote; demo texts are Dutch like the office's own notes.
_CONTACT_NOTES = (
    "Melder gebeld: feiten overlopen, bewijsstukken gevraagd.",
    "Gesprek aan de balie; melder wil vooral dat het stopt.",
    "Melder per e-mail bedankt en uitleg gegeven over de procedure.",
)
_ACTIONS = (
    ("contact_counterparty", "Tegenpartij aangeschreven met de vraag om een reactie."),
    ("mediation_meeting", "Gesprek met beide partijen; afspraken op papier gezet."),
    ("note", "Screenshot van de advertentie bewaard bij de stukken."),
)
_TASKS = (
    "Antwoord van de tegenpartij opvolgen",
    "Melder terugbellen",
    "Bewijsstukken nakijken",
    "Dossier bespreken op het teamoverleg",
)


@dataclass(frozen=True)
class DemoSummary:
    reports: int
    case_files: int
    skipped: int


def _day(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else None


class DemoLoader:
    """Writes historical demo data directly in its final state (it did not happen here)."""

    def __init__(self, sessions: sessionmaker[Session], *, clock: Clock = utc_now) -> None:
        self.sessions = sessions
        self.clock = clock

    def load(
        self,
        ring: KeyRing,
        n: int,
        *,
        years: tuple[int, int] = (2023, 2025),
        seed: int = 1,
        progress: Progress | None = None,
    ) -> DemoSummary:
        if ring.role != "coordinator":
            raise AccessDenied("Only a coordinator can load demo data.")
        office = generate_office(n, years=years, seed=seed, until=self.clock().date())
        reports: list[Report] = [report_from_import_dict(d) for d in office.reports]
        outcome = ImportService(self.sessions, clock=self.clock).store(
            ring, reports, progress=progress
        )
        present = set(outcome.already_present)
        by_ref = {r.external_ref: r for r in reports if r.external_ref not in present}
        now = self.clock()
        with self.sessions() as s:
            caseworkers: list[str | None] = list(
                s.scalars(select(StaffUser.id).where(StaffUser.role == "caseworker"))
            ) or [ring.user_id]
        groups: dict[str, list[tuple[Report, dict[str, object]]]] = defaultdict(list)
        singles: list[tuple[Report, dict[str, object]]] = []
        for entry in office.workflow:
            report = by_ref.get(str(entry["external_ref"]))
            if report is None:
                continue
            group = entry.get("case_file_group")
            (groups[str(group)] if group else singles).append((report, entry))
        files = 0
        items = list(groups.items())
        rng = random.Random(seed)  # noqa: S311 - demo data, repeatable from its seed
        for start in range(0, max(len(items), len(singles)), 200):
            with self.sessions() as s, s.begin():
                keys = DataKeys(s, ring)
                repo = ReportRepository(s, ring, keys=keys)
                file_repo = CaseFileRepository(keys)
                for i, (_group, members) in enumerate(items[start : start + 200]):
                    files += 1
                    first_report, first_entry = min(
                        members, key=lambda m: m[0].received_on or dt.date.max
                    )
                    assert first_report.received_on is not None
                    status = str(first_entry["status"])
                    opened = first_report.received_on + dt.timedelta(days=3)
                    worker = caseworkers[(start + i) % len(caseworkers)]
                    record = file_repo.create(
                        opened_on=min(opened, now.date()),
                        report_ids=[m[0].id for m in members],
                        mass_report=bool(first_entry.get("mass_report")) or len(members) > 1,
                        assigned_to=worker,
                        now=now,
                        status=status if status in FILE_STATUSES else "file_open",
                    )
                    if status in FILE_STATUSES or status == "withdrawn":
                        file_repo.update(
                            record.id,
                            expected_version=None,
                            now=now,
                            status=status,
                            assessment=_str(first_entry.get("assessment")),
                            result=_str(first_entry.get("result")),
                            closed_on=_day(first_entry.get("ended_on"))
                            if status == "closed"
                            else None,
                        )
                    for report, entry in members:
                        self._set(repo, report, entry, now, worker, record.id)
                    contacted = _first_contact(first_report, first_entry)
                    _history(keys, record.id, first_entry, opened, contacted, worker, now, rng)
                for j, (report, entry) in enumerate(singles[start : start + 200]):
                    worker = caseworkers[(start + j) % len(caseworkers)]
                    self._set(repo, report, entry, now, worker, None)
        log.info("Demo office loaded: %d reports, %d case files", len(by_ref), files)
        return DemoSummary(len(by_ref), files, len(present))

    @staticmethod
    def _set(
        repo: ReportRepository,
        report: Report,
        entry: dict[str, object],
        now: dt.datetime,
        worker: str | None,
        file_id: str | None,
    ) -> None:
        first = _first_contact(report, entry)
        status = str(entry["status"])
        row = repo.session.get(ReportRow, report.id)
        if row is not None and entry.get("assigned_to") and status != "new":
            row.assigned_to = worker
        repo.set_state(
            report.id,
            status=status,
            set_case_file=file_id is not None,
            case_file_id=file_id,
            mass_report=bool(entry.get("mass_report")) or None,
            workflow={
                "first_contact_on": first.isoformat() if first else None,
                "ended_on": _str(entry.get("ended_on")),
            },
            now=now,
        )


def _first_contact(report: Report, entry: dict[str, object]) -> dt.date | None:
    assert report.received_on is not None
    days = entry.get("days_to_first_contact")
    return report.received_on + dt.timedelta(days=days) if isinstance(days, int) else None


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, 0), tzinfo=dt.UTC)


def _history(
    keys: DataKeys,
    file_id: str,
    entry: dict[str, object],
    opened: dt.date,
    contacted: dt.date | None,
    worker: str | None,
    now: dt.datetime,
    rng: random.Random,
) -> None:
    """A timeline and tasks like the ones the file's history would have left.

    The first contact with the reporter (on the report's date of first contact, often before
    the file was opened; none when the report has none), the opening, every step up to the
    file's status (an action with the counterparty on the way), the closing with its
    assessment and result;
    an open file has an open task, now and then overdue.
    """
    status = str(entry["status"])
    today = now.date()
    opened = min(opened, today)
    ended = _day(entry.get("ended_on")) if status in ("closed", "withdrawn") else None
    last = max(opened, min(ended or today, today))
    if status == "withdrawn":
        steps = ["file_open", "investigation", "withdrawn"]
    else:
        reached = _PATH.index(status) if status in _PATH else 0
        steps = list(_PATH[: reached + 1])
    timeline = TimelineRepository(keys)
    span = (last - opened).days

    def day(step: int) -> dt.date:
        return opened + dt.timedelta(days=span * step // max(len(steps), 1))

    previous = "competence_check"
    for i, step in enumerate(steps):
        when = day(i)
        closing = step == "closed"
        timeline.add(
            file_id,
            action_type="status_change",
            at=_at(when, 9),
            author_id=worker,
            text="",
            now=now,
            from_status=previous,
            to_status=step,
            assessment=_str(entry.get("assessment")) if closing else None,
            result=_str(entry.get("result")) if closing else None,
        )
        previous = step
        if step == "file_open" and contacted is not None:
            note = rng.choice(_CONTACT_NOTES)
            timeline.add(
                file_id,
                action_type="contact_reporter",
                at=_at(min(contacted, last), 11),
                author_id=worker,
                text=note,
                now=now,
            )
        elif step == "action":
            action, note = rng.choice(_ACTIONS)
            timeline.add(
                file_id, action_type=action, at=_at(when, 14), author_id=worker, text=note, now=now
            )
    if status in FILE_STATUSES and status != "closed":
        TaskRepository(keys).add(
            file_id,
            due_on=today + dt.timedelta(days=rng.randint(-5, 21)),
            text=rng.choice(_TASKS),
            assigned_to=worker,
            created_by=worker,
            now=now,
        )
