"""Reading import files: the contract's JSON and CSV, Belgian Excel files, every kind of mistake."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import time
from typing import Any

import pytest
from domain_samples import TODAY, example_document, example_report_dict, minimal_report_dict

from meldpunt.domain import importing
from meldpunt.domain.importing import (
    CSV_COLUMNS,
    ImportFileError,
    ImportResult,
    parse_import,
    reports_to_csv,
    reports_to_json,
)
from meldpunt.domain.model import Report, report_from_import_dict
from meldpunt.domain.taxonomy import Taxonomy

LANGS = ("nl", "fr", "en")


def _json(document: Any) -> bytes:
    return json.dumps(document).encode("utf-8")


def _parse(data: bytes, filename: str, taxonomy: Taxonomy) -> ImportResult:
    return parse_import(data, filename, taxonomy, today=TODAY)


def _codes(result: ImportResult) -> list[tuple[int | None, str, str]]:
    return [(p.position, p.field, p.code) for p in result.problems]


def _same_content(a: list[Report], b: list[Report]) -> bool:
    return [dataclasses.replace(x, id="") for x in a] == [dataclasses.replace(x, id="") for x in b]


# -- JSON -------------------------------------------------------------------------------------


def test_the_contract_example_imports(taxonomy: Taxonomy) -> None:
    result = _parse(_json(example_document()), "web.json", taxonomy)
    assert result.problems == []
    assert result.ok
    assert result.kind == "json"
    assert result.total == 1
    (report,) = result.reports
    assert report == report_from_import_dict(example_report_dict(), report_id=report.id)


def test_json_export_and_import_are_lossless(taxonomy: Taxonomy) -> None:
    first = _parse(_json(example_document()), "web.json", taxonomy).reports
    again = _parse(reports_to_json(first), "export.json", taxonomy)
    assert again.problems == []
    assert _same_content(again.reports, first)
    assert json.loads(reports_to_json(first))["reports"][0] == example_report_dict()


def test_three_bad_reports_give_problems_for_all_three_and_no_reports(taxonomy: Taxonomy) -> None:
    document = {
        "format": "meldpunt-import/1",
        "reports": [
            minimal_report_dict(external_ref="A-1", channel="pigeon"),
            minimal_report_dict(reporter={"email": "not-an-address"}),
            minimal_report_dict(external_ref="A-3", criteria=[], received_on="2031-01-01"),
        ],
    }
    result = _parse(_json(document), "bad.json", taxonomy)
    assert result.reports == []
    assert result.total == 3
    assert _codes(result) == [
        (1, "channel", "unknown_code"),
        (2, "reporter.email", "invalid_email"),
        (3, "received_on", "date_in_future"),
        (3, "criteria", "required"),
    ]
    assert [p.external_ref for p in result.problems] == ["A-1", None, "A-3", "A-3"]
    assert result.problems[0].describe("nl").startswith("Melding 1 (A-1): Kanaal: ")
    assert result.problems[1].describe("fr").startswith("Signalement 2 : L'adresse e-mail")
    assert result.problems[1].describe("en").startswith("Report 2: The e-mail address")
    for problem in result.problems:
        for lang in LANGS:
            assert problem.describe(lang)


def test_one_bad_report_keeps_all_out(taxonomy: Taxonomy) -> None:
    document = {
        "format": "meldpunt-import/1",
        "reports": [minimal_report_dict(), minimal_report_dict(domain=None)],
    }
    result = _parse(_json(document), "x.json", taxonomy)
    assert result.reports == []
    assert _codes(result) == [(2, "domain", "required")]


def test_duplicate_external_ref_in_one_file(taxonomy: Taxonomy) -> None:
    document = {
        "format": "meldpunt-import/1",
        "reports": [minimal_report_dict(external_ref="W-1")] * 3,
    }
    result = _parse(_json(document), "x.json", taxonomy)
    assert _codes(result) == [
        (2, "external_ref", "duplicate_external_ref"),
        (3, "external_ref", "duplicate_external_ref"),
    ]
    assert result.problems[0].params == {"first": 1}
    assert "melding 1" in result.problems[1].message("nl")


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty_file"),
        (b"  \n\t ", "empty_file"),
        (b"\xef\xbb\xbf", "empty_file"),
        (b'{"format": "meldpunt-import/1", "reports": [', "not_json"),
        (b"Dit is geen JSON", "not_json"),
        (b"[1, 2, 3]", "not_object"),
        (b'"reports"', "not_object"),
        (b'{"format": "meldpunt-import/1", "reports": [{"a": 1' + b"1" * 5000 + b"}]}", "not_json"),
        (b"[" * 200_000 + b"]" * 200_000, "too_deep"),
        (b'{"format": "meldpunt-import/1", "reports": {}}', "reports_missing"),
        (b'{"format": "meldpunt-import/1"}', "reports_missing"),
        (b'{"format": "meldpunt-import/1", "reports": []}', "no_reports"),
        (b'{"format": "meldpunt-import/2", "reports": [1]}', "format_unsupported"),
        ('{"format": "meldpunt-import/1", "reports": [{"narrative": "é"}]}'.encode("cp1252"),
         "not_utf8"),
        ("{}".encode("utf-16"), "not_utf8"),
    ],
)  # fmt: skip
def test_file_level_problems(data: bytes, code: str, taxonomy: Taxonomy) -> None:
    result = _parse(data, "file.json", taxonomy)
    assert result.reports == []
    assert result.problems[0].code == code
    assert result.problems[0].position is None
    for lang in LANGS:
        assert "{" not in result.problems[0].describe(lang)


def test_not_json_says_where(taxonomy: Taxonomy) -> None:
    result = _parse(b'{"format": "meldpunt-import/1",\n "reports": [}', "x.json", taxonomy)
    assert result.problems[0].params == {"line": 2, "column": 14}
    assert result.problems[0].describe("en") == (
        "File: The file is not valid JSON (line 2, column 14)."
    )


def test_a_missing_format_is_reported_but_the_reports_are_still_checked(
    taxonomy: Taxonomy,
) -> None:
    data = _json({"reports": [minimal_report_dict(channel="fax")], "extra": 1})
    result = _parse(data, "x.json", taxonomy)
    assert _codes(result) == [
        (None, "format", "format_missing"),
        (None, "extra", "unknown_key"),
        (1, "channel", "unknown_code"),
    ]


def test_duplicate_keys_are_reported(taxonomy: Taxonomy) -> None:
    text = (
        '{"format": "meldpunt-import/1", "reports": [{"received_on": "2025-01-02", '
        '"channel": "desk", "domain": "housing", "criteria": ["age"], "criteria": ["sex"], '
        '"wishes": {"may_refer": true, "may_refer": false}}]}'
    )
    result = _parse(text.encode(), "x.json", taxonomy)
    assert _codes(result) == [
        (1, "criteria", "duplicate_key"),
        (1, "wishes.may_refer", "duplicate_key"),
    ]


def test_wrong_types_and_unknown_keys_are_all_listed(taxonomy: Taxonomy) -> None:
    report = minimal_report_dict(
        channel=1,
        criteria={"age": True},
        reporter={"birth_year": "1990", "gender": "x", "phone": 470123456},
        incident="Leuven",
        wishes={"wants_reply": "ja"},
        colour="red",
    )
    result = _parse(_json({"format": "meldpunt-import/1", "reports": [report]}), "x.json", taxonomy)
    assert {(p.field, p.code) for p in result.problems} == {
        ("colour", "unknown_key"),
        ("reporter.gender", "unknown_key"),
        ("incident", "wrong_type"),
        ("channel", "wrong_type"),
        ("reporter.phone", "wrong_type"),
        ("reporter.birth_year", "wrong_type"),
        ("criteria", "wrong_type"),
        ("wishes.wants_reply", "wrong_type"),
    }
    phone = next(p for p in result.problems if p.field == "reporter.phone")
    assert phone.message("nl") == (
        "Telefoonnummer: verwacht tekst, maar het bestand bevat een geheel getal."
    )


def test_lone_surrogates_from_json_escapes_are_reported(taxonomy: Taxonomy) -> None:
    text = (
        '{"format": "meldpunt-import/1", "reports": [{"received_on": "2025-01-02", '
        '"channel": "desk", "domain": "housing", "criteria": ["age"], '
        '"narrative": "half \\ud800 teken", "reporter": {"legal_name": "A\\u0000B"}, '
        '"\\udc00": 1}]}'
    )
    result = _parse(text.encode(), "x.json", taxonomy)
    assert _codes(result) == [
        (1, "?", "unknown_key"),
        (1, "reporter.legal_name", "control_character"),
        (1, "narrative", "lone_surrogate"),
    ]
    for problem in result.problems:
        for lang in LANGS:
            problem.describe(lang).encode("utf-8")  # nothing broken leaks into messages


def test_values_never_appear_in_problems(taxonomy: Taxonomy) -> None:
    secret = "Zeynep"
    report = minimal_report_dict(
        channel=secret,
        criteria=[secret],
        reporter={"email": secret, "phone": secret, "birth_year": secret, "role": "anonymous",
                  "legal_name": secret + "\x07"},
        incident={"date": secret, "url": secret},
        wishes={"may_refer": secret},
    )  # fmt: skip
    result = _parse(_json({"format": "meldpunt-import/1", "reports": [report]}), "x.json", taxonomy)
    assert len(result.problems) >= 8
    for problem in result.problems:
        assert secret not in repr(problem)
        for lang in LANGS:
            assert secret not in problem.describe(lang)


# -- CSV --------------------------------------------------------------------------------------

BELGIAN_EXCEL = (
    "\ufeffexternal_ref;received_on;channel;reporter_role;reporter_email;reporter_phone;"
    "incident_date;incident_area;domain;criteria;modifiers;forms;counterparty_type;narrative;"
    "wishes_register_only;wishes_wants_reply;wishes_may_refer\r\n"
    "XL-1;14/03/2025;online_form;victim;an@example.be;'+32 470 12 34 56;2025-03-01;kessel_lo;"
    'housing.ad;"wealth;descent";;discriminatory_statement_ad;real_estate_agency;'
    '"Advertentie: ""geen leefloon of OCMW"";\r\nnaam van het kantoor volgt";nee;Ja;NEE\r\n'
    "XL-2;2025-04-02;desk;anonymous;;;;heverlee;housing.student;sexual_orientation;"
    "perceived_trait;unequal_treatment;student_housing_landlord;Kot 'al verhuurd';"
    "ONWAAR;WAAR;0\r\n"
    ";;;;;;;;;;;;;;;;\r\n"
    ";;;;;;;;;;;;;;;;\r\n"
)


def test_a_belgian_excel_csv_parses(taxonomy: Taxonomy) -> None:
    result = _parse(BELGIAN_EXCEL.encode("utf-8"), "meldingen.csv", taxonomy)
    assert result.problems == []
    assert result.kind == "csv"
    assert result.total == 2
    first, second = result.reports
    assert first.received_on == dt.date(2025, 3, 14)
    assert first.criteria == ("wealth", "descent")
    assert first.modifiers == ()
    assert first.reporter.phone == "+32 470 12 34 56"
    assert first.narrative == 'Advertentie: "geen leefloon of OCMW";\r\nnaam van het kantoor volgt'
    assert (first.wishes.register_only, first.wishes.wants_reply, first.wishes.may_refer) == (
        False,
        True,
        False,
    )
    assert first.wishes.may_use_anonymised is None
    assert second.reporter.role == "anonymous"
    assert second.reporter.email is None
    assert second.narrative == "Kot 'al verhuurd'"
    assert second.wishes.wants_reply is True


def test_a_comma_csv_without_bom_parses(taxonomy: Taxonomy) -> None:
    text = (
        "received_on,channel,domain,criteria,wishes_may_refer,reporter_birth_year\n"
        '2025-01-02,phone,housing.neighbours,"sexual_orientation;gender_identity",oui,1987\n'
        "2025-01-03,email,employment,age,true,\n"
    )
    result = _parse(text.encode(), "export.csv", taxonomy)
    assert result.problems == []
    assert result.reports[0].criteria == ("sexual_orientation", "gender_identity")
    assert result.reports[0].reporter.birth_year == 1987
    assert result.reports[0].wishes.may_refer is True


def test_excel_sep_line_and_dotted_or_capitalised_headers(taxonomy: Taxonomy) -> None:
    text = (
        "sep=;\nReceived_On;CHANNEL;domain;criteria;reporter.role\n"
        "2025-01-02;desk;leisure;age;witness\n"
    )
    result = _parse(text.encode(), "x.csv", taxonomy)
    assert result.problems == []
    assert result.reports[0].reporter.role == "witness"


def test_list_cells_tolerate_spaces_and_commas(taxonomy: Taxonomy) -> None:
    text = 'received_on;channel;domain;criteria\n2025-01-02;desk;leisure;" age ; disability,sex "\n'
    result = _parse(text.encode(), "x.csv", taxonomy)
    assert result.reports[0].criteria == ("age", "disability", "sex")


def test_csv_export_and_import_are_lossless(taxonomy: Taxonomy) -> None:
    source = _parse(_json(example_document()), "web.json", taxonomy).reports
    tricky = dataclasses.replace(
        source[0],
        external_ref="=cmd|' /C calc'!A0",
        narrative='-3 dagen later; "citaat"\nnieuwe regel\r\nen\ttab',
        incident=dataclasses.replace(source[0].incident, place="'t Zandt", date_end=None),
    )
    data = reports_to_csv([*source, tricky])
    assert data.startswith(b"\xef\xbb\xbf" + ";".join(CSV_COLUMNS).encode())
    assert b"'=cmd" in data  # a spreadsheet shows it as text instead of running it
    assert b"'+32 470" in data
    again = _parse(data, "export.csv", taxonomy)
    assert again.problems == []
    assert _same_content(again.reports, [*source, tricky])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("received_on;channel;domain;criteria;colour\n2025-01-02;desk;leisure;age;red\n",
         [(None, "colour", "unknown_column")]),
        ("received_on;channel;domain;criteria;channel\n2025-01-02;desk;leisure;age;desk\n",
         [(None, "channel", "duplicate_column")]),
        ("received_on;channel;domain;criteria;\n2025-01-02;desk;leisure;age;x\n",
         [(None, "file", "unnamed_column")]),
        ("received_on;channel;domain;criteria\n2025-01-02;desk;leisure;age;extra\n",
         [(1, "report", "too_many_cells")]),
        ("received_on;channel;domain;criteria;wishes_may_refer\n2025-01-02;desk;leisure;age;misschien\n",
         [(1, "wishes.may_refer", "invalid_boolean")]),
        ("received_on;channel;domain;criteria\n31/02/2025;desk;leisure;age\n",
         [(1, "received_on", "invalid_date")]),
        ("received_on;channel;domain;criteria;reporter_birth_year\n2025-01-02;desk;leisure;age;'98\n",
         [(1, "reporter.birth_year", "invalid_integer")]),
        ('received_on;channel;domain;criteria;narrative\n2025-01-02;desk;leisure;age;"open\n',
         [(None, "file", "unterminated_quote")]),
        ("2025-01-02;desk;leisure;age\n", [(None, "file", "no_header")]),
        ("received_on;channel;domain;criteria\n", [(None, "reports", "no_reports")]),
        ("received_on;channel;domain;criteria\n\n;;;\n2025-01-02;desk;leisure;pigeon\n",
         [(3, "criteria", "unknown_code")]),
    ],
)  # fmt: skip
def test_csv_problems(text: str, expected: list[Any], taxonomy: Taxonomy) -> None:
    result = _parse(text.encode(), "x.csv", taxonomy)
    assert _codes(result) == expected
    assert result.reports == []
    for problem in result.problems:
        for lang in LANGS:
            assert "{" not in problem.describe(lang)


def test_a_headerless_csv_never_echoes_its_data(taxonomy: Taxonomy) -> None:
    text = "Zeynep Özdemir;zeynep@example.be;0470 12 34 56\n"
    result = _parse(text.encode(), "x.csv", taxonomy)
    assert _codes(result) == [(None, "file", "no_header")]
    assert "Zeynep" not in repr(result.problems)


def test_an_unknown_column_shaped_like_data_is_not_echoed(taxonomy: Taxonomy) -> None:
    text = "received_on;channel;domain;criteria;zeynep@example.be\n2025-01-02;desk;leisure;age;\n"
    result = _parse(text.encode(), "x.csv", taxonomy)
    assert _codes(result) == [(None, "?", "unknown_column")]
    assert result.problems[0].params == {"column": 5}


# -- file types and sizes -------------------------------------------------------------------


def test_the_kind_is_sniffed_when_the_extension_says_nothing(taxonomy: Taxonomy) -> None:
    assert _parse(_json(example_document()), "upload", taxonomy).kind == "json"
    csv_text = "received_on;channel;domain;criteria\n2025-01-02;desk;leisure;age\n"
    assert _parse(csv_text.encode(), "C:\\Users\\x.y\\upload", taxonomy).kind == "csv"
    assert _parse(csv_text.encode(), "meldingen.TXT", taxonomy).ok


@pytest.mark.parametrize(
    ("data", "filename"),
    [(b"%PDF-1.7\n\x00\x01binary", "scan.pdf"), (b"PK\x03\x04\x14\x00", "meldingen.xlsx")],
)
def test_a_file_that_is_no_import_file_raises_import_file_error(
    data: bytes, filename: str, taxonomy: Taxonomy
) -> None:
    with pytest.raises(ImportFileError) as raised:
        _parse(data, filename, taxonomy)
    assert raised.value.message_key == "import.unknown_type"
    assert ".csv" in raised.value.message("nl")
    assert {raised.value.message(lang) for lang in LANGS} != {""}
    assert str(raised.value) == raised.value.message("en")


def test_a_far_too_large_file_is_refused_before_reading(
    taxonomy: Taxonomy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importing, "MAX_IMPORT_BYTES", 1024)
    with pytest.raises(ImportFileError) as raised:
        _parse(b"{" + b" " * 2048 + b"}", "big.json", taxonomy)
    assert raised.value.message_key == "import.too_large"


def test_ten_megabyte_fields_are_reported_not_fatal(taxonomy: Taxonomy) -> None:
    huge = "x" * 10_000_000
    started = time.perf_counter()
    as_json = _json({"format": "meldpunt-import/1", "reports": [minimal_report_dict(
        narrative=huge, reporter={"legal_name": huge, "email": huge}
    )]})  # fmt: skip
    result = _parse(as_json, "huge.json", taxonomy)
    assert _codes(result) == [
        (1, "reporter.legal_name", "too_long"),
        (1, "reporter.email", "too_long"),
        (1, "narrative", "too_long"),
    ]
    quoted = '"' + ("ab;\n" * 2_500_000) + '"'
    as_csv = (
        "received_on;channel;domain;criteria;narrative;incident_place\n"
        f"2025-01-02;desk;leisure;age;{quoted};{huge}\n"
    ).encode()
    result = _parse(as_csv, "huge.csv", taxonomy)
    assert _codes(result) == [
        (1, "incident.place", "too_long"),
        (1, "narrative", "too_long"),
    ]
    assert result.problems[1].params["length"] == 10_000_000
    assert time.perf_counter() - started < 20
