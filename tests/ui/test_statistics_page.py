"""The Rapporten screen: year and language, preview, PDF with progress and cancel, roles, lock."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from meldpunt.crypto.keyring import KeyRing
from meldpunt.reports.labels import text
from meldpunt.ui.context import AppContext
from meldpunt.ui.statistics.page import StatisticsPage, default_file_name
from meldpunt.ui.tasks import wait_for_tasks
from support.office import STAT_PASS
from support.reports import kot_report
from support.ui_office import UiOffice

ADMIN_PASS = "alleen de back-ups 2025"
CHANNELS = ("desk", "email", "phone", "online_form")


def add_reports(office: UiOffice, n: int = 40) -> None:
    """``n`` reports of 2025 through the service, and two of 2024 for the year list."""
    assert office.office is not None
    ring = office.office.ring
    for i in range(n + 2):
        base = kot_report()  # a new report id each time
        year = 2025 if i < n else 2024
        received = dt.date(year, 1 + i % 12, 1 + i % 27)
        office.services.reports.create(
            ring,
            dataclasses.replace(
                base,
                received_on=received,
                incident=dataclasses.replace(base.incident, date=received - dt.timedelta(i % 4)),
                # Most reports about sexual orientation; a few about age: a hidden "<5".
                criteria=("age",) if i % 13 == 0 else ("sexual_orientation",),
                channel=CHANNELS[i % len(CHANNELS)],
            ),
        )


def other_user(office: UiOffice, name: str, role: str, passphrase: str) -> KeyRing:
    assert office.office is not None
    office.services.accounts.add_user(office.office.ring, name, role, passphrase)
    return office.services.accounts.unlock(name, passphrase)


def open_page(qtbot: QtBot, context: AppContext, ring: KeyRing) -> StatisticsPage:
    page = StatisticsPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    context.set_unlocked(ring)
    return page


def wait_for_preview(qtbot: QtBot, page: StatisticsPage) -> None:
    qtbot.waitUntil(lambda: page.table_list.count() > 0, timeout=20_000)


def select_table(page: StatisticsPage, table_id: str) -> None:
    for row in range(page.table_list.count()):
        if page.table_list.item(row).data(Qt.ItemDataRole.UserRole) == table_id:
            page.table_list.setCurrentRow(row)
            return
    raise AssertionError(f"no table {table_id}")


@pytest.fixture
def office(ui_office: UiOffice) -> UiOffice:
    add_reports(ui_office)
    return ui_office


@pytest.fixture
def coordinator_page(qtbot: QtBot, context: AppContext, office: UiOffice) -> StatisticsPage:
    assert office.office is not None
    page = open_page(qtbot, context, office.office.ring)
    wait_for_preview(qtbot, page)
    return page


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """The save dialog answers with a file in tmp_path; the default it offered is kept."""
    offered: list[str] = []

    def answer(parent: object, caption: str, default: str, filters: str) -> tuple[str, str]:
        offered.append(default)
        return str(tmp_path / "out" / "verslag.pdf"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return offered


def test_years_newest_first_and_the_ui_language_by_default(
    coordinator_page: StatisticsPage,
) -> None:
    page = coordinator_page
    years = [page.year_combo.itemText(i) for i in range(page.year_combo.count())]
    assert years == ["2025", "2024"]
    assert page.lang == "nl"
    names = [page.lang_combo.itemText(i) for i in range(page.lang_combo.count())]
    assert names == ["Nederlands", "Français", "English"]
    assert page.threshold_label.text() == "Aantallen onder 5 worden getoond als <5."


def test_a_table_shows_its_chart_and_hidden_counts_as_marker(
    qtbot: QtBot, coordinator_page: StatisticsPage
) -> None:
    page = coordinator_page
    select_table(page, "reports_by_criterion")
    assert page.preview.title.text() == text("table.reports_by_criterion", "nl")
    assert page.preview.chart.renderer().isValid()
    assert page.preview.chart.width() > 300
    values = page.preview.values
    rows = {values.item(r, 0).text(): values.item(r, 1).text() for r in range(values.rowCount())}
    assert rows["seksuele oriëntatie"] == "36"
    assert rows["leeftijd"] == "<5"
    assert values.item(values.rowCount() - 1, 0).text() == "Totaal"
    page.lang_combo.setCurrentIndex(page.lang_combo.findData("fr"))
    assert page.table_list.currentItem().data(Qt.ItemDataRole.UserRole) == "reports_by_criterion"
    assert page.preview.title.text() == text("table.reports_by_criterion", "fr")
    # Another year is computed in the background and shows the same table.
    page.year_combo.setCurrentIndex(page.year_combo.findData(2024))
    assert page.preview_stack.currentWidget() is page.preview_busy
    wait_for_preview(qtbot, page)
    assert page.table_list.currentItem().data(Qt.ItemDataRole.UserRole) == "reports_by_criterion"


def test_charts_render_on_white_paper(coordinator_page: StatisticsPage) -> None:
    """reportlab's clip path and "fill: None" once painted black over the chart in Qt."""
    page = coordinator_page
    for table_id in ("reports_by_month", "reports_by_channel", "reports_by_criterion"):
        select_table(page, table_id)
        image = page.preview.paper.grab().toImage()
        black = sum(
            1
            for x in range(0, image.width(), 4)
            for y in range(0, image.height(), 4)
            if max(image.pixelColor(x, y).getRgb()[:3]) < 10
        )
        samples = len(range(0, image.width(), 4)) * len(range(0, image.height(), 4))
        assert black / samples < 0.05, table_id


