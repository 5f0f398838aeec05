"""Fuzzing parse_import: whatever the file holds, it lists problems and never crashes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

from domain_samples import TODAY, example_report_dict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from meldpunt.domain.importing import (
    CSV_COLUMNS,
    ImportFileError,
    ImportResult,
    parse_import,
    reports_to_csv,
    reports_to_json,
)
from meldpunt.domain.model import Counterparty, Incident, Report, Reporter, Wishes
from meldpunt.domain.taxonomy import load_taxonomy
from meldpunt.domain.validation import validate_report

TAXONOMY = load_taxonomy()
LANGS = ("nl", "fr", "en")
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _read(data: bytes, filename: str) -> ImportResult | None:
    """parse_import, checking what every caller relies on; None for an ImportFileError."""
    try:
        result = parse_import(data, filename, TAXONOMY, today=TODAY)
    except ImportFileError as error:
        for lang in LANGS:
            assert error.message(lang)
        return None
    assert isinstance(result, ImportResult)
    if result.problems:
        assert result.reports == []  # all or nothing
    else:
        assert result.total >= 1
        assert len(result.reports) == result.total
    for problem in result.problems:
        assert problem.position is None or problem.position >= 1
        assert problem.field
        for lang in LANGS:
            text = problem.describe(lang)
            assert text
            text.encode("utf-8")  # no broken character leaks into a dialog or a log
    return result


# -- random JSON ------------------------------------------------------------------------------

_nasty_text = st.one_of(
    st.text(),
    st.sampled_from(["\ud800", "a\udfffb", "\x00", "\x1b[31m", "\u202e", "\x85", "\ufeff", ""]),
    st.sampled_from(["age", "none", "housing.student", "2025-01-01", "31/02/2025", "ja", "1"]),
)
_json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | _nasty_text,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(_nasty_text, children, max_size=4)
    ),
    max_leaves=20,
)

_FIELD_PATHS = [
    *[key for key in example_report_dict()],
    *[f"{group}.{key}" for group in ("reporter", "incident", "counterparty", "wishes")
      for key in ("role", "email", "birth_year", "date", "date_end", "area", "url", "type",
                  "may_refer", "unknown")],
    "unknown_top",
]  # fmt: skip


@st.composite
def _mutated_report(draw: st.DrawFn) -> dict[str, Any]:
    """The contract example with some fields replaced by random or hostile values."""
    report: dict[str, Any] = example_report_dict()
    for path in draw(st.lists(st.sampled_from(_FIELD_PATHS), max_size=6)):
        if "." not in path and draw(st.booleans()):
            report.pop(path, None)  # a missing field, required or not
            continue
        value = draw(_json_values)
        if "." in path:
            group, key = path.split(".", 1)
            holder = report.get(group)
            if isinstance(holder, dict):
                holder[key] = value
            else:
                report[group] = {key: value}
        else:
            report[path] = value
    return report


@FUZZ
@given(_json_values)
def test_any_json_value_as_the_whole_file(value: Any) -> None:
    _read(json.dumps(value).encode(), "x.json")


@FUZZ
@given(st.lists(st.one_of(_mutated_report(), _json_values), max_size=5), st.booleans())
def test_reports_with_random_wrong_values(reports: list[Any], with_format: bool) -> None:
    document: dict[str, Any] = {"reports": reports}
    if with_format:
        document["format"] = "meldpunt-import/1"
    result = _read(json.dumps(document).encode(), "x.json")
    assert result is not None
    positions = {p.position for p in result.problems if p.position is not None}
    assert positions <= set(range(1, len(reports) + 1))
    if not reports:
        assert "no_reports" in [p.code for p in result.problems]


@FUZZ
@given(st.binary(max_size=300), st.sampled_from(["x.json", "x.csv", "x.bin", "x"]))
def test_random_bytes(data: bytes, filename: str) -> None:
    _read(data, filename)


@FUZZ
@given(
    st.sampled_from([",", ";"]),
    st.lists(st.sampled_from([*CSV_COLUMNS, "colour", "", "zeynep@example.be"]), min_size=1,
             max_size=10),
    st.lists(st.lists(st.one_of(_nasty_text, st.sampled_from(['"', '""', ";", ",", "\r\n", "'="])),
                      max_size=12), max_size=5),
    st.booleans(),
    st.sampled_from(["\r\n", "\n", "\r"]),
)  # fmt: skip
def test_random_csv_with_either_delimiter(
    delimiter: str, header: list[str], rows: list[list[str]], bom: bool, newline: str
) -> None:
    lines = [delimiter.join(header), *(delimiter.join(row) for row in rows)]
    text = newline.join(lines)
    data = text.encode("utf-8", "surrogatepass")  # lone surrogates make invalid UTF-8 too
    if bom:
        data = b"\xef\xbb\xbf" + data
    _read(data, "x.csv")


# -- valid reports round-trip through both writers ---------------------------------------------

_line = st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=30).filter(
    lambda s: s.strip() != ""
)
_leading = st.sampled_from(["", "=", "+", "-", "@", "'", "''", "'=", '"', " "])
_single_line = st.builds(lambda a, b: (a + b)[:30], _leading, _line).filter(
    lambda s: s.strip() != ""
)


def _control(ch: str) -> bool:
    return ch < " " or "\x7f" <= ch <= "\x9f" or "\ud800" <= ch <= "\udfff"


_multi_line = (
    st.builds(lambda a, b: a + b, _leading, st.text(min_size=1, max_size=60))
    .map(lambda s: "".join(ch for ch in s if ch in "\t\r\n" or not _control(ch)))
    .filter(lambda s: s.strip() != "")
)


# Strategies are built once: building them inside the composite made generation the slow part.
_FIRST_DAY = dt.date(1990, 1, 1)
_CODE = {
    field: st.sampled_from([c.code for c in TAXONOMY.codes(field)]) for field in TAXONOMY.fields()
}
_MAYBE = {field: st.none() | strategy for field, strategy in _CODE.items()}
_maybe_line = st.none() | _single_line
_maybe_multi_line = st.none() | _multi_line
_maybe_bool = st.none() | st.booleans()
_not_true = st.none() | st.just(False)
_criteria = st.just(("none",)) | st.lists(
    st.sampled_from([c.code for c in TAXONOMY.codes("criteria") if c.code != "none"]),
    min_size=2,
    max_size=4,
    unique=True,
).map(tuple)
_modifiers = st.lists(_CODE["modifiers"], unique=True, max_size=5).map(tuple)
_forms = st.lists(_CODE["forms"], unique=True, max_size=3).map(tuple)
_maybe_email = st.none() | st.sampled_from(["a@example.be", "zoë@voorbeeld.be"])
_maybe_phone = st.none() | st.sampled_from(["+32 470 12 34 56", "016/12.34.56"])
_maybe_url = st.none() | st.sampled_from(["https://example.be/a?b=c;d", "http://x.be"])
_maybe_birth_year = st.none() | st.integers(1900, TODAY.year)
_day_offset = st.integers(0, (TODAY - _FIRST_DAY).days)


def _day_between(draw: st.DrawFn, first: dt.date, last: dt.date) -> dt.date:
    return first + dt.timedelta(days=draw(_day_offset) % ((last - first).days + 1))


@st.composite
def _valid_report(draw: st.DrawFn) -> Report:
    """A report that validate_report accepts, with texts chosen to trouble a CSV writer."""
    received = _day_between(draw, _FIRST_DAY, TODAY)
    start = _day_between(draw, _FIRST_DAY, received) if draw(st.booleans()) else None
    end = _day_between(draw, start, TODAY) if start and draw(st.booleans()) else None
    criteria = draw(_criteria)
    register_only = draw(_maybe_bool)
    consent = _not_true if register_only else _maybe_bool
    role = draw(_MAYBE["reporter_role"])
    known = role != "anonymous"
    return Report(
        external_ref=draw(_maybe_line),
        received_on=received,
        channel=draw(_CODE["channel"]),
        domain=draw(_CODE["domain"]),
        criteria=criteria,
        modifiers=() if criteria == ("none",) else draw(_modifiers),
        forms=draw(_forms),
        reporter=Reporter(
            role=role,
            legal_name=draw(_maybe_line) if known else None,
            chosen_name=draw(_maybe_line) if known else None,
            pronouns=draw(_maybe_line),
            email=draw(_maybe_email) if known else None,
            phone=draw(_maybe_phone) if known else None,
            address=draw(_maybe_multi_line) if known else None,
            birth_year=draw(_maybe_birth_year),
            language=draw(_MAYBE["language"]),
        ),
        incident=Incident(
            date=start,
            date_end=end,
            area=draw(_MAYBE["area"]),
            place=draw(_maybe_line),
            url=draw(_maybe_url),
        ),
        counterparty=Counterparty(
            type=draw(_MAYBE["counterparty_type"]),
            name=draw(_maybe_line),
            address=draw(_maybe_multi_line),
        ),
        narrative=draw(_maybe_multi_line),
        wishes=Wishes(
            register_only=register_only,
            wants_reply=draw(_maybe_bool),
            may_contact_counterparty=draw(consent),
            may_refer=draw(consent),
            may_use_anonymised=draw(_maybe_bool),
        ),
    )


def _without_ids(reports: list[Report]) -> list[Report]:
    return [dataclasses.replace(r, id="") for r in reports]


@FUZZ
@given(st.lists(_valid_report(), min_size=1, max_size=4, unique_by=lambda r: r.external_ref))
def test_valid_reports_round_trip_through_csv_and_json(reports: list[Report]) -> None:
    for report in reports:
        assert validate_report(report, TAXONOMY, today=TODAY) == []
    for data, name in ((reports_to_csv(reports), "x.csv"), (reports_to_json(reports), "x.json")):
        result = _read(data, name)
        assert result is not None
        assert result.problems == []
        assert _without_ids(result.reports) == _without_ids(reports)
