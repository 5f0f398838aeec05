"""The example import files in resources/examples and the generator's output parse cleanly."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from meldpunt.demo.generator import generate_reports, to_import_json
from meldpunt.domain.importing import ImportResult, parse_import
from meldpunt.domain.taxonomy import Taxonomy, load_taxonomy

EXAMPLES = Path(__file__).resolve().parents[3] / "resources" / "examples"
TODAY = dt.date(2026, 1, 1)
CSV_HEADER = [
    "external_ref", "received_on", "channel", "reporter_role", "reporter_legal_name",
    "reporter_chosen_name", "reporter_pronouns", "reporter_email", "reporter_phone",
    "reporter_address", "reporter_birth_year", "reporter_language", "incident_date",
    "incident_area", "incident_place", "incident_url", "domain", "criteria", "modifiers",
    "forms", "counterparty_type", "counterparty_name", "counterparty_address", "narrative",
    "wishes_register_only", "wishes_wants_reply", "wishes_may_contact_counterparty",
    "wishes_may_refer", "wishes_may_use_anonymised",
]  # fmt: skip


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


def parse(data: bytes, name: str, taxonomy: Taxonomy) -> ImportResult:
    result = parse_import(data, name, taxonomy, today=TODAY)
    assert [p.describe("en") for p in result.problems] == []
    return result


@pytest.mark.parametrize(
    ("name", "count"),
    [("contract-example.json", 1), ("demo-reports.json", 60), ("belgian-excel.csv", 5)],
)
def test_example_files_import_without_problems(name: str, count: int, taxonomy: Taxonomy) -> None:
    result = parse((EXAMPLES / name).read_bytes(), name, taxonomy)
    assert len(result.reports) == count


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_generated_reports_import_without_problems(seed: int, taxonomy: Taxonomy) -> None:
    text = to_import_json(generate_reports(1500, seed=seed))
    result = parse(text.encode("utf-8"), "demo.json", taxonomy)
    assert len(result.reports) == 1500


def test_contract_example_fills_every_field_of_the_contract() -> None:
    document = json.loads((EXAMPLES / "contract-example.json").read_text(encoding="utf-8"))
    report = document["reports"][0]
    assert document["format"] == "meldpunt-import/1"
    assert len(report["reporter"]) == 9
    assert len(report["incident"]) == 4
    assert len(report["counterparty"]) == 3
    assert len(report["wishes"]) == 5
    assert "…" not in json.dumps(report, ensure_ascii=False)


def test_belgian_excel_csv_is_saved_the_way_excel_saves_it() -> None:
    data = (EXAMPLES / "belgian-excel.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data[3:].decode("utf-8")
    assert text.endswith("\r\n")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[0] == CSV_HEADER
    records = [dict(zip(CSV_HEADER, row, strict=True)) for row in rows[1:]]
    assert len(records) == 5
    for record in records:
        for key in CSV_HEADER:
            if key.startswith("wishes_"):
                assert record[key] in ("ja", "nee")
    # Lists of more than one code are quoted, because ";" is also the delimiter.
    multi = [r for r in records if ";" in r["criteria"] or ";" in r["forms"]]
    assert multi
    for record in multi:
        for key in ("criteria", "modifiers", "forms"):
            if ";" in record[key]:
                assert f'"{record[key]}"' in text
    assert {r["reporter_role"] for r in records} >= {"anonymous", "organisation", "victim"}
    # Rows end in CRLF; a line break typed in a cell (Alt+Enter) is a bare LF inside quotes.
    bare_line_feeds = text.replace("\r\n", "").count("\n")
    assert bare_line_feeds == sum(r["narrative"].count("\n") for r in records) >= 1


def test_first_csv_row_is_the_contract_example(taxonomy: Taxonomy) -> None:
    from_json = parse((EXAMPLES / "contract-example.json").read_bytes(), "a.json", taxonomy)
    from_csv = parse((EXAMPLES / "belgian-excel.csv").read_bytes(), "b.csv", taxonomy)
    first_json, first_csv = from_json.reports[0], from_csv.reports[0]
    assert dataclasses.replace(first_csv, id=first_json.id) == first_json
