"""Builds the QApplication and the main window around the services of an opened office."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from meldpunt import APP_NAME, ORG_NAME, __version__
from meldpunt.config import ConfigError, UserSettings, fill
from meldpunt.paths import AppPaths
from meldpunt.resources import as_path
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
    # The installer's icon (drawn from the same SVG): every window, dialog and the task bar.
    icon = QIcon(str(as_path("icons", "meldpunt.svg")))
    if icon.isNull():
        log.warning("The application icon could not be loaded")
    else:
        QApplication.setWindowIcon(icon)
    try:
        translators: list[object] = list(install_language(app, language))
    except TranslationMissing:
        log.warning("No translation for %s; showing English", language)
        translators = []
    return app, translators


def config_problem_texts() -> dict[str, str]:
    """``ConfigError.kind`` → its message in the user's language.

    The source texts are those of ``meldpunt.config.CONFIG_PROBLEMS`` (tested), written out
    here because lupdate reads the UI only.
    """
    return {
        "unreadable": QCoreApplication.translate(
            "Startup", "The machine-wide settings file {path} cannot be read ({reason})."
        ),
        "not_json": QCoreApplication.translate(
            "Startup", "The machine-wide settings file {path} is not valid JSON ({reason})."
        ),
        "not_object": QCoreApplication.translate(
            "Startup", "The machine-wide settings file {path}: expected a JSON object ({ ... })."
        ),
        "unknown_key": QCoreApplication.translate(
            "Startup",
            "The machine-wide settings file {path}: unknown key {keys} (known: {known}).",
        ),
        "database_url": QCoreApplication.translate(
            "Startup",
            "The machine-wide settings file {path}: database_url must be a database URL or a "
            "file path.",
        ),
        "language": QCoreApplication.translate(
            "Startup",
            "The machine-wide settings file {path}: language must be one of {languages}.",
        ),
        "idle_lock_minutes": QCoreApplication.translate(
            "Startup",
            "The machine-wide settings file {path}: idle_lock_minutes must be a whole number "
            "from {low} to {high}.",
        ),
        "threshold_floor": QCoreApplication.translate(
            "Startup",
            "The machine-wide settings file {path}: report_threshold_floor must be a whole "
            "number of at least {floor}.",
        ),
        "locked_keys": QCoreApplication.translate(
            "Startup", "The machine-wide settings file {path}: locked must be a list of {keys}."
        ),
        "locked_unset": QCoreApplication.translate(
            "Startup",
            "The machine-wide settings file {path}: locked names {keys} but the file does not "
            "set it.",
        ),
    }


def startup_problem(error: str | BaseException) -> str:
    """What stopped the start, for the dialog: a settings-file problem in the user's language.

    Other problems keep their own message (the storage layer's are English for now).
    """
    if isinstance(error, ConfigError):
        template = config_problem_texts().get(error.kind)
        if template is not None:
            return fill(template, error.params)
    return str(error)


def show_startup_error(message: str | BaseException, *, language: str, paths: AppPaths) -> int:
    """Meldpunt cannot start (settings file, database): say why in a dialog, exit with 1.

    Pass the exception itself, not its text: a ``ConfigError`` is then shown translated.
    """
    app, _translators = make_app(language)
    QMessageBox.critical(
        None,
        APP_NAME,
        QCoreApplication.translate("Startup", "Meldpunt cannot start.")
        + "\n\n"
        + startup_problem(message)
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
