"""Disclosure control: no published count below the threshold, none recomputable from totals."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from meldpunt.domain.taxonomy import Taxonomy, load_taxonomy
from meldpunt.reports.disclosure import (
    PublishedReport,
    PublishedTable,
    Suppressed,
    check_threshold,
    publish,
    publish_table,
    suppression_pattern,
)
from meldpunt.reports.facts import ReportFacts
from meldpunt.reports.statistics import (
    AnnualStatistics,
    Entry,
    Table,
    compute_annual,
    table_lines,
)

from .factories import fact_sets

TAXONOMY = load_taxonomy()
PROPERTY = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def published_pair(
    this_year: list[ReportFacts], last_year: list[ReportFacts], threshold: int = 5
) -> tuple[AnnualStatistics, PublishedReport]:
    stats = compute_annual(this_year, 2025, TAXONOMY, previous_year_facts=last_year)
    return stats, publish(stats, threshold)


years = st.tuples(fact_sets(2025), fact_sets(2024, max_size=40))
thresholds = st.sampled_from([5, 5, 6, 10])


def hidden(table: PublishedTable, entry: Entry) -> bool:
    return isinstance(table.value(entry), Suppressed)


# --- properties over generated years -------------------------------------------------------------


@PROPERTY
@given(years, thresholds)
def test_every_published_count_reaches_the_threshold_or_is_suppressed(
    pair: tuple[list[ReportFacts], list[ReportFacts]], threshold: int
) -> None:
    _, report = published_pair(*pair, threshold)
    for table in report.tables:
        for entry in table.entries():
            value = table.value(entry)
            if isinstance(value, Suppressed):
                assert str(value) == f"<{threshold}"
                continue
            # A zero stands only where no special-category dimension is involved.
            assert value >= threshold or (value == 0 and not table.special), (table.id, entry)


@PROPERTY
@given(years, thresholds)
def test_no_line_has_exactly_one_suppressed_entry(
    pair: tuple[list[ReportFacts], list[ReportFacts]], threshold: int
) -> None:
    _, report = published_pair(*pair, threshold)
    for table in report.tables:
        for line in table_lines(table):
            n_hidden = sum(hidden(table, e) for e in (*line.cells, line.total))
            assert n_hidden != 1, (table.id, line)


@PROPERTY
@given(years, thresholds)
def test_no_suppressed_cell_is_its_line_total_minus_the_published_cells(
    pair: tuple[list[ReportFacts], list[ReportFacts]], threshold: int
) -> None:
    stats, report = published_pair(*pair, threshold)
    for table in report.tables:
        raw = stats.table(table.id)
        if not raw.additive:
            # The total counts reports, the cells mentions: no subtraction recovers a cell.
            continue
        for line in table_lines(table):
            if hidden(table, line.total):
                continue
            published = [e for e in line.cells if not hidden(table, e)]
            secret = [e for e in line.cells if hidden(table, e)]
            if not secret or all(raw.value(e) == 0 for e in published):
                # Every non-zero cell is hidden: the total tells how many, not where.
                continue
            remainder = raw.value(line.total) - sum(raw.value(e) for e in published)
            assert all(raw.value(e) != remainder for e in secret), (table.id, line)


@PROPERTY
@given(years)
def test_unsuppressed_totals_equal_the_real_counts(
    pair: tuple[list[ReportFacts], list[ReportFacts]],
) -> None:
    this_year, last_year = pair
    stats, report = published_pair(this_year, last_year)
    n_reports = len(this_year)
    opened: dict[str, int] = {}
    for f in (*this_year, *last_year):
        if f.case_file_key is not None:
            opened[f.case_file_key] = min(f.year, opened.get(f.case_file_key, f.year))
    n_files = sum(1 for year in opened.values() if year == 2025)
    n_housing = sum(1 for f in this_year if f.domain.split(".")[0] == "housing")
    expected_total = {
        "reports_by_criterion_group": n_reports,
        "reports_by_criterion": n_reports,
        "reports_by_domain": n_reports,
        "reports_by_form": n_reports,
        "reports_by_channel": n_reports,
        "reports_by_area": n_reports,
        "reports_by_month": n_reports,
        "reports_by_counterparty_type": n_reports,
        "reports_by_time_to_first_contact": n_reports,
        "case_files_by_criterion_group": n_files,
        "case_files_by_domain": n_files,
        "reports_by_housing_subdomain": n_housing,
    }
    for table_id, total in expected_total.items():
        shown = report.table(table_id).grand_total
        assert isinstance(shown, Suppressed) or shown == total, table_id
    key = report.table("key_figures")
    assert key.cells[0][1] in (n_reports, Suppressed(5))
    assert key.cells[0][0] in (len(last_year), Suppressed(5))
    # Every published entry is the real count: suppression hides, it never alters.
    for table in report.tables:
        raw = stats.table(table.id)
        for entry in table.entries():
            value = table.value(entry)
            assert isinstance(value, Suppressed) or value == raw.value(entry)


@PROPERTY
@given(years)
def test_linked_entries_are_hidden_in_both_tables_or_in_neither(
    pair: tuple[list[ReportFacts], list[ReportFacts]],
) -> None:
    stats, report = published_pair(*pair)
    assert stats.links
    for link in stats.links:
        a = report.table(link.table_a).value(link.entry_a)
        b = report.table(link.table_b).value(link.entry_b)
        assert a == b


@PROPERTY
@given(years)
def test_what_last_years_report_hid_stays_hidden_in_the_comparison(
    pair: tuple[list[ReportFacts], list[ReportFacts]],
) -> None:
    this_year, last_year = pair
    _, report = published_pair(this_year, last_year)
    old = publish(compute_annual(last_year, 2024, TAXONOMY, previous_year_facts=None))
    for base in ("criterion_group", "domain", "channel"):
        then = old.table(f"reports_by_{base}")
        now = report.table(f"comparison_by_{base}")
        for i, code in enumerate(then.rows):
            j = now.rows.index(code)
            if isinstance(then.cells[i][0], Suppressed):
                assert isinstance(now.cells[j][0], Suppressed), (base, code)
            else:
                # Both reports count last year's reports the same way.
                assert now.cells[j][0] in (then.cells[i][0], Suppressed(5))


@PROPERTY
@given(years)
def test_suppressed_count_matches_the_markers(
    pair: tuple[list[ReportFacts], list[ReportFacts]],
) -> None:
    _, report = published_pair(*pair)
    markers = sum(hidden(t, e) for t in report.tables for e in t.entries())
    assert report.suppressed_count == markers == sum(t.suppressed_count for t in report.tables)


# --- examples ------------------------------------------------------------------------------------


def channel_table(counts: list[int]) -> Table:
    rows = tuple(f"c{i}" for i in range(len(counts)))
    return Table(
        id="reports_by_channel",
        title_key="table.reports_by_channel",
        unit="reports",
        row_dimension="channel",
        col_dimension=None,
        rows=rows,
        cols=("count",),
        counts=tuple((c,) for c in counts),
        grand_total=sum(counts),
    )


def test_a_small_count_and_the_next_smallest_are_hidden() -> None:
    table = publish_table(channel_table([3, 40, 50, 0]))
    assert [row[0] for row in table.cells] == [Suppressed(5), Suppressed(5), 50, 0]
    assert table.grand_total == 93
    assert table.suppressed_count == 2


def test_zeros_are_hidden_in_special_tables_only() -> None:
    special = Table(
        id="reports_by_form",
        title_key="table.reports_by_form",
        unit="form_mentions",
        row_dimension="form",
        col_dimension=None,
        rows=("harassment", "threat", "violence"),
        cols=("count",),
        counts=((30,), (0,), (12,)),
        grand_total=40,
        additive=False,
    )
    published = publish_table(special)
    assert published.special
    assert published.cells[1][0] == Suppressed(5)
    assert 0 in [row[0] for row in publish_table(channel_table([30, 0, 12])).cells]


def test_hidden_zeros_beside_one_hidden_count_get_a_complement() -> None:
    table = Table(
        id="closed_case_files_by_assessment",
        title_key="table.closed_case_files_by_assessment",
        unit="case_files",
        row_dimension="assessment",
        col_dimension=None,
        rows=("a", "b", "c", "d"),
        cols=("count",),
        counts=((0,), (3,), (9,), (20,)),
        grand_total=32,
    )
    # Without a complement, 32 - 9 - 20 = 3 would point at the only non-zero hidden cell.
    assert [row[0] for row in publish_table(table).cells] == [Suppressed(5)] * 3 + [20]


def test_a_total_below_the_threshold_is_hidden_with_its_cells() -> None:
    published = publish_table(channel_table([1, 2, 0]))
    assert published.grand_total == Suppressed(5)
    assert published.cells[2][0] == 0


def test_a_raised_threshold_hides_more() -> None:
    published = publish_table(channel_table([7, 40, 50]), threshold=10)
    assert published.cells[0][0] == Suppressed(10)
    assert str(published.cells[0][0]) == "<10"


@pytest.mark.parametrize("threshold", [4, 3, 1, 0, -5])
def test_a_threshold_below_five_is_refused(threshold: int, demo_stats: AnnualStatistics) -> None:
    with pytest.raises(ValueError, match="below 5"):
        publish(demo_stats, threshold)
    with pytest.raises(ValueError):
        publish_table(channel_table([10, 20]), threshold)


def test_a_threshold_must_be_a_whole_number() -> None:
    with pytest.raises(TypeError):
        check_threshold(True)
    with pytest.raises(TypeError):
        check_threshold(5.5)  # type: ignore[arg-type]


def crossed(row_dimension: str, col_dimension: str | None) -> Table:
    return Table(
        id="crossed",
        title_key="table.crossed",
        unit="reports",
        row_dimension=row_dimension,
        col_dimension=col_dimension,
        rows=("a", "b"),
        cols=("x", "y"),
        counts=((10, 20), (30, 40)),
        row_totals=(30, 70),
        col_totals=(40, 60),
        grand_total=100,
    )


@pytest.mark.parametrize(
    ("rows", "cols"),
    [
        ("criterion", "area"),
        ("area", "criterion"),
        ("criterion_group", "area"),
        ("criterion", "month"),
        ("month", "criterion_group"),
    ],
)
def test_criteria_crossed_with_area_or_month_are_refused(
    rows: str, cols: str, demo_stats: AnnualStatistics
) -> None:
    table = crossed(rows, cols)
    with pytest.raises(ValueError, match="never crossed"):
        publish_table(table)
    stats = AnnualStatistics(2025, None, (*demo_stats.tables, table), (), ())
    with pytest.raises(ValueError, match="never crossed"):
        publish(stats)


@pytest.mark.parametrize(
    ("rows", "cols", "message"),
    [
        ("criterion*domain", "channel", "at most 2"),
        ("domain×channel", "area", "at most 2"),
        ("postcode", "channel", "unknown dimension"),
        ("channel", "channel", "with itself"),
    ],
)
def test_more_than_two_or_unknown_dimensions_are_refused(
    rows: str, cols: str, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        publish_table(crossed(rows, cols))


def test_criteria_by_domain_is_allowed() -> None:
    assert publish_table(crossed("criterion", "domain")).suppressed_count == 0


def _determined(table: Table, hidden_entries: frozenset[Entry]) -> list[Entry]:
    """Hidden entries fixed by the line equations, by rank comparison (independent check)."""
    unknowns = sorted(hidden_entries)
    rows = []
    for line in table_lines(table):
        row = [Fraction(0)] * len(unknowns)
        for e in line.cells:
            if e in hidden_entries:
                row[unknowns.index(e)] += 1
        if line.total in hidden_entries:
            row[unknowns.index(line.total)] -= 1
        rows.append(row)

    def rank(matrix: list[list[Fraction]]) -> int:
        m = [r[:] for r in matrix]
        rank_ = 0
        for col in range(len(unknowns)):
            pivot = next((i for i in range(rank_, len(m)) if m[i][col] != 0), None)
            if pivot is None:
                continue
            m[rank_], m[pivot] = m[pivot], m[rank_]
            for i in range(len(m)):
                if i != rank_ and m[i][col] != 0:
                    f = m[i][col] / m[rank_][col]
                    m[i] = [a - f * b for a, b in zip(m[i], m[rank_], strict=True)]
            rank_ += 1
        return rank_

    base = rank(rows)
    found = []
    for n, e in enumerate(unknowns):
        unit = [Fraction(int(n == k)) for k in range(len(unknowns))]
        if rank([*rows, unit]) == base:
            found.append(e)
    return found


def test_a_cell_fixed_by_several_lines_together_is_protected() -> None:
    # Two 2x2 blocks of hidden cells joined by one hidden cell: every row and column has at
    # least two hidden cells, yet the joining cell follows from the sums of the first block.
    size = 4
    counts = tuple(tuple(10 + i + j for j in range(size)) for i in range(size))
    table = Table(
        id="grid",
        title_key="table.grid",
        unit="reports",
        row_dimension="domain",
        col_dimension="channel",
        rows=tuple("abcd"),
        cols=tuple("wxyz"),
        counts=counts,
        row_totals=tuple(sum(r) for r in counts),
        col_totals=tuple(sum(c) for c in zip(*counts, strict=True)),
        grand_total=sum(map(sum, counts)),
    )
    blocks = [(0, 0), (0, 1), (1, 0), (1, 1), (2, 2), (2, 3), (3, 2), (3, 3), (0, 2)]
    forced = frozenset(Entry.cell(i, j) for i, j in blocks)
    assert _determined(table, forced) == [Entry.cell(0, 2)]

    pattern = suppression_pattern(table, forced=forced)

    assert pattern > forced
    assert _determined(table, pattern) == []


def test_publishing_is_repeatable(demo_stats: AnnualStatistics) -> None:
    first, second = publish(demo_stats), publish(demo_stats)
    assert [t.cells for t in first.tables] == [t.cells for t in second.tables]
    assert first.suppressed_count == second.suppressed_count > 0


def test_the_rule_text_exists_in_every_language(demo_published: PublishedReport) -> None:
    assert set(demo_published.rule_text) == {"nl", "fr", "en"}
    assert "<5" in demo_published.rule_text["fr"]
    assert "secondary suppression" in demo_published.rule_text["en"]


def test_a_median_needs_as_many_values_as_a_cell(taxonomy: Taxonomy) -> None:
    from .factories import fact

    few = [fact(i, days_to_first_contact=3) for i in range(4)]
    stats = compute_annual(few, 2025, taxonomy, previous_year_facts=None)
    medians = {m.key: m.value for m in publish(stats).medians}
    assert medians["days_to_first_contact"] is None
    enough = [fact(i, days_to_first_contact=3) for i in range(5)]
    stats = compute_annual(enough, 2025, taxonomy, previous_year_facts=None)
    assert {m.key: m.value for m in publish(stats).medians}["days_to_first_contact"] == 3


def test_no_report_key_reaches_the_published_report(demo_published: PublishedReport) -> None:
    assert "ZQX" not in repr(demo_published)
    assert "ZQX" not in repr([t.cells for t in demo_published.tables])
