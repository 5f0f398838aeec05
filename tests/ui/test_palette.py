"""Signal colours stay readable in a light and in a dark theme (WCAG contrast, measured)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from meldpunt.storage.casework_repo import TaskRecord
from meldpunt.ui.cases.tasks_page import TaskTableModel
from meldpunt.ui.palette import error_colour, muted_colour, warning_colour

NOW = dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC)


def _palette(window: str, base: str, text: str, placeholder: str) -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.Text, QColor(text))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(placeholder))
    return palette


# Fusion's light palette, Windows' light one, and a typical dark theme (Fusion dark, KDE Breeze
# dark): window, base, text, placeholder text.
THEMES = {
    "fusion-light": _palette("#efefef", "#ffffff", "#000000", "#7f7f7f"),
    "windows-light": _palette("#f0f0f0", "#ffffff", "#000000", "#787878"),
    "dark": _palette("#353535", "#2a2a2a", "#ffffff", "#9a9a9a"),
    "breeze-dark": _palette("#202326", "#141618", "#fcfcfc", "#a1a9b1"),
}


def contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("theme", THEMES)
def test_error_and_warning_read_on_window_and_table(theme: str) -> None:
    palette = THEMES[theme]
    for colour in (error_colour(palette), warning_colour(palette)):
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            assert contrast(colour, palette.color(role)) >= 4.5, (theme, colour.name(), role)
    # Held-back values are quieter than text but still readable.
    muted = muted_colour(palette)
    assert contrast(muted, palette.color(QPalette.ColorRole.Base)) >= 3.0
    assert contrast(muted, palette.color(QPalette.ColorRole.Base)) < contrast(
        palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    )


@pytest.fixture
def dark_application(qapp: QApplication) -> Iterator[QPalette]:
    before = QApplication.palette()
    QApplication.setPalette(THEMES["dark"])
    yield THEMES["dark"]
    QApplication.setPalette(before)


def test_an_overdue_task_is_readable_in_a_dark_theme(dark_application: QPalette) -> None:
    task = TaskRecord(
        id="t1",
        case_file_id="f1",
        case_number="D2026-0001",
        due_on=dt.date(2026, 11, 20),
        text="Melder terugbellen",
        done=False,
        done_at=None,
        assigned_to=None,
        file_assigned_to=None,
        created_at=NOW,
        created_by=None,
        version=1,
    )
    model = TaskTableModel()
    model.set_tasks([task], {}, dt.date(2026, 11, 27))
    brush = model.data(model.index(0, TaskTableModel.TEXT), Qt.ItemDataRole.ForegroundRole)
    base = dark_application.color(QPalette.ColorRole.Base)
    assert contrast(brush.color(), base) >= 4.5
    assert "7" in model.data(model.index(0, TaskTableModel.STATE))  # says so in words too
