"""Workflow rules enforced by the services, case files, and the annual report from the database."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import itertools

import pytest
from pypdf import PdfReader

from meldpunt.domain.model import Counterparty, Reporter
from meldpunt.domain.workflow import ALLOWED, STATUSES
from meldpunt.services.accounts import Accounts, NewOffice
from meldpunt.services.cases import CaseService, RefusedTransition
from meldpunt.services.errors import AccessDenied, Conflict
from meldpunt.services.reports import ReportService
from meldpunt.services.statistics import StatisticsService
from meldpunt.storage.database import Database
from meldpunt.storage.reports_repo import ReportRepository
from support.canary import CANARIES
from support.reports import kot_report

FILE_STATUSES = {"file_open", "investigation", "action", "follow_up", "closed"}


def _force_status(database: Database, office: NewOffice, report_id: str, status: str) -> None:
    with database.sessions() as s, s.begin():
        ReportRepository(s, office.ring).set_state(
            report_id, status=status, now=dt.datetime.now(dt.UTC)
        )


def test_every_report_transition_outside_the_rules_is_refused(
    database: Database, office: NewOffice
) -> None:
    reports = ReportService(database.sessions)
    cases = CaseService(database.sessions)
    report_id = reports.create(office.ring, kot_report()).id
    for current, target in itertools.product(STATUSES, STATUSES):
        if current in FILE_STATUSES or target in FILE_STATUSES - {"file_open"}:
            continue  # those are moves of a case file, tested below
        _force_status(database, office, report_id, current)
        allowed = target in ALLOWED[current] and target != "file_open"
        if allowed:
            cases.change_report_status(office.ring, report_id, target, reason="test")
        else:
            with pytest.raises((RefusedTransition, AccessDenied)):
                cases.change_report_status(office.ring, report_id, target, reason="test")


def test_every_file_transition_outside_the_rules_is_refused(
    database: Database, office: NewOffice
) -> None:
    reports = ReportService(database.sessions)
    cases = CaseService(database.sessions)
    report_id = reports.create(office.ring, kot_report()).id
    _force_status(database, office, report_id, "competence_check")
    record = cases.open_file(office.ring, [report_id])
    for current, target in itertools.product(sorted(FILE_STATUSES | {"withdrawn"}), STATUSES):
        with database.sessions() as s, s.begin():
            from meldpunt.storage.models import CaseFileRow

            s.get(CaseFileRow, record.id).status = current
        kwargs = {
            "assessment": "established_or_strong_suspicion",
            "result": "apology",
            "reason": "nieuwe feiten",
        }
        if target in ALLOWED[current]:
            cases.change_file_status(office.ring, record.id, target, **kwargs)
        else:
            with pytest.raises(RefusedTransition):
                cases.change_file_status(office.ring, record.id, target, **kwargs)


def test_a_file_is_closed_with_assessment_and_result_and_reopened_with_a_reason(
    database: Database, office: NewOffice
) -> None:
    reports = ReportService(database.sessions)
    cases = CaseService(database.sessions)
    ids = [reports.create(office.ring, kot_report()).id for _ in range(3)]
    with pytest.raises(RefusedTransition):
        cases.open_file(office.ring, ids)  # still "new": the competence check comes first
    for rid in ids:
        cases.change_report_status(office.ring, rid, "competence_check")
    record = cases.open_file(office.ring, ids)
    assert record.number.startswith("D") and record.mass_report
    for step in ("investigation", "action"):
        record = cases.change_file_status(office.ring, record.id, step)
    with pytest.raises(RefusedTransition):
        cases.change_file_status(office.ring, record.id, "closed")
    closed = cases.change_file_status(
        office.ring,
        record.id,
        "closed",
        assessment="established_or_strong_suspicion",
        result="ad_or_policy_changed",
    )
    assert closed.closed_on is not None and closed.result == "ad_or_policy_changed"
    assert {reports.get(office.ring, rid)[0].status for rid in ids} == {"closed"}
    with pytest.raises(RefusedTransition):
        cases.change_file_status(office.ring, record.id, "file_open")
    reopened = cases.change_file_status(
        office.ring, record.id, "file_open", reason="De verhuurder plaatste een nieuwe advertentie."
    )
    assert reopened.reopen_reasons == ["De verhuurder plaatste een nieuwe advertentie."]
    assert reopened.assessment is None and reopened.status == "file_open"


def test_two_sessions_editing_one_file_lose_nothing(database: Database, office: NewOffice) -> None:
    reports = ReportService(database.sessions)
    cases = CaseService(database.sessions)
    rid = reports.create(office.ring, kot_report()).id
    cases.change_report_status(office.ring, rid, "competence_check")
    record = cases.open_file(office.ring, [rid])
    first = cases.get_file(office.ring, record.id)
    second = cases.get_file(office.ring, record.id)
    cases.change_file_status(
        office.ring, record.id, "investigation", expected_version=first.version
    )
    with pytest.raises(Conflict):
        cases.change_file_status(
            office.ring, record.id, "withdrawn", expected_version=second.version
        )
    assert cases.get_file(office.ring, record.id).status == "investigation"


def test_annual_report_from_the_database_identifies_no_one(
    database: Database, accounts: Accounts, office: NewOffice
) -> None:
    reports = ReportService(database.sessions)
    name, email, phone, street, company, sentence, _emoji = CANARIES
    for i in range(24):
        base = kot_report()
        reports.create(
            office.ring,
            dataclasses.replace(
                base,
                received_on=dt.date(2025, 1 + i % 12, 3),
                incident=dataclasses.replace(base.incident, date=dt.date(2025, 1 + i % 12, 1)),
                criteria=("sexual_orientation",) if i % 3 else ("wealth",),
                reporter=Reporter(
                    role="victim", legal_name=name, email=email, phone=phone, address=street
                ),
                counterparty=Counterparty(type="real_estate_agency", name=company, address=street),
                narrative=sentence,
            ),
        )
    accounts.add_user(office.ring, "stat", "statistician", "cijfers zonder namen 2025")
    stat = accounts.unlock("stat", "cijfers zonder namen 2025")
    service = StatisticsService(database.sessions)
    assert service.years() == [2025]
    output = service.annual(stat, 2025, lang="nl", office_name="Meldpunt Leuven", compress=False)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(output.pdf)).pages)
    assert "24" in text
    raw = output.pdf + output.csv + output.json
    for canary in CANARIES:
        assert canary not in text
        for encoded in (canary.encode(), canary.encode("utf-16-be")):
            assert encoded not in raw
    reader = PdfReader(io.BytesIO(output.pdf))
    assert not any(v and "stat" in str(v) for v in (reader.metadata or {}).values())
    with pytest.raises(AccessDenied):
        service.set_threshold(stat, 10)
    with pytest.raises(AccessDenied):
        reports.find(stat, "email", email)
