"""Row writes that stay correct when two desks make them at the same moment.

A plain "select, else add" lets two desks both see no row and both insert one: the second
fails on the primary key (PostgreSQL) or finds the database locked (SQLite, a transaction
that read first). INSERT … ON CONFLICT makes the second wait for the first and then skip or
update, on both back ends.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import DeclarativeBase, Session

from meldpunt.storage.models import OfficeSetting


def _insert(session: Session, model: type[DeclarativeBase]) -> Any:
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    return dialect.insert(model)


def insert_if_missing(session: Session, model: type[DeclarativeBase], **values: Any) -> None:
    """Insert a row unless one with its key exists (then leave that one as it is)."""
    session.execute(_insert(session, model).values(**values).on_conflict_do_nothing())


def put_setting(session: Session, key: str, value: str) -> None:
    """Set an office setting, creating it the first time."""
    statement = _insert(session, OfficeSetting).values(key=key, value=value)
    session.execute(
        statement.on_conflict_do_update(index_elements=[OfficeSetting.key], set_={"value": value})
    )
