"""Erasure on request leaves no ciphertext behind; retention erases on time and keeps the facts."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

import pytest
from sqlalchemy import select

from meldpunt.crypto.keys import KeyClass
from meldpunt.domain.model import Incident
from meldpunt.services.accounts import Accounts, NewOffice
from meldpunt.services.backup import BackupService, restore_backup
from meldpunt.services.cases import CaseService
from meldpunt.services.erasure import ErasureService, RetentionService
from meldpunt.services.errors import Conflict, InvalidInput
from meldpunt.services.evidence import EvidenceService
from meldpunt.services.reports import ReportService
from meldpunt.services.statistics import StatisticsService
from meldpunt.storage.database import Database, open_database
from meldpunt.storage.models import BlindIndexRow, CaseFileRow, DataKey, EvidenceRow, ReportRow
from meldpunt.storage.models_audit import AuditEntry, ErasureLedger
from support.canary import CANARIES, encodings
from support.canary_reports import EMAIL, canary_report
from support.clock import FakeClock
from support.office import COORDINATOR, COORDINATOR_PASS
from support.reports import kot_report


def _blobs(database: Database, report_id: str) -> list[bytes]:
    with database.sessions() as s:
        row = s.get(ReportRow, report_id)
        assert row is not None
        return [bytes(row.identity_blob), bytes(row.case_blob)]


def _file_bytes(db_url: str) -> bytes:
    path = Path(db_url.removeprefix("sqlite:///"))
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


def _data_keys(database: Database, owner: str) -> set[str]:
    with database.sessions() as s:
        return set(s.scalars(select(DataKey.key_class).where(DataKey.owner_id == owner)))


def test_erasure_removes_the_ciphertext_and_an_old_backup_does_not_bring_it_back(
    db_url: str, database: Database, office: NewOffice, tmp_path: Path
) -> None:
    ring = office.ring
    reports = ReportService(database.sessions)
    others = [reports.create(ring, kot_report()).id for _ in range(3)]
    person = reports.create(ring, canary_report())
    second = reports.create(ring, canary_report(narrative="Een tweede melding."))
    evidence = EvidenceService(database.sessions).add_stream(
        ring, person.id, io.BytesIO(b"foto van de advertentie"), "foto.png", "image/png", 23
    )
    before = _blobs(database, person.id) + _blobs(database, second.id)
    with database.sessions() as s:
        chunk = s.execute(
            select(EvidenceRow.meta_blob).where(EvidenceRow.id == evidence.id)
        ).scalar_one()
    before.append(bytes(chunk))
    backup = tmp_path / "voor-het-wissen.mpbak"
    BackupService(database.sessions).create(ring, backup)

    erasure = ErasureService(database.sessions)
    found = erasure.find_person(ring, email=EMAIL)
    assert sorted(found) == sorted([person.id, second.id])
    outcome = erasure.erase_reports(ring, found)
    assert sorted(outcome.numbers) == sorted([person.number, second.number])
    assert outcome.compacted

    def check_gone(db: Database) -> None:
        for report_id in (person.id, second.id):
            assert _data_keys(db, report_id) == {"special"}
            seen, _ = ReportService(db.sessions).get(ring, report_id)
            assert seen.reporter.legal_name is None and seen.narrative is None
            assert seen.criteria == ("sexual_orientation",)  # the coded facts stay
        with db.sessions() as s:
            assert s.scalar(select(EvidenceRow).where(EvidenceRow.report_id == person.id)) is None
            assert not s.scalars(
                select(BlindIndexRow).where(BlindIndexRow.report_id.in_([person.id, second.id]))
            ).all()
        assert ReportService(db.sessions).find(ring, "email", EMAIL) == []
        if db.is_sqlite:
            raw = _file_bytes(db_url)
            for blob in before:
                assert blob[18:50] not in raw  # nonce and the start of the ciphertext
            for canary in CANARIES:
                assert not any(e in raw for e in encodings(canary))

    if database.is_sqlite:  # checkpointed and truncated (the checks below write again)
        wal = Path(f"{db_url.removeprefix('sqlite:///')}-wal")
        assert not wal.exists() or wal.stat().st_size == 0
    check_gone(database)
    with pytest.raises(Conflict, match="erased"):
        seen, version = reports.get(ring, person.id)
        reports.update(ring, dataclasses.replace(seen, narrative="nieuw"), version)
    for other in others:  # everybody else untouched
        assert reports.get(ring, other)[0].reporter.legal_name == "Ruben Maes"

    database.dispose()
    result = restore_backup(backup, db_url, COORDINATOR, COORDINATOR_PASS, force=True)
    assert result.reapplied == 2 and result.forced
    restored = open_database(db_url)
    try:
        ring2 = Accounts(restored.sessions).unlock(COORDINATOR, COORDINATOR_PASS)
        check_gone(restored)
        assert reports.get(ring2, others[0])[0].reporter.legal_name == "Ruben Maes"
    finally:
        restored.dispose()


def test_erasing_twice_or_an_unknown_report_is_harmless(
    database: Database, office: NewOffice
) -> None:
    erasure = ErasureService(database.sessions)
    saved = ReportService(database.sessions).create(office.ring, kot_report())
    assert erasure.erase_reports(office.ring, [saved.id]).numbers == [saved.number]
    assert erasure.erase_reports(office.ring, [saved.id]).numbers == []
    assert erasure.report_id(saved.number or "") == saved.id
    with pytest.raises(InvalidInput):
        erasure.find_person(office.ring)
    with database.sessions() as s:
        assert len(s.scalars(select(ErasureLedger)).all()) == 1


def _old_report(day: dt.date) -> object:
    return dataclasses.replace(
        kot_report(),
        received_on=day,
        incident=Incident(date=day - dt.timedelta(days=5), area="heverlee", place="Kot"),
    )


def test_retention_erases_expired_personal_data_and_keeps_the_coded_facts(
    database: Database, accounts: Accounts, office: NewOffice
) -> None:
    clock = FakeClock(dt.datetime(2019, 6, 1, 9, 0, tzinfo=dt.UTC))
    reports = ReportService(database.sessions, clock=clock)
    cases = CaseService(database.sessions, clock=clock)
    retention = RetentionService(database.sessions, clock=clock)
    ring = office.ring
    ids = {
        name: reports.create(ring, _old_report(dt.date(2019, 5, 20))).id  # type: ignore[arg-type]
        for name in ("registered", "withdrawn", "open", "closed_file")
    }
    for name in ("registered", "closed_file"):
        cases.change_report_status(ring, ids[name], "competence_check")
    cases.change_report_status(ring, ids["registered"], "registered_only")
    cases.change_report_status(ring, ids["withdrawn"], "withdrawn", reason="trekt in")
    record = cases.open_file(ring, [ids["closed_file"]])
    cases.change_file_status(ring, record.id, "investigation")
    cases.change_file_status(
        ring,
        record.id,
        "closed",
        assessment="established_or_strong_suspicion",
        result="apology",
    )
    retention.set_periods(ring, {"withdrawn": 10})
    with pytest.raises(InvalidInput):
        retention.set_periods(ring, {"closed": 0})

    clock.now = dt.datetime(2024, 5, 31, 9, 0, tzinfo=dt.UTC)
    assert retention.plan(ring).due == []
    clock.now = dt.datetime(2024, 6, 2, 9, 0, tzinfo=dt.UTC)
    plan = retention.plan(ring)
    assert {item.report_id for item in plan.due} == {ids["registered"], ids["closed_file"]}
    assert {item.outcome for item in plan.due} == {"registered_only", "closed"}
    assert all(item.erase_on <= clock.now.date() for item in plan.due)
    outcome = retention.run(ring, plan)
    assert len(outcome.numbers) == 2 and outcome.case_files == 1

    for name, erased in (
        ("registered", True),
        ("closed_file", True),
        ("withdrawn", False),
        ("open", False),
    ):
        report, _ = reports.get(ring, ids[name])
        assert (report.reporter.legal_name is None) is erased, name
        assert (report.narrative is None) is erased, name
        assert report.criteria == ("sexual_orientation",)
        keys = {"special"} if erased else {"identity", "special", "case"}
        assert {k for k in _data_keys(database, ids[name])} == keys, name
    with database.sessions() as s:
        file_row = s.get(CaseFileRow, record.id)
        assert file_row is not None and file_row.case_blob == b""
        reasons = [
            e.detail
            for e in s.scalars(select(AuditEntry).where(AuditEntry.action == "report.erased"))
        ]
        assert reasons == ["reason=retention", "reason=retention"]
        run = s.scalar(select(AuditEntry).where(AuditEntry.action == "retention.run"))
        assert run is not None and run.detail == "reports=2 files=1"
    closed = cases.get_file(ring, record.id)
    assert closed.result == "apology" and closed.reopen_reasons == []

    facts, damaged = StatisticsService(database.sessions).facts(ring, [2019])
    assert damaged == 0
    assert {f.report_key for f in facts} == set(ids.values())
    assert all(f.criteria == ("sexual_orientation",) for f in facts)
    by_key = {f.report_key: f for f in facts}
    assert by_key[ids["closed_file"]].result == "apology"
    assert retention.plan(ring).due == []  # a second run finds nothing
    assert KeyClass.SPECIAL in ring.classes()
