"""Bring a database to the schema this version expects: all migrations in one transaction."""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from meldpunt.storage.engine import sqlite_path
from meldpunt.storage.errors import DatabaseTooNew, MigrationFailed

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str | None
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def _config(version_locations: list[Path] | None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if version_locations:
        cfg.set_main_option("path_separator", "os")
        cfg.set_main_option("version_locations", os.pathsep.join(str(p) for p in version_locations))
    return cfg


def head_revision(version_locations: list[Path] | None = None) -> str | None:
    return ScriptDirectory.from_config(_config(version_locations)).get_current_head()


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def _copy_sqlite(source: Path, revision: str) -> Path:
    """Copy the database with SQLite's backup API (safe while the file is open)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = source.with_name(f"{source.stem}.before-upgrade-{revision}-{stamp}{source.suffix}")
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def _raw_sqlite(conn: Connection) -> sqlite3.Connection:
    raw = conn.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def upgrade_database(
    engine: Engine, *, version_locations: list[Path] | None = None
) -> MigrationResult:
    """Apply every pending migration in one transaction, or none of them.

    A database whose revision this version does not know (made by a newer Meldpunt) is
    refused; an SQLite file with data is copied before it is upgraded.
    """
    cfg = _config(version_locations)
    script = ScriptDirectory.from_config(cfg)
    head = script.get_current_head()
    is_sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        before = current_revision(conn)
        conn.rollback()
        if before is not None and before not in {r.revision for r in script.walk_revisions()}:
            raise DatabaseTooNew(
                "This database was last opened by a newer version of Meldpunt "
                f"(schema {before}); install that version or newer to open it."
            )
        if before == head:
            return MigrationResult(before, head, None)
        backup = None
        path = sqlite_path(engine.url)
        if before is not None and path is not None and path.exists():
            backup = _copy_sqlite(path, before)
            log.info("Copied the database before upgrading to %s", backup.name)
        if is_sqlite:
            # Batch migrations recreate tables; foreign keys are checked once at the end.
            # The pragma is a no-op inside a transaction, so it goes to the driver directly.
            _raw_sqlite(conn).execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if is_sqlite:
                    problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        raise MigrationFailed(
                            f"The upgrade would break {len(problems)} references; "
                            "nothing was changed."
                        )
        except MigrationFailed:
            raise
        except Exception as exc:
            log.exception("Migration from %s to %s failed; rolled back", before, head)
            raise MigrationFailed(
                "The database could not be upgraded; it was left as it was. "
                "Details are in the log file."
            ) from exc
        finally:
            if is_sqlite:
                _raw_sqlite(conn).execute("PRAGMA foreign_keys=ON")
        log.info("Database schema upgraded from %s to %s", before, head)
        return MigrationResult(before, head, backup)


def known_revisions() -> set[str]:
    """Every revision this version of Meldpunt can open (a backup's schema must be one)."""
    return {r.revision for r in ScriptDirectory.from_config(_config(None)).walk_revisions()}


def upgrade_connection(conn: Connection, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` inside the caller's transaction (a restore)."""
    cfg = _config(None)
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, revision)
