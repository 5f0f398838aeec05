"""Rows two desks create at the same moment: the first number of a year, an office setting."""

from __future__ import annotations

import threading
import time

from sqlalchemy import select

from meldpunt.storage.database import Database
from meldpunt.storage.models import NumberCounter, OfficeSetting
from meldpunt.storage.reports_repo import next_numbers
from meldpunt.storage.rows import put_setting


def test_numbers_are_consecutive_within_one_desk(database: Database) -> None:
    with database.sessions() as s, s.begin():
        assert next_numbers(s, "report", 2031, 3) == [1, 2, 3]
        assert next_numbers(s, "report", 2031) == [4]
        assert next_numbers(s, "file", 2031) == [1]
    with database.sessions() as s, s.begin():
        assert next_numbers(s, "report", 2031, 2) == [5, 6]
        assert next_numbers(s, "report", 2032) == [1]


def test_a_second_desk_waits_for_the_first_number_of_a_year(database: Database) -> None:
    """Desk A creates the year's counter and has not committed when desk B asks.

    B must wait and then continue after A's numbers. It used to fail on the counter's primary
    key (both saw no row and inserted one): an import on a second desk stopped with an
    unexpected error on the first report of a year.
    """
    got: dict[str, object] = {}

    def desk_b() -> None:
        try:
            with database.sessions() as s, s.begin():
                got["b"] = next_numbers(s, "report", 2033, 2)
        except BaseException as exc:  # reported to the test thread below
            got["b"] = exc

    with database.sessions() as a, a.begin():
        assert next_numbers(a, "report", 2033, 3) == [1, 2, 3]
        a.flush()
        other = threading.Thread(target=desk_b)
        other.start()
        time.sleep(0.5)  # let B reach the counter and wait on A's uncommitted row
        assert other.is_alive(), "desk B did not wait for desk A's transaction"
    other.join(timeout=30)
    assert not other.is_alive()
    assert got["b"] == [4, 5]
    with database.sessions() as s:
        assert s.scalar(select(NumberCounter.last).where(NumberCounter.year == 2033)) == 5


def test_an_office_setting_written_first_by_two_desks_keeps_the_last(database: Database) -> None:
    with database.sessions() as a, a.begin():
        put_setting(a, "stat_threshold", "5")
        got: list[BaseException] = []

        def desk_b() -> None:
            try:
                with database.sessions() as s, s.begin():
                    put_setting(s, "stat_threshold", "7")
            except BaseException as exc:  # reported to the test thread below
                got.append(exc)

        other = threading.Thread(target=desk_b)
        other.start()
        time.sleep(0.5)  # B waits on A's uncommitted row
        assert other.is_alive()
    other.join(timeout=30)
    assert not other.is_alive() and got == []
    with database.sessions() as s:
        assert s.get(OfficeSetting, "stat_threshold").value == "7"  # type: ignore[union-attr]
