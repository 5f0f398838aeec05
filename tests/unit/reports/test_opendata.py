"""Open data: the CSV and JSON hold exactly the values the PDF prints, suppressed cells included."""

from __future__ import annotations

import csv
import io
import json

from meldpunt.reports.disclosure import Cell, PublishedReport, Suppressed
from meldpunt.reports.opendata import CSV_HEADER, JSON_FORMAT, to_csv, to_json

from .factories import FILE_PREFIX, KEY_PREFIX


def entries(published: PublishedReport) -> dict[tuple[str, str, str], Cell]:
    """(table, row code, column code) → the published value, totals under the code "total"."""
    found: dict[tuple[str, str, str], Cell] = {}
    for t in published.tables:
        cols = [""] if t.col_dimension is None else list(t.cols)
        for i, row in enumerate(t.rows):
            for j, col in enumerate(cols):
                found[(t.id, row, col)] = t.cells[i][j]
            if t.row_totals is not None:
                found[(t.id, row, "total")] = t.row_totals[i]
        if t.col_totals is not None:
            for j, col in enumerate(cols):
                found[(t.id, "total", col)] = t.col_totals[j]
        if t.grand_total is not None:
            found[(t.id, "total", "" if t.col_dimension is None else "total")] = t.grand_total
    return found


def test_the_csv_holds_every_published_value(demo_published: PublishedReport) -> None:
    data = to_csv(demo_published)
    assert data.startswith(b"\xef\xbb\xbf")
    reader = csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";")
    header, *rows = list(reader)
    assert tuple(header) == CSV_HEADER
    expected = entries(demo_published)
    seen = {(r[0], r[2], r[4]): r[6] for r in rows}
    assert len(rows) == len(seen) == len(expected)
    assert seen == {k: str(v) for k, v in expected.items()}
    assert sum(v == "<5" for v in seen.values()) == demo_published.suppressed_count


def test_the_csv_labels_follow_the_language(demo_published: PublishedReport) -> None:
    rows = list(
        csv.reader(
            io.StringIO(to_csv(demo_published, lang="fr").decode("utf-8-sig")), delimiter=";"
        )
    )
    months = [r for r in rows if r[0] == "reports_by_month"]
    assert months[7][3] == "août"
    assert rows[1][0] == "key_figures"
    units = {r[0]: r[1] for r in rows[1:]}
    assert units["reports_by_criterion"] == "criterion_mentions"


def test_the_json_holds_the_same_values(demo_published: PublishedReport) -> None:
    document = json.loads(to_json(demo_published))
    assert document["format"] == JSON_FORMAT
    assert document["suppressed_marker"] == "<5"
    assert document["suppressed_cells"] == demo_published.suppressed_count
    assert set(document["suppression_rule"]) == {"nl", "fr", "en"}
    expected = entries(demo_published)
    found: dict[tuple[str, str, str], object] = {}
    for t in document["tables"]:
        one_way = t["column_dimension"] is None
        cols = [""] if one_way else [c["code"] for c in t["columns"]]
        for i, row in enumerate(t["rows"]):
            values = [t["cells"][i]] if one_way else t["cells"][i]
            for j, col in enumerate(cols):
                found[(t["id"], row["code"], col)] = values[j]
            if t["row_totals"] is not None:
                found[(t["id"], row["code"], "total")] = t["row_totals"][i]
        if t["column_totals"] is not None:
            for j, col in enumerate(cols):
                found[(t["id"], "total", col)] = t["column_totals"][j]
        if t["grand_total"] is not None:
            found[(t["id"], "total", "" if one_way else "total")] = t["grand_total"]
    assert found == {k: (str(v) if isinstance(v, Suppressed) else v) for k, v in expected.items()}


def test_open_data_is_repeatable_and_holds_no_keys(demo_published: PublishedReport) -> None:
    for make in (to_csv, to_json):
        data = make(demo_published)
        assert make(demo_published) == data
        assert KEY_PREFIX.encode() not in data and FILE_PREFIX.encode() not in data
