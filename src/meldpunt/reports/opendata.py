"""The published tables as open data: one long-format CSV, and JSON with labels in every language.

CSV: UTF-8 with a byte order mark and ``;`` as delimiter, because a Belgian (nl-BE, fr-BE)
Excel opens exactly that by double-click. One line per published entry:
``table_id;unit;row_code;row_label;column_code;column_label;value``. Totals have the code
``total``; one-way tables leave the column code and label empty. Hidden counts hold the same
marker as the PDF (``<5``), so the files never say more than the printed report.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from meldpunt.reports.disclosure import Cell, PublishedReport, PublishedTable, Suppressed
from meldpunt.reports.labels import LANGS, check_lang, text

__all__ = ["CSV_DELIMITER", "CSV_HEADER", "JSON_FORMAT", "TOTAL", "to_csv", "to_json"]

CSV_DELIMITER = ";"
CSV_HEADER = (
    "table_id",
    "unit",
    "row_code",
    "row_label",
    "column_code",
    "column_label",
    "value",
)
JSON_FORMAT = "meldpunt-annual-statistics/1"
TOTAL = "total"


def _csv_value(cell: Cell) -> str:
    return str(cell)


def _json_value(cell: Cell | None) -> int | str | None:
    if cell is None:
        return None
    return str(cell) if isinstance(cell, Suppressed) else cell


def _long_rows(table: PublishedTable, lang: str) -> Iterator[tuple[str, str, str, str, Cell]]:
    """(row code, row label, column code, column label, value) for every published entry."""
    one_way = table.col_dimension is None
    cols = [("", "")] if one_way else list(zip(table.cols, table.col_labels[lang], strict=True))
    total_label = text("row.total", lang)
    for i, (code, label) in enumerate(zip(table.rows, table.row_labels[lang], strict=True)):
        for j, (col_code, col_label) in enumerate(cols):
            yield code, label, col_code, col_label, table.cells[i][j]
        if table.row_totals is not None:
            yield code, label, TOTAL, text("column.total", lang), table.row_totals[i]
    if table.col_totals is not None:
        for j, (col_code, col_label) in enumerate(cols):
            yield TOTAL, total_label, col_code, col_label, table.col_totals[j]
    if table.grand_total is not None:
        col_code, col_label = ("", "") if one_way else (TOTAL, text("column.total", lang))
        yield TOTAL, total_label, col_code, col_label, table.grand_total


def to_csv(published: PublishedReport, *, lang: str = "nl") -> bytes:
    """All tables in long format, labels in ``lang``; UTF-8 with BOM, ``;``-separated."""
    check_lang(lang)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for table in published.tables:
        for row_code, row_label, col_code, col_label, value in _long_rows(table, lang):
            writer.writerow(
                (table.id, table.unit, row_code, row_label, col_code, col_label, _csv_value(value))
            )
    return buffer.getvalue().encode("utf-8-sig")


def _labels(key: str) -> dict[str, str]:
    return {lang: text(key, lang) for lang in LANGS}


def _table_json(table: PublishedTable) -> dict[str, Any]:
    return {
        "id": table.id,
        "title": _labels(table.title_key),
        "unit": table.unit,
        "unit_label": _labels(f"unit.{table.unit}"),
        "note": _labels(table.note_key) if table.note_key else None,
        "row_dimension": table.row_dimension,
        "column_dimension": table.col_dimension,
        "rows": [
            {"code": code, "label": {lang: table.row_labels[lang][i] for lang in LANGS}}
            for i, code in enumerate(table.rows)
        ],
        "columns": (
            []
            if table.col_dimension is None
            else [
                {"code": code, "label": {lang: table.col_labels[lang][j] for lang in LANGS}}
                for j, code in enumerate(table.cols)
            ]
        ),
        # One-way tables give one value per row; two-way tables one list per row.
        "cells": [
            _json_value(row[0]) if table.col_dimension is None else [_json_value(v) for v in row]
            for row in table.cells
        ],
        "row_totals": (
            None if table.row_totals is None else [_json_value(v) for v in table.row_totals]
        ),
        "column_totals": (
            None if table.col_totals is None else [_json_value(v) for v in table.col_totals]
        ),
        "grand_total": _json_value(table.grand_total),
        "suppressed_cells": table.suppressed_count,
    }


def to_json(published: PublishedReport) -> bytes:
    """The same tables as JSON (UTF-8), with code labels in Dutch, French and English."""
    document = {
        "format": JSON_FORMAT,
        "year": published.year,
        "previous_year": published.previous_year,
        "threshold": published.threshold,
        "suppressed_marker": str(published.marker),
        "suppressed_cells": published.suppressed_count,
        "suppression_rule": dict(published.rule_text),
        "medians_in_days": {m.key: m.value for m in published.medians},
        "tables": [_table_json(table) for table in published.tables],
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
