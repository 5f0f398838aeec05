"""Encrypted backups: made by an administrator who reads nothing, checked, restored whole."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from meldpunt.crypto.errors import WrongPassphrase
from meldpunt.services.accounts import Accounts, NewOffice
from meldpunt.services.audit import AuditLog, WorkstationState
from meldpunt.services.backup import BackupService, RestoreRefused, restore_backup
from meldpunt.services.errors import AccessDenied
from meldpunt.services.evidence import EvidenceService
from meldpunt.services.reports import ReportService
from meldpunt.storage import audit_chain
from meldpunt.storage.backup import BackupError, read_envelope
from meldpunt.storage.database import Database, open_database
from meldpunt.storage.migrate import head_revision
from meldpunt.storage.models import ReportRow
from support.canary import CANARIES, encodings
from support.canary_reports import canary_report
from support.office import COORDINATOR, COORDINATOR_PASS, INTAKE_PASS
from support.reports import kot_report

ADMIN_PASS = "back-ups zonder inzage 2026"

WRITER = """
import os, sys, time, dataclasses, datetime as dt
from pathlib import Path
from meldpunt.domain.model import Counterparty, Incident, Report, Reporter
from meldpunt.services.accounts import Accounts
from meldpunt.services.reports import ReportService
from meldpunt.storage.database import open_database

url, stop, count_file = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
db = open_database(url)
ring = Accounts(db.sessions).unlock("balie", os.environ["MELDPUNT_PASSWORD"])
reports = ReportService(db.sessions)
n = 0
while not stop.exists():
    n += 1
    reports.create(ring, Report(
        received_on=dt.date(2025, 9, 2), channel="desk", domain="housing.student",
        criteria=("sexual_orientation",), forms=("unequal_treatment",),
        reporter=Reporter(role="victim", legal_name=f"Schrijver {n}", email=f"s{n}@voorbeeld.be"),
        incident=Incident(date=dt.date(2025, 8, 28), area="heverlee"),
        counterparty=Counterparty(type="student_housing_landlord", name="Kotbaas"),
        narrative=f"Melding {n} van het schrijvende proces.",
    ))
    count_file.write_text(str(n))
