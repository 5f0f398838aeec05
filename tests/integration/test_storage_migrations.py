"""Migrations run at start in one transaction; newer databases are refused; SQLite is tuned."""

from __future__ import annotations

import datetime as dt
import sqlite3
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import Engine, MetaData, Table, inspect, text

from meldpunt.domain.model import report_number_order
from meldpunt.storage import engine as engine_module
from meldpunt.storage.database import open_database
from meldpunt.storage.engine import make_engine
from meldpunt.storage.errors import DatabaseTooNew, MigrationFailed, NetworkShareRefused
from meldpunt.storage.migrate import (
    MIGRATIONS_DIR,
    head_revision,
    upgrade_connection,
    upgrade_database,
)

BROKEN_MIGRATION = '''
"""A migration that fails halfway, after changing the schema and the data."""
import sqlalchemy as sa
from alembic import op

revision = "9999_broken"
down_revision = {head!r}
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    with op.batch_alter_table("office_setting") as batch:
        batch.add_column(sa.Column("extra", sa.Text(), nullable=True))
    op.execute("UPDATE office_setting SET value = 'changed'")
    op.execute("DELETE FROM office_setting WHERE key = 'b'")
    raise RuntimeError("halfway")


def downgrade():
    pass
'''


def _schema_snapshot(engine: Engine) -> dict[str, object]:
    insp = inspect(engine)
    tables = {
        name: sorted((c["name"], str(c["type"])) for c in insp.get_columns(name))
        for name in insp.get_table_names()
    }
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT key, value FROM office_setting ORDER BY key")).all()
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    return {"tables": tables, "rows": [tuple(r) for r in rows], "version": version}


def test_fresh_database_reaches_head_and_second_run_is_a_no_op(db_url: str) -> None:
    engine = make_engine(db_url)
    first = upgrade_database(engine)
    assert first.before is None and first.after == head_revision()
    second = upgrade_database(engine)
    assert not second.changed and second.backup is None
    assert "office_setting" in inspect(engine).get_table_names()
    engine.dispose()


def test_a_migration_failing_halfway_leaves_the_database_exactly_as_it_was(
    db_url: str, tmp_path: Path
) -> None:
    engine = make_engine(db_url)
    upgrade_database(engine)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO office_setting (key, value) VALUES ('a', '1'), ('b', '2')"))
    before = _schema_snapshot(engine)

    extra = tmp_path / "extra_versions"
    extra.mkdir()
    (extra / "9999_broken.py").write_text(
        textwrap.dedent(BROKEN_MIGRATION.format(head=head_revision())), encoding="utf-8"
    )
    with pytest.raises(MigrationFailed, match="left as it was"):
        upgrade_database(engine, version_locations=[MIGRATIONS_DIR / "versions", extra])

    assert _schema_snapshot(engine) == before
    engine.dispose()


