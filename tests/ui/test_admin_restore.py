"""Restoring a backup from Beheer: asked again, warned, locked first, then restored whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from meldpunt.config import UserSettings
from meldpunt.paths import default_paths
from meldpunt.storage.models import ReportRow
from meldpunt.ui.admin.page import AdminPage
from meldpunt.ui.admin.restore_dialog import RestoreDialog
from meldpunt.ui.application import build_window
from meldpunt.ui.context import AppContext
from meldpunt.ui.main_window import MainWindow
from support.office import COORDINATOR, COORDINATOR_PASS
from support.reports import kot_report
from support.ui_office import UiOffice

ADMIN = "it"
ADMIN_PASS = "alleen back-ups maken"


def _report_ids(office: UiOffice) -> set[str]:
    with office.database.sessions() as s:
        return set(s.scalars(select(ReportRow.id)))


def _unlock(qtbot: QtBot, window: MainWindow, user: str, passphrase: str) -> None:
    page = window.unlock_page
    page.user_edit.setFocus()
    page.user_edit.clear()
    qtbot.keyClicks(page.user_edit, user)
    qtbot.keyClick(page.user_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(page.pass_edit, passphrase)
    qtbot.keyClick(page.pass_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.top.currentWidget() is window.workspace, timeout=15_000)


def _open_restore(
    qtbot: QtBot, page: AdminPage, backup: Path, monkeypatch: pytest.MonkeyPatch
) -> RestoreDialog:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(backup), ""))
    )
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    dialog = page.restore_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _attempt(qtbot: QtBot, dialog: RestoreDialog, passphrase: str) -> None:
    """Type the passphrase, tick "I understand" by keyboard, press Restore; wait for the end."""
    dialog.passphrase.setFocus()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    if not dialog.understood.isChecked():
        dialog.understood.setFocus()
        qtbot.keyClick(dialog.understood, Qt.Key.Key_Space)
    assert dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)


def test_the_coordinator_restores_and_signs_in_again_on_the_backup(
    qtbot: QtBot,
    ui_office: UiOffice,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The whole application: every screen holds its models, timers and tasks.
    window = build_window(
        context, database_description="test", paths=default_paths(), settings=UserSettings()
    )
    page = window.page("admin")
    assert isinstance(page, AdminPage)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    _unlock(qtbot, window, COORDINATOR, COORDINATOR_PASS)
    services = ui_office.services
    kept = services.reports.create(context.ring, kot_report())
    backup = tmp_path / "kantoor.backup"
    services.backup.create(context.ring, backup)
    later = services.reports.create(context.ring, kot_report())
    window.show_page("admin")
    assert page.restore_button.isVisible()

    dialog = _open_restore(qtbot, page, backup, monkeypatch)
    assert dialog.username == COORDINATOR
    assert not dialog.restore_button.isEnabled()  # no passphrase, nothing confirmed yet
    # The manifest tells already that the database in place went on after the backup.
    assert dialog.force.isVisible() and dialog.refusal.isVisible()
    assert str(services.backup.describe(context.ring, backup).audit_seq) in dialog.refusal.text()

    # Without "restore anyway" the service refuses, and nothing changes.
    _attempt(qtbot, dialog, COORDINATOR_PASS)
    assert not context.is_unlocked  # locked before the restore began
    assert window.top.currentWidget() is window.unlock_page
    assert dialog.isVisible() and dialog.force.isVisible() and dialog.refusal.isVisible()
    assert dialog.passphrase.text() == ""  # asked again for every attempt
    assert _report_ids(ui_office) == {kept.id, later.id}

    # "Restore anyway" wants a second confirmation; "No" keeps everything as it is.
    questions: list[str] = []

    def answer_no(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        questions.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(answer_no))
    dialog.force.setFocus()
    qtbot.keyClick(dialog.force, Qt.Key.Key_Space)
    dialog.passphrase.setFocus()
    qtbot.keyClicks(dialog.passphrase, COORDINATOR_PASS)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert len(questions) == 1 and not dialog.running
    assert _report_ids(ui_office) == {kept.id, later.id}

    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda *a, **k: shown.append(a[2]))
    )
    dialog.passphrase.clear()
    _attempt(qtbot, dialog, COORDINATOR_PASS)
    assert dialog.outcome is not None and dialog.outcome.forced
    assert not dialog.isVisible()
    assert len(shown) == 1 and str(dialog.outcome.backup_seq) in shown[0]
    assert _report_ids(ui_office) == {kept.id}  # the report made after the backup is gone
    assert window.top.currentWidget() is window.unlock_page

    # Signing in works against the restored database, and this desk trusts its trail.
    _unlock(qtbot, window, COORDINATOR, COORDINATOR_PASS)
    report, _ = services.reports.get(context.ring, kept.id)
    assert report.reporter.legal_name == "Ruben Maes"
    verification = services.audit.verify(context.ring)
    assert verification.ok, verification.message()
    actions = [e.action for e in services.audit.entries(context.ring, limit=5)]
    assert "backup.restored" in actions


def test_a_wrong_passphrase_changes_nothing(
    qtbot: QtBot,
    ui_office: UiOffice,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = AdminPage(context)
    qtbot.addWidget(page)
    page.show()
    context.set_unlocked(ui_office.services.accounts.unlock(COORDINATOR, COORDINATOR_PASS))
    services = ui_office.services
    services.reports.create(context.ring, kot_report())
    backup = tmp_path / "kantoor.backup"
    services.backup.create(context.ring, backup)
    before = backup.read_bytes()
    services.reports.create(context.ring, kot_report())
    ids = _report_ids(ui_office)
    db_file = Path(str(ui_office.database.engine.url.database))

    dialog = _open_restore(qtbot, page, backup, monkeypatch)
    _attempt(qtbot, dialog, "helemaal niet juist")
    assert dialog.isVisible() and dialog.message.text()
    assert not dialog.force.isChecked()  # a wrong passphrase is no reason to force anything
    assert dialog.outcome is None
    assert _report_ids(ui_office) == ids
    assert backup.read_bytes() == before and db_file.exists()
    # Closing the dialog leaves a locked desk whose database is the one it was.
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.passphrase.text() == ""
    ring = services.accounts.unlock(COORDINATOR, COORDINATOR_PASS)
    try:
        assert services.audit.verify(ring).ok
    finally:
        ring.wipe()


def test_the_administrator_restores_without_any_report_key(
    qtbot: QtBot,
    ui_office: UiOffice,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert ui_office.office is not None
    services = ui_office.services
    services.accounts.add_user(ui_office.office.ring, ADMIN, "administrator", ADMIN_PASS)
    kept = services.reports.create(ui_office.office.ring, kot_report())
    page = AdminPage(context)
    qtbot.addWidget(page)
    page.show()
    context.set_unlocked(services.accounts.unlock(ADMIN, ADMIN_PASS))
    backup = tmp_path / "kantoor.backup"
    services.backup.create(context.ring, backup)
    later = services.reports.create(ui_office.office.ring, kot_report())
    assert page.restore_button.isVisible() and not page.requests_box.isVisible()

    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
    dialog = _open_restore(qtbot, page, backup, monkeypatch)
    assert dialog.username == ADMIN
    _attempt(qtbot, dialog, ADMIN_PASS)
    assert dialog.force.isVisible()
    dialog.force.setChecked(True)
    _attempt(qtbot, dialog, ADMIN_PASS)
    assert dialog.outcome is not None
    assert _report_ids(ui_office) == {kept.id}
    assert later.id not in _report_ids(ui_office)
    with ui_office.database.sessions() as s:
        assert s.scalar(select(func.count()).select_from(ReportRow)) == 1
