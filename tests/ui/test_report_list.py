"""The report list page on a real office: decrypting on demand, filters, search, lock."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from meldpunt.crypto.keyring import KeyRing
from meldpunt.domain.model import Incident, Report, Reporter, report_number_order
from meldpunt.domain.workflow import OPEN
from meldpunt.services import listing as listing_module
from meldpunt.services.accounts import Accounts
from meldpunt.services.container import Services, build_services
from meldpunt.services.listing import CacheDecoder, CodedFacts, ReportListing
from meldpunt.storage.database import Database, open_database
from meldpunt.storage.models import ReportRow
from meldpunt.ui.context import AppContext
from meldpunt.ui.models import report_table
from meldpunt.ui.models.report_table import (
    CRITERIA,
    DOMAIN,
    NUMBER,
    PLACEHOLDER,
    RECEIVED,
    STATUS,
    ReportIdRole,
)
from meldpunt.ui.reports.list_page import ReportListPage
from meldpunt.ui.tasks import wait_for_tasks
from support.canary import CANARIES
from support.office import COORDINATOR, COORDINATOR_PASS
from support.reports import kot_report

CANARY_NAME, CANARY_EMAIL = CANARIES[0], CANARIES[1]
DOMAINS = ("housing.student", "employment", "housing.ad", "education", "goods_services")
CHANNELS = ("desk", "phone", "email")
STATUSES = ("new", "competence_check", "file_open", "closed", "info_given")
COUNT = 30


@dataclass
class Office:
    database: Database
    services: Services
    ring: KeyRing
    context: AppContext
    reports: list[Report]  # as stored, with their numbers


def _report(i: int, user_id: str | None) -> Report:
    """Thirty different reports: every third one on disability, one with canary data."""
    canary = i == 7
    received = dt.date(2025, 1 + i % 9, 1 + i % 28)
    report: Report = kot_report(
        received_on=received,
        incident=Incident(date=received - dt.timedelta(days=3), area="heverlee"),
        channel=CHANNELS[i % len(CHANNELS)],
        domain=DOMAINS[i % len(DOMAINS)],
        criteria=("disability",) if i % 3 == 0 else ("sexual_orientation",),
        status=STATUSES[i % len(STATUSES)],
        assigned_to=user_id if i % 4 == 0 else None,
        reporter=Reporter(
            role="victim",
            legal_name=CANARY_NAME if canary else f"Melder Nummer{i}",
            email=CANARY_EMAIL if canary else f"melder{i}@voorbeeld.be",
            language="nl",
        ),
    )
    return report


@dataclass(frozen=True)
class Template:
    path: Path
    reports: list[Report]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """One office with thirty reports, built once; each test works on a copy of the file."""
    path = tmp_path_factory.mktemp("template") / "office.db"
    database = open_database(f"sqlite:///{path}")
    new = Accounts(database.sessions).create_office(
        "Meldpunt Leuven", COORDINATOR, COORDINATOR_PASS, "An Peeters"
    )
    services = build_services(database.sessions)
    saved = [services.reports.create(new.ring, _report(i, new.ring.user_id)) for i in range(COUNT)]
    new.ring.wipe()
    database.dispose()  # the last connection folds the write-ahead log into the file
    return Template(path, saved)


@pytest.fixture
def office(tmp_path: Path, template: Template) -> Iterator[Office]:
    path = tmp_path / "office.db"
    shutil.copyfile(template.path, path)
    database = open_database(f"sqlite:///{path}")
    services = build_services(database.sessions)
    ring = services.accounts.unlock(COORDINATOR, COORDINATOR_PASS)
    context = AppContext(services, language="nl")
    context.set_unlocked(ring)
    yield Office(database, services, ring, context, template.reports)
    context.lock()
    wait_for_tasks()
    database.dispose()


def _open_page(
    qtbot: QtBot, office: Office, size: tuple[int, int] = (1300, 1000)
) -> ReportListPage:
    page = ReportListPage(office.context)
    qtbot.addWidget(page)
    page.resize(*size)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    _wait_for_screen(qtbot, page)
    return page


@pytest.fixture
def page(qtbot: QtBot, office: Office) -> ReportListPage:
    return _open_page(qtbot, office)


def _visible_rows(page: ReportListPage) -> range:
    """Proxy rows inside the table's viewport."""
    count = page.proxy.rowCount()
    if count == 0:
        return range(0)
    first = max(page.table.rowAt(0), 0)
    last = page.table.rowAt(page.table.viewport().height() - 1)
    return range(first, (count - 1 if last < 0 else last) + 1)