def test_a_database_from_a_newer_version_is_refused_with_a_clear_message(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade_database(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00d_future'"))
    with pytest.raises(DatabaseTooNew, match="newer version of Meldpunt"):
        upgrade_database(engine)
    engine.dispose()


def test_sqlite_file_is_copied_before_an_upgrade(tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    engine = make_engine(f"sqlite:///{db}")
    upgrade_database(engine)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO office_setting (key, value) VALUES ('office', 'x')"))
    engine.dispose()

    extra = tmp_path / "extra_versions"
    extra.mkdir()
    (extra / "9998_add.py").write_text(
        textwrap.dedent(
            f"""
            import sqlalchemy as sa
            from alembic import op
            revision = "9998_add"
            down_revision = {head_revision()!r}
            branch_labels = None
            depends_on = None
            def upgrade():
                op.create_table("later", sa.Column("id", sa.Integer, primary_key=True))
            def downgrade():
                op.drop_table("later")
            """
        ),
        encoding="utf-8",
    )
    engine = make_engine(f"sqlite:///{db}")
    result = upgrade_database(engine, version_locations=[MIGRATIONS_DIR / "versions", extra])
    engine.dispose()
    assert result.after == "9998_add"
    assert result.backup is not None and result.backup.exists()
    copy = sqlite3.connect(result.backup)
    try:
        assert copy.execute("SELECT value FROM office_setting").fetchone() == ("x",)
        version = copy.execute("SELECT version_num FROM alembic_version").fetchone()
        assert version == (head_revision(),)
    finally:
        copy.close()


def test_sqlite_connections_use_the_safe_settings(tmp_path: Path) -> None:
    database = open_database(f"sqlite:///{tmp_path / 'office.db'}")
    with database.engine.connect() as conn:

        def pragma(name: str) -> object:
            return conn.exec_driver_sql(f"PRAGMA {name}").scalar()

        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("secure_delete") == 1
        assert pragma("temp_store") == 2  # MEMORY
        assert pragma("busy_timeout") == engine_module.SQLITE_BUSY_TIMEOUT_MS
    database.dispose()


def test_transactions_are_real_on_sqlite(tmp_path: Path) -> None:
    """DDL and DML inside one transaction roll back together (the pysqlite recipe)."""
    engine = make_engine(f"sqlite:///{tmp_path / 'office.db'}")
    upgrade_database(engine)
    with pytest.raises(RuntimeError), engine.begin() as conn:
        conn.execute(text("CREATE TABLE scratch (id INTEGER)"))
        conn.execute(text("INSERT INTO office_setting (key, value) VALUES ('k', 'v')"))
        raise RuntimeError("abort")
    assert "scratch" not in inspect(engine).get_table_names()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM office_setting")).scalar() == 0
    engine.dispose()


def test_sqlite_on_a_network_share_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "_mount_fs_type", lambda path: "cifs")
    with pytest.raises(NetworkShareRefused, match="network share"):
        make_engine(f"sqlite:///{tmp_path / 'office.db'}")


def test_bound_parameters_are_hidden_in_errors(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'office.db'}")
    upgrade_database(engine)
    secret = "Canary-Jansens-0470"
    with pytest.raises(Exception) as info, engine.begin() as conn:
        conn.execute(
            text("INSERT INTO office_setting (key, value) VALUES (:k, :v), (:k, :v)"),
            {"k": "dup", "v": secret},
        )
    assert secret not in str(info.value)
    engine.dispose()


def test_migration_scripts_are_bundled_next_to_the_code() -> None:
    scripts = sorted(p.name for p in (MIGRATIONS_DIR / "versions").glob("*.py"))
    assert any(name.startswith("0001_") for name in scripts)


def test_upgrading_gives_stored_reports_a_number_order_that_sorts_as_numbers(
    db_url: str,
) -> None:
    """0008: reports stored before it get ``number_order``, 2025-9999 below 2025-10000."""
    engine = make_engine(db_url)
    try:
        with engine.begin() as conn:
            upgrade_connection(conn, "0007")
            report = Table("report", MetaData(), autoload_with=conn)
            filler = {
                "String": "x",
                "VARCHAR": "x",
                "INTEGER": 1,
                "BOOLEAN": False,
                "BLOB": b"",
                "BYTEA": b"",
                "DATETIME": dt.datetime(2025, 1, 1, tzinfo=dt.UTC),
                "TIMESTAMP": dt.datetime(2025, 1, 1, tzinfo=dt.UTC),
            }
            numbers = ["2024-0012", "2025-9999", "2025-10000", "2025-0001"]
            for i, number in enumerate(numbers):
                row: dict[str, object] = {}
                for column in report.columns:
                    if not column.nullable:
                        kind = str(column.type).split("(")[0].split(" ")[0]
                        row[column.name] = filler[kind]
                row.update(id=f"r{i}", number=number)
                conn.execute(report.insert().values(**row))
        upgrade_database(engine)
        with engine.connect() as conn:
            stored = dict(conn.execute(text("SELECT number, number_order FROM report")).all())
            newest_first = conn.scalars(
                text("SELECT number FROM report ORDER BY number_order DESC")
            ).all()
        assert stored == {n: report_number_order(n) for n in numbers}
        assert stored["2025-10000"] == 2025 * 10_000_000 + 10_000
        assert newest_first == ["2025-10000", "2025-9999", "2025-0001", "2024-0012"]
    finally:
        engine.dispose()
