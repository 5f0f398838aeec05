"""Logging to a rotating file in the per-user log folder. Never log personal data."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
import time
from pathlib import Path
from typing import IO

from meldpunt.paths import AppPaths

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_crash_stream: IO[str] | None = None


class _UTCFormatter(logging.Formatter):
    """Log times in UTC, like the audit trail, so desks in any time zone line up."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(record.created))


def setup_logging(paths: AppPaths, *, level: int = logging.INFO, console: bool = False) -> Path:
    """Send log records to ``paths.log_file`` (1 MB × 5 files); returns the log file."""
    paths.ensure()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_meldpunt", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        paths.log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    file_handler.setFormatter(_UTCFormatter(LOG_FORMAT))
    file_handler._meldpunt = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    if console:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        stream.setLevel(logging.WARNING)
        stream._meldpunt = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    root.setLevel(level)
    # Libraries that would otherwise write SQL statements or parameters stay quiet.
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    return paths.log_file


def enable_faulthandler(paths: AppPaths) -> None:
    """Hard crashes (segfaults in Qt) leave a Python stack in crash.log, never data values."""
    global _crash_stream
    if _crash_stream is None:
        paths.ensure()
        _crash_stream = open(paths.crash_file, "a", encoding="utf-8")  # noqa: SIM115
        faulthandler.enable(_crash_stream)