def _source_row(page: ReportListPage, proxy_row: int) -> int:
    return int(page.proxy.mapToSource(page.proxy.index(proxy_row, 0)).row())


def _wait_for_screen(qtbot: QtBot, page: ReportListPage) -> None:
    """Until every row on screen shows its decrypted facts."""

    def shown() -> bool:
        return all(not page.model.is_pending(_source_row(page, r)) for r in _visible_rows(page))

    qtbot.waitUntil(shown, timeout=20_000)


def _column(
    page: ReportListPage, column: int, role: int = Qt.ItemDataRole.DisplayRole
) -> list[Any]:
    return [page.proxy.index(r, column).data(role) for r in range(page.proxy.rowCount())]


def _row_of(page: ReportListPage, report_id: str) -> int:
    ids = _column(page, NUMBER, ReportIdRole)
    return ids.index(report_id)


def _ids(page: ReportListPage) -> set[str]:
    return set(_column(page, NUMBER, ReportIdRole))


def _choose(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def _expected(office: Office, keep: Sequence[bool]) -> set[str]:
    return {r.id for r, k in zip(office.reports, keep, strict=True) if k}


# -- showing ------------------------------------------------------------------------------


def test_rows_show_decrypted_criteria_in_dutch(page: ReportListPage, office: Office) -> None:
    assert page.proxy.rowCount() == COUNT
    assert page.count_label.text() == "30 reports"
    criteria = _column(page, CRITERIA)
    assert set(criteria) == {"handicap", "seksuele oriëntatie"}
    domains = set(_column(page, DOMAIN))
    assert "huisvesting – studentenhuisvesting (kot)" in domains  # the decrypted sub-domain
    assert "werk" in domains
    assert PLACEHOLDER not in {*criteria, *_column(page, RECEIVED)}
    assert "nieuw" in _column(page, STATUS)
    by_id = dict(zip(_column(page, NUMBER, ReportIdRole), _column(page, RECEIVED), strict=True))
    first = office.reports[0]
    assert first.received_on is not None
    day = first.received_on
    assert by_id[first.id] == page.locale().toString(
        QDate(day.year, day.month, day.day), page.locale().FormatType.ShortFormat
    )


def test_newest_first_and_sorting_by_number_header(
    qtbot: QtBot, page: ReportListPage, office: Office
) -> None:
    numbers = _column(page, NUMBER)
    assert numbers == sorted(numbers, key=report_number_order, reverse=True)
    header = page.table.horizontalHeader()
    click_at = QPoint(header.sectionViewportPosition(NUMBER) + 8, header.height() // 2)
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click_at)
    assert _column(page, NUMBER) == sorted(numbers, key=report_number_order)
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click_at)
    assert _column(page, NUMBER) == sorted(numbers, key=report_number_order, reverse=True)


