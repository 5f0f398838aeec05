"""Fixtures for tests that use a real database: an opened office with its first coordinator."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from meldpunt.services.accounts import Accounts, NewOffice
from meldpunt.storage.database import Database, open_database
from support.office import COORDINATOR, COORDINATOR_PASS


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    db = open_database(db_url)
    yield db
    db.dispose()


@pytest.fixture
def accounts(database: Database) -> Accounts:
    return Accounts(database.sessions)


@pytest.fixture
def office(accounts: Accounts) -> NewOffice:
    return accounts.create_office("Meldpunt Leuven", COORDINATOR, COORDINATOR_PASS, "An Peeters")
