"""The main window: locked at start, unlocked by keyboard, locked by Ctrl+L and when idle."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meldpunt.ui.context import AppContext
from meldpunt.ui.main_window import MainWindow
from support.office import COORDINATOR, COORDINATOR_PASS


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> MainWindow:
    w = MainWindow(context, database_description="SQLite test.db", log_file="/tmp/x.log")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def unlock(
    qtbot: QtBot, window: MainWindow, user: str = COORDINATOR, passphrase: str = COORDINATOR_PASS
) -> None:
    page = window.unlock_page
    page.user_edit.setFocus()
    page.user_edit.clear()
    qtbot.keyClicks(page.user_edit, user)
    qtbot.keyClick(page.user_edit, Qt.Key.Key_Return)
    assert page.pass_edit.hasFocus()
    qtbot.keyClicks(page.pass_edit, passphrase)
    qtbot.keyClick(page.pass_edit, Qt.Key.Key_Return)


def test_starts_locked_and_title_carries_no_data(window: MainWindow) -> None:
    assert window.windowTitle() == "Meldpunt"
    assert window.top.currentWidget() is window.unlock_page
    assert window.unlock_page.office_label.text() == "Meldpunt Leuven"
    assert not window.lock_action.isEnabled()


def test_unlock_by_keyboard_then_ctrl_l_locks(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.top.currentWidget() is window.workspace, timeout=10_000)
    assert context.is_unlocked
    assert window.user_label.text() == f"{COORDINATOR} (coördinator)"  # the role in Dutch
    labels = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert labels == ["Meldingen", "Dossiers", "Taken", "Rapporten", "Beheer"]
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.page_key() == "tasks"
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not context.is_unlocked
    assert window.top.currentWidget() is window.unlock_page
    assert window.unlock_page.pass_edit.text() == ""
    assert window.user_label.text() == ""


def test_wrong_passphrase_says_so_in_dutch(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    unlock(qtbot, window, passphrase="helemaal niet juist")
    qtbot.waitUntil(
        lambda: (
            window.unlock_page.message.text() != "Bezig met ontgrendelen…"
            and window.unlock_page.button.isEnabled()
        ),
        timeout=10_000,
    )
    assert window.unlock_page.message.text() == "Verkeerde gebruikersnaam of wachtwoordzin."
    assert not context.is_unlocked
    assert window.unlock_page.pass_edit.text() == ""


def test_idle_timeout_locks(qtbot: QtBot, window: MainWindow, context: AppContext) -> None:
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: context.is_unlocked, timeout=10_000)
    window.idle.timer.setInterval(200)
    window.idle.timer.start()
    qtbot.waitUntil(lambda: not context.is_unlocked, timeout=20_000)
    assert window.top.currentWidget() is window.unlock_page


class MarkingTranslator(QTranslator):
    """Every text becomes ``<context>source``: what went through tr() shows it."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"<{context}>{source}"

    def isEmpty(self) -> bool:
        return False


def test_the_idle_lock_says_why_through_the_translation(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, context: AppContext
) -> None:
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: context.is_unlocked, timeout=10_000)
    marking = MarkingTranslator()
    qapp.installTranslator(marking)
    try:
        window.idle.timer.setInterval(200)
        window.idle.timer.start()
        qtbot.waitUntil(lambda: not context.is_unlocked, timeout=20_000)
        message = window.unlock_page.message.text()
    finally:
        qapp.removeTranslator(marking)
    assert message == "<MainWindow>Locked after 5 min without activity."
    # Ctrl+L is the user's own doing: no explanation needed.
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: context.is_unlocked, timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.unlock_page.message.text() == ""


def test_the_role_is_shown_through_the_translation(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, context: AppContext
) -> None:
    marking = MarkingTranslator()
    qapp.installTranslator(marking)
    try:
        unlock(qtbot, window)
        qtbot.waitUntil(lambda: context.is_unlocked, timeout=10_000)
        label = window.user_label.text()
    finally:
        qapp.removeTranslator(marking)
    assert label == f"{COORDINATOR} (<Roles>coordinator)"


def test_before_lock_hooks_run_while_the_keys_are_there(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    seen: list[bool] = []
    window.before_lock.append(lambda: seen.append(context.is_unlocked))
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: context.is_unlocked, timeout=10_000)
    window.lock()
    assert seen == [True]


def test_placeholder_pages_say_they_are_coming(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: context.is_unlocked, timeout=10_000)
    window.show_page("admin")
    page = window.pages.currentWidget()
    assert page.objectName() == "comingSoonPage"
    texts = [child.text() for child in page.findChildren(type(window.database_label))]
    assert "Komt in een volgende versie" in texts


def test_the_language_menu_saves_the_choice(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from meldpunt.config import UserSettings
    from meldpunt.paths import default_paths
    from meldpunt.ui.application import build_window

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    paths = default_paths()
    window = build_window(context, database_description="x", paths=paths, settings=UserSettings())
    qtbot.addWidget(window)
    assert window.language_actions["nl"].isChecked()
    window.language_actions["fr"].trigger()
    assert UserSettings.load(paths.settings_file).language == "fr"
    assert shown == ["Meldpunt gebruikt de gekozen taal vanaf de volgende start."]
