"""The case screens: the kot situation from competence check to closing, by keyboard mostly."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from meldpunt.crypto.keyring import KeyRing
from meldpunt.domain.model import Counterparty, Wishes
from meldpunt.ui.cases.case_list import CasesPage
from meldpunt.ui.cases.case_page import CasePage
from meldpunt.ui.cases.install import install_case_screens
from meldpunt.ui.cases.letters_dialog import InformationLetterDialog
from meldpunt.ui.cases.referral_dialog import CompetenceDialog
from meldpunt.ui.cases.status_panel import CloseDialog, ReopenDialog
from meldpunt.ui.cases.tasks_page import TaskEditDialog, TasksPage
from meldpunt.ui.cases.timeline import EditNoteDialog
from meldpunt.ui.context import AppContext
from meldpunt.ui.main_window import MainWindow
from meldpunt.ui.tasks import wait_for_tasks
from support.reports import kot_report
from support.ui_office import UiOffice

AUTHOR = "An Peeters"


def tr(context: str, source: str, **values: object) -> str:
    """What the screen shows for ``source`` in the installed language (Dutch here)."""
    return QCoreApplication.translate(context, source).format(**values)


@pytest.fixture
def window(qtbot: QtBot, context: AppContext, ui_office: UiOffice) -> Iterator[MainWindow]:
    w = MainWindow(context, database_description="SQLite test.db", log_file="/tmp/x.log")
    install_case_screens(w, context)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert ui_office.office is not None
    w.unlock_page.unlocked.emit(ui_office.office.ring)
    yield w
    wait_for_tasks()


def ring_of(ui_office: UiOffice) -> KeyRing:
    assert ui_office.office is not None
    return ui_office.office.ring


def press(qtbot: QtBot, button: QPushButton) -> None:
    """Activate a button from the keyboard: focus it, press space."""
    assert button.isEnabled(), button.objectName()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def cases_page(window: MainWindow) -> CasesPage:
    page = window.page("cases")
    assert isinstance(page, CasesPage)
    return page


def nav_text(window: MainWindow, key: str) -> str:
    for row in range(window.navigation.count()):
        item = window.navigation.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == key:
            return item.text()
    raise KeyError(key)


def open_dialog(cls: type[QWidget]) -> QWidget:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
    assert found, cls.__name__
    return found[-1]


def add_action(
    qtbot: QtBot, page: CasePage, code: str, note: str, when: dt.datetime | None = None
) -> None:
    panel = page.timeline
    panel.type_combo.setFocus()
    while panel.type_combo.currentData() != code:
        qtbot.keyClick(panel.type_combo, Qt.Key.Key_Down)
    if when is not None:
        panel.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(when.timestamp())))
    panel.note.setFocus()
    qtbot.keyClicks(panel.note, note)
    press(qtbot, panel.add_button)


def test_the_kot_walk_from_competence_check_to_closing(
    qtbot: QtBot, window: MainWindow, ui_office: UiOffice, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = ui_office.services
    ring = ring_of(ui_office)
    wishes = Wishes(wants_reply=True, may_contact_counterparty=True, may_refer=True)
    report = services.reports.create(ring, kot_report(wishes=wishes))
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.page_key() == "cases"
    cases = cases_page(window)
    listing = cases.list_page
    assert listing.waiting_model.rowCount() == 1

    # Competence check: the helper suggests VMRI; the office opens its own file.
    press(qtbot, listing.check_button)
    dialog = open_dialog(CompetenceDialog)
    assert isinstance(dialog, CompetenceDialog)
    assert services.reports.get(ring, report.id)[0].status == "competence_check"
    first = dialog.suggestions.topLevelItem(0)
    assert first is not None and "VMRI" in first.text(0)
    assert dialog.consent.isChecked()  # the reporter allowed a referral at intake
    press(qtbot, dialog.open_file_button)
    qtbot.waitUntil(lambda: cases.currentWidget() is cases.case_page, timeout=20_000)
    page = cases.case_page
    assert page.view is not None
    number = page.view.record.number
    assert number in page.title.text()
    details = page.reports.rows()
    assert details["reporter"] == "Ruben Maes"
    assert details["counterparty_name"] == "Kotbaas Janssens"
    assert page.assigned.currentText() == AUTHOR

    # Contact with the reporter two days after the report: time to first contact is kept.
    add_action(
        qtbot,
        page,
        "contact_reporter",
        "Ruben gebeld; vriend kreeg wel een bezichtiging.",
        dt.datetime(2025, 9, 4, 10, 0, tzinfo=dt.UTC),
    )
    assert page.timeline.note.toPlainText() == ""
    assert page.view.reports[0].days_to_first_contact == 2
    assert page.reports.rows()["first_contact"] == tr(
        "ReportsPanel", "{date}, after {days} days", date="4/09/2025", days=2
    )
    press(qtbot, page.status_panel.buttons["investigation"])
    assert page.view.record.status == "investigation"
    assert set(page.status_panel.buttons) == {"action", "closed", "withdrawn"}

    # Contact with the landlord, and the information letter about the rules.
    add_action(qtbot, page, "contact_counterparty", "Kotbaas Janssens gebeld.")
    monkeypatch.setattr(
        InformationLetterDialog,
        "ask",
        classmethod(lambda cls, parent, view, taxonomy, lang: (report.id, "nl", "")),
    )
    press(qtbot, page.letter_button)
    qtbot.waitUntil(
        lambda: (
            any(e.action_type == "information_letter" for e in page.view.timeline)
            if page.view
            else False
        ),
        timeout=10_000,
    )
    press(qtbot, page.status_panel.buttons["action"])
    add_action(qtbot, page, "mediation_meeting", "Gesprek: excuses, kamer opnieuw aangeboden.")

    # Closing asks assessment and result.
    monkeypatch.setattr(
        CloseDialog,
        "ask",
        classmethod(lambda cls, *a, **k: ("established_or_strong_suspicion", "apology")),
    )
    press(qtbot, page.status_panel.buttons["closed"])
    assert page.view.record.status == "closed"
    assert list(page.status_panel.buttons) == ["file_open"]  # only reopening remains

    rows = page.timeline.model.rows()
    actions = [action for _date, action, _author, _note in rows]

    # Oldest first: the call to the reporter (4 September) came before the file was opened.
    def moved(status: str) -> str:
        return tr("TimelineModel", "Status → {status}", status=status)

    assert actions == [
        "contact met de melder",
        moved("dossier geopend"),
        moved("onderzoek"),
        "contact met de tegenpartij",
        "informatiebrief",
        moved("actie"),
        "bemiddelings- of onderhandelingsgesprek",
        moved("afgesloten"),
    ]
    assert all(author == AUTHOR and date for date, _action, author, _note in rows)
    assert rows[0][0].startswith("4/09/2025")  # nl_BE short date
    assert "excuses" in rows[-1][3]
    evidence = services.evidence.list(ring, report.id)
    assert [e.media_type for e in evidence] == ["application/pdf"]


def test_referral_from_the_case_screen_makes_the_confidential_letter(
    qtbot: QtBot, window: MainWindow, ui_office: UiOffice
) -> None:
    services = ui_office.services
    ring = ring_of(ui_office)
    report = services.reports.create(ring, kot_report())
    services.cases.change_report_status(ring, report.id, "competence_check")
    record = services.cases.open_file(ring, [report.id], assigned_to=ring.user_id)
    cases = cases_page(window)
    window.show_page("cases")
    cases.open_case(record.id)
    page = cases.case_page
    press(qtbot, page.referral_button)
    dialog = open_dialog(CompetenceDialog)
    assert isinstance(dialog, CompetenceDialog)
    assert not dialog.consent.isChecked()  # the reporter was not asked at intake
    assert not dialog.make_letter.isEnabled()
    dialog.consent.setFocus()
    qtbot.keyClick(dialog.consent, Qt.Key.Key_Space)
    assert dialog.make_letter.isEnabled() and dialog.body.currentData() == "vmri"
    with qtbot.waitSignal(dialog.letter_made, timeout=10_000):
        press(qtbot, dialog.record_button)
    dialog.reject()
    qtbot.waitUntil(lambda: page.view is not None and len(page.view.timeline) == 3, timeout=20_000)
    assert page.view is not None
    actions = [action for _d, action, _a, _n in page.timeline.model.rows()]
    assert actions[-2:] == ["doorverwijzing", "bewijsstuk toegevoegd"]
    assert tr("TimelineModel", "with consent") in page.timeline.model.rows()[-2][3]


def test_a_refused_move_says_why(qtbot: QtBot, window: MainWindow, ui_office: UiOffice) -> None:
    services = ui_office.services
    ring = ring_of(ui_office)
    report = services.reports.create(ring, kot_report())
    services.cases.change_report_status(ring, report.id, "competence_check")
    record = services.cases.open_file(ring, [report.id])
    cases = cases_page(window)
    window.show_page("cases")
    cases.open_case(record.id)
    page = cases.case_page
    # Only allowed steps are offered; a move the rules refuse (closing without an
    # assessment) is refused by the service, and the message says why.
    assert set(page.status_panel.buttons) == {"investigation", "withdrawn"}
    page.move_file("closed", {})
    box = page.messages.last_message
    assert box is not None
    assert "Van 'dossier geopend' kan een melding niet naar 'afgesloten'" in box.text()
    assert page.view is not None and page.view.record.status == "file_open"


def test_a_conflicting_save_shows_the_other_change_and_keeps_the_input(
    qtbot: QtBot, window: MainWindow, ui_office: UiOffice
) -> None:
    services = ui_office.services
    ring = ring_of(ui_office)
    report = services.reports.create(ring, kot_report())
    services.cases.change_report_status(ring, report.id, "competence_check")
    record = services.cases.open_file(ring, [report.id])
    cases = cases_page(window)
    window.show_page("cases")
    cases.open_case(record.id)
    page = cases.case_page
    qtbot.keyClicks(page.timeline.note, "Half getypte notitie")
    # The other desk moves the file on and adds a note meanwhile.
    services.cases.change_file_status(ring, record.id, "investigation")
    services.casework.add_action(
        ring, record.id, "note", at=dt.datetime.now(dt.UTC), text="Notitie van desk B"
    )
    # This desk still shows "file open" and moves it on too: refused, explained.
    press(qtbot, page.status_panel.buttons["investigation"])
    box = page.messages.last_message
    assert box is not None
    assert box.text() == tr(
        "ConflictText",
        "Someone else changed {what} while you had it open. Your change was not saved and "
        "nothing of theirs was overwritten; what you typed is still there.",
        what=tr("CasePage", "this case file"),
    )
    details = box.informativeText()
    status_line = tr(
        "ConflictText", "Status: {old} → {new}", old="dossier geopend", new="onderzoek"
    )
    assert f"{status_line} ({AUTHOR}, " in details
    assert "Notitie van desk B" in details
    assert page.timeline.note.toPlainText() == "Half getypte notitie"
    assert page.view is not None and page.view.record.status == "investigation"
    assert set(page.status_panel.buttons) == {"action", "closed", "withdrawn"}


def test_repeat_reports_are_announced_and_open_on_a_click(
    qtbot: QtBot, window: MainWindow, ui_office: UiOffice
) -> None:
    services = ui_office.services
    ring = ring_of(ui_office)
    ids = []
    for year, name in (
        (2023, "Immo Dijleland"),
        (2024, "IMMO  DIJLELAND"),
        (2025, " immo dijleland"),
    ):
        base = kot_report(counterparty=Counterparty(type="real_estate_agency", name=name))
        base = dataclasses.replace(
            base,
            received_on=dt.date(year, 3, 1),
            incident=dataclasses.replace(base.incident, date=dt.date(year, 2, 27)),
        )
        ids.append(services.reports.create(ring, base).id)
    files = []
    for report_id in (ids[0], ids[2]):
        services.cases.change_report_status(ring, report_id, "competence_check")
        files.append(services.cases.open_file(ring, [report_id]).id)
    cases = cases_page(window)
    window.show_page("cases")
    cases.open_case(files[1])
    banner = cases.case_page.banner
    assert banner.isVisible()
    assert banner.label.text() == tr(
        "RepeatBanner",
        "{count} other reports about this counterparty since {year}",
        count=2,
        year=2023,
    )
    press(qtbot, banner.button)
    assert banner.dialog is not None
    tree = banner.dialog.tree
    item = tree.topLevelItem(0)
    assert item is not None and item.text(3) != "—"
    tree.setCurrentItem(item)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cases.case_page.file_id == files[0], timeout=20_000)


def test_my_tasks_overdue_first_with_the_count_in_the_navigation(
    qtbot: QtBot, window: MainWindow, ui_office: UiOffice, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = ui_office.services
    ring = ring_of(ui_office)
    report = services.reports.create(ring, kot_report())
    services.cases.change_report_status(ring, report.id, "competence_check")
    record = services.cases.open_file(ring, [report.id], assigned_to=ring.user_id)
    today = services.casework.today()
    services.casework.add_task(
        ring, record.id, due_on=today + dt.timedelta(days=3), text="Verslag schrijven"
    )
    cases = cases_page(window)
    window.show_page("cases")
    cases.open_case(record.id)
    monkeypatch.setattr(
        TaskEditDialog,
        "ask",
        classmethod(
            lambda cls, *a, **k: (today - dt.timedelta(days=1), "Melder terugbellen", None)
        ),
    )
    press(qtbot, cases.case_page.tasks.add_button)
    assert nav_text(window, "tasks") == "Taken (2)"
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    tasks = window.page("tasks")
    assert isinstance(tasks, TasksPage)
    rows = tasks.model.rows()
    assert [r[2] for r in rows] == ["Melder terugbellen", "Verslag schrijven"]
    assert rows[0][4] == tr("TaskTableModel", "overdue ({days} d)", days=1)
    assert tasks.summary.text() == tr(
        "TasksPage", "{count} open tasks, {overdue} overdue.", count=2, overdue=1
    )
    tasks.table.selectRow(0)
    press(qtbot, tasks.done_button)
    assert nav_text(window, "tasks") == "Taken (1)"
    press(qtbot, tasks.open_button)
    assert window.page_key() == "cases" and cases.case_page.file_id == record.id


def test_task_texts_are_read_only_when_the_tasks_page_is_shown(
    qtbot: QtBot, window: MainWindow, ui_office: UiOffice
) -> None:
    """Counting tasks for the navigation is no view; opening the page is one, on record."""
    services = ui_office.services
    ring = ring_of(ui_office)
    report = services.reports.create(ring, kot_report())
    services.cases.change_report_status(ring, report.id, "competence_check")
    record = services.cases.open_file(ring, [report.id], assigned_to=ring.user_id)
    services.casework.add_task(
        ring, record.id, due_on=services.casework.today(), text="Melder terugbellen"
    )

    def views() -> int:
        entries = services.audit.entries(ring, limit=200)
        return sum(e.action == "tasks.viewed" for e in entries)

    tasks = window.page("tasks")
    assert isinstance(tasks, TasksPage) and not tasks.isVisible()
    before = views()
    tasks.refresh()  # what the timer and the case screen do
    assert nav_text(window, "tasks") == "Taken (1)"
    assert views() == before
    window.show_page("tasks")
    assert views() == before + 1
    assert [r[2] for r in tasks.model.rows()] == ["Melder terugbellen"]


def test_dialogs_work_by_keyboard_alone(qtbot: QtBot, context: AppContext) -> None:
    taxonomy = context.services.taxonomy
    dialog = CloseDialog(taxonomy, "nl")
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    dialog.assessment_combo.setFocus()
    qtbot.keyClick(dialog.assessment_combo, Qt.Key.Key_Down)
    assert not dialog.ok.isEnabled()  # a result is needed too
    qtbot.keyClick(dialog.result_combo, Qt.Key.Key_Down)
    assert dialog.values() == ("established_or_strong_suspicion", "resolved_settlement")
    assert dialog.ok.isEnabled() and "&" in dialog.ok.text()
    reopen = ReopenDialog()
    qtbot.addWidget(reopen)
    assert not reopen.ok.isEnabled()
    qtbot.keyClicks(reopen.reason, "Nieuwe advertentie")
    assert reopen.ok.isEnabled()


def test_locking_empties_the_case_screen(
    qtbot: QtBot, window: MainWindow, ui_office: UiOffice, context: AppContext
) -> None:
    services = ui_office.services
    ring = ring_of(ui_office)
    report = services.reports.create(ring, kot_report())
    services.cases.change_report_status(ring, report.id, "competence_check")
    record = services.cases.open_file(ring, [report.id])
    cases = cases_page(window)
    window.show_page("cases")
    cases.open_case(record.id)
    assert cases.case_page.reports.rows()["reporter"] == "Ruben Maes"
    # Locked (idle) while a note is open for editing: the dialog closes, nothing is saved.
    timeline = cases.case_page.timeline
    timeline.table.selectRow(0)
    QTimer.singleShot(200, window.lock)
    timeline._edit_current()
    assert not [
        d for d in QApplication.topLevelWidgets() if isinstance(d, EditNoteDialog) and d.isVisible()
    ]
    assert not context.is_unlocked
    assert cases.case_page.view is None
    assert cases.case_page.reports.topLevelItemCount() == 0
    assert cases.case_page.timeline.model.rowCount() == 0
    assert cases.list_page.model.rowCount() == 0
    assert nav_text(window, "tasks") == "Taken"


def test_a_copy_that_cannot_be_written_is_explained_in_dutch(
    qtbot: QtBot,
    window: MainWindow,
    ui_office: UiOffice,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    services = ui_office.services
    ring = ring_of(ui_office)
    report = services.reports.create(ring, kot_report())
    services.cases.change_report_status(ring, report.id, "competence_check")
    record = services.cases.open_file(ring, [report.id])
    letter, _ = services.referrals.information_letter(ring, record.id, report.id)
    cases = cases_page(window)
    window.show_page("cases")
    cases.open_case(record.id)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "x.pdf"), ""))
    )

    def refuse(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(services.evidence, "export", refuse)
    page = cases.case_page
    page.save_file(letter.id)
    box = page.messages.last_message
    assert box is not None
    assert box.text() == tr(
        "CasePage", "The copy could not be saved: {reason}", reason="Permission denied"
    )
    assert "[Errno" not in box.text()
