"""Following a case file: its view, timeline, tasks, assignment, repeat reports, conflicts."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from meldpunt.crypto.errors import IntegrityError
from meldpunt.crypto.keyring import KeyRing
from meldpunt.crypto.keys import KeyClass
from meldpunt.domain.model import Report
from meldpunt.domain.taxonomy import Taxonomy, load_taxonomy
from meldpunt.domain.workflow import allowed_next, is_open
from meldpunt.services.audit import AuditLog
from meldpunt.services.busy import in_transaction
from meldpunt.services.cases import CASE_ROLES, mark_first_contact
from meldpunt.services.clock import Clock, utc_now
from meldpunt.services.errors import AccessDenied, Conflict, InvalidInput, NotFound
from meldpunt.storage.casefiles_repo import CaseFileRecord, CaseFileRepository, StaleCaseFile
from meldpunt.storage.casework_repo import (
    ErasedRecord,
    ReferralRecord,
    ReferralRepository,
    StaleRecord,
    TaskRecord,
    TaskRepository,
    TimelineRecord,
    TimelineRepository,
)
from meldpunt.storage.keystore import DataKeys
from meldpunt.storage.models import CaseFileRow, ReportRow, StaffUser
from meldpunt.storage.reports_repo import ReportRepository

log = logging.getLogger(__name__)

__all__ = [
    "USER_ACTIONS",
    "CaseSummary",
    "CaseView",
    "CaseworkService",
    "Change",
    "LinkedReport",
    "RepeatInfo",
    "RepeatReport",
    "WaitingReport",
    "describe_changes",
    "describe_task_changes",
]

# Actions a person records. The workflow writes "status_change" and "reopened" itself, and a
# referral comes with its consent record (ReferralService.record).
USER_ACTIONS: tuple[str, ...] = (
    "contact_reporter",
    "contact_counterparty",
    "information_letter",
    "mediation_meeting",
    "evidence_added",
    "note",
)
# What may still be written on a closed or withdrawn file: it is history, not work.
ENDED_FILE_ACTIONS = frozenset({"note", "evidence_added"})
MAX_NOTE_LENGTH = 20_000
MAX_TASK_LENGTH = 500
WAITING_STATUSES = ("new", "competence_check")

TASK_CONFLICT = (
    "Someone else changed this task after you opened it; nothing was overwritten. "
    "Reload to see their change."
)
NOTE_CONFLICT = (
    "Someone else changed this note after you opened it; nothing was overwritten. "
    "Reload to see their change."
)
ERASED = "Its text was erased with the personal data of the file; it cannot be changed."
FILE_CONFLICT = (
    "Someone else changed this case file after you opened it; nothing was overwritten. "
    "Reopen it to see their change."
)
TOO_LONG = {
    "note": "The note is too long ({length} characters, at most {limit}).",
    "task": "The task is too long ({length} characters, at most {limit}).",
}


def local_today(now: dt.datetime) -> dt.date:
    """Due dates are the office's calendar days, not UTC ones."""
    return now.astimezone().date()


def local_day(at: dt.datetime) -> dt.date:
    """The office's calendar day of a moment (first contact, letters)."""
    return at.astimezone().date()


@dataclass(frozen=True)
class LinkedReport:
    """One report of a file as the case screen shows it (what the user's keys can open)."""

    id: str
    number: str
    status: str
    version: int
    report: Report
    first_contact_on: dt.date | None
    ended_on: dt.date | None
    days_to_first_contact: int | None
    days_open: int | None


@dataclass(frozen=True)
class CaseView:
    """Everything on the case screen, read in one transaction."""

    record: CaseFileRecord
    reports: tuple[LinkedReport, ...]
    timeline: tuple[TimelineRecord, ...]
    tasks: tuple[TaskRecord, ...]
    referrals: tuple[ReferralRecord, ...]
    staff: Mapping[str, str]
    today: dt.date
    days_open: int | None
    allowed_next: tuple[str, ...]

    def name_of(self, user_id: str | None) -> str:
        return self.staff.get(user_id or "", "") if user_id else ""

    def report(self, report_id: str | None) -> LinkedReport | None:
        return next((r for r in self.reports if r.id == report_id), None)


