"""Beheer: staff, audit trail and backups for the coordinator; no report content for IT."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from meldpunt.crypto.keys import KeyClass
from meldpunt.domain.model import Incident
from meldpunt.services.cases import CaseService
from meldpunt.services.reports import ReportService
from meldpunt.storage.models_audit import AuditEntry
from meldpunt.ui.admin.page import AdminPage
from meldpunt.ui.admin.role_dialog import ChangeRoleDialog
from meldpunt.ui.admin.rotate_dialog import RotateKeyDialog
from meldpunt.ui.context import AppContext
from support.clock import FakeClock
from support.office import COORDINATOR
from support.reports import kot_report
from support.ui_office import UiOffice


def test_coordinator_sees_staff_audit_and_can_back_up(
    qtbot: QtBot,
    ui_office: UiOffice,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = AdminPage(context)
    qtbot.addWidget(page)
    page.show()
    assert ui_office.office is not None
    ui_office.services.accounts.add_user(
        ui_office.office.ring, "it", "administrator", "alleen back-ups maken"
    )
    context.set_unlocked(ui_office.services.accounts.unlock(COORDINATOR, "de kat zit op de mat 42"))
    users = {page.staff.item(r, 0).text() for r in range(page.staff.rowCount())}
    assert users == {COORDINATOR, "it"}
    assert page.audit.rowCount() > 0
    page.audit_filter.setText("user.added")
    assert page.audit.rowCount() == 1
    # When, as the desk writes it everywhere else (nl_BE), to the second.
    assert re.fullmatch(r"\d{1,2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2}", page.audit.item(0, 1).text())
    page.verify()
    qtbot.waitUntil(
        lambda: page.verify_button.isEnabled() and bool(page.verify_result.text()), timeout=15_000
    )
    assert "intact" in page.verify_result.text()
    target = tmp_path / "kantoor.backup"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.backup()
    qtbot.waitUntil(lambda: target.exists() and page.backup_button.isEnabled(), timeout=30_000)
    qtbot.waitUntil(
        lambda: (
            re.fullmatch(
                r"Laatste back-up: \d{1,2}/\d{2}/\d{4} \d{2}:\d{2}", page.backup_label.text()
            )
            is not None
        ),
        timeout=20_000,
    )
    context.lock()
    assert page.staff.rowCount() == 0 and page.audit.rowCount() == 0


def test_the_administrator_sees_no_staff_or_audit_content(
    qtbot: QtBot, ui_office: UiOffice, context: AppContext
) -> None:
    assert ui_office.office is not None
    ui_office.services.accounts.add_user(
        ui_office.office.ring, "it", "administrator", "alleen back-ups maken"
    )
    page = AdminPage(context)
    qtbot.addWidget(page)
    page.show()
    context.set_unlocked(ui_office.services.accounts.unlock("it", "alleen back-ups maken"))
    assert not page.staff_box.isVisible() and not page.audit.isVisible()
    assert page.backup_box.isVisible() and page.verify_button.isVisible()
    assert page.administrator_note.isVisible()


def test_the_audit_trail_is_current_each_time_beheer_is_shown(
    qtbot: QtBot, ui_office: UiOffice, context: AppContext
) -> None:
    page = AdminPage(context)
    qtbot.addWidget(page)
    page.show()
    context.set_unlocked(ui_office.services.accounts.unlock(COORDINATOR, "de kat zit op de mat 42"))
    page.hide()  # the desk works on another screen meanwhile
    report = ui_office.services.reports.create(context.ring, kot_report())
    ui_office.services.reports.get(context.ring, report.id)
    page.show()
    page.audit_filter.setText("report.viewed")
    assert page.audit.rowCount() == 1
    assert page.audit.item(0, 4).text() == report.number  # the record column: its number


def test_the_audit_check_names_a_changed_entry_in_dutch(
    qtbot: QtBot, ui_office: UiOffice, context: AppContext
) -> None:
    page = AdminPage(context)
    qtbot.addWidget(page)
    page.show()
    context.set_unlocked(ui_office.services.accounts.unlock(COORDINATOR, "de kat zit op de mat 42"))
    ui_office.services.reports.create(context.ring, kot_report())
    page.verify()
    qtbot.waitUntil(lambda: page.verify_button.isEnabled(), timeout=15_000)
    assert page.verify_result.text().startswith("Het auditlogboek is intact:")
    with ui_office.database.sessions() as s, s.begin():
        s.execute(update(AuditEntry).where(AuditEntry.seq == 2).values(fields="narrative"))
    page.verify()
    qtbot.waitUntil(lambda: page.verify_button.isEnabled(), timeout=15_000)
    assert page.verify_result.text() == (
        "Het auditlogboek is beschadigd: regel 2 werd gewijzigd nadat ze geschreven was."
    )


def test_the_coordinator_changes_a_role_by_keyboard(
    qtbot: QtBot, ui_office: UiOffice, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert ui_office.office is not None
    accounts = ui_office.services.accounts
    accounts.add_user(ui_office.office.ring, "jonas", "intake", "aan de balie in leuven")
    page = AdminPage(context)
    qtbot.addWidget(page)
    page.show()
    context.set_unlocked(accounts.unlock(COORDINATOR, "de kat zit op de mat 42"))
    row = next(r for r in range(page.staff.rowCount()) if page.staff.item(r, 0).text() == "jonas")
    page.staff.selectRow(row)
    asked: list[str] = []

    def yes(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)

    def choose_statistician() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ChangeRoleDialog))
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # the current role is no change
        qtbot.keyClicks(dialog.role, "s")  # "statisticus"
        assert dialog.chosen() == "statistician" and "nooit" in dialog.reads.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        # Withdrawn keys: replacing one is offered at once, the first of them chosen.
        QTimer.singleShot(0, replace_identity_key)

    rotated: list[int] = []

    def replace_identity_key() -> None:
        dialog = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, RotateKeyDialog)), None
        )
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, replace_identity_key)
            return
        try:  # a failed check must not leave the modal dialog open
            rotated.append(dialog.chosen().code)
            qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: not dialog.running, timeout=15_000)
            if dialog.status is not None:
                rotated.append(dialog.status.new_version)
        finally:
            dialog.running = False
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, choose_statistician)
    page.role_button.click()
    assert page.staff.item(row, 1).text() == "statisticus"
    assert "identity" in asked[0] and "case" in asked[0]
    assert rotated == ["case", 2]
    assert context.ring.current(KeyClass.CASE)[0] == 2  # the coordinator's ring follows
    assert ui_office.services.rotation.pending() == []
    jonas = accounts.unlock("jonas", "aan de balie in leuven")
    assert jonas.role == "statistician" and jonas.classes() == {KeyClass.SPECIAL}
    jonas.wipe()


def test_retention_applied_on_demand_says_what_it_will_do_and_did(
    qtbot: QtBot, ui_office: UiOffice, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A report that ended in 2019 (registration only), recorded with a clock of then.
    clock = FakeClock(dt.datetime(2019, 6, 1, 9, 0, tzinfo=dt.UTC))
    reports = ReportService(ui_office.database.sessions, clock=clock)
    cases = CaseService(ui_office.database.sessions, clock=clock)
    assert ui_office.office is not None
    ring = ui_office.office.ring
    kot = kot_report()
    day = dt.date(2019, 5, 20)
    incident = Incident(date=day - dt.timedelta(days=5), area="heverlee", place="Kot")
    old = reports.create(ring, dataclasses.replace(kot, received_on=day, incident=incident))
    cases.change_report_status(ring, old.id, "competence_check")
    cases.change_report_status(ring, old.id, "registered_only")
    recent = ui_office.services.reports.create(ring, kot_report())

    page = AdminPage(context)
    qtbot.addWidget(page)
    page.show()
    context.set_unlocked(ui_office.services.accounts.unlock(COORDINATOR, "de kat zit op de mat 42"))
    asked: list[str] = []
    told: list[str] = []

    def answer(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(str(a[2])))
    page.retention_run.click()  # "No" the first time: nothing happens
    qtbot.waitUntil(lambda: len(asked) == 1 and page.retention_run.isEnabled(), timeout=20_000)
    assert old.number in asked[0] and recent.number not in asked[0]
    assert ui_office.services.reports.get(context.ring, old.id)[0].reporter.legal_name
    page.retention_run.click()
    qtbot.waitUntil(lambda: len(told) == 1, timeout=15_000)
    assert told[0].startswith("De persoonsgegevens van 1 meldingen")
    gone, _ = ui_office.services.reports.get(context.ring, old.id)
    assert gone.reporter.legal_name is None and gone.criteria == ("sexual_orientation",)
    kept, _ = ui_office.services.reports.get(context.ring, recent.id)
    assert kept.reporter.legal_name == "Ruben Maes"
    page.retention_run.click()  # nothing left to do, and it says so
    qtbot.waitUntil(lambda: len(told) == 2, timeout=20_000)
    assert "Geen" in told[1]
