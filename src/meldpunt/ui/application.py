"""Builds the QApplication and the main window around the services of an opened office."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from meldpunt import APP_NAME, ORG_NAME, __version__
from meldpunt.config import UserSettings
from meldpunt.paths import AppPaths
from meldpunt.services.container import Services
from meldpunt.ui.context import AppContext
from meldpunt.ui.crash import CrashHandler, route_qt_messages
from meldpunt.ui.firstrun.wizard import FirstRunWizard
from meldpunt.ui.i18n import TranslationMissing, install_language
from meldpunt.ui.main_window import MainWindow
from meldpunt.ui.screens import install_screens

log = logging.getLogger(__name__)


def make_app(language: str) -> tuple[QApplication, list[object]]:
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
    app, _translators = make_app(language)
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


def build_window(
    context: AppContext,
    *,
    database_description: str,
    paths: AppPaths,
    settings: UserSettings,
    demo_credentials: tuple[str, str] | None = None,
) -> MainWindow:
    window = MainWindow(
        context,
        database_description=database_description,
        log_file=str(paths.log_file),
        idle_minutes=settings.idle_lock_minutes,
        demo_credentials=demo_credentials,
    )
    install_screens(window, context)

    def save_language(code: str) -> None:
        if context.demo:
            return  # nothing of a demo session is kept
        current = UserSettings.load(paths.settings_file)
        current.language = code
        current.save(paths.settings_file)

    window.language_chosen.connect(save_language)
    return window


def run_gui(
    *,
    services: Services,
    database_description: str,
    language: str,
    paths: AppPaths,
    settings: UserSettings,
    demo_credentials: tuple[str, str] | None = None,
) -> int:
    app, translators = make_app(language)
    CrashHandler(paths.log_file).install()
    context = AppContext(services, language=language, demo=demo_credentials is not None)
    window = build_window(
        context,
        database_description=database_description,
        paths=paths,
        settings=settings,
        demo_credentials=demo_credentials,
    )
    if not services.accounts.office_exists():
        wizard = FirstRunWizard(context)
        if wizard.exec() != QWizard.DialogCode.Accepted or wizard.office is None:
            log.info("First run cancelled; no office was created")
            return 0
        window.unlock_page.office_label.setText(services.accounts.office_name() or "")
        window.unlock_page.user_edit.setText(wizard.office.ring.username)
        window.unlock_page.unlocked.emit(wizard.office.ring)
    window.show()
    log.info("Main window shown")
    code = app.exec()
    context.lock()
    del translators
    return int(code)
