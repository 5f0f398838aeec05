"""Guards against the PySide6 6.12.0 bug that lost a reference to None on each void call."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


def test_calls_returning_nothing_keep_none_alive(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(5000):
        widget.update()
    # A leak of one reference per call would show as thousands; a few come and go normally.
    assert abs(sys.getrefcount(None) - before) < 100
