"""The report detail page: read-only view, edit on the same page, history, evidence export."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from meldpunt.ui.intake.report_summary import SummaryGroup
from meldpunt.ui.intake.summary_dialog import SummaryDialog
from meldpunt.ui.reports.detail import ReportDetailPage
from support.canary import CANARIES
from support.desk import Desk, open_desk, visible_texts
from support.reports import kot_report


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
def save_without_asking(monkeypatch: pytest.MonkeyPatch) -> None:
    def ask(cls: type[SummaryDialog], parent: QWidget | None, groups: list[SummaryGroup]) -> bool:
        return True

    monkeypatch.setattr(SummaryDialog, "ask", classmethod(ask))


@pytest.fixture
def page(qtbot: QtBot, desk: Desk) -> ReportDetailPage:
    detail = ReportDetailPage(desk.context)
    qtbot.addWidget(detail)
    detail.resize(1000, 760)
    with qtbot.waitActive(detail):
        detail.show()
        detail.activateWindow()
    return detail


def stored_kot(desk: Desk, **changes: object) -> str:
    return desk.services.reports.create(desk.office.ring, kot_report(**changes)).id


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_shows_the_report_read_only_with_labels(
    qtbot: QtBot, desk: Desk, page: ReportDetailPage
) -> None:
    report_id = stored_kot(desk)
    assert page.show_report(report_id)
    number = desk.services.reports.get(desk.office.ring, report_id)[0].number
    assert page.title.text() == f"Report {number}"
    assert page.status.text() == "nieuw"
    text = page.details.toPlainText()
    assert "huisvesting — studentenhuisvesting (kot)" in text
    assert "Kotbaas Janssens" in text
    assert "Ruben Maes" in text
    assert "student_housing_landlord" not in text
    assert page.details.isReadOnly()
    assert page.history.rows() == []
    assert page.windowTitle() == ""  # nothing personal reaches a title


def test_history_lists_who_when_and_which_fields_after_an_edit(
    qtbot: QtBot, desk: Desk, page: ReportDetailPage, save_without_asking: None
) -> None:
    report_id = stored_kot(desk)
    page.show_report(report_id)
    edits: list[str] = []
    page.edit_requested.connect(edits.append)

    qtbot.keyClick(page.edit_button, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert page.stack.currentWidget() is page.form
    assert edits == [report_id]
    assert page.form.is_editing
    form = page.form
    form.reporter.phone.setFocus()
    form.reporter.phone.selectAll()
    qtbot.keyClicks(focused(), "016 27 26 00")
    form.facts.narrative.setFocus()
    form.facts.narrative.moveCursor(form.facts.narrative.textCursor().MoveOperation.End)
    qtbot.keyClicks(focused(), " Een vriend mocht wel komen kijken.")

    with qtbot.waitSignal(page.saved, timeout=10_000):
        qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.stack.currentWidget() is page.view
    ((when, who, fields),) = page.history.rows()
    assert who == "coord"
    assert fields == "telefoonnummer, relaas"
    assert when  # local time, locale-formatted
    assert page.tabs.tabText(2) == "&History (1)"
    assert page.version == 2
    assert "Een vriend mocht wel komen kijken." in page.details.toPlainText()


def test_leaving_the_edit_without_changes_returns_to_the_view(
    qtbot: QtBot, desk: Desk, page: ReportDetailPage
) -> None:
    page.show_report(stored_kot(desk))
    page.start_edit()
    with qtbot.waitSignal(page.form.closed, timeout=1000):
        qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert page.stack.currentWidget() is page.view
    with qtbot.waitSignal(page.closed, timeout=1000):
        qtbot.keyClick(focused(), Qt.Key.Key_Escape)


def test_evidence_is_listed_and_exported(
    qtbot: QtBot,
    desk: Desk,
    page: ReportDetailPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    report_id = stored_kot(desk)
    content = b"%PDF-1.4 aangetekende brief" * 100
    desk.services.evidence.add_stream(
        desk.office.ring,
        report_id,
        io.BytesIO(content),
        "brief.pdf",
        "application/pdf",
        len(content),
    )
    page.show_report(report_id)
    item = page.evidence.topLevelItem(0)
    assert item is not None
    assert item.text(0) == "brief.pdf"
    assert item.text(1) == "2,6 kB"
    assert page.tabs.tabText(1) == "E&vidence (1)"

    target = tmp_path / "export" / "brief.pdf"
    target.parent.mkdir()
    offered: list[str] = []

    def choose(parent: QWidget, title: str, suggested: str) -> tuple[str, str]:
        offered.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    with qtbot.waitSignal(page.status_message, timeout=5000):
        page.export_button.click()
    assert offered[0].endswith("brief.pdf")
    assert target.read_bytes() == content


def test_lock_clears_the_page(qtbot: QtBot, desk: Desk, page: ReportDetailPage) -> None:
    name = CANARIES[0]
    report_id = stored_kot(
        desk, reporter=dataclasses.replace(kot_report().reporter, legal_name=name)
    )
    page.show_report(report_id)
    page.start_edit()
    assert any(name in t for t in visible_texts(page))
    desk.context.lock()
    assert [t for t in visible_texts(page) for c in CANARIES if c in t] == []
    assert page.stack.currentWidget() is page.view
    assert page.report_id is None and not page.edit_button.isEnabled()


def test_a_missing_report_says_so(qtbot: QtBot, page: ReportDetailPage) -> None:
    assert not page.show_report("00000000-0000-4000-8000-000000000000")
    box = page.message_box
    assert box is not None and box.isVisible()
    assert "does not exist" in box.text()
