"""The report screen and case files: competence check, adding to a file, repeat banner."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from meldpunt.domain.model import Counterparty
from meldpunt.storage.models import ReportRow
from meldpunt.ui.cases.case_list import CasesPage
from meldpunt.ui.cases.referral_dialog import CompetenceDialog
from meldpunt.ui.context import AppContext
from meldpunt.ui.main_window import MainWindow
from meldpunt.ui.reports import detail as detail_module
from meldpunt.ui.reports.add_to_file_dialog import AddToFileDialog
from meldpunt.ui.reports.area import ReportsArea
from meldpunt.ui.reports.detail import ReportDetailPage
from meldpunt.ui.screens import install_screens
from meldpunt.ui.tasks import wait_for_tasks
from support.desk import Desk, open_desk, visible_texts
from support.reports import kot_report
from support.ui_office import UiOffice


@pytest.fixture(autouse=True)
def belgian_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("nl_BE"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    with open_desk(tmp_path) as opened:
        yield opened


@pytest.fixture
def page(qtbot: QtBot, desk: Desk) -> ReportDetailPage:
    detail = ReportDetailPage(desk.context)
    qtbot.addWidget(detail)
    detail.resize(1000, 760)
    with qtbot.waitActive(detail):
        detail.show()
        detail.activateWindow()
    return detail


def stored(desk: Desk, status: str = "new", counterparty: str = "Kotbaas Janssens") -> str:
    ring = desk.office.ring
    report = kot_report(
        counterparty=Counterparty(type="student_housing_landlord", name=counterparty)
    )
    report_id = desk.services.reports.create(ring, report).id
    if status != "new":
        desk.services.cases.change_report_status(ring, report_id, "competence_check")
    if status not in ("new", "competence_check"):
        desk.services.cases.change_report_status(ring, report_id, status)
    return report_id


def file_for(desk: Desk, report_id: str) -> tuple[str, str]:
    record = desk.services.cases.open_file(desk.office.ring, [report_id])
    return record.id, record.number


def press(qtbot: QtBot, button: QPushButton) -> None:
    """Activate a button from the keyboard: focus it, press space."""
    assert button.isEnabled(), button.objectName()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def shown(cls: type[QWidget]) -> QWidget:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
    assert found, cls.__name__
    return found[-1]


def added_dialog(qtbot: QtBot) -> AddToFileDialog:
    """The open AddToFileDialog, once it has the keyboard (as the desk sees it)."""
    dialog = shown(AddToFileDialog)
    assert isinstance(dialog, AddToFileDialog)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=20_000)
    return dialog


def test_the_buttons_follow_the_report_status(desk: Desk, page: ReportDetailPage) -> None:
    opener, adder = page.open_case_button, page.add_to_case_button
    page.show_report(stored(desk))
    assert opener.isEnabled() and "Start the competence check" in opener.toolTip()
    # A new report may join an open file at once (a mass report): the file decides competence.
    assert adder.isEnabled() and "mass report" in adder.toolTip()

    page.show_report(stored(desk, "competence_check"))
    assert opener.isEnabled() and "Continue the competence check" in opener.toolTip()
    assert adder.isEnabled()

    page.show_report(stored(desk, "info_given"))
    for button in (opener, adder):
        assert not button.isEnabled()
        assert "This report is closed (informatie gegeven)" in button.toolTip()

    in_file = stored(desk, "competence_check")
    file_for(desk, in_file)
    page.show_report(in_file)
    assert opener.isEnabled() and opener.text() == "Sh&ow the case file"
    assert not adder.isEnabled() and "already in a case file" in adder.toolTip()


def test_a_role_without_casework_gets_disabled_buttons_that_say_why(
    desk: Desk, page: ReportDetailPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(detail_module, "CASE_ROLES", frozenset())
    page.show_report(stored(desk, "competence_check"))
    for button in (page.open_case_button, page.add_to_case_button):
        assert not button.isEnabled()
        assert button.toolTip() == "Your role cannot follow up reports."


def test_open_a_case_file_runs_the_competence_check_and_shows_the_file(
    qtbot: QtBot, desk: Desk, page: ReportDetailPage
) -> None:
    ring = desk.office.ring
    report_id = stored(desk)
    page.show_report(report_id)
    changed: list[str] = []
    page.workflow_changed.connect(changed.append)

    press(qtbot, page.open_case_button)
    dialog = shown(CompetenceDialog)
    assert isinstance(dialog, CompetenceDialog)
    assert desk.services.reports.get(ring, report_id)[0].status == "competence_check"
    assert page.status.text() == "bevoegdheidscheck"
    assert changed == [report_id]

    with qtbot.waitSignal(page.open_case_file, timeout=5000) as opened:
        press(qtbot, dialog.open_file_button)
    report = desk.services.reports.get(ring, report_id)[0]
    assert report.case_file_id is not None and report.status == "file_open"
    assert opened.args == [report.case_file_id]
    assert page.open_case_button.text() == "Sh&ow the case file"
    assert not page.add_to_case_button.isEnabled()

    # From now on the button leads to the file.
    with qtbot.waitSignal(page.open_case_file, timeout=1000) as again:
        press(qtbot, page.open_case_button)
    assert again.args == [report.case_file_id]


def test_add_to_an_existing_case_file_by_keyboard(
    qtbot: QtBot, desk: Desk, page: ReportDetailPage
) -> None:
    ring = desk.office.ring
    first_id, first_number = file_for(desk, stored(desk, "competence_check", "Immo Dijleland"))
    _second_id, _ = file_for(desk, stored(desk, "competence_check", "Café De Hoek"))
    closed_id, _ = file_for(desk, stored(desk, "competence_check", "Bakkerij Peeters"))
    cases = desk.services.cases
    for step in ("investigation", "action"):
        cases.change_file_status(ring, closed_id, step)
    cases.change_file_status(
        ring, closed_id, "closed", assessment="not_assessed", result="no_result"
    )
    report_id = stored(desk, "new", "Immo Dijleland")  # someone else about the same ad
    page.show_report(report_id)

    press(qtbot, page.add_to_case_button)
    dialog = added_dialog(qtbot)
    assert dialog.proxy.rowCount() == 2  # the closed file is not offered
    assert QApplication.focusWidget() is dialog.filter_edit
    qtbot.keyClicks(dialog.filter_edit, first_number)
    assert dialog.proxy.rowCount() == 1
    with qtbot.waitSignal(page.status_message, timeout=5000) as message:
        qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()

    report = desk.services.reports.get(ring, report_id)[0]
    assert report.case_file_id == first_id
    assert report.status == "file_open" and report.mass_report
    assert set(desk.services.cases.get_file(ring, first_id).report_ids) >= {report_id}
    assert first_number in message.args[0]
    assert page.status.text() == "dossier geopend"
    assert page.open_case_button.text() == "Sh&ow the case file"


def test_the_dialog_explains_a_refusal_and_offers_only_open_files(
    qtbot: QtBot, desk: Desk, page: ReportDetailPage
) -> None:
    ring = desk.office.ring
    file_id, _ = file_for(desk, stored(desk, "competence_check"))
    report_id = stored(desk, "competence_check")
    page.show_report(report_id)
    press(qtbot, page.add_to_case_button)
    dialog = added_dialog(qtbot)
    # Another desk withdraws the file while this one chooses it.
    desk.services.cases.change_file_status(ring, file_id, "withdrawn")
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    box = dialog.messages.last_message
    assert box is not None and box.isVisible()
    assert "has ended" in box.text()
    assert dialog.isVisible() and dialog.empty.isVisible() and not dialog.ok.isEnabled()
    report = desk.services.reports.get(ring, report_id)[0]
    assert report.case_file_id is None and report.status == "competence_check"
    box.close()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: page.add_dialog is None, timeout=20_000)


def test_without_open_files_the_dialog_says_so(
    qtbot: QtBot, desk: Desk, page: ReportDetailPage
) -> None:
    page.show_report(stored(desk, "competence_check"))
    press(qtbot, page.add_to_case_button)
    dialog = added_dialog(qtbot)
    assert dialog.empty.isVisible() and dialog.empty.text() == "There are no open case files."
    assert not dialog.table.isVisible() and not dialog.ok.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def _repeat(desk: Desk, year: int, name: str) -> str:
    base = kot_report(counterparty=Counterparty(type="real_estate_agency", name=name))
    base = dataclasses.replace(
        base,
        received_on=dt.date(year, 3, 1),
        incident=dataclasses.replace(base.incident, date=dt.date(year, 2, 27)),
    )
    return desk.services.reports.create(desk.office.ring, base).id


def test_the_repeat_banner_shows_other_reports_and_is_empty_after_lock(
    qtbot: QtBot, desk: Desk, page: ReportDetailPage
) -> None:
    ids = [
        _repeat(desk, 2023, "Immo Dijleland"),
        _repeat(desk, 2024, "IMMO  DIJLELAND"),
        _repeat(desk, 2025, "Immo Dijleland"),
        _repeat(desk, 2025, " immo dijleland"),
    ]
    lonely = _repeat(desk, 2025, "Studentenhuis Zonder Naam")
    page.show_report(lonely)
    assert not page.banner.isVisible()

    page.show_report(ids[-1])
    assert page.banner.isVisible()
    text = "3 other reports about this counterparty since 2023"
    assert page.banner.label.text() == text
    press(qtbot, page.banner.button)
    assert page.banner.dialog is not None and page.banner.dialog.isVisible()
    # Opening a listed report from the banner shows it on the same page.
    with qtbot.waitSignal(page.open_report, timeout=1000) as opened:
        page.banner.dialog.open_current()
    assert opened.args[0] in ids
    press(qtbot, page.open_case_button)
    assert shown(CompetenceDialog).isVisible()

    desk.context.lock()
    assert not page.banner.isVisible()
    assert page.banner.label.text() == "" and page.banner.button.accessibleName() == ""
    assert [t for t in visible_texts(page) if "other report" in t] == []
    assert page.competence_dialog is None or not page.competence_dialog.isVisible()
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, CompetenceDialog | AddToFileDialog) and w.isVisible()
    ]


def test_a_lock_closes_the_add_dialog_without_a_change(
    qtbot: QtBot, desk: Desk, page: ReportDetailPage
) -> None:
    file_for(desk, stored(desk, "competence_check"))
    report_id = stored(desk, "competence_check")
    page.show_report(report_id)
    press(qtbot, page.add_to_case_button)
    dialog = shown(AddToFileDialog)
    desk.context.lock()
    assert not dialog.isVisible()
    assert page.report_id is None
    with desk.database.sessions() as s:
        row = s.get(ReportRow, report_id)
        assert row is not None and row.case_file_id is None


# --- in the main window --------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, context: AppContext, ui_office: UiOffice) -> Iterator[MainWindow]:
    w = MainWindow(context, database_description="SQLite test.db", log_file="/tmp/x.log")
    install_screens(w, context)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert ui_office.office is not None
    w.unlock_page.unlocked.emit(ui_office.office.ring)
    yield w
    wait_for_tasks()


def test_show_the_case_file_navigates_to_the_case_screen(
    qtbot: QtBot, window: MainWindow, ui_office: UiOffice
) -> None:
    assert ui_office.office is not None
    ring = ui_office.office.ring
    services = ui_office.services
    report_id = services.reports.create(ring, kot_report()).id
    services.cases.change_report_status(ring, report_id, "competence_check")
    record = services.cases.open_file(ring, [report_id])
    area = window.page("reports")
    assert isinstance(area, ReportsArea)
    window.show_page("reports")
    area.open_report(report_id)
    assert area.currentWidget() is area.detail
    press(qtbot, area.detail.open_case_button)
    assert window.page_key() == "cases"
    cases = window.page("cases")
    assert isinstance(cases, CasesPage)
    qtbot.waitUntil(lambda: cases.case_page.file_id == record.id, timeout=20_000)
    assert cases.currentWidget() is cases.case_page
