"""Adding reports to an existing case file: a mass report grows, refusals save nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

import pytest
from sqlalchemy import func, select

from meldpunt.crypto.keyring import KeyRing
from meldpunt.services.accounts import Accounts, NewOffice
from meldpunt.services.cases import RefusedTransition
from meldpunt.services.container import Services, build_services
from meldpunt.services.errors import AccessDenied, Conflict, NotFound, ServiceError
from meldpunt.storage.database import Database
from meldpunt.storage.models import CaseFileRow, ReportChange, ReportRow
from meldpunt.storage.models_audit import AuditEntry
from meldpunt.storage.models_casework import TimelineActionRow
from support.reports import kot_report

MISSING = "00000000-0000-4000-8000-000000000000"


class Entry(NamedTuple):
    action: str
    object_id: str | None
    fields: str | None
    detail: str | None


@pytest.fixture
def services(database: Database) -> Services:
    return build_services(database.sessions)


def _report(services: Services, ring: KeyRing, status: str = "competence_check") -> str:
    report_id = services.reports.create(ring, kot_report()).id
    if status != "new":
        services.cases.change_report_status(ring, report_id, "competence_check")
    if status not in ("new", "competence_check"):
        services.cases.change_report_status(ring, report_id, status)
    return report_id


def _file(services: Services, ring: KeyRing) -> tuple[str, str]:
    report_id = _report(services, ring)
    return services.cases.open_file(ring, [report_id], assigned_to=ring.user_id).id, report_id


def _audit_seq(database: Database) -> int:
    with database.sessions() as s:
        return s.scalar(select(func.max(AuditEntry.seq))) or 0


def _entries_after(database: Database, seq: int) -> list[Entry]:
    with database.sessions() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.seq > seq).order_by(AuditEntry.seq))
        return [Entry(r.action, r.object_id, r.fields, r.detail) for r in rows]


def _state(database: Database) -> tuple[Any, ...]:
    """Everything add_reports may write: reports, files, timeline, history, audit trail."""
    with database.sessions() as s:
        reports = sorted(
            s.execute(
                select(
                    ReportRow.id,
                    ReportRow.status,
                    ReportRow.case_file_id,
                    ReportRow.mass_report,
                    ReportRow.version,
                )
            ).all()
        )
        files = sorted(
            s.execute(
                select(
                    CaseFileRow.id, CaseFileRow.status, CaseFileRow.mass_report, CaseFileRow.version
                )
            ).all()
        )
        timeline = s.scalar(select(func.count()).select_from(TimelineActionRow))
        changes = s.scalar(select(func.count()).select_from(ReportChange))
        audit = s.scalar(select(func.max(AuditEntry.seq)))
    return reports, files, timeline, changes, audit


def test_reports_join_an_open_file_and_make_it_a_mass_report(
    database: Database, office: NewOffice, services: Services
) -> None:
    ring = office.ring
    file_id, first = _file(services, ring)
    before = services.cases.get_file(ring, file_id)
    assert not before.mass_report
    second, third = _report(services, ring), _report(services, ring)
    seq = _audit_seq(database)

    record = services.cases.add_reports(ring, file_id, [second, third])

    assert set(record.report_ids) == {first, second, third}
    assert record.mass_report and record.version > before.version
    assert _entries_after(database, seq) == [
        Entry("casefile.reports_added", file_id, "reports,mass_report", "reports=2"),
        Entry("report.status", second, "status,case_file", "status=file_open via=casefile"),
        Entry("report.status", third, "status,case_file", "status=file_open via=casefile"),
        Entry("report.edited", first, "mass_report", "via=casefile"),
    ]
    for report_id in (first, second, third):
        report = services.reports.get(ring, report_id)[0]
        assert report.case_file_id == file_id
        assert report.status == "file_open"
        assert report.mass_report
    view = services.casework.view(ring, file_id)
    added = [e for e in view.timeline if e.report_id in (second, third)]
    assert [(e.action_type, e.from_status, e.to_status) for e in added] == [
        ("status_change", "competence_check", "file_open")
    ] * 2
    assert [r.id for r in view.reports] == record.report_ids


def test_a_new_report_joins_with_its_competence_check_decided_by_the_file(
    database: Database, office: NewOffice, services: Services
) -> None:
    """A mass report: another person reports the same advertisement; one step at the desk."""
    ring = office.ring
    file_id, _first = _file(services, ring)
    new = _report(services, ring, "new")
    seq = _audit_seq(database)

    services.cases.add_reports(ring, file_id, [new])

    assert [e for e in _entries_after(database, seq) if e.object_id == new] == [
        Entry("report.status", new, "status", "status=competence_check via=casefile"),
        Entry("report.status", new, "status,case_file", "status=file_open via=casefile"),
    ]
    assert services.reports.get(ring, new)[0].status == "file_open"
    view = services.casework.view(ring, file_id)
    steps = [(e.from_status, e.to_status) for e in view.timeline if e.report_id == new]
    assert steps == [("new", "file_open")]


def test_a_report_joining_a_file_in_investigation_takes_its_stage_and_follows_it(
    database: Database, office: NewOffice, services: Services
) -> None:
    ring = office.ring
    file_id, first = _file(services, ring)
    services.cases.change_file_status(ring, file_id, "investigation")
    services.cases.add_reports(ring, file_id, [_report(services, ring)])
    later = _report(services, ring)
    seq = _audit_seq(database)
    record = services.cases.add_reports(ring, file_id, [later])
    # Already a mass report: only the reports change.
    assert _entries_after(database, seq)[:2] == [
        Entry("casefile.reports_added", file_id, "reports", "reports=1"),
        Entry("report.status", later, "status,case_file", "status=investigation via=casefile"),
    ]
    # The list shows the file's stage for every report in it, not "file opened".
    assert services.reports.get(ring, later)[0].status == "investigation"
    steps = [
        (e.from_status, e.to_status)
        for e in services.casework.view(ring, file_id).timeline
        if e.report_id == later
    ]
    assert steps == [("competence_check", "investigation")]
    services.cases.change_file_status(ring, file_id, "action", expected_version=record.version)
    assert {services.reports.get(ring, r)[0].status for r in (first, later)} == {"action"}


def _refusals(
    services: Services, ring: KeyRing, file_id: str
) -> dict[str, tuple[Callable[[], object], type[Exception], str]]:
    fine = _report(services, ring)
    other_file, in_other = _file(services, ring)
    new = _report(services, ring, "new")
    ended = _report(services, ring, "info_given")
    closed_file, _ = _file(services, ring)
    for step in ("investigation", "action"):
        services.cases.change_file_status(ring, closed_file, step)
    services.cases.change_file_status(
        ring, closed_file, "closed", assessment="not_assessed", result="no_result"
    )
    withdrawn_file, _ = _file(services, ring)
    services.cases.change_file_status(ring, withdrawn_file, "withdrawn")
    version = services.cases.get_file(ring, file_id).version
    add = services.cases.add_reports
    return {
        "in another file": (
            lambda: add(ring, file_id, [fine, in_other]),
            ServiceError,
            "already in a case file",
        ),
        "already in this file": (
            lambda: add(ring, other_file, [fine, in_other]),
            ServiceError,
            "already in a case file",
        ),
        "an ended report with a new one": (
            lambda: add(ring, file_id, [new, ended], lang="nl"),
            RefusedTransition,
            "is afgehandeld",
        ),
        "ended report": (
            lambda: add(ring, file_id, [fine, ended], lang="nl"),
            RefusedTransition,
            "is afgehandeld",
        ),
        "closed file": (lambda: add(ring, closed_file, [fine]), ServiceError, "is closed"),
        "withdrawn file": (lambda: add(ring, withdrawn_file, [fine]), ServiceError, "has ended"),
        "missing report": (lambda: add(ring, file_id, [fine, MISSING]), NotFound, "report"),
        "missing file": (lambda: add(ring, MISSING, [fine]), NotFound, "case file"),
        "stale file": (
            lambda: add(ring, file_id, [fine], expected_version=version - 1),
            Conflict,
            "Someone else changed this case file",
        ),
        "no reports": (lambda: add(ring, file_id, []), ServiceError, "at least one report"),
    }


@pytest.mark.parametrize(
    "case",
    [
        "in another file",
        "already in this file",
        "an ended report with a new one",
        "ended report",
        "closed file",
        "withdrawn file",
        "missing report",
        "missing file",
        "stale file",
        "no reports",
    ],
)
def test_a_refusal_saves_nothing(
    database: Database, office: NewOffice, services: Services, case: str
) -> None:
    ring = office.ring
    file_id, _ = _file(services, ring)
    attempt, error, text = _refusals(services, ring, file_id)[case]
    before = _state(database)
    with pytest.raises(error) as raised:
        attempt()
    assert text in str(raised.value)
    assert _state(database) == before


def test_a_refused_transition_speaks_the_desk_language(
    office: NewOffice, services: Services
) -> None:
    ring = office.ring
    file_id, _ = _file(services, ring)
    ended = _report(services, ring, "info_given")
    with pytest.raises(RefusedTransition) as raised:
        services.cases.add_reports(ring, file_id, [ended], lang="fr")
    assert raised.value.refused.message("fr") == str(raised.value)
    assert raised.value.refused.message("fr") != raised.value.refused.message("en")


def test_only_case_roles_add_reports(
    database: Database, accounts: Accounts, office: NewOffice, services: Services
) -> None:
    file_id, _ = _file(services, office.ring)
    report_id = _report(services, office.ring)
    accounts.add_user(office.ring, "stat", "statistician", "cijfers zonder namen 2025")
    statistician = accounts.unlock("stat", "cijfers zonder namen 2025")
    before = _state(database)
    with pytest.raises(AccessDenied):
        services.cases.add_reports(statistician, file_id, [report_id])
    assert _state(database) == before