@dataclass(frozen=True)
class CaseSummary:
    """A row of the Dossiers list."""

    id: str
    number: str
    status: str
    assigned_to: str | None
    assigned_name: str
    opened_on: dt.date | None
    report_count: int
    open_tasks: int
    overdue_tasks: int
    version: int


@dataclass(frozen=True)
class WaitingReport:
    """A report not yet in a file whose competence is still to be checked."""

    id: str
    number: str
    year: int
    month: int
    status: str
    domain_top: str
    version: int


@dataclass(frozen=True)
class RepeatReport:
    id: str
    number: str
    year: int
    month: int
    status: str
    case_file_id: str | None
    case_number: str | None
    matched_on: tuple[str, ...]


@dataclass(frozen=True)
class RepeatInfo:
    """Earlier or later reports about the same counterparty (blind index on name, address)."""

    reports: tuple[RepeatReport, ...] = ()

    @property
    def count(self) -> int:
        return len(self.reports)

    @property
    def since_year(self) -> int | None:
        return min((r.year for r in self.reports), default=None)


@dataclass(frozen=True)
class Change:
    """One difference between two readings of a case file, for the conflict message."""

    what: str
    old: str | None = None
    new: str | None = None
    by: str | None = None
    at: dt.datetime | None = None
    detail: Mapping[str, str] = field(default_factory=dict)


