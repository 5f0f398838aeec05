"""``meldpunt`` in a real subprocess, passphrases from the environment, never a terminal."""

from __future__ import annotations

import os
import subprocess
import sys


def run_meldpunt(
    *args: str,
    password: str | None = None,
    new_password: str | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("MELDPUNT_PASS") and k != "MELDPUNT_NEW_PASSWORD"
    }
    env["QT_QPA_PLATFORM"] = "offscreen"
    if password is not None:
        env["MELDPUNT_PASSWORD"] = password
    if new_password is not None:
        env["MELDPUNT_NEW_PASSWORD"] = new_password
    return subprocess.run(
        [sys.executable, "-m", "meldpunt", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=timeout,
        check=False,
    )
