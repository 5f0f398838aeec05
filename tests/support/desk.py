"""An unlocked desk for intake and report-screen tests: real services on a temporary database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from meldpunt.services.accounts import Accounts, NewOffice
from meldpunt.services.container import Services, build_services
from meldpunt.storage.database import Database, open_database
from meldpunt.ui.context import AppContext
from meldpunt.ui.tasks import wait_for_tasks
from support.office import COORDINATOR, COORDINATOR_PASS


@dataclass
class Desk:
    database: Database
    office: NewOffice
    services: Services
    context: AppContext


@contextmanager
def open_desk(folder: Path) -> Iterator[Desk]:
    """An office with its coordinator unlocked in an AppContext (Dutch, the default)."""
    database = open_database(f"sqlite:///{folder / 'office.db'}")
    office = Accounts(database.sessions).create_office(
        "Meldpunt Leuven", COORDINATOR, COORDINATOR_PASS, "An Peeters"
    )
    services = build_services(database.sessions)
    context = AppContext(services)
    context.set_unlocked(office.ring)
    try:
        yield Desk(database, office, services, context)
    finally:
        wait_for_tasks()  # a background save must not outlive the database
        database.dispose()


def visible_texts(root: QWidget) -> list[str]:
    """Every text a widget below ``root`` holds or could show again (values, items, tips)."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleDescription(), widget.windowTitle()]
        if isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QTreeWidget):
            for i in range(widget.topLevelItemCount()):
                item = widget.topLevelItem(i)
                assert item is not None
                for column in range(widget.columnCount()):
                    texts += [item.text(column), item.toolTip(column)]
        elif isinstance(widget, QLabel):
            texts.append(widget.text())
    return texts
