"""A whole desk day by keyboard, and a crash mid-intake that loses nothing."""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from meldpunt.config import UserSettings
from meldpunt.paths import default_paths
from meldpunt.services.container import build_services
from meldpunt.storage.database import open_database
from meldpunt.ui.application import build_window
from meldpunt.ui.context import AppContext
from meldpunt.ui.intake.summary_dialog import SummaryDialog
from meldpunt.ui.main_window import MainWindow
from meldpunt.ui.reports.area import ReportsArea
from meldpunt.ui.tasks import wait_for_tasks
from support.canary import CANARIES
from support.desk import visible_texts
from support.office import COORDINATOR, COORDINATOR_PASS
from support.ui_office import UiOffice

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))


def make_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = build_window(
        context, database_description="test", paths=default_paths(), settings=UserSettings()
    )
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def unlock(qtbot: QtBot, window: MainWindow, context: AppContext) -> None:
    page = window.unlock_page
    page.user_edit.setFocus()
    page.user_edit.clear()
    qtbot.keyClicks(page.user_edit, COORDINATOR)
    qtbot.keyClick(page.user_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(page.pass_edit, COORDINATOR_PASS)
    qtbot.keyClick(page.pass_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: context.is_unlocked, timeout=15_000)


def test_a_desk_day(
    qtbot: QtBot, ui_office: UiOffice, dutch: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = AppContext(ui_office.services, language="nl")
    window = make_window(qtbot, context)
    unlock(qtbot, window, context)
    area = window.page("reports")
    assert isinstance(area, ReportsArea)

    # a new housing report with two criteria and an evidence file
    search = area.list_page.search_edit
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search, timeout=20_000)
    qtbot.keyClick(search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert area.currentWidget() is area.intake
    from support_kot import kot_report

    form = area.intake
    report = kot_report()
    form.load(
        dataclasses.replace(
            report,
            reporter=dataclasses.replace(
                report.reporter, email=CANARIES[1], legal_name=CANARIES[0]
            ),
        )
    )
    evidence = tmp_path / "advertentie.png"
    evidence.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 4000)
    form.add_evidence_files([evidence])
    monkeypatch.setattr(SummaryDialog, "ask", classmethod(lambda cls, parent, groups: True))
    with qtbot.waitSignal(form.saved, timeout=20_000) as saved:
        qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    report_id = saved.args[0]
    wait_for_tasks()
    stored, version = ui_office.services.reports.get(context.ring, report_id)
    assert stored.criteria == ("sexual_orientation", "national_ethnic_origin")
    assert stored.domain == "housing.student"
    qtbot.waitUntil(
        lambda: len(ui_office.services.evidence.list(context.ring, report_id)) == 1, timeout=15_000
    )

    # find it by e-mail through the list's search
    area.show_list()
    page = area.list_page
    page.focus_search()
    qtbot.keyClicks(page.search_edit, CANARIES[1].upper())
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)

    # edit it
    area.open_report(report_id)
    assert area.currentWidget() is area.detail
    area.detail.start_edit()
    edit_form = area.detail.form
    current = edit_form.report()
    edit_form.edit(dataclasses.replace(current, narrative="Aangevuld na telefoon."), version)
    with qtbot.waitSignal(area.detail.saved, timeout=20_000):
        qtbot.keyClick(edit_form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert ui_office.services.reports.get(context.ring, report_id)[0].narrative == (
        "Aangevuld na telefoon."
    )

    # lock: nothing personal stays in any widget, model or the clipboard
    context.copy_to_clipboard(CANARIES[1])
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not context.is_unlocked
    texts = "\n".join(visible_texts(window))
    for canary in CANARIES[:2]:
        assert canary not in texts
    assert page.model.rowCount() == 0
    assert QApplication.clipboard().text() != CANARIES[1]

    # unlock again: the report is there
    unlock(qtbot, window, context)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)


CRASH_SCRIPT = r"""
import sys, time
sys.path.insert(0, sys.argv[2])
from meldpunt.config import UserSettings
from meldpunt.paths import default_paths
from meldpunt.services.container import build_services
from meldpunt.storage.database import open_database
from meldpunt.ui.application import build_window, make_app
from meldpunt.ui.context import AppContext
from support_kot import kot_report
app, _t = make_app("nl")
database = open_database(sys.argv[1])
services = build_services(database.sessions)
context = AppContext(services, language="nl")
window = build_window(context, database_description="x", paths=default_paths(),
                      settings=UserSettings())
window.show()
ring = services.accounts.unlock("coord", "de kat zit op de mat 42")
window.unlock_page.unlocked.emit(ring)
area = window.page("reports")
area.start_new_report()
area.intake.autosave.interval_ms = 300
area.intake.load(kot_report())
typed = area.intake.state()
area.intake.new_report()
area.intake.restore_state(typed)  # as if typed by hand: unsaved work
area.intake.autosave.mark_dirty()
deadline = time.monotonic() + 30
while time.monotonic() < deadline:
    app.processEvents()
    if services.drafts.list(ring):
        print("DRAFT-SAVED", flush=True)
        break
    time.sleep(0.05)
else:
    print("NO-DRAFT", flush=True)
    sys.exit(1)
while True:  # typing goes on until the machine dies
    app.processEvents()
    time.sleep(0.05)
"""


@pytest.mark.slow
def test_killed_mid_intake_the_draft_comes_back_complete(
    qtbot: QtBot, ui_office: UiOffice, dutch: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = str(ui_office.database.engine.url)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, "-c", CRASH_SCRIPT, url, str(ROOT / "tools")],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()  # the script gives up (and exits) after 30 s
        assert line.strip() == "DRAFT-SAVED"
        time.sleep(0.5)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        if proc.stdout is not None:
            proc.stdout.close()

    # restart: a new window on the same database, unlock, the draft is offered
    database = open_database(url)
    try:
        services = build_services(database.sessions)
        context = AppContext(services, language="nl")
        monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Yes)
        window = make_window(qtbot, context)
        unlock(qtbot, window, context)
        area = window.page("reports")
        assert isinstance(area, ReportsArea)
        qtbot.waitUntil(lambda: area.currentWidget() is area.intake, timeout=10_000)
        from support_kot import kot_report

        restored = area.intake.report()
        expected = kot_report()
        for field in (
            "received_on",
            "channel",
            "domain",
            "criteria",
            "modifiers",
            "forms",
            "reporter",
            "incident",
            "counterparty",
            "narrative",
            "wishes",
        ):
            assert getattr(restored, field) == getattr(expected, field), field
        assert json.dumps(area.intake.state())  # still JSON-ready
        window.lock()
    finally:
        wait_for_tasks()
        database.dispose()