def test_sorting_on_raw_values_not_text(qtbot: QtBot, page: ReportListPage) -> None:
    page.table.sortByColumn(STATUS, Qt.SortOrder.AscendingOrder)
    # Workflow order (new, competence check, …) rather than the alphabet of the labels.
    assert _column(page, STATUS)[0] == "nieuw"
    assert _column(page, STATUS)[-1] == "afgesloten"
    page.table.sortByColumn(CRITERIA, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(page.model.has_all_facts, timeout=20_000)
    criteria = _column(page, CRITERIA)
    # seksuele oriëntatie comes before handicap in the code list of domain.md.
    assert criteria == ["seksuele oriëntatie"] * 20 + ["handicap"] * 10


# -- filters ------------------------------------------------------------------------------


def test_status_filters_with_open_and_closed_groups(page: ReportListPage, office: Office) -> None:
    _choose(page.status_filter, "@open")
    assert _ids(page) == _expected(office, [r.status in OPEN for r in office.reports])
    assert page.count_label.text() == "18 reports"
    assert page.model.rowCount() == 18  # filtered in SQL, not hidden by the proxy
    _choose(page.status_filter, "@ended")
    assert _ids(page) == _expected(office, [r.status not in OPEN for r in office.reports])
    _choose(page.status_filter, "closed")
    assert _ids(page) == _expected(office, [r.status == "closed" for r in office.reports])
    assert set(_column(page, STATUS)) == {"afgesloten"}


def test_domain_and_channel_filters(page: ReportListPage, office: Office) -> None:
    _choose(page.domain_filter, "housing")
    housing = [r.domain is not None and r.domain.startswith("housing") for r in office.reports]
    assert _ids(page) == _expected(office, housing)
    _choose(page.channel_filter, "phone")
    both = [h and r.channel == "phone" for h, r in zip(housing, office.reports, strict=True)]
    assert _ids(page) == _expected(office, both)
    assert all(text.startswith("huisvesting – ") for text in _column(page, DOMAIN))


def test_period_and_assigned_to_me(qtbot: QtBot, page: ReportListPage, office: Office) -> None:
    page.period_from.setDate(QDate(2025, 5, 1))
    page.period_to.setDate(QDate(2025, 6, 1))
    in_period = [
        r.received_on is not None and r.received_on.month in (5, 6) for r in office.reports
    ]
    qtbot.waitUntil(lambda: _ids(page) == _expected(office, in_period), timeout=20_000)
    page.reset_filters()
    page.mine_check.setChecked(True)
    mine = [r.assigned_to == office.ring.user_id for r in office.reports]
    assert _ids(page) == _expected(office, mine)


def test_criterion_filter_after_background_load(
    qtbot: QtBot, page: ReportListPage, office: Office
) -> None:
    _choose(page.criterion_filter, "disability")
    qtbot.waitUntil(lambda: not page.proxy.is_waiting_for_facts(), timeout=20_000)
    expected = _expected(office, ["disability" in r.criteria for r in office.reports])
    qtbot.waitUntil(lambda: _ids(page) == expected, timeout=20_000)
    assert page.count_label.text() == "10 reports"
    assert set(_column(page, CRITERIA)) == {"handicap"}
    # A plain filter on top: SQL narrows, the proxy keeps the criterion.
    _choose(page.status_filter, "new")
    assert _ids(page) == _expected(
        office, ["disability" in r.criteria and r.status == "new" for r in office.reports]
    )
    _choose(page.criterion_filter, "")
    assert _ids(page) == _expected(office, [r.status == "new" for r in office.reports])


def test_criterion_filter_survives_lock_and_unlock(
    qtbot: QtBot, page: ReportListPage, office: Office
) -> None:
    _choose(page.criterion_filter, "disability")
    expected = _expected(office, ["disability" in r.criteria for r in office.reports])
    qtbot.waitUntil(lambda: _ids(page) == expected, timeout=20_000)
    office.context.lock()
    assert page.proxy.rowCount() == 0
    office.context.set_unlocked(office.services.accounts.unlock(COORDINATOR, COORDINATOR_PASS))
    qtbot.waitUntil(lambda: _ids(page) == expected, timeout=20_000)  # the facts are decrypted again


def test_empty_states(qtbot: QtBot, page: ReportListPage, office: Office) -> None:
    assert page.stack.currentWidget() is page.table
    _choose(page.status_filter, "withdrawn")
    assert page.proxy.rowCount() == 0
    assert page.stack.currentWidget() is page.empty_label
    assert page.empty_label.text() == "No reports for these filters"
    assert page.count_label.text() == "0 reports"
    page.reset_filters()
    assert page.stack.currentWidget() is page.table


def test_an_office_without_reports_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    database = open_database(f"sqlite:///{tmp_path / 'empty.db'}")
    new = Accounts(database.sessions).create_office("Meldpunt", COORDINATOR, COORDINATOR_PASS)
    context = AppContext(build_services(database.sessions), language="nl")
    context.set_unlocked(new.ring)
    try:
        page = ReportListPage(context)
        qtbot.addWidget(page)
        assert page.empty_label.text() == "No reports yet"
        assert page.stack.currentWidget() is page.empty_label
    finally:
        context.lock()
        database.dispose()


# -- search -------------------------------------------------------------------------------


def test_search_by_email_through_the_blind_index(
    qtbot: QtBot, page: ReportListPage, office: Office
) -> None:
    canary_report = office.reports[7]
    _choose(page.search_field, "email")
    QTest.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_edit.hasFocus()
    QTest.keyClicks(page.search_edit, CANARY_EMAIL.upper())  # normalised before hashing
    QTest.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert _ids(page) == {canary_report.id}
    assert page.count_label.text() == "1 report"
    page.search_edit.setText("")  # the clear button does the same
    assert page.proxy.rowCount() == COUNT


def test_search_without_match_and_by_name(qtbot: QtBot, page: ReportListPage) -> None:
    _choose(page.search_field, "email")
    page.search_edit.setText("niemand@voorbeeld.be")
    page.search()
    assert page.proxy.rowCount() == 0
    assert page.empty_label.text() == "No report found for this search"
    _choose(page.search_field, "name")
    page.search_edit.setText("melder nummer12")
    page.search()
    assert page.proxy.rowCount() == 1


# -- keyboard -----------------------------------------------------------------------------


def test_enter_opens_the_selected_report(qtbot: QtBot, page: ReportListPage) -> None:
    page.table.setFocus()
    page.table.selectRow(2)
    expected = page.proxy.index(2, 0).data(ReportIdRole)
    with qtbot.waitSignal(page.open_report, timeout=1000) as opened:
        QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [expected]
    assert page.selected_report_id() == expected


def test_double_click_opens_the_report(qtbot: QtBot, page: ReportListPage) -> None:
    rect = page.table.visualRect(page.proxy.index(1, NUMBER))
    expected = page.proxy.index(1, 0).data(ReportIdRole)
    viewport = page.table.viewport()
    # A real double click starts with a press: the view opens only the row pressed first.
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.open_report, timeout=1000) as opened:
        QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [expected]