def _day(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else None


def _clean(text: str, limit: int, what: str) -> str:
    """``text`` without surrounding spaces; ``what`` ("note" or "task") names it if too long."""
    text = text.strip()
    if len(text) > limit:
        raise InvalidInput(TOO_LONG[what], length=len(text), limit=limit)
    return text


class CaseworkService:
    """Use cases of the case screen; every change is one transaction and checks versions.

    Every change commits with its audit entry; every read that decrypts notes, tasks or
    reports is on record before it is returned. Entries name the case file (and a task or
    timeline entry by id in ``detail``), the changed field names and codes, never the text.
    """

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

    # --- access ---------------------------------------------------------------------------

    @staticmethod
    def _check(ring: KeyRing) -> None:
        if ring.is_locked:
            raise AccessDenied("Meldpunt is locked; unlock it first.")
        if ring.role not in CASE_ROLES or not all(
            ring.holds(c) for c in (KeyClass.IDENTITY, KeyClass.SPECIAL, KeyClass.CASE)
        ):
            raise AccessDenied("Your role cannot follow up case files.")

    def today(self) -> dt.date:
        return local_today(self.clock())

    @staticmethod
    def _staff(s: Session) -> dict[str, str]:
        return {u.id: u.display_name for u in s.scalars(select(StaffUser))}

    def staff(self, ring: KeyRing) -> list[tuple[str, str, bool]]:
        """(id, display name, active) of every staff member, for assignment pickers."""
        self._check(ring)
        with self.sessions() as s:
            users = s.scalars(select(StaffUser).order_by(StaffUser.display_name))
            return [
                (u.id, u.display_name, u.active)
                for u in users
                if u.role in CASE_ROLES or u.id == ring.user_id
            ]

    # --- lists ----------------------------------------------------------------------------

    def list_files(self, ring: KeyRing) -> list[CaseSummary]:
        """Case files, newest first; opened dates are sealed and read per file."""
        self._check(ring)
        today = self.today()
        with self.sessions() as s:
            keys = DataKeys(s, ring)
            files = CaseFileRepository(keys)
            staff = self._staff(s)
            rows = files.all_rows()
            counts = TaskRepository(keys).open_counts([r.id for r in rows], today)
            linked: dict[str, int] = {}
            for file_id in s.scalars(
                select(ReportRow.case_file_id).where(ReportRow.case_file_id.is_not(None))
            ):
                if file_id is not None:
                    linked[file_id] = linked.get(file_id, 0) + 1
            out = []
            for row in rows:
                try:
                    opened = files.record(row).opened_on
                except IntegrityError:
                    log.warning("A case file could not be read; listed without its dates")
                    opened = None
                open_tasks, overdue = counts.get(row.id, (0, 0))
                out.append(
                    CaseSummary(
                        id=row.id,
                        number=row.number,
                        status=row.status,
                        assigned_to=row.assigned_to,
                        assigned_name=staff.get(row.assigned_to or "", ""),
                        opened_on=opened,
                        report_count=linked.get(row.id, 0),
                        open_tasks=open_tasks,
                        overdue_tasks=overdue,
                        version=row.version,
                    )
                )
        out.sort(key=lambda c: c.number, reverse=True)
        return out

    def waiting_reports(self, ring: KeyRing) -> list[WaitingReport]:
        """Reports outside a file that still wait for (or are in) the competence check."""
        self._check(ring)
        with self.sessions() as s:
            rows = s.execute(
                select(
                    ReportRow.id,
                    ReportRow.number,
                    ReportRow.year,
                    ReportRow.month,
                    ReportRow.status,
                    ReportRow.domain_top,
                    ReportRow.version,
                )
                .where(
                    ReportRow.case_file_id.is_(None),
                    ReportRow.status.in_(WAITING_STATUSES),
                )
                .order_by(ReportRow.number_order)
            )
            return [WaitingReport(*row) for row in rows]

    # --- one file -------------------------------------------------------------------------

    def view(self, ring: KeyRing, file_id: str) -> CaseView:
        self._check(ring)
        today = self.today()
        with self.sessions() as s:
            keys = DataKeys(s, ring)
            try:
                record = CaseFileRepository(keys).get(file_id)
            except KeyError:
                raise NotFound("This case file does not exist (any more).") from None
            reports = ReportRepository(s, ring, keys=keys)
            linked = []
            for report_id in record.report_ids:
                row = s.get(ReportRow, report_id)
                assert row is not None
                report = reports.get(report_id)
                workflow = reports.workflow(report_id)
                first = _day(workflow.get("first_contact_on"))
                ended = _day(workflow.get("ended_on"))
                received = report.received_on
                linked.append(
                    LinkedReport(
                        id=report_id,
                        number=row.number,
                        status=row.status,
                        version=row.version,
                        report=report,
                        first_contact_on=first,
                        ended_on=ended,
                        days_to_first_contact=(
                            max(0, (first - received).days) if first and received else None
                        ),
                        days_open=(
                            max(0, ((ended or today) - received).days) if received else None
                        ),
                    )
                )
            opened = record.opened_on
            days_open = max(0, ((record.closed_on or today) - opened).days) if opened else None
            view = CaseView(
                record=record,
                reports=tuple(linked),
                timeline=tuple(TimelineRepository(keys).list(file_id)),
                tasks=tuple(TaskRepository(keys).for_file(file_id)),
                referrals=tuple(ReferralRepository(keys).for_reports(record.report_ids)),
                staff=self._staff(s),
                today=today,
                days_open=days_open,
                allowed_next=tuple(allowed_next(record.status)),
            )
        # Notes, tasks and the linked reports were opened: on record before they reach the
        # screen, under the file and under each report (an access request lists the latter).
        with self.sessions() as s, s.begin():
            self.audit.claim(s)
            self.audit.append(
                s, ring, "casefile.viewed", file_id, detail=f"reports={len(view.reports)}"
            )
            for linked_report in view.reports:
                self.audit.append(s, ring, "report.viewed", linked_report.id, detail="via=casefile")
        return view

    def assign(
        self, ring: KeyRing, file_id: str, user_id: str | None, *, expected_version: int
    ) -> CaseFileRecord:
        """Give the file to a caseworker (or to nobody); refused if the file changed since."""
        self._check(ring)

        def work(s: Session) -> CaseFileRecord:
            self.audit.claim(s)
            if user_id is not None:
                user = s.get(StaffUser, user_id)
                if user is None or not user.active:
                    raise InvalidInput("This staff member cannot be assigned a case file.")
            record = CaseFileRepository(DataKeys(s, ring)).update(
                file_id,
                expected_version=expected_version,
                now=self.clock(),
                assigned_to=user_id,
                unassign=user_id is None,
            )
            self.audit.append(
                s,
                ring,
                "casefile.assigned",
                file_id,
                fields=["assigned_to"],
                detail=f"assigned={user_id or 'none'}",
            )
            return record

        try:
            record = in_transaction(self.sessions, work)
        except KeyError:
            raise NotFound("This case file does not exist (any more).") from None
        except (StaleCaseFile, StaleDataError):
            raise Conflict(FILE_CONFLICT) from None
        log.info("Case file assigned")
        return record

    # --- timeline -------------------------------------------------------------------------

    def add_action(
        self,
        ring: KeyRing,
        file_id: str,
        action_type: str,
        *,
        at: dt.datetime,
        text: str = "",
        report_id: str | None = None,
        ref_id: str | None = None,
    ) -> TimelineRecord:
        """Record an action; a contact with the reporter also sets the first-contact date."""
        self._check(ring)
        if action_type not in USER_ACTIONS:
            raise InvalidInput("This kind of action cannot be added by hand.")
        if at.tzinfo is None:
            raise ValueError("the action's time must be timezone-aware")
        text = _clean(text, MAX_NOTE_LENGTH, "note")
        now = self.clock()
        if at > now + dt.timedelta(minutes=5):
            raise InvalidInput("An action cannot lie in the future; check the date.")

        def work(s: Session) -> TimelineRecord:
            self.audit.claim(s)
            status = s.scalar(select(CaseFileRow.status).where(CaseFileRow.id == file_id))
            if status is None:
                raise NotFound("This case file does not exist (any more).")
            if not is_open(status) and action_type not in ENDED_FILE_ACTIONS:
                raise InvalidInput(
                    "This case file is closed; reopen it before recording an action (a note "
                    "can still be added)."
                )
            linked = list(s.scalars(select(ReportRow.id).where(ReportRow.case_file_id == file_id)))
            if report_id is not None and report_id not in linked:
                raise InvalidInput("That report is not part of this case file.")
            keys = DataKeys(s, ring)
            entry = TimelineRepository(keys).add(
                file_id,
                action_type=action_type,
                at=at,
                author_id=ring.user_id,
                text=text,
                now=now,
                report_id=report_id,
                ref_id=ref_id,
            )
            if action_type == "contact_reporter":
                # With several reporters the action says which one; with one it is obvious.
                targets = [report_id] if report_id else (linked if len(linked) == 1 else [])
                reports = ReportRepository(s, ring, keys=keys)
                for target in targets:
                    if mark_first_contact(
                        reports, target, local_day(at), now=now, actor_id=ring.user_id
                    ):
                        self.audit.append(s, ring, "report.edited", target, fields=["workflow"])
            self.audit.append(
                s,
                ring,
                "casefile.action_added",
                file_id,
                fields=["note"] if text else (),
                detail=f"type={action_type} action={entry.id}",
            )
            return entry

        entry = in_transaction(self.sessions, work)
        log.info("Timeline action recorded (%s)", action_type)
        return entry

    def edit_note(
        self, ring: KeyRing, action_id: str, text: str, *, expected_version: int
    ) -> TimelineRecord:
        self._check(ring)
        text = _clean(text, MAX_NOTE_LENGTH, "note")

        def work(s: Session) -> TimelineRecord:
            self.audit.claim(s)
            entry = TimelineRepository(DataKeys(s, ring)).update_text(
                action_id, text, expected_version=expected_version
            )
            self.audit.append(
                s,
                ring,
                "casefile.note_edited",
                entry.case_file_id,
                fields=["note"],
                detail=f"type={entry.action_type} action={entry.id}",
            )
            return entry

        try:
            return in_transaction(self.sessions, work)
        except KeyError:
            raise NotFound("This timeline entry does not exist (any more).") from None
        except ErasedRecord:
            raise InvalidInput(ERASED) from None
        except (StaleRecord, StaleDataError):
            raise Conflict(NOTE_CONFLICT) from None

    # --- tasks ----------------------------------------------------------------------------

    def add_task(
        self,
        ring: KeyRing,
        file_id: str,
        *,
        due_on: dt.date,
        text: str,
        assigned_to: str | None = None,
    ) -> TaskRecord:
        self._check(ring)
        text = _clean(text, MAX_TASK_LENGTH, "task")
        if not text:
            raise InvalidInput("Say what has to be done.")

        def work(s: Session) -> TaskRecord:
            self.audit.claim(s)
            if s.get(CaseFileRow, file_id) is None:
                raise NotFound("This case file does not exist (any more).")
            task = TaskRepository(DataKeys(s, ring)).add(
                file_id,
                due_on=due_on,
                text=text,
                assigned_to=assigned_to,
                created_by=ring.user_id,
                now=self.clock(),
            )
            self.audit.append(
                s,
                ring,
                "task.added",
                file_id,
                fields=["text", "due_on", "assigned_to"] if assigned_to else ["text", "due_on"],
                detail=f"task={task.id}",
            )
            return task

        task = in_transaction(self.sessions, work)
        log.info("Task added")
        return task

    def update_task(
        self,
        ring: KeyRing,
        task_id: str,
        *,
        expected_version: int,
        due_on: dt.date | None = None,
        text: str | None = None,
        done: bool | None = None,
        assigned_to: str | None = None,
        unassign: bool = False,
    ) -> TaskRecord:
        """Change a task unless someone else changed it first (then Conflict, nothing saved)."""
        self._check(ring)
        if text is not None:
            text = _clean(text, MAX_TASK_LENGTH, "task")
            if not text:
                raise InvalidInput("Say what has to be done.")
        new_text = text

        def work(s: Session) -> TaskRecord:
            self.audit.claim(s)
            tasks = TaskRepository(DataKeys(s, ring))
            before = tasks.get(task_id)
            after = tasks.update(
                task_id,
                expected_version=expected_version,
                now=self.clock(),
                due_on=due_on,
                text=new_text,
                done=done,
                assigned_to=assigned_to,
                unassign=unassign,
            )
            detail = f"task={task_id}"
            if before.done != after.done:
                action = "task.done" if after.done else "task.reopened"
                self.audit.append(s, ring, action, after.case_file_id, detail=detail)
            edited = [
                name
                for name in ("text", "due_on", "assigned_to")
                if getattr(before, name) != getattr(after, name)
            ]
            if edited:
                self.audit.append(
                    s, ring, "task.edited", after.case_file_id, fields=edited, detail=detail
                )
            return after

        try:
            return in_transaction(self.sessions, work)
        except KeyError:
            raise NotFound("This task does not exist (any more).") from None
        except ErasedRecord:
            raise InvalidInput(ERASED) from None
        except (StaleRecord, StaleDataError):
            raise Conflict(TASK_CONFLICT) from None

    def task(self, ring: KeyRing, task_id: str) -> TaskRecord:
        self._check(ring)
        with self.sessions() as s:
            try:
                task = TaskRepository(DataKeys(s, ring)).get(task_id)
            except KeyError:
                raise NotFound("This task does not exist (any more).") from None
        self.audit.record(ring, "task.viewed", task.case_file_id, detail=f"task={task.id}")
        return task

    def my_tasks(self, ring: KeyRing) -> list[TaskRecord]:
        """Open tasks of the unlocked user: overdue ones first, then by due date."""
        tasks = self._open_tasks(ring)
        if tasks:
            # Task texts were opened: on record (how many, never which words).
            self.audit.record(ring, "tasks.viewed", detail=f"count={len(tasks)}")
        return tasks

    def _open_tasks(self, ring: KeyRing) -> list[TaskRecord]:
        self._check(ring)
        if ring.user_id is None:
            return []
        today = self.today()
        with self.sessions() as s:
            tasks = TaskRepository(DataKeys(s, ring)).open_for(ring.user_id)
        return sorted(tasks, key=lambda t: (t.due_on >= today, t.due_on, t.created_at))

    def my_task_counts(self, ring: KeyRing) -> tuple[int, int]:
        """(open, overdue) tasks of the unlocked user, for the navigation (no text leaves)."""
        today = self.today()
        tasks = self._open_tasks(ring)
        return len(tasks), sum(t.due_on < today for t in tasks)

    # --- repeat counterparties ------------------------------------------------------------

    def repeat_reports(self, ring: KeyRing, report_ids: Sequence[str]) -> RepeatInfo:
        """Other reports whose counterparty has the same name or address (normalised).

        The blind index compares keyed digests: names differing only in case, accents or
        spaces match, and nothing is decrypted to find them.
        """
        self._check(ring)
        matched: dict[str, set[str]] = {}
        searched = False
        with self.sessions() as s:
            repo = ReportRepository(s, ring)
            for report_id in report_ids:
                try:
                    counterparty = repo.get(report_id).counterparty
                except KeyError:
                    raise NotFound("This report does not exist (any more).") from None
                for index_field, value, label in (
                    ("counterparty_name", counterparty.name, "name"),
                    ("counterparty_address", counterparty.address, "address"),
                ):
                    if value:
                        searched = True
                        for other in repo.find(index_field, value):
                            matched.setdefault(other, set()).add(label)
            for report_id in report_ids:
                matched.pop(report_id, None)
        if searched:
            # A search by the counterparty's details: on record, the values never are.
            self.audit.record(
                ring,
                "report.searched",
                detail=f"field=counterparty_name,counterparty_address found={len(matched)}",
            )
        if not matched:
            return RepeatInfo()
        with self.sessions() as s:
            rows = s.execute(
                select(
                    ReportRow.id,
                    ReportRow.number,
                    ReportRow.year,
                    ReportRow.month,
                    ReportRow.status,
                    ReportRow.case_file_id,
                    CaseFileRow.number,
                )
                .outerjoin(CaseFileRow, CaseFileRow.id == ReportRow.case_file_id)
                .where(ReportRow.id.in_(list(matched)))
                .order_by(ReportRow.number_order)
            )
            found = tuple(
                RepeatReport(
                    id=rid,
                    number=number,
                    year=year,
                    month=month,
                    status=status,
                    case_file_id=file_id,
                    case_number=file_number,
                    matched_on=tuple(sorted(matched[rid])),
                )
                for rid, number, year, month, status, file_id, file_number in rows
            )
        return RepeatInfo(found)


# --- what changed between two readings (conflict messages) -------------------------------


def describe_changes(before: CaseView, after: CaseView) -> list[Change]:
    """What someone else changed between ``before`` (what the user saw) and ``after``."""
    changes: list[Change] = []
    old, new = before.record, after.record
    known = {entry.id for entry in before.timeline}
    added = [entry for entry in after.timeline if entry.id not in known]
    moves = [e for e in added if e.action_type in ("status_change", "reopened")]
    if old.status != new.status:
        last = moves[-1] if moves else None
        changes.append(
            Change(
                "status",
                old.status,
                new.status,
                by=after.name_of(last.author_id) if last else None,
                at=last.at if last else None,
            )
        )
    if old.assigned_to != new.assigned_to:
        changes.append(
            Change("assigned_to", before.name_of(old.assigned_to), after.name_of(new.assigned_to))
        )
    for name in ("assessment", "result"):
        if getattr(old, name) != getattr(new, name):
            changes.append(Change(name, getattr(old, name), getattr(new, name)))
    for entry in added:
        if entry.action_type in ("status_change", "reopened"):
            continue
        changes.append(
            Change(
                "action_added",
                new=entry.action_type,
                by=after.name_of(entry.author_id),
                at=entry.at,
                detail={"text": entry.text},
            )
        )
    old_notes = {e.id: e for e in before.timeline}
    for entry in after.timeline:
        previous = old_notes.get(entry.id)
        if previous is not None and previous.version != entry.version:
            changes.append(
                Change(
                    "note_changed", previous.text, entry.text, detail={"type": entry.action_type}
                )
            )
    old_tasks = {t.id: t for t in before.tasks}
    for task in after.tasks:
        previous_task = old_tasks.get(task.id)
        if previous_task is None:
            changes.append(Change("task_added", new=task.text, by=after.name_of(task.created_by)))
        else:
            changes += describe_task_changes(previous_task, task, after.staff)
    if set(old.report_ids) != set(new.report_ids):
        changes.append(Change("reports", str(len(old.report_ids)), str(len(new.report_ids))))
    return changes


def describe_task_changes(
    before: TaskRecord, after: TaskRecord, staff: Mapping[str, str]
) -> list[Change]:
    """What someone else changed on one task."""
    if before.version == after.version:
        return []

    def name(user_id: str | None) -> str:
        return staff.get(user_id or "", "") if user_id else ""

    changes: list[Change] = []
    if before.done != after.done:
        changes.append(Change("task_done" if after.done else "task_undone", new=after.text))
    if before.due_on != after.due_on:
        changes.append(
            Change(
                "task_due",
                before.due_on.isoformat(),
                after.due_on.isoformat(),
                detail={"text": after.text},
            )
        )
    if before.text != after.text:
        changes.append(Change("task_text", before.text, after.text))
    if before.assigned_to != after.assigned_to:
        changes.append(
            Change(
                "task_assigned",
                name(before.assigned_to),
                name(after.assigned_to),
                detail={"text": after.text},
            )
        )
    return changes
