"""Which database to open and the user's preferences (no personal data is ever stored here)."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from meldpunt.paths import AppPaths, machine_config_file
from meldpunt.reports.disclosure import DEFAULT_THRESHOLD

log = logging.getLogger(__name__)

LANGUAGES = ("nl", "fr", "en")
IDLE_LOCK_RANGE = range(1, 121)  # minutes
# Keys of the machine-wide file that IT may lock, so the user's own settings cannot change them.
LOCKABLE = ("language", "idle_lock_minutes")


# What can be wrong with the machine-wide file, in English (logs, the command line). The desk
# shows the same problem in its own language: ui/application.py translates each ``kind`` from
# these very source texts and fills in the same ``{placeholders}``.
CONFIG_PROBLEMS: dict[str, str] = {
    "unreadable": "The machine-wide settings file {path} cannot be read ({reason}).",
    "not_json": "The machine-wide settings file {path} is not valid JSON ({reason}).",
    "not_object": "The machine-wide settings file {path}: expected a JSON object ({ ... }).",
    "unknown_key": "The machine-wide settings file {path}: unknown key {keys} (known: {known}).",
    "database_url": (
        "The machine-wide settings file {path}: database_url must be a database URL or a file path."
    ),
    "language": "The machine-wide settings file {path}: language must be one of {languages}.",
    "idle_lock_minutes": (
        "The machine-wide settings file {path}: idle_lock_minutes must be a whole number from "
        "{low} to {high}."
    ),
    "threshold_floor": (
        "The machine-wide settings file {path}: report_threshold_floor must be a whole number "
        "of at least {floor}."
    ),
    "locked_keys": "The machine-wide settings file {path}: locked must be a list of {keys}.",
    "locked_unset": (
        "The machine-wide settings file {path}: locked names {keys} but the file does not set it."
    ),
}


def fill(template: str, params: dict[str, str]) -> str:
    """``{name}`` → its value; other braces (``{ ... }``) stay as they are."""
    for name, value in params.items():
        template = template.replace("{" + name + "}", value)
    return template


class ConfigError(Exception):
    """The machine-wide settings file is there but wrong: say where and what, in one line.

    ``str()`` is the English message for logs and the command line; ``kind`` (a key of
    ``CONFIG_PROBLEMS``) and ``params`` let the desk say the same in the user's language.
    """

    def __init__(self, kind: str, **params: object) -> None:
        self.kind = kind
        self.params = {name: str(value) for name, value in params.items()}
        super().__init__(fill(CONFIG_PROBLEMS[kind], self.params))


def _as_url(value: str) -> str:
    """An SQLAlchemy URL; a plain file path is read as an SQLite file."""
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser().resolve()}"
    return value


def _whole_number(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass(frozen=True)
class MachineConfig:
    """The machine-wide settings file that IT deploys, read before the per-user settings.

    Every key is optional. A file that is there but wrong stops Meldpunt with a clear message
    instead of being ignored: a desk that silently fell back to a local database would start a
    second office next to the real one.
    """

    path: Path | None = None  # the file read; None when there is none
    database_url: str | None = None
    language: str | None = None
    idle_lock_minutes: int | None = None
    report_threshold_floor: int = DEFAULT_THRESHOLD
    locked: frozenset[str] = frozenset()

    @classmethod
    def load(cls, path: Path | None = None) -> MachineConfig:
        path = path if path is not None else machine_config_file()
        try:
            # utf-8-sig: Windows Notepad may save the file with a byte order mark.
            text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            return cls()
        except OSError as exc:
            raise ConfigError("unreadable", path=path, reason=exc.strerror) from None
        try:
            raw: Any = json.loads(text)
        except ValueError as exc:
            raise ConfigError("not_json", path=path, reason=exc) from None
        return cls.parse(raw, path)

    @classmethod
    def parse(cls, raw: object, path: Path) -> MachineConfig:
        """Check every key; keys starting with ``_`` are comments and are skipped."""

        def wrong(kind: str, **params: object) -> ConfigError:
            return ConfigError(kind, path=path, **params)

        if not isinstance(raw, dict):
            raise wrong("not_object")
        known = {f.name for f in fields(cls)} - {"path"}
        values = {k: v for k, v in raw.items() if not k.startswith("_")}
        unknown = sorted(set(values) - known)
        if unknown:
            raise wrong("unknown_key", keys=", ".join(unknown), known=", ".join(sorted(known)))

        url = values.get("database_url")
        if url is not None and (not isinstance(url, str) or not url.strip()):
            raise wrong("database_url")
        language = values.get("language")
        if language is not None and language not in LANGUAGES:
            raise wrong("language", languages=", ".join(LANGUAGES))
        idle = values.get("idle_lock_minutes")
        if idle is not None and not (_whole_number(idle) and idle in IDLE_LOCK_RANGE):
            raise wrong("idle_lock_minutes", low=IDLE_LOCK_RANGE[0], high=IDLE_LOCK_RANGE[-1])
        floor = values.get("report_threshold_floor", DEFAULT_THRESHOLD)
        if not _whole_number(floor) or floor < DEFAULT_THRESHOLD:
            raise wrong("threshold_floor", floor=DEFAULT_THRESHOLD)
        locked = values.get("locked", [])
        if not isinstance(locked, list) or any(key not in LOCKABLE for key in locked):
            raise wrong("locked_keys", keys=", ".join(LOCKABLE))
        unset = [key for key in locked if values.get(key) is None]
        if unset:
            raise wrong("locked_unset", keys=", ".join(unset))
        return cls(
            path=path,
            database_url=_as_url(url.strip()) if url else None,
            language=language,
            idle_lock_minutes=idle,
            report_threshold_floor=floor,
            locked=frozenset(locked),
        )


def resolve_database_url(
    cli_value: str | None, paths: AppPaths, machine: MachineConfig | None = None
) -> str:
    """``--db`` wins over ``MELDPUNT_DB``, then the machine-wide file; the default is an
    SQLite file in the data folder.

    A plain file path is accepted as a convenience and read as an SQLite file. Without
    ``machine`` the machine-wide file is read only when neither ``--db`` nor ``MELDPUNT_DB``
    is given, so a broken file never stands in the way of an explicit database.
    """
    value = cli_value or os.environ.get("MELDPUNT_DB")
    if value:
        return _as_url(value)
    if machine is None:
        machine = MachineConfig.load()
    if machine.database_url:
        return machine.database_url
    return f"sqlite:///{paths.default_database}"


@dataclass
class UserSettings:
    language: str = "nl"
    idle_lock_minutes: int = 5

    @classmethod
    def load(cls, path: Path, machine: MachineConfig | None = None) -> UserSettings:
        """The user's file over the machine-wide values; a key IT locked stays IT's."""
        defaults = cls()
        if machine is not None:
            defaults.language = machine.language or defaults.language
            defaults.idle_lock_minutes = machine.idle_lock_minutes or defaults.idle_lock_minutes
        locked = machine.locked if machine is not None else frozenset()
        try:
            raw: Any = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return defaults
        except (OSError, ValueError):
            log.warning("The settings file could not be read; using defaults")
            return defaults
        settings = cls(defaults.language, defaults.idle_lock_minutes)
        if isinstance(raw, dict):
            known = {f.name for f in fields(cls)} - locked
            for key, value in raw.items():
                if key in known and isinstance(value, type(getattr(settings, key))):
                    setattr(settings, key, value)
        if settings.language not in LANGUAGES:
            settings.language = defaults.language
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
