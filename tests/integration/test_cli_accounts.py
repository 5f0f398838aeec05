"""Account commands in real subprocesses: passphrases from the environment, clear failures."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from support.cli import run_meldpunt
from support.office import COORDINATOR, COORDINATOR_PASS, INTAKE_PASS

pytestmark = pytest.mark.slow


def meldpunt(
    db: str, *args: str, password: str | None = None, new: str | None = None
) -> subprocess.CompletedProcess[str]:
    return run_meldpunt(*args, "--db", db, password=password, new_password=new)


def test_office_lifecycle_on_the_command_line(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'office.db'}"
    sheet = tmp_path / "herstel.pdf"
    init = meldpunt(
        db,
        "init",
        "--office",
        "Meldpunt Leuven",
        "--admin",
        COORDINATOR,
        "--recovery-sheet",
        str(sheet),
        password=COORDINATOR_PASS,
    )
    assert init.returncode == 0, init.stderr
    assert "RECOVERY KEY" in init.stdout
    key_line = next(line.strip() for line in init.stdout.splitlines() if line.count("-") == 10)
    assert len(key_line) == 65
    assert sheet.read_bytes().startswith(b"%PDF-")

    again = meldpunt(db, "init", "--office", "X", "--admin", "x1", password=COORDINATOR_PASS)
    assert again.returncode == 1
    assert "already holds an office" in again.stderr
    assert "Traceback" not in again.stderr

    add = meldpunt(
        db,
        "user",
        "add",
        "balie",
        "--role",
        "intake",
        "--user",
        COORDINATOR,
        password=COORDINATOR_PASS,
        new=INTAKE_PASS,
    )
    assert add.returncode == 0, add.stderr

    listing = meldpunt(db, "user", "list", "--user", "balie", password=INTAKE_PASS)
    assert listing.returncode == 0
    assert "balie" in listing.stdout and "intake" in listing.stdout

    wrong = meldpunt(db, "user", "list", "--user", COORDINATOR, password="helemaal niet juist")
    assert wrong.returncode == 1
    assert wrong.stderr.strip() == "meldpunt: Wrong user name or passphrase."

    short = meldpunt(
        db,
        "user",
        "add",
        "x2",
        "--role",
        "intake",
        "--user",
        COORDINATOR,
        password=COORDINATOR_PASS,
        new="kort",
    )
    assert short.returncode == 1 and "at least 12 characters" in short.stderr

    passwd = meldpunt(
        db,
        "user",
        "passwd",
        "--user",
        "balie",
        password=INTAKE_PASS,
        new="een heel nieuwe zin voor de balie",
    )
    assert passwd.returncode == 0, passwd.stderr
    assert meldpunt(db, "user", "list", "--user", "balie", password=INTAKE_PASS).returncode == 1

    disable = meldpunt(
        db, "user", "disable", "balie", "--user", COORDINATOR, password=COORDINATOR_PASS
    )
    assert disable.returncode == 0
    gone = meldpunt(
        db, "user", "list", "--user", "balie", password="een heel nieuwe zin voor de balie"
    )
    assert gone.returncode == 1

    recover = subprocess.run(
        [sys.executable, "-m", "meldpunt", "user", "recover", "nieuw", "--db", db],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        stdin=subprocess.DEVNULL,
        env=dict(
            os.environ,
            MELDPUNT_RECOVERY_KEY=key_line,
            MELDPUNT_NEW_PASSWORD="herstel na verlies 2026",
        ),
    )
    assert recover.returncode == 0, recover.stderr


def test_no_passphrase_without_a_terminal_is_a_clear_error(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'office.db'}"
    result = meldpunt(db, "init", "--office", "Meldpunt", "--admin", COORDINATOR)
    assert result.returncode == 1
    assert "set MELDPUNT_PASSWORD" in result.stderr


def test_missing_required_option_is_a_usage_error(tmp_path: Path) -> None:
    result = meldpunt(f"sqlite:///{tmp_path / 'o.db'}", "user", "add", "x")
    assert result.returncode == 2