def test_ctrl_n_asks_for_a_new_report(qtbot: QtBot, page: ReportListPage) -> None:
    page.table.setFocus()
    with qtbot.waitSignal(page.new_report, timeout=1000):
        QTest.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(page.new_report, timeout=1000):
        page.new_button.click()


# -- lock, damage, saving -----------------------------------------------------------------


def _texts(page: ReportListPage) -> list[str]:
    texts = [w.text() for w in page.findChildren(QLabel)]
    texts += [w.text() for w in page.findChildren(QLineEdit)]
    texts += [w.text() for w in page.findChildren(QAbstractButton)]
    texts += [w.currentText() for w in page.findChildren(QComboBox)]
    texts += [w.toolTip() for w in page.findChildren(QWidget)]
    return texts


def test_lock_forgets_rows_facts_and_search(
    qtbot: QtBot, page: ReportListPage, office: Office
) -> None:
    _choose(page.search_field, "email")
    page.search_edit.setText(CANARY_EMAIL)
    page.search()
    _wait_for_screen(qtbot, page)
    assert page.model.cache_size() > 0

    office.context.lock()

    assert page.model.rowCount() == 0
    assert page.proxy.rowCount() == 0
    assert page.model.cache_size() == 0
    assert page.search_edit.text() == ""
    assert not page.search_edit.isUndoAvailable()  # Ctrl+Z must not bring the address back
    assert page.count_label.text() == ""
    for text in _texts(page):
        assert not any(canary.casefold() in text.casefold() for canary in CANARIES)
    qtbot.wait(100)  # a queued fetch must not come back after the lock
    assert page.model.cache_size() == 0

    unlocked = office.services.accounts.unlock(COORDINATOR, COORDINATOR_PASS)
    office.context.set_unlocked(unlocked)
    assert page.proxy.rowCount() == COUNT


