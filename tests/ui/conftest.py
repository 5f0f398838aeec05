"""UI fixtures: a real office on a temporary SQLite database, its services and a context."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from meldpunt.services.container import build_services
from meldpunt.storage.database import open_database
from meldpunt.ui.context import AppContext
from meldpunt.ui.i18n import install_language
from meldpunt.ui.tasks import wait_for_tasks
from support.office import COORDINATOR, COORDINATOR_PASS
from support.ui_office import UiOffice


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    translators = install_language(qapp, "nl")
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def empty_office(tmp_path: Path) -> Iterator[UiOffice]:
    """A database without an office (first run)."""
    database = open_database(f"sqlite:///{tmp_path / 'office.db'}")
    yield UiOffice(database, build_services(database.sessions), None)
    wait_for_tasks()
    database.dispose()


@pytest.fixture
def ui_office(empty_office: UiOffice) -> UiOffice:
    empty_office.office = empty_office.services.accounts.create_office(
        "Meldpunt Leuven", COORDINATOR, COORDINATOR_PASS, "An Peeters"
    )
    return empty_office


@pytest.fixture
def context(ui_office: UiOffice, dutch: None) -> Iterator[AppContext]:
    ctx = AppContext(ui_office.services, language="nl")
    yield ctx
    ctx.lock()
