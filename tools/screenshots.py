"""Screenshots of real windows for docs/screenshots and the desk guide.

Run under Xvfb with Qt's xcb platform (a real window, not offscreen rendering):
    xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python tools/screenshots.py docs/screenshots [--reports 1000]
Everything shown is invented demo data in a temporary office.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from meldpunt.paths import default_paths
from meldpunt.services.container import build_services
from meldpunt.services.demo_office import DEMO_PASSPHRASE, DEMO_USER, DemoLoader
from meldpunt.storage.database import open_database
from meldpunt.crypto.keyring import KeyRing
from meldpunt.ui.admin.restore_dialog import RestoreDialog
from meldpunt.ui.application import build_window, make_app
from meldpunt.ui.context import AppContext
from meldpunt.ui.firstrun.wizard import FirstRunWizard
from meldpunt.config import UserSettings


def dark_theme(app: QApplication) -> None:
    """A dark desktop theme as a desk might have it (Fusion, dark palette)."""
    app.setStyle("Fusion")
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#353535"),
        (QPalette.ColorRole.WindowText, "#ffffff"),
        (QPalette.ColorRole.Base, "#2a2a2a"),
        (QPalette.ColorRole.AlternateBase, "#323232"),
        (QPalette.ColorRole.Text, "#ffffff"),
        (QPalette.ColorRole.Button, "#353535"),
        (QPalette.ColorRole.ButtonText, "#ffffff"),
        (QPalette.ColorRole.Highlight, "#2a82da"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.PlaceholderText, "#9a9a9a"),
        (QPalette.ColorRole.ToolTipBase, "#353535"),
        (QPalette.ColorRole.ToolTipText, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(disabled, role, QColor("#7f7f7f"))
    app.setPalette(palette)


def settle(ms: int = 600) -> None:
    QTest.qWait(ms)


def wait_until(check: Callable[[], bool], timeout_ms: int = 60_000) -> None:
    waited = 0
    while not check() and waited < timeout_ms:
        settle(100)
        waited += 100


def grab(widget: QWidget, path: Path) -> None:
    settle(800)
    screen = widget.screen()
    pixmap = screen.grabWindow(widget.winId())
    pixmap.save(str(path))
    print(f"wrote {path} ({pixmap.width()}x{pixmap.height()})")


def shoot_detail_and_admin(
    window: QWidget, context: AppContext, ring: KeyRing, out: Path, lang: str, tmp: Path
) -> None:
    """A report with a repeat counterparty, Beheer, person requests and the restore dialog."""
    services = context.services
    ids = [r.id for r in services.listing.rows(ring)][:200]
    repeated = next(
        (i for i in ids if services.casework.repeat_reports(ring, [i]).count > 0), ids[0]
    )
    window.show_page("reports")  # type: ignore[attr-defined]
    area = window.page("reports")  # type: ignore[attr-defined]
    area.open_report(repeated)
    settle(1200)
    grab(window, out / f"report-detail-{lang}.png")
    area.show_list()

    # A case file well under way (the furthest open status; chosen from the list, since
    # opening each file would fill the audit trail shown below), and the tasks.
    stages = ("file_open", "investigation", "action", "follow_up")
    files = [f for f in services.casework.list_files(ring) if f.status in stages]
    busiest = max(files, key=lambda f: stages.index(f.status))
    window.show_page("cases")  # type: ignore[attr-defined]
    window.page("cases").open_case(busiest.id)  # type: ignore[attr-defined]
    settle(1500)
    grab(window, out / f"case-file-{lang}.png")
    window.show_page("tasks")  # type: ignore[attr-defined]
    settle(1500)
    grab(window, out / f"tasks-{lang}.png")

    window.show_page("admin")  # type: ignore[attr-defined]
    settle(1500)
    grab(window, out / f"admin-{lang}.png")
    admin = window.page("admin")  # type: ignore[attr-defined]

    # A person with an e-mail address on record, as a coordinator answering a request.
    email = next(e for i in ids if (e := services.reports.get(ring, i)[0].reporter.email))
    admin.person_requests()
    dialog = admin.person_dialog
    dialog.email.setText(email)
    dialog.search()
    wait_until(lambda: dialog.table.rowCount() > 0)
    settle(800)
    grab(dialog, out / f"person-requests-{lang}.png")
    dialog.reject()

    backup = tmp / f"kantoor-{lang}.backup"
    services.backup.create(ring, backup)
    summary = services.backup.describe(ring, backup)
    restore = RestoreDialog(context, backup, summary, window)
    restore.show()
    settle(800)
    grab(restore, out / f"restore-{lang}.png")
    restore.reject()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--langs", default="nl,fr", help="comma-separated, e.g. nl")
    parser.add_argument("--dark", action="store_true", help="Fusion with a dark palette")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    paths = default_paths()
    with tempfile.TemporaryDirectory(prefix="meldpunt-shots-") as tmp:
        for lang in args.langs.split(","):
            app, translators = make_app(lang)
            if args.dark:
                dark_theme(app)
            # first run wizard (empty database)
            empty = open_database(f"sqlite:///{Path(tmp) / f'empty-{lang}.db'}")
            wizard = FirstRunWizard(AppContext(build_services(empty.sessions), language=lang))
            wizard.show()
            grab(wizard, args.out / f"first-run-{lang}.png")
            wizard.next()
            page = wizard.currentPage()
            page.username.setText("an.peeters")
            page.full_name.setText("An Peeters")
            page.passphrase.setText("een lange zin om te onthouden")
            page.repeat.setText("een lange zin om te onthouden")
            grab(wizard, args.out / f"first-run-coordinator-{lang}.png")
            wizard.close()
            empty.dispose()

            database = open_database(f"sqlite:///{Path(tmp) / f'demo-{lang}.db'}")
            services = build_services(database.sessions)
            office = services.accounts.create_office(
                "Antidiscriminatiemeldpunt Leuven", DEMO_USER, DEMO_PASSPHRASE, "Demo"
            )
            if lang == "nl":
                DemoLoader(database.sessions).load(office.ring, args.reports, seed=2026)
            else:
                DemoLoader(database.sessions).load(office.ring, 200, seed=2026)
            context = AppContext(services, language=lang)
            window = build_window(
                context,
                database_description="Demo",
                paths=paths,
                settings=UserSettings(language=lang),
                demo_credentials=(DEMO_USER, DEMO_PASSPHRASE),
            )
            window.resize(1360, 860)
            window.show()
            grab(window, args.out / f"unlock-{lang}.png")
            window.unlock_page.unlocked.emit(office.ring)
            wait_until(lambda: context.is_unlocked)
            area = window.page("reports")
            lst = area.list_page  # type: ignore[attr-defined]
            wait_until(lambda: lst.model.is_complete() and lst.model.rowCount() > 0)
            settle(1500)
            grab(window, args.out / f"report-list-{lang}.png")
            area.start_new_report()  # type: ignore[attr-defined]
            form = area.intake  # type: ignore[attr-defined]
            from support_kot import fill_kot  # noqa: PLC0415 - tools/ helper

            fill_kot(form)
            settle(700)
            grab(window, args.out / f"intake-{lang}.png")
            form.discard()
            window.show_page("cases")
            settle(1500)
            grab(window, args.out / f"cases-{lang}.png")
            window.show_page("statistics")
            settle(2500)
            grab(window, args.out / f"rapporten-{lang}.png")
            shoot_detail_and_admin(window, context, office.ring, args.out, lang, Path(tmp))
            window.lock()
            window.close()
            database.dispose()
            for t in translators:
                QCoreApplication.removeTranslator(t)  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    raise SystemExit(main())
