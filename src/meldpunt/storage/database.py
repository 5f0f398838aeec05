"""Opening an office database: engine, migrations and the session factory in one place."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from meldpunt.storage.engine import make_engine, make_session_factory, sqlite_path
from meldpunt.storage.errors import DatabaseUnavailable
from meldpunt.storage.migrate import MigrationResult, upgrade_database


@dataclass
class Database:
    engine: Engine
    sessions: sessionmaker[Session]
    migration: MigrationResult

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def describe(self) -> str:
        """Where the data lives, for the status bar and logs (never credentials)."""
        path = sqlite_path(self.engine.url)
        if path is not None:
            return f"SQLite {path}"
        url = self.engine.url
        return f"{url.get_backend_name()} {url.host or 'localhost'}/{url.database}"

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str) -> Database:
    """Connect and bring the schema up to date; known problems raise StorageError subclasses."""
    engine = make_engine(url)
    try:
        migration = upgrade_database(engine)
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseUnavailable(
            "The database cannot be reached or opened; check the address (--db or "
            "MELDPUNT_DB), the server and your network. Details are in the log file."
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    return Database(engine, make_session_factory(engine), migration)