def test_generating_writes_the_pdf_and_offers_to_open_it(
    qtbot: QtBot,
    coordinator_page: StatisticsPage,
    save_to: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    page = coordinator_page
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page.open_data_check.setChecked(True)
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    assert not page.year_combo.isEnabled()
    qtbot.waitUntil(lambda: page.open_button.isVisible(), timeout=20_000)
    pdf = tmp_path / "out" / "verslag.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert (tmp_path / "out" / "verslag.csv").stat().st_size > 0
    assert (tmp_path / "out" / "verslag.json").stat().st_size > 0
    assert page.progress.value() == 100
    assert Path(save_to[0]).name == "jaarverslag-2025-nl.pdf"
    assert page.year_combo.isEnabled()
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.folder_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(pdf), str(pdf.parent)]


def test_cancel_while_generating_leaves_no_file(
    qtbot: QtBot, coordinator_page: StatisticsPage, save_to: list[str], tmp_path: Path
) -> None:
    page = coordinator_page
    page.open_data_check.setChecked(True)
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    assert page.cancel_button.isVisible()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.generate_button.isEnabled(), timeout=20_000)
    wait_for_tasks()
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []
    assert not page.open_button.isVisible()
    assert page.status.text() == "Geannuleerd; er is geen bestand bewaard."


def test_a_statistician_can_generate_but_not_raise_the_threshold(
    qtbot: QtBot, context: AppContext, office: UiOffice, save_to: list[str], tmp_path: Path
) -> None:
    page = open_page(qtbot, context, other_user(office, "stat", "statistician", STAT_PASS))
    wait_for_preview(qtbot, page)
    assert page.threshold_spin.isHidden() and page.threshold_button.isHidden()
    page.lang_combo.setCurrentIndex(page.lang_combo.findData("fr"))
    page.generate()
    qtbot.waitUntil(lambda: page.open_button.isVisible(), timeout=20_000)
    assert (tmp_path / "out" / "verslag.pdf").read_bytes().startswith(b"%PDF")
    assert Path(save_to[0]).name == default_file_name(2025, "fr") == "jaarverslag-2025-fr.pdf"


def test_the_coordinator_can_only_raise_the_threshold(
    qtbot: QtBot,
    coordinator_page: StatisticsPage,
    office: UiOffice,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = coordinator_page
    asked: list[str] = []

    def confirm(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    assert page.threshold_spin.minimum() == 5
    assert not page.threshold_button.isEnabled()
    page.threshold_spin.setValue(7)
    assert page.threshold_button.isEnabled()
    qtbot.mouseClick(page.threshold_button, Qt.MouseButton.LeftButton)
    assert asked[0].startswith("Elk aantal onder 7 verbergen in plaats van onder 5")
    assert office.services.statistics.threshold() == 7
    assert page.threshold_spin.minimum() == 7
    wait_for_preview(qtbot, page)
    select_table(page, "reports_by_criterion")
    values = page.preview.values
    assert "<7" in {values.item(r, 1).text() for r in range(values.rowCount())}


def test_the_administrator_sees_why_there_is_nothing(
    qtbot: QtBot, context: AppContext, office: UiOffice
) -> None:
    page = open_page(qtbot, context, other_user(office, "it", "administrator", ADMIN_PASS))
    assert page.stack.currentWidget() is page.notice
    assert "geen sleutel voor meldingsgegevens" in page.notice.text()
    assert page.year_combo.count() == 0


def test_an_office_without_reports_says_so_until_there_are(
    qtbot: QtBot, context: AppContext, ui_office: UiOffice
) -> None:
    assert ui_office.office is not None
    page = open_page(qtbot, context, ui_office.office.ring)
    assert page.stack.currentWidget() is page.notice
    assert page.notice.text().startswith("Er zijn nog geen meldingen.")
    # Reports recorded on another screen appear when the page is shown again.
    add_reports(ui_office, n=3)
    page.hide()
    page.show()
    assert page.stack.currentWidget() is page.report_view
    assert [page.year_combo.itemText(i) for i in range(page.year_combo.count())] == [
        "2025",
        "2024",
    ]
    wait_for_preview(qtbot, page)


def test_lock_clears_every_figure(
    qtbot: QtBot, coordinator_page: StatisticsPage, context: AppContext
) -> None:
    page = coordinator_page
    select_table(page, "reports_by_channel")
    context.lock()
    assert page.stack.currentWidget() is page.blank
    assert page.year_combo.count() == 0
    assert page.table_list.count() == 0
    assert page.preview.values.rowCount() == 0
    assert page.preview.title.text() == ""
    assert not page.preview.chart.renderer().isValid()
    assert page.threshold_label.text() == ""
    assert page._published is None
