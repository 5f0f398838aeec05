"""Puts the real screens into the main window in place of their placeholders."""

from __future__ import annotations

from meldpunt.ui.context import AppContext
from meldpunt.ui.main_window import MainWindow


def install_screens(window: MainWindow, context: AppContext) -> None:
    """One place that knows which screen module fills which navigation entry."""
    # Screens arrive with their issues; until then the placeholders say what will come.
    del window, context
