"""Deployment at work: the machine-wide settings file, the threshold floor, connection errors."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from meldpunt.paths import machine_config_file
from meldpunt.services.accounts import NewOffice
from meldpunt.services.container import build_services
from meldpunt.storage.database import Database
from support.cli import run_meldpunt
from support.office import COORDINATOR, COORDINATOR_PASS

UNREACHABLE = "postgresql+psycopg://meldpunt_app@127.0.0.1:1/meldpunt?connect_timeout=5"


def meldpunt(*args: str, password: str | None = None) -> subprocess.CompletedProcess[str]:
    return run_meldpunt(*args, password=password)


def write_machine(content: dict[str, object] | str) -> Path:
    path = machine_config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content if isinstance(content, str) else json.dumps(content), "utf-8")
    return path


def test_the_floor_raises_the_threshold_and_nothing_lowers_it(
    database: Database, office: NewOffice
) -> None:
    assert build_services(database.sessions).statistics.threshold() == 5
    assert build_services(database.sessions, threshold_floor=3).statistics.threshold() == 5
    raised = build_services(database.sessions, threshold_floor=8).statistics
    assert raised.threshold() == 8
    raised.set_threshold(office.ring, 10)
    assert raised.threshold() == 10
    assert build_services(database.sessions, threshold_floor=12).statistics.threshold() == 12


@pytest.mark.slow
def test_commands_use_the_database_it_names_and_the_self_test_reports_it(
    tmp_path: Path,
) -> None:
    office_db = tmp_path / "office.db"
    path = write_machine({"database_url": str(office_db), "report_threshold_floor": 7})

    init = meldpunt(
        "init", "--office", "Meldpunt Leuven", "--admin", COORDINATOR, password=COORDINATOR_PASS
    )
    assert init.returncode == 0, init.stderr
    assert office_db.is_file()

    listing = meldpunt("user", "list", "--user", COORDINATOR, password=COORDINATOR_PASS)
    assert listing.returncode == 0, listing.stderr
    assert COORDINATOR in listing.stdout

    test = meldpunt("self-test")
    assert test.returncode == 0, test.stdout
    assert f"machine settings   {path}: database_url, report_threshold_floor 7" in test.stdout


@pytest.mark.slow
def test_a_broken_file_stops_commands_with_one_line(tmp_path: Path) -> None:
    path = write_machine({"database_url": str(tmp_path / "x.db"), "langauge": "fr"})

    listing = meldpunt("user", "list", "--user", COORDINATOR, password=COORDINATOR_PASS)
    assert listing.returncode == 1
    assert listing.stderr.strip().count("\n") == 0
    assert f"{path}: unknown key langauge" in listing.stderr
    assert "Traceback" not in listing.stderr
    assert not (tmp_path / "x.db").exists()

    explicit = meldpunt("user", "list", "--user", COORDINATOR, "--db", str(tmp_path / "y.db"))
    assert "machine-wide settings" not in explicit.stderr

    test = meldpunt("self-test")
    assert test.returncode == 1
    assert "FAIL  machine settings" in test.stdout


@pytest.mark.slow
def test_an_unreachable_database_leaves_the_reason_in_the_log() -> None:
    # Port 1 refuses at once. IT reads the log for why: a refused certificate, a pg_hba rule.
    listing = meldpunt("user", "list", "--user", COORDINATOR, "--db", UNREACHABLE)
    assert listing.returncode == 1
    assert "cannot be reached" in listing.stderr
    log = (Path(os.environ["MELDPUNT_HOME"]) / "logs" / "meldpunt.log").read_text("utf-8")
    assert "OperationalError" in log and "port 1 failed" in log
