"""Following reports up: status changes by the workflow rules, opening and closing case files."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from meldpunt.crypto.keyring import KeyRing
from meldpunt.crypto.keys import KeyClass
from meldpunt.domain.workflow import ENDED, TransitionRefused, check_transition
from meldpunt.services.audit import AuditLog
from meldpunt.services.clock import Clock, utc_now
from meldpunt.services.errors import AccessDenied, Conflict, NotFound, ServiceError
from meldpunt.storage.casefiles_repo import CaseFileRecord, CaseFileRepository, StaleCaseFile
from meldpunt.storage.casework_repo import TimelineRepository
from meldpunt.storage.keystore import DataKeys
from meldpunt.storage.models import CaseFileRow, ReportRow
from meldpunt.storage.reports_repo import ReportRepository, StaleReport

log = logging.getLogger(__name__)

CASE_ROLES = frozenset({"intake", "caseworker", "coordinator"})
# Statuses a report reaches only through its case file.
FILE_STATUSES = frozenset({"file_open", "investigation", "action", "follow_up", "closed"})


class RefusedTransition(ServiceError):
    """The workflow does not allow this move; ``reason`` says why in the user's language.

    The domain translates the refusal itself (``lang``), so the message is not a template of
    the desk: ``template`` is the translated text, without parameters.
    """

    def __init__(self, refused: TransitionRefused, lang: str = "en") -> None:
        super().__init__(refused.message(lang))
        self.refused = refused


def mark_first_contact(
    repo: ReportRepository,
    report_id: str,
    on: dt.date,
    *,
    now: dt.datetime,
    actor_id: str | None,
) -> bool:
    """Keep the earliest contact date: an action entered later may have happened earlier.

    True when the date was set or moved back (the caller records the edit in the audit trail).
    """
    current = repo.workflow(report_id).get("first_contact_on")
    if isinstance(current, str) and dt.date.fromisoformat(current) <= on:
        return False
    repo.set_state(
        report_id, workflow={"first_contact_on": on.isoformat()}, now=now, actor_id=actor_id
    )
    return True


def _report_free_for_a_file(
    s: Session, report_id: str, lang: str, *, through_check: bool = False
) -> ReportRow:
    """The report, when it exists, is in no case file yet and may move to ``file_open``.

    With ``through_check`` a new report may too: its competence check is decided with the
    case file it joins (the same fact as the file's, as in a mass report).
    """
    row = s.get(ReportRow, report_id)
    if row is None:
        raise NotFound("This report does not exist (any more).")
    if row.case_file_id is not None:
        raise ServiceError("Report {number} is already in a case file.", number=row.number)
    steps = ["file_open"]
    if through_check and row.status == "new":
        steps = ["competence_check", "file_open"]
    status = row.status
    try:
        for step in steps:
            check_transition(status, step)
            status = step
    except TransitionRefused as refused:
        raise RefusedTransition(refused, lang) from None
    return row


def _file_fields(target: str, reopening: bool) -> list[str]:
    """The fields of a case file a status move changes (names only, for the audit trail)."""
    outcome = ["assessment", "result", "closed_on"]
    if reopening:
        return ["status", *outcome, "reopen_reasons"]
    return ["status", *outcome] if target == "closed" else ["status"]


class CaseService:
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

    @staticmethod
    def _check(ring: KeyRing) -> None:
        if ring.is_locked or ring.role not in CASE_ROLES or not ring.holds(KeyClass.CASE):
            raise AccessDenied("Your role cannot follow up reports.")

    def change_report_status(
        self,
        ring: KeyRing,
        report_id: str,
        target: str,
        *,
        reason: str | None = None,
        expected_version: int | None = None,
        lang: str = "en",
    ) -> int:
        """Move a report that is not in a case file; ended statuses get their end date."""
        self._check(ring)
        now = self.clock()
        try:
            with self.sessions() as s, s.begin():
                self.audit.claim(s)
                row = s.get(ReportRow, report_id)
                if row is None:
                    raise NotFound("This report does not exist (any more).")
                if expected_version is not None and row.version != expected_version:
                    raise StaleReport(report_id)
                if row.case_file_id is not None and target != "withdrawn":
                    raise AccessDenied("This report is in a case file: change the file's status.")
                if target in FILE_STATUSES:
                    raise AccessDenied(
                        "Open a case file for this report instead; the file's status then "
                        "moves the report along."
                    )
                try:
                    check_transition(row.status, target, reason=reason)
                except TransitionRefused as refused:
                    raise RefusedTransition(refused, lang) from None
                workflow = {"ended_on": now.date().isoformat()} if target in ENDED else None
                version = ReportRepository(s, ring).set_state(
                    report_id,
                    status=target,
                    workflow=workflow,
                    expected_version=expected_version,
                    now=now,
                    actor_id=ring.user_id,
                )
                self.audit.append(
                    s,
                    ring,
                    "report.referred" if target == "referred" else "report.status",
                    report_id,
                    fields=["status"],
                    detail=f"status={target}",
                )
                return version
        except (StaleReport, StaleDataError):
            raise Conflict("Someone else changed this report; reopen it and try again.") from None

    def record_first_contact(self, ring: KeyRing, report_id: str, on: dt.date) -> None:
        """The first contact with the reporter; the earliest date is kept (annual report)."""
        self._check(ring)
        with self.sessions() as s, s.begin():
            self.audit.claim(s)
            mark_first_contact(
                ReportRepository(s, ring), report_id, on, now=self.clock(), actor_id=ring.user_id
            )
            self.audit.append(s, ring, "report.edited", report_id, fields=["workflow"])

    def open_file(
        self,
        ring: KeyRing,
        report_ids: Sequence[str],
        *,
        mass_report: bool = False,
        assigned_to: str | None = None,
        opened_on: dt.date | None = None,
        lang: str = "en",
    ) -> CaseFileRecord:
        """Open one case file for one or more reports (after their competence check)."""
        self._check(ring)
        if not report_ids:
            raise ServiceError("A case file needs at least one report.")
        now = self.clock()
        with self.sessions() as s, s.begin():
            self.audit.claim(s)
            reports = ReportRepository(s, ring)
            for report_id in report_ids:
                _report_free_for_a_file(s, report_id, lang)
            files = CaseFileRepository(reports.keys)
            record = files.create(
                opened_on=opened_on or now.date(),
                report_ids=report_ids,
                mass_report=mass_report or len(report_ids) > 1,
                assigned_to=assigned_to,
                now=now,
            )
            for report_id in report_ids:
                reports.set_state(
                    report_id,
                    status="file_open",
                    set_case_file=True,
                    case_file_id=record.id,
                    mass_report=record.mass_report,
                    now=now,
                    actor_id=ring.user_id,
                )
            TimelineRepository(reports.keys).add(
                record.id,
                action_type="status_change",
                at=now,
                author_id=ring.user_id,
                text="",
                now=now,
                to_status="file_open",
            )
            self.audit.append(
                s, ring, "casefile.opened", record.id, detail=f"reports={len(report_ids)}"
            )
            # Each report moved into the file: on record under the report's own id too, so an
            # access request for the report shows it.
            for report_id in report_ids:
                self._record_joined(s, ring, report_id)
        log.info("Case file opened for %d report(s)", len(report_ids))
        return record

    def _record_joined(
        self, s: Session, ring: KeyRing, report_id: str, status: str = "file_open"
    ) -> None:
        """A report moved into a case file, on record under the report's own id."""
        self.audit.append(
            s,
            ring,
            "report.status",
            report_id,
            fields=["status", "case_file"],
            detail=f"status={status} via=casefile",
        )

    def get_file(self, ring: KeyRing, file_id: str) -> CaseFileRecord:
        if ring.is_locked or not ring.holds(KeyClass.SPECIAL):
            raise AccessDenied("Unlock first.")
        with self.sessions() as s:
            try:
                record = CaseFileRepository(DataKeys(s, ring)).get(file_id)
            except KeyError:
                raise NotFound("This case file does not exist (any more).") from None
        if ring.holds(KeyClass.CASE):
            self.audit.record(ring, "casefile.viewed", file_id)
        return record

    def change_file_status(
        self,
        ring: KeyRing,
        file_id: str,
        target: str,
        *,
        assessment: str | None = None,
        result: str | None = None,
        reason: str | None = None,
        expected_version: int | None = None,
        lang: str = "en",
    ) -> CaseFileRecord:
        """Move a case file; closing needs assessment and result, reopening a reason.

        The linked reports follow the file's status.
        """
        self._check(ring)
        now = self.clock()
        try:
            with self.sessions() as s, s.begin():
                self.audit.claim(s)
                keys = DataKeys(s, ring)
                files = CaseFileRepository(keys)
                try:
                    current = files.get(file_id)
                except KeyError:
                    raise NotFound("This case file does not exist (any more).") from None
                # A desk that saw an older version is told about the other change first;
                # judged against the new status, its move would be refused for a wrong reason.
                if expected_version is not None and current.version != expected_version:
                    raise StaleCaseFile(file_id)
                try:
                    check_transition(
                        current.status, target, assessment=assessment, result=result, reason=reason
                    )
                except TransitionRefused as refused:
                    raise RefusedTransition(refused, lang) from None
                reopening = current.status == "closed"
                record = files.update(
                    file_id,
                    expected_version=expected_version,
                    now=now,
                    status=target,
                    assessment=assessment if target == "closed" else None,
                    result=result if target == "closed" else None,
                    closed_on=now.date() if target == "closed" else None,
                    clear_outcome=reopening,
                    reopen_reason=reason if reopening else None,
                )
                # Every move is on the timeline, with who made it; a reopening with its reason.
                TimelineRepository(keys).add(
                    file_id,
                    action_type="reopened" if reopening else "status_change",
                    at=now,
                    author_id=ring.user_id,
                    text=reason if reopening and reason else "",
                    now=now,
                    from_status=current.status,
                    to_status=target,
                    assessment=record.assessment,
                    result=record.result,
                )
                reports = ReportRepository(s, ring, keys=keys)
                ended = {"ended_on": now.date().isoformat()} if target in ENDED else None
                for report_id in record.report_ids:
                    reports.set_state(
                        report_id,
                        status=target,
                        workflow=ended or ({"ended_on": None} if reopening else None),
                        now=now,
                        actor_id=ring.user_id,
                    )
                self.audit.append(
                    s,
                    ring,
                    "casefile.status",
                    file_id,
                    fields=_file_fields(target, reopening),
                    detail=f"status={target}",
                )
                for report_id in record.report_ids:
                    self.audit.append(
                        s,
                        ring,
                        "report.status",
                        report_id,
                        fields=["status"],
                        detail=f"status={target} via=casefile",
                    )
        except (StaleCaseFile, StaleDataError):
            raise Conflict(
                "Someone else changed this case file after you opened it; nothing was "
                "overwritten. Reopen it to see their change."
            ) from None
        log.info("Case file moved to %s", target)
        return record

    def add_reports(
        self,
        ring: KeyRing,
        file_id: str,
        report_ids: Sequence[str],
        *,
        expected_version: int | None = None,
        lang: str = "en",
    ) -> CaseFileRecord:
        """Link more reports to a case file that is still open (a mass report, a new fact).

        Each report must exist, be in no file yet and be allowed to move to "file_open": after
        its competence check, or a new report, whose competence check is decided with the
        file (recorded as its own step); the file must not be closed or withdrawn. The reports
        take the file's status ("file_open" as in ``open_file``, or the stage the file has
        reached) and follow its later moves; once the file holds more than one
        report, the file and all its reports are a mass report. One transaction: a refusal
        saves nothing.
        """
        self._check(ring)
        wanted = list(dict.fromkeys(report_ids))
        if not wanted:
            raise ServiceError("Choose at least one report to add to the case file.")
        now = self.clock()
        try:
            with self.sessions() as s, s.begin():
                self.audit.claim(s)
                file_row = s.get(CaseFileRow, file_id, with_for_update=True)
                if file_row is None:
                    raise NotFound("This case file does not exist (any more).")
                if file_row.status == "closed":
                    raise ServiceError(
                        "Case file {number} is closed: reopen it before adding reports.",
                        number=file_row.number,
                    )
                if file_row.status in ENDED:
                    raise ServiceError(
                        "Case file {number} has ended; no reports can be added to it.",
                        number=file_row.number,
                    )
                if expected_version is not None and file_row.version != expected_version:
                    raise StaleCaseFile(file_id)
                before: dict[str, str] = {}
                for report_id in wanted:
                    row = _report_free_for_a_file(s, report_id, lang, through_check=True)
                    before[report_id] = row.status
                reports = ReportRepository(s, ring)
                files = CaseFileRepository(reports.keys)
                linked = files.report_ids(file_id)
                mass = file_row.mass_report or len(linked) + len(wanted) > 1
                timeline = TimelineRepository(reports.keys)
                # An open file's stage: file_open, investigation, action or follow_up.
                stage = file_row.status
                for report_id in wanted:
                    reports.set_state(
                        report_id,
                        status=stage,
                        set_case_file=True,
                        case_file_id=file_id,
                        mass_report=mass,
                        now=now,
                        actor_id=ring.user_id,
                    )
                    timeline.add(
                        file_id,
                        action_type="status_change",
                        at=now,
                        author_id=ring.user_id,
                        text="",
                        now=now,
                        report_id=report_id,
                        from_status=before[report_id],
                        to_status=stage,
                    )
                # The reports already in the file become part of the mass report too.
                marked = []
                for report_id in linked:
                    linked_row = s.get(ReportRow, report_id)
                    if mass and linked_row is not None and not linked_row.mass_report:
                        reports.set_state(
                            report_id, mass_report=True, now=now, actor_id=ring.user_id
                        )
                        marked.append(report_id)
                mass_changed = mass != file_row.mass_report
                file_row.mass_report = mass
                # A new version: a desk that has the file open learns about the new reports.
                file_row.updated_at = now
                s.flush()
                self.audit.append(
                    s,
                    ring,
                    "casefile.reports_added",
                    file_id,
                    fields=["reports", "mass_report"] if mass_changed else ["reports"],
                    detail=f"reports={len(wanted)}",
                )
                for report_id in wanted:
                    if before[report_id] == "new":
                        self.audit.append(
                            s,
                            ring,
                            "report.status",
                            report_id,
                            fields=["status"],
                            detail="status=competence_check via=casefile",
                        )
                    self._record_joined(s, ring, report_id, stage)
                for report_id in marked:
                    self.audit.append(
                        s,
                        ring,
                        "report.edited",
                        report_id,
                        fields=["mass_report"],
                        detail="via=casefile",
                    )
                record = files.get(file_id)
        except (StaleCaseFile, StaleDataError):
            raise Conflict(
                "Someone else changed this case file after you opened it; nothing was "
                "changed. Reopen it to see their change."
            ) from None
        log.info("%d report(s) added to a case file", len(wanted))
        return record
