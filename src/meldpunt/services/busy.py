"""Retrying a write that SQLite refused because another session wrote first (not a conflict).

In WAL mode a transaction that read before another one committed cannot start writing: SQLite
answers "database is locked" at once, without waiting. Running the whole unit of work again
reads the other session's data; its version checks then decide whether the write still fits
(an insert does, an edit of a record changed meanwhile becomes a Conflict).
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

T = TypeVar("T")
ATTEMPTS = 5


def is_busy(exc: OperationalError) -> bool:
    orig = exc.orig
    return isinstance(orig, sqlite3.OperationalError) and (
        "locked" in str(orig) or "busy" in str(orig)
    )


def retry_when_busy(work: Callable[[], T], *, attempts: int = ATTEMPTS) -> T:
    """Run ``work`` (one whole transaction); again when SQLite reports it busy."""
    for attempt in range(1, attempts + 1):
        try:
            return work()
        except OperationalError as exc:
            if attempt == attempts or not is_busy(exc):
                raise
            log.info("The database was busy; trying again (%d)", attempt)
            time.sleep(0.05 * attempt)
    raise AssertionError("unreachable")


def in_transaction(sessions: sessionmaker[Session], work: Callable[[Session], T]) -> T:
    """``work(session)`` as one transaction, run again when SQLite reports the database busy."""

    def once() -> T:
        with sessions() as s, s.begin():
            return work(s)

    return retry_when_busy(once)
