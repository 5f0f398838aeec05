"""After a coordinator signs in: due erasures are offered, done in the background, reported."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from meldpunt.domain.model import Incident
from meldpunt.services.cases import CaseService
from meldpunt.services.reports import ReportService
from meldpunt.ui.context import AppContext
from meldpunt.ui.maintenance import UnlockMaintenance
from support.clock import FakeClock
from support.office import COORDINATOR, COORDINATOR_PASS
from support.reports import kot_report
from support.ui_office import UiOffice


def test_due_erasures_are_offered_after_sign_in_and_the_result_is_shown(
    qtbot: QtBot, ui_office: UiOffice, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock(dt.datetime(2019, 6, 1, 9, 0, tzinfo=dt.UTC))
    assert ui_office.office is not None
    ring = ui_office.office.ring
    day = dt.date(2019, 5, 20)
    old = ReportService(ui_office.database.sessions, clock=clock).create(
        ring,
        dataclasses.replace(
            kot_report(),
            received_on=day,
            incident=Incident(date=day - dt.timedelta(days=5), area="heverlee", place="Kot"),
        ),
    )
    cases = CaseService(ui_office.database.sessions, clock=clock)
    cases.change_report_status(ring, old.id, "competence_check")
    cases.change_report_status(ring, old.id, "registered_only")

    window = QWidget()
    qtbot.addWidget(window)
    maintenance = UnlockMaintenance(context, window, QLabel())
    asked: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(str(a[2])) or QMessageBox.StandardButton.Yes,
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(str(a[2])))
    context.set_unlocked(ui_office.services.accounts.unlock(COORDINATOR, COORDINATOR_PASS))
    maintenance.run()
    assert len(asked) == 1 and asked[0].startswith("1 ")
    qtbot.waitUntil(lambda: len(told) == 1, timeout=15_000)
    assert told[0].startswith("De persoonsgegevens van 1 meldingen")
    report, _ = ui_office.services.reports.get(context.ring, old.id)
    assert report.reporter.legal_name is None
