"""Dates and moments as the desk's locale writes them, and the Qt <-> Python conversions.

One place for every screen: the locale's short format but always with a four-digit year
(fr_BE would write "27/11/26"), moments in the desk's local time (the database keeps UTC).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale

__all__ = [
    "date_format",
    "datetime_format",
    "format_date",
    "format_long_date",
    "format_moment",
    "from_qdate",
    "to_qdate",
]


def date_format() -> str:
    """The locale's short date format with a four-digit year ("d/MM/yyyy" in nl_BE)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def datetime_format(*, seconds: bool = False) -> str:
    """Short date (four-digit year) and short time: "27/11/2026 14:05" (or "14:05:09")."""
    time = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "ss" not in time:
        time = time.replace("mm", "mm:ss")
    return f"{date_format()} {time}"


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def format_date(value: dt.date | None) -> str:
    """ "27/11/2026"; nothing for no date."""
    return QLocale().toString(to_qdate(value), date_format()) if value else ""


def format_long_date(value: dt.date) -> str:
    """ "vrijdag 27 november 2026" in nl_BE."""
    return QLocale().toString(to_qdate(value), QLocale.FormatType.LongFormat)


def format_moment(value: dt.datetime, *, seconds: bool = False) -> str:
    """A moment in the desk's local time; a naive value is UTC (how the database keeps it)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    moment = QDateTime.fromMSecsSinceEpoch(round(value.timestamp() * 1000)).toLocalTime()
    return QLocale().toString(moment, datetime_format(seconds=seconds))
