"""Report values and their lossless conversion to and from the import format's dicts."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from typing import Any

import pytest
from domain_samples import example_report_dict, minimal_report_dict
from hypothesis import given
from hypothesis import strategies as st

from meldpunt.domain.model import (
    IMPORT_FIELDS,
    CaseFile,
    Counterparty,
    Incident,
    Person,
    Report,
    ReportDictError,
    Reporter,
    Wishes,
    format_report_number,
    new_report_id,
    parse_report_dict,
    report_from_import_dict,
    report_to_import_dict,
)


def test_the_contract_example_round_trips_report_dict_report() -> None:
    data = example_report_dict()
    report = report_from_import_dict(data)
    assert report_to_import_dict(report) == data
    again = report_from_import_dict(report_to_import_dict(report), report_id=report.id)
    assert again == report
    # and in the contract's key order, so an exported file reads like the documentation
    assert list(report_to_import_dict(report)) == list(data)
    assert list(report_to_import_dict(report)["reporter"]) == list(data["reporter"])


def test_the_contract_example_reads_into_typed_fields() -> None:
    report = report_from_import_dict(example_report_dict())
    assert report.received_on == dt.date(2025, 3, 14)
    assert report.criteria == ("sexual_orientation",)
    assert report.reporter.birth_year == 1998
    assert report.incident == Incident(
        date=dt.date(2025, 3, 1),
        area="kessel_lo",
        place="appartement, Diestsesteenweg",
        url="https://immo.example.be/aanbod/123",
    )
    assert report.wishes.wants_reply is True
    assert report.wishes.register_only is False
    assert report.status == "new"
    assert report.number is None
    uuid.UUID(report.id)


def test_missing_groups_become_empty_values_and_are_left_out_again() -> None:
    data = minimal_report_dict()
    report = report_from_import_dict(data)
    assert report.reporter == Reporter()
    assert report.wishes == Wishes()
    assert report_to_import_dict(report) == data


def test_an_anonymous_report_keeps_only_its_role() -> None:
    data = minimal_report_dict(reporter={"role": "anonymous"})
    report = report_from_import_dict(data)
    assert report.reporter == Reporter(role="anonymous")
    assert report_to_import_dict(report) == data


def test_incident_period_end_is_carried() -> None:
    data = minimal_report_dict(incident={"date": "2025-01-01", "date_end": "2025-02-01"})
    report = report_from_import_dict(data)
    assert report.incident.date_end == dt.date(2025, 2, 1)
    assert report_to_import_dict(report) == data


def test_empty_strings_mean_not_given() -> None:
    report = report_from_import_dict(minimal_report_dict(narrative="  ", external_ref=""))
    assert report.narrative is None
    assert report.external_ref is None


def test_lists_become_tuples() -> None:
    report = Report(criteria=["age", "disability"])  # type: ignore[arg-type]
    assert report.criteria == ("age", "disability")
    assert hash(report) == hash(dataclasses.replace(report))
    assert CaseFile(report_ids=["a"]).report_ids == ("a",)  # type: ignore[arg-type]


def test_values_are_immutable() -> None:
    report = Report()
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.status = "closed"  # type: ignore[misc]


def test_ids_and_numbers() -> None:
    assert new_report_id() != new_report_id()
    assert uuid.UUID(new_report_id()).version == 4
    assert Report().id != Report().id
    assert format_report_number(2025, 42) == "2025-0042"
    assert format_report_number(2025, 12345) == "2025-12345"
    with pytest.raises(ValueError):
        format_report_number(25, 1)
    assert Person is Reporter
    assert Reporter(legal_name="A", chosen_name="B").display_name == "B"
    assert Report(received_on=dt.date(2024, 2, 29)).year == 2024


@pytest.mark.parametrize(
    ("data", "field", "code"),
    [
        (minimal_report_dict(criteria="age"), "criteria", "wrong_type"),
        (minimal_report_dict(criteria=["age", 7]), "criteria", "wrong_type"),
        (minimal_report_dict(received_on=20250101), "received_on", "wrong_type"),
        (minimal_report_dict(received_on="14/03/2025"), "received_on", "invalid_date"),
        (minimal_report_dict(received_on="2025-02-30"), "received_on", "invalid_date"),
        (minimal_report_dict(reporter=["victim"]), "reporter", "wrong_type"),
        (minimal_report_dict(reporter={"birth_year": "1998"}), "reporter.birth_year", "wrong_type"),
        (minimal_report_dict(reporter={"birth_year": True}), "reporter.birth_year", "wrong_type"),
        (minimal_report_dict(wishes={"may_refer": "ja"}), "wishes.may_refer", "wrong_type"),
        (minimal_report_dict(reporter={"gender": "x"}), "reporter.gender", "unknown_key"),
        (minimal_report_dict(status="closed"), "status", "unknown_key"),
        (minimal_report_dict(narrative=["a"]), "narrative", "wrong_type"),
    ],
)
def test_shape_problems_name_the_field(data: dict[str, Any], field: str, code: str) -> None:
    with pytest.raises(ReportDictError) as raised:
        report_from_import_dict(data)
    assert [(p.field, p.code) for p in raised.value.problems] == [(field, code)]
    for lang in ("nl", "fr", "en"):
        assert raised.value.problems[0].message(lang)


def test_every_shape_problem_is_listed_and_the_rest_is_still_read() -> None:
    data = minimal_report_dict(
        channel=5, reporter={"email": 3, "phone": "016 12 34 56"}, extra=1, forms={"a": 1}
    )
    report, problems = parse_report_dict(data)
    assert {(p.field, p.code) for p in problems} == {
        ("channel", "wrong_type"),
        ("reporter.email", "wrong_type"),
        ("extra", "unknown_key"),
        ("forms", "wrong_type"),
    }
    assert report is not None
    assert report.reporter.phone == "016 12 34 56"
    assert report.channel is None


def test_not_an_object() -> None:
    report, problems = parse_report_dict([1, 2])
    assert report is None
    assert problems[0].field == "report"


# -- property: report → dict → report is lossless ----------------------------------------------

_text = st.text(min_size=1, max_size=40).filter(lambda s: s.strip() != "")
_codes = st.lists(_text, max_size=4).map(tuple)
_dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))


def _optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


_reports = st.builds(
    Report,
    external_ref=_optional(_text),
    received_on=_optional(_dates),
    channel=_optional(_text),
    domain=_optional(_text),
    criteria=_codes,
    modifiers=_codes,
    forms=_codes,
    reporter=st.builds(
        Reporter,
        role=_optional(_text),
        legal_name=_optional(_text),
        chosen_name=_optional(_text),
        pronouns=_optional(_text),
        email=_optional(_text),
        phone=_optional(_text),
        address=_optional(_text),
        birth_year=_optional(st.integers(-(10**6), 10**6)),
        language=_optional(_text),
    ),
    incident=st.builds(
        Incident,
        date=_optional(_dates),
        date_end=_optional(_dates),
        area=_optional(_text),
        place=_optional(_text),
        url=_optional(_text),
    ),
    counterparty=st.builds(
        Counterparty, type=_optional(_text), name=_optional(_text), address=_optional(_text)
    ),
    narrative=_optional(_text),
    wishes=st.builds(
        Wishes,
        register_only=_optional(st.booleans()),
        wants_reply=_optional(st.booleans()),
        may_contact_counterparty=_optional(st.booleans()),
        may_refer=_optional(st.booleans()),
        may_use_anonymised=_optional(st.booleans()),
    ),
)


@given(_reports)
def test_any_report_round_trips_through_the_import_dict(report: Report) -> None:
    data = report_to_import_dict(report)
    assert report_from_import_dict(data, report_id=report.id) == report
    # also through JSON text (ensure_ascii keeps even broken characters as \ud800 escapes)
    text = json.dumps(data)
    assert report_from_import_dict(json.loads(text), report_id=report.id) == report


def test_the_import_fields_cover_every_report_part() -> None:
    paths = {spec.path for spec in IMPORT_FIELDS}
    for group, cls in (
        ("reporter", Reporter),
        ("incident", Incident),
        ("counterparty", Counterparty),
        ("wishes", Wishes),
    ):
        for f in dataclasses.fields(cls):
            assert f"{group}.{f.name}" in paths
