"""backup, restore, audit verify, retention, erase and access in real subprocesses."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

import pytest

from meldpunt.services.accounts import Accounts
from meldpunt.services.reports import ReportService
from meldpunt.storage.database import open_database
from support.canary_reports import EMAIL, canary_report
from support.cli import run_meldpunt
from support.office import COORDINATOR, COORDINATOR_PASS
from support.reports import kot_report

pytestmark = pytest.mark.slow

ADMIN_PASS = "back-ups zonder inzage 2026"


def meldpunt(db: str, *args: str, password: str | None) -> subprocess.CompletedProcess[str]:
    return run_meldpunt(*args, "--db", db, password=password)


def test_records_commands_on_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    db = f"sqlite:///{path}"
    database = open_database(db)
    try:
        accounts = Accounts(database.sessions)
        office = accounts.create_office("Meldpunt Leuven", COORDINATOR, COORDINATOR_PASS)
        accounts.add_user(office.ring, "beheer", "administrator", ADMIN_PASS)
        reports = ReportService(database.sessions)
        person = reports.create(office.ring, canary_report())
        reports.create(office.ring, kot_report())
    finally:
        database.dispose()
    out = tmp_path / "backups" / "office.mpbak"

    backup = meldpunt(db, "backup", "--out", str(out), "--user", "beheer", password=ADMIN_PASS)
    assert backup.returncode == 0, backup.stderr
    assert out.exists() and "Backup written" in backup.stdout

    verify = meldpunt(db, "audit", "verify", "--user", "beheer", password=ADMIN_PASS)
    assert verify.returncode == 0, verify.stderr
    assert "intact" in verify.stdout

    access = meldpunt(
        db,
        "access",
        "--email",
        EMAIL,
        "--out",
        str(tmp_path / "inzage"),
        "--user",
        COORDINATOR,
        password=COORDINATOR_PASS,
    )
    assert access.returncode == 0, access.stderr
    files = sorted((tmp_path / "inzage").iterdir())
    assert [f.suffix for f in files] == [".json", ".pdf"]
    assert all("canary" not in f.name.lower() for f in files)
    assert json.loads(files[0].read_bytes())["reports"][0]["number"] == person.number

    refused = meldpunt(
        db, "erase", "--email", EMAIL, "--user", COORDINATOR, password=COORDINATOR_PASS
    )
    assert refused.returncode == 1 and "--yes" in refused.stderr
    erase = meldpunt(
        db, "erase", "--email", EMAIL, "--yes", "--user", COORDINATOR, password=COORDINATOR_PASS
    )
    assert erase.returncode == 0, erase.stderr
    assert person.number in erase.stdout
    dry = meldpunt(
        db, "retention", "run", "--dry-run", "--user", COORDINATOR, password=COORDINATOR_PASS
    )
    assert dry.returncode == 0, dry.stderr
    assert "nothing was changed" in dry.stdout

    newer = meldpunt(db, "restore", str(out), "--user", "beheer", password=ADMIN_PASS)
    assert newer.returncode == 1
    assert "newer than the backup" in newer.stderr and "--force" in newer.stderr
    assert "Traceback" not in newer.stderr
    forced = meldpunt(db, "restore", str(out), "--force", "--user", "beheer", password=ADMIN_PASS)
    assert forced.returncode == 0, forced.stderr
    assert "1 later erasure(s) applied again" in forced.stdout

    # Someone edits an entry of the trail by hand: verify names it and fails.
    conn = sqlite3.connect(path)
    try:
        conn.execute("UPDATE audit_entry SET fields = 'reporter.email' WHERE seq = 5")
        conn.commit()
    finally:
        conn.close()
    broken = meldpunt(db, "audit", "verify", "--user", "beheer", password=ADMIN_PASS)
    assert broken.returncode == 1
    assert broken.stderr.strip() == (
        "meldpunt: The audit trail is broken: entry 5 was changed after it was written."
    )
