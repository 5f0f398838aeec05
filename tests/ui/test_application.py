"""Starting the desk: the window icon, and a wrong settings file in the desk's language."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from meldpunt.config import CONFIG_PROBLEMS, ConfigError, MachineConfig
from meldpunt.paths import AppPaths, machine_config_file
from meldpunt.ui import application
from meldpunt.ui.application import config_problem_texts, show_startup_error, startup_problem


class MarkingTranslator(QTranslator):
    """Translates every text to ``<context>source``: what passed through tr() shows it."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"<{context}>{source}"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marking(qapp: QApplication) -> Iterator[None]:
    translator = MarkingTranslator()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def _config_error(content: object) -> ConfigError:
    path = machine_config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(content), "utf-8")
    with pytest.raises(ConfigError) as caught:
        MachineConfig.load()
    return caught.value


def test_make_app_sets_the_installers_icon(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Only the icon is under test: keep this test's Qt message capture and language as they are.
    monkeypatch.setattr(application, "route_qt_messages", lambda: None)
    monkeypatch.setattr(application, "install_language", lambda app, lang: [])
    QApplication.setWindowIcon(QIcon())
    assert QApplication.windowIcon().isNull()
    app, _translators = application.make_app("nl")
    assert app is qapp
    icon = QApplication.windowIcon()
    assert not icon.isNull()
    assert not icon.pixmap(64, 64).isNull()  # the SVG renders (the image plugin is there)


def test_every_settings_problem_has_the_same_text_for_translation(qapp: QApplication) -> None:
    """Without a translator the desk's texts are config.py's English, kind for kind."""
    assert config_problem_texts() == CONFIG_PROBLEMS


def test_a_settings_problem_is_shown_through_the_translation(marking: None) -> None:
    error = _config_error({"idle_lock_minutes": 0})
    shown = startup_problem(error)
    assert shown == (
        f"<Startup>The machine-wide settings file {machine_config_file()}: idle_lock_minutes "
        "must be a whole number from 1 to 120."
    )
    assert str(error).startswith("The machine-wide settings file")  # English for the log
    assert startup_problem("The database is on a network share.") == (
        "The database is on a network share."
    )


def test_the_startup_dialog_says_it_in_the_desks_language(
    qapp: QApplication, marking: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(application, "make_app", lambda language: (qapp, []))
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    error = _config_error({"language": "de"})
    paths = AppPaths(tmp_path / "data", tmp_path / "logs", tmp_path / "config")
    assert show_startup_error(error, language="nl", paths=paths) == 1
    [text] = shown
    head, problem, log_line = text.split("\n\n")
    assert head == "<Startup>Meldpunt cannot start."
    assert problem == (
        f"<Startup>The machine-wide settings file {machine_config_file()}: language must be "
        "one of nl, fr, en."
    )
    assert log_line == f"<Startup>Log file: {paths.log_file}"


def test_the_dutch_startup_header_is_translated(qapp: QApplication, dutch: None) -> None:
    assert QCoreApplication.translate("Startup", "Meldpunt cannot start.") == (
        "Meldpunt kan niet starten."
    )
