"""Composition root: arguments → logging → storage → services → QApplication."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from meldpunt import __version__
from meldpunt.cli import parse_args, run_command
from meldpunt.config import ConfigError, MachineConfig, UserSettings, resolve_database_url
from meldpunt.logsetup import enable_faulthandler, setup_logging
from meldpunt.paths import AppPaths, default_paths

log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    paths = default_paths()
    setup_logging(paths)
    log.info("Meldpunt %s starting (%s)", __version__, args.command or "gui")
    if args.command:
        return run_command(args, paths)

    enable_faulthandler(paths)
    try:
        machine = MachineConfig.load()
    except ConfigError as exc:
        from meldpunt.ui.application import show_startup_error

        log.error("%s", exc)
        return show_startup_error(exc, language=args.lang or "nl", paths=paths)
    settings = UserSettings.load(paths.settings_file, machine)
    language = args.lang or settings.language
    floor = machine.report_threshold_floor
    if args.demo:
        return run_demo(language=language, paths=paths, settings=settings, threshold_floor=floor)
    db_url = resolve_database_url(args.db, paths, machine)

    from meldpunt.services.container import build_services
    from meldpunt.storage.database import open_database
    from meldpunt.storage.errors import StorageError
    from meldpunt.ui.application import run_gui, show_startup_error

    try:
        database = open_database(db_url)
    except StorageError as exc:
        log.error("Could not open the database: %s", exc, exc_info=exc.__cause__)
        return show_startup_error(exc, language=language, paths=paths)
    try:
        return run_gui(
            services=build_services(database.sessions, threshold_floor=floor),
            database_description=database.describe(),
            language=language,
            paths=paths,
            settings=settings,
        )
    finally:
        database.dispose()


DEMO_REPORTS = 400


def run_demo(
    *, language: str, paths: AppPaths, settings: UserSettings, threshold_floor: int
) -> int:
    """A throw-away office in a temporary folder, deleted when the window closes."""
    import tempfile
    from pathlib import Path

    from meldpunt.services.container import build_services
    from meldpunt.services.demo_office import DEMO_PASSPHRASE, DEMO_USER, DemoLoader
    from meldpunt.storage.database import open_database
    from meldpunt.ui.application import run_gui

    with tempfile.TemporaryDirectory(prefix="meldpunt-demo-") as tmp:
        database = open_database(f"sqlite:///{Path(tmp) / 'demo.db'}")
        try:
            services = build_services(database.sessions, threshold_floor=threshold_floor)
            office = services.accounts.create_office(
                "Demo: Antidiscriminatiemeldpunt Leuven", DEMO_USER, DEMO_PASSPHRASE, "Demo"
            )
            for name, role in (
                ("els", "caseworker"),
                ("jonas", "intake"),
                ("stat", "statistician"),
            ):
                services.accounts.add_user(office.ring, name, role, DEMO_PASSPHRASE)
            DemoLoader(database.sessions).load(office.ring, DEMO_REPORTS, seed=2026)
            office.ring.wipe()
            log.info("Demo office ready in a temporary folder")
            return run_gui(
                services=services,
                database_description="Demo",
                language=language,
                paths=paths,
                settings=settings,
                demo_credentials=(DEMO_USER, DEMO_PASSPHRASE),
            )
        finally:
            database.dispose()


if __name__ == "__main__":  # pragma: no cover - python -m meldpunt goes through __main__
    raise SystemExit(main())
