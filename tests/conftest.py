"""Test-wide settings: headless Qt, isolated per-user folders, databases for every back end."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

# Headless by default; a developer may export QT_QPA_PLATFORM=xcb to watch the windows.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")

PG_URL = os.environ.get("MELDPUNT_TEST_PG_URL")


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test gets its own data, log and config folders; nothing touches the real ones."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("MELDPUNT_HOME", str(home))
    # No machine-wide settings file unless a test writes one (never /etc/meldpunt's).
    monkeypatch.setenv("MELDPUNT_CONFIG", str(home / "machine" / "meldpunt.json"))
    monkeypatch.delenv("MELDPUNT_DB", raising=False)
    monkeypatch.delenv("MELDPUNT_PASSWORD", raising=False)
    monkeypatch.delenv("MELDPUNT_NEW_PASSWORD", raising=False)
    return home


def _backends() -> list[str]:
    return ["sqlite", "postgresql"] if PG_URL else ["sqlite"]


@pytest.fixture(params=_backends())
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL: an SQLite file, and a PostgreSQL schema when configured.

    On the shared PostgreSQL server each test gets its own schema, dropped afterwards.
    """
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'office.db'}"
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    assert PG_URL is not None
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
