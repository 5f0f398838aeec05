"""Resources are found from an installed, non-editable wheel, not only from the source tree."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys
import meldpunt
from meldpunt.resources import as_path, resource
from meldpunt.storage.migrate import MIGRATIONS_DIR, head_revision
target = sys.argv[1]
assert meldpunt.__file__.startswith(target), meldpunt.__file__
assert str(as_path("translations", "meldpunt_nl.qm")).startswith(target)
assert as_path("translations", "meldpunt_fr.qm").is_file()
assert str(MIGRATIONS_DIR).startswith(target)
assert head_revision() is not None
print("wheel ok")
"""


@pytest.mark.slow
def test_wheel_contains_code_resources_and_migrations(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    wheel = next(dist.glob("meldpunt-*.whl"))
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    env = dict(os.environ, PYTHONPATH=str(target), QT_QPA_PLATFORM="offscreen")
    probe = subprocess.run(
        [sys.executable, "-c", PROBE, str(target)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert probe.returncode == 0, probe.stderr
    selftest = subprocess.run(
        [sys.executable, "-m", "meldpunt", "self-test"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
        check=False,
    )
    assert selftest.returncode == 0, selftest.stdout + selftest.stderr
