"""Engine and session factory from a database URL, with the SQLite settings Meldpunt relies on."""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from meldpunt.storage.errors import NetworkShareRefused

SQLITE_BUSY_TIMEOUT_MS = 10_000

# File systems on which SQLite's WAL locking is unsafe (it needs shared memory on one host).
_NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "9p", "fuse.sshfs", "afs", "ncpfs", "davfs"}


def sqlite_path(url: URL) -> Path | None:
    """The file behind an SQLite URL, or None for other back ends and in-memory databases."""
    if url.get_backend_name() != "sqlite":
        return None
    db = url.database
    if not db or db == ":memory:" or db.startswith("file:"):
        return None
    return Path(db)


def _mount_fs_type(path: Path) -> str | None:
    """The file system type of the mount holding ``path`` (Linux); None when unknown."""
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    target = str(path.resolve())
    best, best_type = "", None
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        prefix = mount_point.rstrip("/") + "/"
        if (target == mount_point or target.startswith(prefix)) and len(mount_point) > len(best):
            best, best_type = mount_point, fields[2]
    return best_type


def is_network_location(path: Path) -> bool:
    if sys.platform == "win32":
        text = str(path.resolve())
        if text.startswith("\\\\"):
            return True
        try:
            import ctypes

            drive = os.path.splitdrive(text)[0] + "\\"
            return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == 4)  # DRIVE_REMOTE
        except (AttributeError, OSError):
            return False
    existing = path
    while not existing.exists() and existing.parent != existing:
        existing = existing.parent
    return _mount_fs_type(existing) in _NETWORK_FS


def _sqlite_on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # The pysqlite driver's own transaction handling defers BEGIN and breaks transactional
    # DDL; take control of it (SQLAlchemy's documented pysqlite recipe) and BEGIN in the
    # "begin" event instead.
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    try:
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA secure_delete=ON")
        cur.execute("PRAGMA temp_store=MEMORY")
    finally:
        cur.close()


def make_engine(url: str | URL, **kwargs: Any) -> Engine:
    """An engine for ``url``; bound parameters never appear in error messages or logs."""
    url = make_url(url)
    kwargs.setdefault("hide_parameters", True)
    kwargs["echo"] = False
    path = sqlite_path(url)
    if path is not None:
        if is_network_location(path):
            raise NetworkShareRefused(
                f"The database file is on a network share ({path.parent}); SQLite is not "
                "safe there. Keep the file on a local disk, or use a PostgreSQL server for "
                "several desks."
            )
        path.parent.mkdir(parents=True, exist_ok=True)
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit when the block ends normally, roll back on any error."""
    with factory() as session, session.begin():
        yield session
