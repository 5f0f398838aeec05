"""A coordinator gives a colleague another role: keys follow the role, on record, both ways."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from meldpunt.crypto.keys import KeyClass
from meldpunt.services.accounts import Accounts, NewOffice
from meldpunt.services.audit import AuditLog
from meldpunt.services.errors import AccessDenied, InvalidInput
from meldpunt.services.reports import ReportService
from meldpunt.storage.database import Database
from support.cli import run_meldpunt
from support.office import COORDINATOR, COORDINATOR_PASS, INTAKE_PASS, STAT_PASS
from support.reports import kot_report


def test_intake_to_statistician_and_back(
    accounts: Accounts, office: NewOffice, database: Database
) -> None:
    reports = ReportService(database.sessions)
    saved = reports.create(office.ring, kot_report())
    accounts.add_user(office.ring, "jonas", "intake", INTAKE_PASS)

    change = accounts.change_role(office.ring, "jonas", "statistician")
    assert (change.old_role, change.new_role) == ("intake", "statistician")
    assert change.withdrawn == {KeyClass.IDENTITY, KeyClass.CASE}
    jonas = accounts.unlock("jonas", INTAKE_PASS)  # the same passphrase still opens the slot
    assert jonas.role == "statistician" and jonas.classes() == {KeyClass.SPECIAL}
    seen, _ = reports.get(jonas, saved.id)
    assert seen.reporter.legal_name is None and seen.criteria == ("sexual_orientation",)
    with pytest.raises(AccessDenied):
        reports.create(jonas, kot_report())
    jonas.wipe()

    back = accounts.change_role(office.ring, "jonas", "caseworker")
    assert back.withdrawn == frozenset()
    jonas = accounts.unlock("jonas", INTAKE_PASS)
    assert jonas.classes() == {KeyClass.IDENTITY, KeyClass.SPECIAL, KeyClass.CASE}
    seen, _ = reports.get(jonas, saved.id)
    assert seen.reporter.legal_name == "Ruben Maes"
    jonas.wipe()

    entries = AuditLog(database.sessions).entries(office.ring, limit=50)
    changes = [e.detail for e in entries if e.action == "user.role_changed"]
    assert changes == ["from=statistician to=caseworker", "from=intake to=statistician"]
    assert AuditLog(database.sessions).verify(office.ring).chain.ok


def test_only_a_coordinator_changes_roles_and_never_their_own(
    accounts: Accounts, office: NewOffice
) -> None:
    accounts.add_user(office.ring, "stat", "statistician", STAT_PASS)
    stat = accounts.unlock("stat", STAT_PASS)
    with pytest.raises(AccessDenied):
        accounts.change_role(stat, COORDINATOR, "intake")
    with pytest.raises(InvalidInput):
        accounts.change_role(office.ring, COORDINATOR, "intake")
    accounts.disable_user(office.ring, "stat")
    with pytest.raises(InvalidInput):
        accounts.change_role(office.ring, "stat", "intake")
    accounts.add_user(office.ring, "els", "intake", INTAKE_PASS)
    same = accounts.change_role(office.ring, "ELS", "intake")  # names are case-insensitive
    assert same.old_role == same.new_role == "intake" and same.withdrawn == frozenset()


@pytest.mark.slow
def test_role_change_on_the_command_line(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'office.db'}"
    pw = COORDINATOR_PASS
    as_coord = ("--user", COORDINATOR)
    made = _cli(db, "init", "--office", "Leuven", "--admin", COORDINATOR, password=pw)
    assert made.returncode == 0, made.stderr
    added = _cli(
        db, "user", "add", "els", "--role", "intake", *as_coord, password=pw, new=INTAKE_PASS
    )
    assert added.returncode == 0, added.stderr
    done = _cli(db, "user", "role", "els", "--role", "statistician", *as_coord, password=pw)
    assert done.returncode == 0, done.stderr
    assert "intake -> statistician" in done.stdout
    assert "meldpunt key rotate identity" in done.stdout
    bad = _cli(db, "user", "role", "els", "--role", "boss", *as_coord, password=pw)
    assert bad.returncode == 2


def _cli(
    db: str, *args: str, password: str, new: str | None = None
) -> subprocess.CompletedProcess[str]:
    return run_meldpunt(*args, "--db", db, password=password, new_password=new)
