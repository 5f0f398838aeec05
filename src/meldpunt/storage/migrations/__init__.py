"""Bundled alembic migrations."""
