"""The ORM models and the bundled migrations describe the same schema."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from meldpunt.storage.database import open_database
from meldpunt.storage.models import Base


def test_models_match_the_migrations(db_url: str) -> None:
    database = open_database(db_url)
    try:
        with database.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        database.dispose()
