"""Sizes, dates and times as the desk worker's locale writes them (QLocale, local time)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QLocale

from meldpunt.ui.intake.dates import date_format, to_qdate

__all__ = ["format_date", "format_datetime", "format_size"]


def format_size(size: int) -> str:
    """``1536`` → "1,5 KB" in nl_BE; 1024-based, like the 50 MB evidence limit."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def format_datetime(value: dt.datetime) -> str:
    """A moment in local time; a naive value is taken as UTC (how the database stores it)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    moment = QDateTime.fromMSecsSinceEpoch(round(value.timestamp() * 1000)).toLocalTime()
    # The locale's short format, but never a two-digit year (fr_BE writes "27/11/26").
    locale = QLocale()
    fmt = f"{date_format()} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"
    return locale.toString(moment, fmt)


def format_date(value: dt.date) -> str:
    return QLocale().toString(to_qdate(value), QLocale.FormatType.LongFormat)
