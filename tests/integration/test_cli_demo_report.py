"""demo, import and report on the command line, in real subprocesses."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from meldpunt.resources import as_path
from pypdf import PdfReader

from support.cli import run_meldpunt
from support.office import COORDINATOR, COORDINATOR_PASS

pytestmark = pytest.mark.slow


def meldpunt(db: str, *args: str) -> subprocess.CompletedProcess[str]:
    return run_meldpunt(*args, "--db", db, password=COORDINATOR_PASS, timeout=600)


def test_demo_then_annual_report_and_example_imports(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'office.db'}"
    assert meldpunt(db, "init", "--office", "Meldpunt", "--admin", COORDINATOR).returncode == 0
    demo = meldpunt(
        db, "demo", "--reports", "150", "--years", "2024-2025", "--seed", "5", "--user", COORDINATOR
    )
    assert demo.returncode == 0, demo.stderr
    assert "Added 150 demo reports" in demo.stdout
    again = meldpunt(
        db, "demo", "--reports", "150", "--years", "2024-2025", "--seed", "5", "--user", COORDINATOR
    )
    assert "already present" in again.stdout

    for name in ("contract-example.json", "belgian-excel.csv"):
        result = meldpunt(db, "import", str(as_path("examples", name)), "--user", COORDINATOR)
        assert result.returncode == 0, result.stderr
        again = meldpunt(db, "import", str(as_path("examples", name)), "--user", COORDINATOR)
        assert "Nothing new" in again.stdout

    pdf, csv = tmp_path / "jaarverslag.pdf", tmp_path / "tabellen.csv"
    report = meldpunt(
        db,
        "report",
        "--year",
        "2025",
        "--out",
        str(pdf),
        "--csv",
        str(csv),
        "--lang",
        "fr",
        "--user",
        COORDINATOR,
    )
    assert report.returncode == 0, report.stderr
    text = PdfReader(io.BytesIO(pdf.read_bytes())).pages[0].extract_text()
    assert "2025" in text
    assert csv.read_bytes().startswith(b"\xef\xbb\xbf")

    missing = meldpunt(
        db, "report", "--year", "1999", "--out", str(tmp_path / "x.pdf"), "--user", COORDINATOR
    )
    assert missing.returncode == 1 and "no reports received in 1999" in missing.stderr


def test_an_import_with_problems_lists_them_and_writes_nothing(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'office.db'}"
    assert meldpunt(db, "init", "--office", "Meldpunt", "--admin", COORDINATOR).returncode == 0
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"format": "meldpunt-import/1", "reports": [{"received_on": "2025-01-01",'
        ' "channel": "fax", "domain": "housing", "criteria": []}]}',
        encoding="utf-8",
    )
    result = meldpunt(db, "import", str(bad), "--user", COORDINATOR)
    assert result.returncode == 1
    assert "nothing was imported" in result.stderr
    assert "channel" in result.stderr.lower() or "kanaal" in result.stderr.lower()
