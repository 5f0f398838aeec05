"""Counting rules of the annual statistics: units, case files, criteria and renamed codes."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date

import pytest
from meldpunt.resources import read_text

from meldpunt.domain.taxonomy import Taxonomy
from meldpunt.reports.facts import ReportFacts
from meldpunt.reports.statistics import UNKNOWN, AnnualStatistics, Table, compute_annual

from .factories import FILE_PREFIX, fact


def one_way(stats: AnnualStatistics, table_id: str) -> dict[str, int]:
    table = stats.table(table_id)
    return {code: row[0] for code, row in zip(table.rows, table.counts, strict=True)}


def test_a_report_with_several_criteria_counts_once_per_criterion_and_once_in_the_total(
    taxonomy: Taxonomy,
) -> None:
    facts = [fact(i, criteria=("age", "disability")) for i in range(6)]
    facts += [fact(6 + i, criteria=("age",)) for i in range(5)]
    facts += [fact(11 + i, criteria=("age", "skin_colour")) for i in range(2)]

    stats = compute_annual(facts, 2025, taxonomy, previous_year_facts=None)

    by_criterion = one_way(stats, "reports_by_criterion")
    assert by_criterion["age"] == 13
    assert by_criterion["disability"] == 6
    assert by_criterion["skin_colour"] == 2
    assert stats.table("reports_by_criterion").grand_total == 13
    by_group = one_way(stats, "reports_by_criterion_group")
    # Two general criteria on one report: the general group still counts that report once.
    assert by_group == {"racial": 2, "general": 13, "gender": 0, "none": 0}
    assert stats.table("reports_by_criterion_group").grand_total == 13
    assert not stats.table("reports_by_criterion").additive
    assert stats.table("reports_by_criterion").note_key == "note.multi_criteria"


def test_every_table_says_what_it_counts(demo_stats: AnnualStatistics) -> None:
    units = {t.id: t.unit for t in demo_stats.tables}
    assert units["reports_by_domain"] == "reports"
    assert units["case_files_by_domain"] == "case_files"
    assert units["reports_by_criterion"] == "criterion_mentions"
    assert units["reports_by_form"] == "form_mentions"
    assert units["closed_case_files_by_result"] == "case_files"
    for table in demo_stats.tables:
        assert table.row_labels.keys() == {"nl", "fr", "en"}
        assert all(all(label.strip() for label in names) for names in table.row_labels.values())


def test_reports_and_case_files_are_counted_separately(taxonomy: Taxonomy) -> None:
    # Twelve reports of one post share one file; another file has two reports; one has none.
    facts = [
        fact(i, case_file_key=f"{FILE_PREFIX}-mass", mass_report=True, month=10) for i in range(12)
    ]
    facts += [
        fact(20, case_file_key=f"{FILE_PREFIX}-b"),
        fact(21, case_file_key=f"{FILE_PREFIX}-b"),
    ]
    facts.append(fact(22))

    stats = compute_annual(facts, 2025, taxonomy, previous_year_facts=None)

    key = stats.table("key_figures")
    figures = {row: counts[0] for row, counts in zip(key.rows, key.counts, strict=True)}
    assert figures == {"reports": 15, "case_files": 2, "mass_reports": 12, "mass_case_files": 1}
    assert stats.table("case_files_by_domain").grand_total == 2
    assert one_way(stats, "case_files_by_domain")["housing"] == 2


def test_a_case_file_counts_in_the_year_of_its_first_report(taxonomy: Taxonomy) -> None:
    last_year = [fact(1, 2024, case_file_key=f"{FILE_PREFIX}-old", month=12)]
    this_year = [
        fact(2, 2025, case_file_key=f"{FILE_PREFIX}-old", month=1),
        fact(3, 2025, case_file_key=f"{FILE_PREFIX}-new", month=2),
    ]

    stats = compute_annual(this_year, 2025, taxonomy, previous_year_facts=last_year)

    key = stats.table("key_figures")
    assert key.cols == ("2024", "2025")
    figures = {row: counts for row, counts in zip(key.rows, key.counts, strict=True)}
    assert figures["reports"] == (1, 2)
    assert figures["case_files"] == (1, 1)


def test_a_case_file_takes_the_domain_of_its_first_report_and_all_criteria(
    taxonomy: Taxonomy,
) -> None:
    facts = [
        fact(
            1,
            month=2,
            domain="housing.student",
            criteria=("sexual_orientation",),
            case_file_key=f"{FILE_PREFIX}-x",
        ),
        fact(
            2,
            month=5,
            domain="employment",
            criteria=("disability",),
            case_file_key=f"{FILE_PREFIX}-x",
        ),
    ]
    stats = compute_annual(facts, 2025, taxonomy, previous_year_facts=None)
    assert one_way(stats, "case_files_by_domain")["housing"] == 1
    housing = one_way(stats, "housing_case_files_by_criterion")
    assert housing["sexual_orientation"] == 1 and housing["disability"] == 1
    assert stats.table("housing_case_files_by_criterion").grand_total == 1


def test_closed_case_files_by_assessment_and_result(taxonomy: Taxonomy) -> None:
    facts = [
        fact(
            i,
            case_file_key=f"{FILE_PREFIX}-{i}",
            status="closed",
            assessment="insufficient_evidence",
            result="no_result",
            days_open=10 * i,
        )
        for i in range(1, 7)
    ]
    facts.append(fact(9, case_file_key=f"{FILE_PREFIX}-open", status="investigation"))
    stats = compute_annual(facts, 2025, taxonomy, previous_year_facts=None)
    assert one_way(stats, "closed_case_files_by_assessment")["insufficient_evidence"] == 6
    assert stats.table("closed_case_files_by_result").grand_total == 6
    medians = {m.key: m for m in stats.medians}
    assert medians["days_open"].value == 35 and medians["days_open"].basis == 6


def test_housing_sub_domains_add_up_to_housing(demo_stats: AnnualStatistics) -> None:
    housing = one_way(demo_stats, "reports_by_domain")["housing"]
    sub = demo_stats.table("reports_by_housing_subdomain")
    assert sub.grand_total == housing == sum(row[0] for row in sub.counts)


def test_time_to_first_contact_bands_and_median(taxonomy: Taxonomy) -> None:
    days = [0, 2, 3, 7, 8, 30, 31, 400, None]
    facts = [fact(i, days_to_first_contact=d) for i, d in enumerate(days)]
    stats = compute_annual(facts, 2025, taxonomy, previous_year_facts=None)
    bands = one_way(stats, "reports_by_time_to_first_contact")
    assert bands == {"d0_2": 2, "d3_7": 2, "d8_30": 2, "d31_plus": 2, UNKNOWN: 1}
    median = next(m for m in stats.medians if m.key == "days_to_first_contact")
    assert (median.value, median.basis) == (7.5, 8)


def test_months_stand_alone(demo_stats: AnnualStatistics) -> None:
    months = demo_stats.table("reports_by_month")
    assert months.dimensions == ("month",)
    assert months.rows == tuple(str(m) for m in range(1, 13))
    assert months.row_labels["fr"][7] == "août"
    for table in demo_stats.tables:
        if "month" in table.dimensions or "area" in table.dimensions:
            assert not {"criterion", "criterion_group"} & set(table.dimensions)


def test_reports_of_other_years_are_not_counted(taxonomy: Taxonomy) -> None:
    facts = [fact(1, 2025), fact(2, 2023), fact(3, 2026)]
    stats = compute_annual(facts, 2025, taxonomy, previous_year_facts=None)
    assert stats.table("reports_by_channel").grand_total == 1
    assert stats.previous_year is None
    assert not any(t.id.startswith("comparison_") for t in stats.tables)


def test_comparison_with_the_previous_year(demo_stats: AnnualStatistics) -> None:
    comparison = demo_stats.table("comparison_by_channel")
    this_year = demo_stats.table("reports_by_channel")
    assert comparison.cols == ("2024", "2025")
    assert [row[1] for row in comparison.counts][: len(this_year.rows)] == [
        row[0] for row in this_year.counts
    ]
    assert comparison.col_totals is not None
    assert comparison.col_totals[1] == this_year.grand_total
    assert {t.id for t in demo_stats.tables} >= {
        "comparison_by_criterion_group",
        "comparison_by_domain",
    }


def _taxonomy_with_replaced_code() -> Taxonomy:
    """The shipped taxonomy plus a retired criterion whose statistics go to a successor."""
    data = json.loads(read_text("taxonomy", "taxonomy.json"))
    data["criteria"].append(
        {
            "code": "social_origin_only",
            "group": "general",
            "labels": {"nl": "sociale afkomst", "fr": "origine sociale", "en": "social origin"},
            "valid_to": "2023-07-29",
            "successor": "social_origin_condition",
        }
    )
    return Taxonomy.from_dict(data)


def test_renamed_criteria_count_under_their_successor() -> None:
    taxonomy = _taxonomy_with_replaced_code()
    facts = [
        fact(i, 2023, criteria=("social_origin_only",), recorded_on=date(2023, 5, 2))
        for i in range(3)
    ]
    facts += [
        fact(
            10 + i,
            2023,
            criteria=("social_origin_condition", "social_origin_only"),
            recorded_on=date(2023, 9, 1),
        )
        for i in range(2)
    ]

    stats = compute_annual(facts, 2023, taxonomy, previous_year_facts=None)

    criteria = stats.table("reports_by_criterion")
    assert "social_origin_only" not in criteria.rows
    # A report holding the old and the new code counts once under the successor.
    assert one_way(stats, "reports_by_criterion")["social_origin_condition"] == 5
    assert criteria.grand_total == 5


def test_a_renamed_label_prints_the_current_name(taxonomy: Taxonomy) -> None:
    facts = [
        fact(i, 2023, criteria=("sexual_orientation",), recorded_on=date(2023, 2, 1))
        for i in range(5)
    ]
    stats = compute_annual(facts, 2023, taxonomy, previous_year_facts=None)
    table = stats.table("reports_by_criterion")
    label = table.row_labels["nl"][table.rows.index("sexual_orientation")]
    assert label == taxonomy.label("criteria", "sexual_orientation", "nl")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("channel", "carrier_pigeon"),
        ("domain", "housing.castle"),
        ("criteria", ("hair",)),
        ("area", "paris"),
        ("forms", ("rudeness",)),
    ],
)
def test_an_unknown_code_is_refused(taxonomy: Taxonomy, field: str, value: object) -> None:
    facts = [fact(1, **{field: value})]
    with pytest.raises(ValueError, match="unknown"):
        compute_annual(facts, 2025, taxonomy, previous_year_facts=None)


def test_open_fields_count_as_not_given(taxonomy: Taxonomy) -> None:
    facts = [fact(1, area=None, forms=(), counterparty_type=None), fact(2)]
    stats = compute_annual(facts, 2025, taxonomy, previous_year_facts=None)
    assert one_way(stats, "reports_by_area")["unknown"] == 1
    assert one_way(stats, "reports_by_form")[UNKNOWN] == 1
    form_table = stats.table("reports_by_form")
    assert form_table.row_labels["nl"][-1] == "niet opgegeven"


def test_an_empty_year_gives_empty_tables(taxonomy: Taxonomy) -> None:
    stats = compute_annual([], 2025, taxonomy, previous_year_facts=[])
    assert all(all(v == 0 for row in t.counts for v in row) for t in stats.tables)
    assert stats.previous_year == 2024


def test_a_table_refuses_counts_that_do_not_fit_its_rows() -> None:
    with pytest.raises(ValueError, match="rows x cols"):
        Table("t", "table.t", "reports", "channel", None, ("email",), ("count",), ((1,), (2,)))
    with pytest.raises(ValueError, match="negative"):
        Table(
            "t",
            "table.t",
            "reports",
            "channel",
            None,
            ("email",),
            ("count",),
            ((-1,),),
            grand_total=1,
        )


def test_facts_keep_their_keys_out_of_repr() -> None:
    row = fact(1, case_file_key=f"{FILE_PREFIX}-1")
    assert "ZQX" not in repr(row)
    with pytest.raises(ValueError):
        fact(2, month=13)


def test_independent_counts_match(
    demo_facts: tuple[list[ReportFacts], list[ReportFacts]], demo_stats: AnnualStatistics
) -> None:
    this_year, _ = demo_facts
    channels = Counter(f.channel for f in this_year)
    assert {c: n for c, n in one_way(demo_stats, "reports_by_channel").items() if n} == channels
    criteria: Counter[str] = Counter()
    for f in this_year:
        criteria.update(set(f.criteria))
    assert {c: n for c, n in one_way(demo_stats, "reports_by_criterion").items() if n} == criteria
