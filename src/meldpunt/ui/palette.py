"""Signal colours that follow the theme: readable on a light and on a dark window.

Qt has no palette roles for "error" or "warning", so the hue is fixed and the lightness
follows the window: dark red or amber on a light window, light ones on a dark window
(contrast of at least 4.5:1 with the usual Fusion, Windows and KDE backgrounds;
tests/ui/test_palette.py measures it). Muted text uses the palette's own placeholder colour.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

__all__ = ["error_colour", "muted_colour", "warning_colour"]


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def error_colour(palette: QPalette | None = None) -> QColor:
    """Red for errors and overdue work (the application's palette when none is given)."""
    if _is_dark(palette or QGuiApplication.palette()):
        return QColor.fromHslF(0.0, 0.9, 0.74)
    return QColor.fromHslF(0.0, 0.85, 0.36)


def warning_colour(palette: QPalette | None = None) -> QColor:
    """Amber for a hint that asks for attention but blocks nothing."""
    if _is_dark(palette or QGuiApplication.palette()):
        return QColor.fromHslF(0.09, 0.9, 0.66)
    return QColor.fromHslF(0.09, 1.0, 0.27)


def muted_colour(palette: QPalette | None = None) -> QColor:
    """Grey for values that are there but held back (hidden small counts)."""
    return (palette or QGuiApplication.palette()).color(QPalette.ColorRole.PlaceholderText)
