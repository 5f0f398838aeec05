"""The main window opens in Dutch by default and is driven by keyboard."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meldpunt.ui.i18n import install_language
from meldpunt.ui.main_window import MainWindow


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    translators = install_language(qapp, "nl")
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def window(qtbot: QtBot, dutch: None) -> MainWindow:
    w = MainWindow(database_description="SQLite test.db", log_file="/tmp/meldpunt.log")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_window_title_carries_no_data(window: MainWindow) -> None:
    assert window.windowTitle() == "Meldpunt"


def test_navigation_is_dutch_and_complete(window: MainWindow) -> None:
    labels = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert labels == ["Meldingen", "Dossiers", "Taken", "Rapporten", "Beheer"]


def test_keyboard_shortcuts_switch_pages(qtbot: QtBot, window: MainWindow) -> None:
    assert window.page_key() == "reports"
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.page_key() == "tasks"
    assert window.pages.currentIndex() == 2
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.page_key() == "statistics"


def test_placeholder_pages_say_they_are_coming(window: MainWindow) -> None:
    page = window.pages.currentWidget()
    assert page.objectName() == "comingSoonPage"
    texts = [child.text() for child in page.findChildren(type(window.database_label))]
    assert "Komt in een volgende versie" in texts


def test_french_translation_is_installed_when_chosen(qtbot: QtBot, qapp: QApplication) -> None:
    translators = install_language(qapp, "fr")
    try:
        w = MainWindow(database_description="x", log_file="y")
        qtbot.addWidget(w)
        assert w.navigation.item(0).text() == "Signalements"
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
