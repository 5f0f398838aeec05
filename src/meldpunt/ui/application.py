"""Builds the QApplication and the main window around an opened database."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from meldpunt import APP_NAME, ORG_NAME, __version__
from meldpunt.config import UserSettings
from meldpunt.paths import AppPaths
from meldpunt.storage.database import Database
from meldpunt.ui.crash import CrashHandler, route_qt_messages
from meldpunt.ui.i18n import TranslationMissing, install_language
from meldpunt.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _make_app(language: str) -> tuple[QApplication, list[object]]:
    route_qt_messages()
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    try:
        translators: list[object] = list(install_language(app, language))
    except TranslationMissing:
        log.warning("No translation for %s; showing English", language)
        translators = []
    return app, translators


def show_startup_error(message: str, *, language: str, paths: AppPaths) -> int:
    """The database could not be opened: say why in a dialog, exit with 1."""
    app, _translators = _make_app(language)
    QMessageBox.critical(
        None,
        APP_NAME,
        QCoreApplication.translate("Startup", "Meldpunt cannot start.")
        + "\n\n"
        + message
        + "\n\n"
        + QCoreApplication.translate("Startup", "Log file: {log}").replace(
            "{log}", str(paths.log_file)
        ),
    )
    del app
    return 1


def run_gui(*, database: Database, language: str, paths: AppPaths, settings: UserSettings) -> int:
    app, translators = _make_app(language)
    CrashHandler(paths.log_file).install()
    window = MainWindow(database_description=database.describe(), log_file=str(paths.log_file))
    window.show()
    log.info("Main window shown")
    code = app.exec()
    del translators
    return int(code)