db.dispose()
"""


@pytest.fixture
def empty_url(db_url: str, tmp_path: Path) -> Iterator[str]:
    """A second, empty database of the same kind, to restore into."""
    if db_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'restored' / 'office.db'}"
        return
    pg = os.environ["MELDPUNT_TEST_PG_URL"]
    schema = f"r_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(pg).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def admin(accounts: Accounts, office: NewOffice) -> Accounts:
    accounts.add_user(office.ring, "beheer", "administrator", ADMIN_PASS)
    return accounts


def _check_office(url: str, expected: dict[str, str]) -> None:
    """Integrity, audit chain and decryption of every report in a restored office."""
    if url.startswith("sqlite"):
        conn = sqlite3.connect(url.removeprefix("sqlite:///"))
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        finally:
            conn.close()
    db = open_database(url)
    try:
        ring = Accounts(db.sessions).unlock(COORDINATOR, COORDINATOR_PASS)
        verification = AuditLog(db.sessions).verify(ring)
        assert verification.chain.ok, verification.message()
        reports = ReportService(db.sessions)
        with db.sessions() as s:
            ids = list(s.scalars(select(ReportRow.id)))
        assert set(expected) <= set(ids)
        for report_id in ids:
            report, _ = reports.get(ring, report_id)
            assert report.reporter.legal_name
            if report_id in expected:
                assert report.reporter.legal_name == expected[report_id]
    finally:
        db.dispose()


def test_an_administrator_backs_up_and_restores_without_reading_anything(
    database: Database, office: NewOffice, admin: Accounts, empty_url: str, tmp_path: Path
) -> None:
    reports = ReportService(database.sessions)
    saved = {reports.create(office.ring, canary_report()).id: CANARIES[0] for _ in range(3)}
    evidence = EvidenceService(database.sessions)
    file_id = evidence.add_stream(
        office.ring, next(iter(saved)), io.BytesIO(b"x" * 3000), "a.bin", "x/y", 3000
    ).id
    ring = admin.unlock("beheer", ADMIN_PASS)
    assert {c.code for c in ring.classes()} == {"backup"}
    for attempt in (
        lambda: reports.get(ring, next(iter(saved))),
        lambda: reports.find(ring, "email", "x@y.be"),
        lambda: list(evidence.read(ring, file_id)),
    ):
        with pytest.raises(AccessDenied):
            attempt()
    service = BackupService(database.sessions)
    assert service.last_backup_age() is None and service.backup_overdue()
    out = tmp_path / "backups" / "meldpunt.mpbak"
    info = service.create(ring, out)
    assert service.last_backup_age() is not None and not service.backup_overdue()

    data = out.read_bytes()
    assert b"SQLite format 3" not in data
    for canary in CANARIES:
        assert not any(e in data for e in encodings(canary))
    manifest = read_envelope(out).manifest
    assert manifest["schema_revision"] == head_revision()
    assert manifest["payload_sha256"] and manifest["payload_size"] == info.size
    assert manifest["key_versions"]["identity"] == [1]
    assert manifest["payload"] == ("sqlite-file" if database.is_sqlite else "rows-jsonl")
    assert {s["username"] for s in manifest["key_slots"] if s["kind"] == "passphrase"} == {
        COORDINATOR,
        "beheer",
    }

    with pytest.raises(WrongPassphrase):
        restore_backup(out, empty_url, "beheer", "helemaal niet juist")
    admin.add_user(office.ring, "balie", "intake", INTAKE_PASS)
    with pytest.raises(RestoreRefused, match="holds no key"):
        restore_backup(out, empty_url, "balie", INTAKE_PASS)
    result = restore_backup(out, empty_url, "beheer", ADMIN_PASS)
    assert result.backup_id == info.backup_id and result.head_seq == result.backup_seq + 1
    _check_office(empty_url, saved)


def test_a_changed_or_cut_backup_is_refused(
    database: Database, office: NewOffice, empty_url: str, tmp_path: Path
) -> None:
    ReportService(database.sessions).create(office.ring, kot_report())
    out = tmp_path / "b.mpbak"
    BackupService(database.sessions).create(office.ring, out)
    good = out.read_bytes()
    envelope = read_envelope(out)
    cases = {
        "a flipped bit in the data": lambda b: b[:-40] + bytes([b[-40] ^ 1]) + b[-39:],
        "a changed manifest": lambda b: b.replace(b'"backend"', b'"backenD"', 1),
        "a cut file": lambda b: b[: envelope.body_offset + 100],
        "not a backup": lambda b: b"PK\x03\x04" + b[4:],
    }
    for what, change in cases.items():
        out.write_bytes(change(good))
        with pytest.raises(BackupError):
            restore_backup(out, empty_url, COORDINATOR, COORDINATOR_PASS)
        engine = create_engine(empty_url)
        try:
            with engine.connect() as conn:
                tables = conn.dialect.get_table_names(conn)
            assert not tables or tables == [], what
        finally:
            engine.dispose()


def test_restoring_over_a_newer_database_needs_force(
    db_url: str, database: Database, office: NewOffice, tmp_path: Path
) -> None:
    reports = ReportService(database.sessions)
    first = reports.create(office.ring, kot_report()).id
    out = tmp_path / "b.mpbak"
    BackupService(database.sessions).create(office.ring, out)
    later = reports.create(office.ring, kot_report()).id
    database.dispose()
    with pytest.raises(RestoreRefused, match="newer than the backup"):
        restore_backup(out, db_url, COORDINATOR, COORDINATOR_PASS)
    db = open_database(db_url)
    try:
        with db.sessions() as s:
            assert s.get(ReportRow, later) is not None  # nothing changed
    finally:
        db.dispose()
    restore_backup(out, db_url, COORDINATOR, COORDINATOR_PASS, force=True)
    db = open_database(db_url)
    try:
        with db.sessions() as s:
            assert s.get(ReportRow, later) is None and s.get(ReportRow, first) is not None
    finally:
        db.dispose()


@pytest.mark.slow
def test_a_backup_taken_while_another_process_writes_restores_whole(
    db_url: str,
    database: Database,
    office: NewOffice,
    admin: Accounts,
    empty_url: str,
    tmp_path: Path,
) -> None:
    admin.add_user(office.ring, "balie", "intake", INTAKE_PASS)
    stop, count_file = tmp_path / "stop", tmp_path / "count"
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    env = dict(os.environ, MELDPUNT_PASSWORD=INTAKE_PASS)
    writer = subprocess.Popen(
        [sys.executable, str(script), db_url, str(stop), str(count_file)],
        env=env,
        stdin=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )

    def written() -> int:
        with database.sessions() as s:
            return int(s.scalar(select(func.count()).select_from(ReportRow)) or 0)

    try:
        deadline = time.monotonic() + 60
        while written() < 5 and time.monotonic() < deadline:
            time.sleep(0.05)
        ring = admin.unlock("beheer", ADMIN_PASS)
        out = tmp_path / "tijdens-het-schrijven.mpbak"
        at_start = written()
        BackupService(database.sessions).create(ring, out)
        after = written()
        while written() < after + 3 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        stop.touch()
        _, err = writer.communicate(timeout=60)
    assert writer.returncode == 0, err.decode(errors="replace")
    final = written()
    assert final > after >= at_start >= 5

    restore_backup(out, empty_url, "beheer", ADMIN_PASS)
    _check_office(empty_url, {})
    db = open_database(empty_url)
    try:
        with db.sessions() as s:
            restored = int(s.scalar(select(func.count()).select_from(ReportRow)) or 0)
    finally:
        db.dispose()
    assert at_start <= restored < final


def test_the_service_restores_over_the_database_it_has_open(
    database: Database, office: NewOffice, tmp_path: Path
) -> None:
    """BackupService.restore: pooled connections closed before and after, no URL handling."""
    reports = ReportService(database.sessions)
    kept = reports.create(office.ring, kot_report()).id
    out = tmp_path / "b.mpbak"
    service = BackupService(database.sessions, audit=AuditLog(database.sessions))
    info = service.create(office.ring, out)
    summary = service.describe(office.ring, out)
    assert summary.backup_id == info.backup_id and summary.audit_seq == info.audit_seq
    assert summary.made_at is not None and not summary.other_office
    later = reports.create(office.ring, kot_report()).id
    with database.sessions() as s:  # the pool holds a connection to the file in place
        assert s.get(ReportRow, later) is not None

    with pytest.raises(WrongPassphrase):
        service.restore(out, COORDINATOR, "helemaal niet juist")
    with pytest.raises(RestoreRefused) as refused:
        service.restore(out, COORDINATOR, COORDINATOR_PASS)
    assert refused.value.forceable and refused.value.reason == "newer"
    assert refused.value.backup_seq == info.audit_seq < refused.value.current_seq
    with database.sessions() as s:
        assert s.get(ReportRow, later) is not None  # refused: nothing changed

    workstation = WorkstationState(tmp_path / "heads.json")
    seen: list[tuple[int, int]] = []
    outcome = service.restore(
        out,
        COORDINATOR,
        COORDINATOR_PASS,
        force=True,
        workstation=workstation,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert outcome.forced and outcome.backup_id == info.backup_id
    assert seen and seen[-1][0] == seen[-1][1]
    # The same session factory reads the restored database at once.
    with database.sessions() as s:
        assert s.get(ReportRow, later) is None and s.get(ReportRow, kept) is not None
        office_id = audit_chain.office_id(s)
    assert office_id is not None
    head = workstation.head(office_id)
    assert head is not None and head.seq == outcome.head_seq
    ring = Accounts(database.sessions).unlock(COORDINATOR, COORDINATOR_PASS)
    try:
        assert AuditLog(database.sessions, workstation=workstation).verify(ring).ok
    finally:
        ring.wipe()