def test_damaged_record_is_marked_and_the_page_keeps_working(qtbot: QtBot, office: Office) -> None:
    victim, donor = office.reports[3], office.reports[4]
    with office.database.sessions() as s, s.begin():
        blob = s.scalar(select(ReportRow.special_blob).where(ReportRow.id == donor.id))
        s.execute(update(ReportRow).where(ReportRow.id == victim.id).values(special_blob=blob))
    page = _open_page(qtbot, office)
    row = next(
        r
        for r in range(page.proxy.rowCount())
        if page.proxy.index(r, 0).data(ReportIdRole) == victim.id
    )
    damaged = page.model.damaged_text()
    assert page.proxy.index(row, CRITERIA).data() == damaged
    assert page.proxy.index(row, RECEIVED).data() == damaged
    assert "damaged" in page.proxy.index(row, CRITERIA).data(Qt.ItemDataRole.ToolTipRole)
    assert page.proxy.rowCount() == COUNT
    others = [page.proxy.index(r, CRITERIA).data() for r in range(COUNT) if r != row]
    assert damaged not in others
    # Sorting and the criterion filter still work around it.
    page.table.sortByColumn(CRITERIA, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(page.model.has_all_facts, timeout=20_000)
    assert _column(page, CRITERIA)[-1] == damaged
    _choose(page.criterion_filter, "disability")
    expected = _expected(office, ["disability" in r.criteria for r in office.reports])
    qtbot.waitUntil(lambda: _ids(page) == expected - {victim.id}, timeout=20_000)


def test_reload_after_save_shows_the_new_facts(
    qtbot: QtBot, page: ReportListPage, office: Office
) -> None:
    target = office.reports[1]
    report, version = office.services.reports.get(office.ring, target.id)
    office.services.reports.update(
        office.ring, dataclasses.replace(report, criteria=("age",)), version
    )
    page.reload()
    _wait_for_screen(qtbot, page)
    row = next(
        r
        for r in range(page.proxy.rowCount())
        if page.proxy.index(r, 0).data(ReportIdRole) == target.id
    )
    assert page.proxy.index(row, CRITERIA).data() == "leeftijd"


# -- decrypting only what is shown --------------------------------------------------------


def test_only_rows_on_screen_are_decrypted(
    qtbot: QtBot, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[list[str]] = []
    facts = ReportListing.facts

    def spy(self: ReportListing, ring: KeyRing, ids: Sequence[str]) -> dict[str, CodedFacts]:
        asked.append(list(ids))
        result: dict[str, CodedFacts] = facts(self, ring, ids)
        return result

    monkeypatch.setattr(ReportListing, "facts", spy)
    page = _open_page(qtbot, office, size=(1300, 420))

    def on_screen() -> set[str]:
        return {page.proxy.index(r, 0).data(ReportIdRole) for r in _visible_rows(page)}

    first_screen = on_screen()
    decrypted = [i for call in asked for i in call]
    assert 3 <= len(first_screen) < COUNT // 2
    assert set(decrypted) == first_screen
    assert len(decrypted) == len(set(decrypted))  # each one once
    assert len(asked) == 1  # one batched call for the whole screen

    page.table.scrollToBottom()
    _wait_for_screen(qtbot, page)
    decrypted = [i for call in asked for i in call]
    assert set(decrypted) == first_screen | on_screen()
    assert len(set(decrypted)) < COUNT
    assert page.model.cache_size() == len(set(decrypted))


def test_a_long_list_shows_its_first_screen_then_the_rest(
    qtbot: QtBot, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(report_table, "HEAD_ROWS", 12)
    page = ReportListPage(office.context)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 12  # read at once; the rest is on its way
    assert page.count_label.text() == "30 reports"  # the count is known already
    page.table.selectRow(0)
    selected = page.selected_report_id()
    qtbot.waitUntil(page.model.is_complete, timeout=20_000)
    assert page.proxy.rowCount() == COUNT
    assert page.selected_report_id() == selected
    numbers = _column(page, NUMBER)
    assert numbers == sorted(numbers, key=report_number_order, reverse=True)
    assert page.status_label.text() == ""


def test_the_criterion_proxy_stays_consistent_through_loads_sorts_and_filters(
    qtbot: QtBot, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt's model tester checks every signal of the proxy while the list changes under it."""
    monkeypatch.setattr(report_table, "HEAD_ROWS", 12)
    page = ReportListPage(office.context)
    qtbot.addWidget(page)
    tester = QAbstractItemModelTester(
        page.proxy, QAbstractItemModelTester.FailureReportingMode.Warning, page
    )
    _choose(page.criterion_filter, "disability")  # chosen while the rest is on its way
    qtbot.waitUntil(
        lambda: page.model.is_complete() and not page.proxy.is_waiting_for_facts(), timeout=20_000
    )
    expected = _expected(office, ["disability" in r.criteria for r in office.reports])
    assert _ids(page) == expected
    # Rows keep the model's order, and each maps back to itself.
    sources = [_source_row(page, r) for r in range(page.proxy.rowCount())]
    assert sources == sorted(sources)
    for r, source in enumerate(sources):
        assert page.proxy.mapFromSource(page.model.index(source, 2)).row() == r
    hidden = next(r for r in range(page.model.rowCount()) if r not in sources)
    assert not page.proxy.mapFromSource(page.model.index(hidden, 0)).isValid()

    # The selection survives a sort and a filter change that keeps its row.
    page.table.selectRow(2)
    selected = page.selected_report_id()
    page.table.sortByColumn(NUMBER, Qt.SortOrder.AscendingOrder)
    numbers = _column(page, NUMBER)
    assert numbers == sorted(numbers, key=report_number_order)
    assert page.selected_report_id() == selected
    _choose(page.criterion_filter, "")
    assert page.proxy.rowCount() == COUNT
    assert page.selected_report_id() == selected
    # A filter that hides the selected row drops the selection instead of moving it.
    others = [r for r in office.reports if "disability" not in r.criteria]
    page.table.selectRow(_row_of(page, others[0].id))
    _choose(page.criterion_filter, "disability")
    assert _ids(page) == expected
    assert page.selected_report_id() is None
    # A reload brings the first screen, then appends the rest; facts are cached by now, so
    # the proxy inserts the appended rows it accepts (the view's rows follow the signals).
    page.table.sortByColumn(NUMBER, Qt.SortOrder.DescendingOrder)  # the newest come first
    inserted: list[tuple[int, int]] = []
    page.proxy.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    page.reload()
    head = page.proxy.rowCount()
    assert head < len(expected)
    qtbot.waitUntil(lambda: _ids(page) == expected, timeout=20_000)
    assert inserted == [(head, len(expected) - 1)]
    assert page.table.verticalHeader().count() == len(expected)
    office.context.lock()
    assert page.proxy.rowCount() == 0
    del tester


def test_the_list_cache_is_written_after_decrypting_and_read_after_the_next_unlock(
    qtbot: QtBot, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(report_table, "CACHE_REFRESH_MIN", 10)
    listing = office.services.listing
    decrypted: list[int] = []
    facts = listing.facts

    def counting_facts(ring: KeyRing, ids: Sequence[str]) -> dict[str, CodedFacts]:
        decrypted.append(len(ids))
        return facts(ring, ids)

    monkeypatch.setattr(listing, "facts", counting_facts)
    page = _open_page(qtbot, office, size=(1300, 400))
    screen = len(_visible_rows(page))
    assert listing.cached_facts(office.ring) == {}  # a new office has no cache
    _choose(page.criterion_filter, "disability")  # every report decrypted, then cached
    expected = _expected(office, ["disability" in r.criteria for r in office.reports])
    qtbot.waitUntil(lambda: _ids(page) == expected, timeout=20_000)
    qtbot.waitUntil(lambda: len(listing.cached_facts(office.ring)) == COUNT, timeout=20_000)
    assert sum(decrypted) == COUNT

    office.context.lock()
    _choose(page.criterion_filter, "")
    decrypted.clear()
    office.context.set_unlocked(office.services.accounts.unlock(COORDINATOR, COORDINATOR_PASS))
    _choose(page.criterion_filter, "disability")
    qtbot.waitUntil(lambda: not page.proxy.is_waiting_for_facts(), timeout=20_000)
    assert _ids(page) == expected
    assert set(_column(page, CRITERIA)) == {"handicap"}
    # At most the first screen was decrypted before the cache arrived; nothing more.
    assert sum(decrypted) <= screen < COUNT


def test_a_report_saved_after_the_cache_was_written_shows_its_new_facts(
    qtbot: QtBot, office: Office
) -> None:
    listing = office.services.listing
    rows = listing.rows(office.ring)
    facts = listing.facts(office.ring, [r.id for r in rows])
    listing.update_cache(office.ring, {r.id: (r.version, facts[r.id]) for r in rows})
    target = next(r for r in office.reports if "disability" not in r.criteria)
    saved, version = office.services.reports.get(office.ring, target.id)
    office.services.reports.update(
        office.ring, dataclasses.replace(saved, criteria=("disability",)), version
    )
    page = _open_page(qtbot, office)
    _choose(page.criterion_filter, "disability")
    qtbot.waitUntil(lambda: not page.proxy.is_waiting_for_facts(), timeout=20_000)
    expected = _expected(office, ["disability" in r.criteria for r in office.reports])
    qtbot.waitUntil(lambda: _ids(page) == expected | {target.id}, timeout=20_000)


def test_the_window_decodes_the_cache_a_chunk_per_event_and_survives_a_cut_off_one(
    qtbot: QtBot, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Decoding on the window's thread, between events; a broken cache means decrypting."""
    monkeypatch.setattr(listing_module, "_CACHE_CHUNK", 4)
    listing = office.services.listing
    rows = listing.rows(office.ring)
    facts = listing.facts(office.ring, [r.id for r in rows])
    listing.update_cache(office.ring, {r.id: (r.version, facts[r.id]) for r in rows})
    steps: list[bool] = []
    step = CacheDecoder.step

    def counted(decoder: CacheDecoder) -> bool:
        steps.append(threading.current_thread() is threading.main_thread())
        return step(decoder)

    monkeypatch.setattr(CacheDecoder, "step", counted)
    page = _open_page(qtbot, office)
    expected = _expected(office, ["disability" in r.criteria for r in office.reports])
    _choose(page.criterion_filter, "disability")
    qtbot.waitUntil(lambda: _ids(page) == expected, timeout=20_000)
    chunks = -(-COUNT // 4)
    qtbot.waitUntil(lambda: len(steps) >= chunks, timeout=20_000)
    qtbot.wait(50)
    assert len(steps) == chunks and all(steps)  # one chunk a step, all on this thread

    # A cache cut off after its first chunks: refused, and the facts are decrypted instead.
    office.context.lock()
    _choose(page.criterion_filter, "")
    whole = listing.cache_plain
    monkeypatch.setattr(
        listing, "cache_plain", lambda ring: b"\n".join(whole(ring).split(b"\n")[:3])
    )
    office.context.set_unlocked(office.services.accounts.unlock(COORDINATOR, COORDINATOR_PASS))
    _choose(page.criterion_filter, "disability")
    qtbot.waitUntil(lambda: _ids(page) == expected, timeout=20_000)
    assert set(_column(page, CRITERIA)) == {"handicap"}


# -- accessibility ------------------------------------------------------------------------


def test_names_mnemonics_and_tab_order(page: ReportListPage) -> None:
    assert page.table.accessibleName() == "Reports"
    filters = [
        page.status_filter,
        page.domain_filter,
        page.criterion_filter,
        page.channel_filter,
        page.period_from,
        page.period_to,
    ]
    buddies = {label.buddy(): label.text() for label in page.findChildren(QLabel) if label.buddy()}
    for control in [*filters, page.search_edit]:
        assert control.accessibleName()
        assert "&" in buddies[control]
    assert "&" in page.mine_check.text()
    chain: list[QWidget] = []
    widget: QWidget | None = page.status_filter
    while widget is not None and widget not in chain:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    order = [chain.index(w) for w in (*filters, page.search_edit, page.table)]
    assert order == sorted(order)


def test_a_larger_font_gets_taller_rows_and_wider_columns(page: ReportListPage) -> None:
    height = page.table.verticalHeader().defaultSectionSize()
    width = page.table.horizontalHeader().sectionSize(RECEIVED)
    font = page.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    page.setFont(font)
    metrics = page.table.fontMetrics()
    assert page.table.verticalHeader().defaultSectionSize() > height
    assert page.table.verticalHeader().defaultSectionSize() >= metrics.height()
    assert page.table.horizontalHeader().sectionSize(RECEIVED) > width
    header_text = page.model.headerData(RECEIVED, Qt.Orientation.Horizontal)
    assert page.table.horizontalHeader().sectionSize(RECEIVED) > metrics.horizontalAdvance(
        header_text
    )
