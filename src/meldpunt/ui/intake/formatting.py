"""Sizes as the desk worker's locale writes them (dates: meldpunt.ui.dates)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

__all__ = ["format_size"]


def format_size(size: int) -> str:
    """``1536`` → "1,5 KB" in nl_BE; 1024-based, like the 50 MB evidence limit."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
