"""The command line in a real subprocess: version, help, usage errors, self-test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from meldpunt import __version__


def run_meldpunt(
    *args: str, env_extra: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "meldpunt", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_version() -> None:
    result = run_meldpunt("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"meldpunt {__version__}"


def test_help_lists_the_commands() -> None:
    result = run_meldpunt("--help")
    assert result.returncode == 0
    assert "self-test" in result.stdout


def test_usage_error_exits_2() -> None:
    result = run_meldpunt("no-such-command")
    assert result.returncode == 2
    assert "usage:" in result.stderr


def test_db_is_accepted_before_and_after_the_command(tmp_path: Path) -> None:
    from meldpunt.cli import parse_args

    url = f"sqlite:///{tmp_path / 'x.db'}"
    assert parse_args(["--db", url, "self-test"]).db == url
    assert parse_args(["self-test", "--db", url]).db == url
    assert parse_args(["--db", "a", "self-test", "--db", url]).db == url


@pytest.mark.slow
def test_self_test_passes_and_writes_its_result(tmp_path: Path) -> None:
    out = tmp_path / "result.json"
    result = run_meldpunt("self-test", "--self-test-output", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["ok"] is True
    names = {c["name"] for c in data["checks"]}
    assert {
        "qt",
        "translations nl",
        "translations fr",
        "migrations",
        "cryptography",
        "pdf",
    } <= names


def test_unreachable_database_is_one_clear_line_not_a_traceback(tmp_path: Path) -> None:
    # The GUI path needs a display; the CLI path shows the same message handling via the
    # storage layer. A PostgreSQL URL on a closed local port cannot be reached.
    from meldpunt.storage.database import open_database
    from meldpunt.storage.errors import DatabaseUnavailable

    with pytest.raises(DatabaseUnavailable, match="cannot be reached"):
        open_database("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")
