"""Dates on every screen: the desk's locale, always a four-digit year, moments in local time."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meldpunt.domain.taxonomy import load_taxonomy
from meldpunt.ui.cases.timeline import TimelinePanel
from meldpunt.ui.dates import (
    date_format,
    format_date,
    format_long_date,
    format_moment,
    from_qdate,
    to_qdate,
)


@pytest.fixture(params=["nl_BE", "fr_BE", "en_GB"])
def locale(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(before)


@pytest.fixture
def brussels() -> Iterator[None]:
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Brussels"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_a_date_has_a_four_digit_year_in_every_language(locale: str) -> None:
    assert "yyyy" in date_format()
    assert (
        format_date(dt.date(2026, 11, 27))
        == {
            "nl_BE": "27/11/2026",
            "fr_BE": "27/11/2026",
            "en_GB": "27/11/2026",
        }[locale]
    )
    assert format_date(None) == ""
    assert "2026" in format_long_date(dt.date(2026, 11, 27))


def test_the_long_date_is_in_the_desk_language(qapp: QApplication) -> None:
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("nl_BE"))
        assert format_long_date(dt.date(2026, 11, 27)) == "vrijdag 27 november 2026"
        QLocale.setDefault(QLocale("fr_BE"))
        assert format_long_date(dt.date(2026, 11, 27)) == "vendredi 27 novembre 2026"
    finally:
        QLocale.setDefault(before)


def test_a_moment_stored_in_utc_is_shown_in_local_time(locale: str, brussels: None) -> None:
    winter = dt.datetime(2026, 1, 15, 8, 30, tzinfo=dt.UTC)
    summer = dt.datetime(2026, 7, 15, 8, 30)  # naive: how the database hands it back (UTC)
    assert format_moment(winter).startswith("15/01/2026 09:30")
    assert format_moment(summer).startswith("15/07/2026 10:30")
    assert format_moment(winter.replace(second=9), seconds=True) == "15/01/2026 09:30:09"


def test_qdate_round_trip() -> None:
    day = dt.date(2024, 2, 29)
    assert from_qdate(to_qdate(day)) == day


def test_the_timeline_field_shows_a_four_digit_year(locale: str, qtbot: QtBot) -> None:
    panel = TimelinePanel(load_taxonomy(), locale[:2])
    qtbot.addWidget(panel)
    panel.when.setDateTime(QDateTime(QDate(2026, 11, 27), QTime(14, 5)))
    assert panel.when.text() == "27/11/2026 14:05"
