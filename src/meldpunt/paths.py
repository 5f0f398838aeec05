"""Where Meldpunt keeps its data, logs and settings on this machine."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from meldpunt import APP_NAME

_AUTHOR = "Leuven"
MACHINE_CONFIG_ENV = "MELDPUNT_CONFIG"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    log_dir: Path
    config_dir: Path

    @property
    def default_database(self) -> Path:
        return self.data_dir / "meldpunt.db"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "meldpunt.log"

    @property
    def crash_file(self) -> Path:
        return self.log_dir / "crash.log"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    def ensure(self) -> None:
        for d in (self.data_dir, self.log_dir, self.config_dir):
            d.mkdir(parents=True, exist_ok=True, mode=0o700)


def default_paths() -> AppPaths:
    """Per-user folders; MELDPUNT_HOME puts everything under one folder (tests, portable use)."""
    home = os.environ.get("MELDPUNT_HOME")
    if home:
        base = Path(home)
        return AppPaths(base / "data", base / "logs", base / "config")
    return AppPaths(
        Path(platformdirs.user_data_dir(APP_NAME, _AUTHOR)),
        Path(platformdirs.user_log_dir(APP_NAME, _AUTHOR)),
        Path(platformdirs.user_config_dir(APP_NAME, _AUTHOR)),
    )


def machine_config_file() -> Path:
    """The machine-wide settings file that IT deploys (it need not exist).

    Linux: /etc/meldpunt/meldpunt.json, where administrators look for such files (not XDG's
    /etc/xdg). Windows: %PROGRAMDATA%\\Meldpunt\\meldpunt.json. MELDPUNT_CONFIG names
    another file (tests, trials).
    """
    override = os.environ.get(MACHINE_CONFIG_ENV)
    if override:
        return Path(override)
    if sys.platform in ("win32", "darwin"):
        return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / "meldpunt.json"
    return Path("/etc/meldpunt/meldpunt.json")
