"""A clock the test sets: services take ``clock=FakeClock(...)`` and read ``now``."""

from __future__ import annotations

import datetime as dt


class FakeClock:
    def __init__(self, now: dt.datetime = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now
