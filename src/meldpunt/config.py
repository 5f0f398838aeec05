"""Which database to open and the user's preferences (no personal data is ever stored here)."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from meldpunt.paths import AppPaths

log = logging.getLogger(__name__)

LANGUAGES = ("nl", "fr", "en")


def resolve_database_url(cli_value: str | None, paths: AppPaths) -> str:
    """``--db`` wins over ``MELDPUNT_DB``; the default is an SQLite file in the data folder.

    A plain file path is accepted as a convenience and read as an SQLite file.
    """
    value = cli_value or os.environ.get("MELDPUNT_DB")
    if not value:
        return f"sqlite:///{paths.default_database}"
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser().resolve()}"
    return value


@dataclass
class UserSettings:
    language: str = "nl"
    idle_lock_minutes: int = 5

    @classmethod
    def load(cls, path: Path) -> UserSettings:
        try:
            raw: Any = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError):
            log.warning("The settings file could not be read; using defaults")
            return cls()
        settings = cls()
        if isinstance(raw, dict):
            known = {f.name for f in fields(cls)}
            for key, value in raw.items():
                if key in known and isinstance(value, type(getattr(settings, key))):
                    setattr(settings, key, value)
        if settings.language not in LANGUAGES:
            settings.language = "nl"
        settings.idle_lock_minutes = max(1, min(settings.idle_lock_minutes, 120))
        return settings

    def save(self, path: Path) -> None:
        """Atomic write: a crash leaves the old file or the new one, never half of one."""
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(asdict(self), fh, indent=2)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
