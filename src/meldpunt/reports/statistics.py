"""Annual statistics: plain count tables of coded report facts, by report and by case file."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple, Protocol

from meldpunt.reports.facts import CodeView, ReportFacts, TaxonomyView
from meldpunt.reports.labels import LANGS, UNKNOWN, code_label

__all__ = [
    "CONTACT_BANDS",
    "UNKNOWN",
    "AnnualStatistics",
    "Entry",
    "Line",
    "Link",
    "Median",
    "Table",
    "Unit",
    "compute_annual",
    "table_lines",
]

# Upper bound (inclusive) in days of each time-to-first-contact band; None = open-ended.
CONTACT_BANDS: tuple[tuple[str, int | None], ...] = (
    ("d0_2", 2),
    ("d3_7", 7),
    ("d8_30", 30),
    ("d31_plus", None),
)

MEASURES = ("reports", "case_files", "mass_reports", "mass_case_files")
CLOSED_STATUS = "closed"


class Unit(StrEnum):
    """What the cells of a table count."""

    REPORTS = "reports"
    CASE_FILES = "case_files"
    CRITERION_MENTIONS = "criterion_mentions"
    CRITERION_GROUP_MENTIONS = "criterion_group_mentions"
    FORM_MENTIONS = "form_mentions"
    MIXED = "mixed"


class Entry(NamedTuple):
    """A position in a table: a cell, a row or column total, or the grand total."""

    kind: str  # "cell" | "row_total" | "col_total" | "grand_total"
    row: int = -1
    col: int = -1

    @classmethod
    def cell(cls, row: int, col: int = 0) -> Entry:
        return cls("cell", row, col)

    @classmethod
    def row_total(cls, row: int) -> Entry:
        return cls("row_total", row, -1)

    @classmethod
    def col_total(cls, col: int) -> Entry:
        return cls("col_total", -1, col)

    @classmethod
    def grand(cls) -> Entry:
        return cls("grand_total", -1, -1)

    @property
    def is_total(self) -> bool:
        return self.kind != "cell"


class Line(NamedTuple):
    """A row or column that has a total: its cells, in order, and the entry of that total."""

    cells: tuple[Entry, ...]
    total: Entry


class Link(NamedTuple):
    """Two entries of different tables that hold the same count by construction."""

    table_a: str
    entry_a: Entry
    table_b: str
    entry_b: Entry


class TableShape(Protocol):
    """What ``table_lines`` needs: both ``Table`` and ``PublishedTable`` have it."""

    @property
    def rows(self) -> tuple[str, ...]: ...

    @property
    def cols(self) -> tuple[str, ...]: ...

    @property
    def col_dimension(self) -> str | None: ...

    @property
    def row_totals(self) -> tuple[object, ...] | None: ...

    @property
    def col_totals(self) -> tuple[object, ...] | None: ...

    @property
    def grand_total(self) -> object | None: ...


def table_lines(table: TableShape) -> list[Line]:
    """Every row and column of ``table`` that carries a total, the total row and column included.

    A line without a total (the rows of the key figures or of a year comparison) gives
    nothing to subtract from, so disclosure control has no line rule for it.
    """
    m, k = len(table.rows), len(table.cols)
    lines: list[Line] = []
    if table.col_dimension is None:
        if table.grand_total is not None:
            lines.append(Line(tuple(Entry.cell(i) for i in range(m)), Entry.grand()))
        return lines
    if table.row_totals is not None:
        for i in range(m):
            lines.append(Line(tuple(Entry.cell(i, j) for j in range(k)), Entry.row_total(i)))
    if table.col_totals is not None:
        for j in range(k):
            lines.append(Line(tuple(Entry.cell(i, j) for i in range(m)), Entry.col_total(j)))
    if table.grand_total is not None:
        if table.col_totals is not None:
            lines.append(Line(tuple(Entry.col_total(j) for j in range(k)), Entry.grand()))
        if table.row_totals is not None:
            lines.append(Line(tuple(Entry.row_total(i) for i in range(m)), Entry.grand()))
    return lines


@dataclass(frozen=True, eq=False)
class Table:
    """A count table of at most two dimensions, before disclosure control.

    A one-way table has ``col_dimension=None``, one column ``("count",)`` and its total in
    ``grand_total``. ``additive`` is False where a unit can fall in several rows (criteria,
    forms): the totals then count reports or case files, not the sum of the cells.
    """

    id: str
    title_key: str
    unit: str
    row_dimension: str
    col_dimension: str | None
    rows: tuple[str, ...]
    cols: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]
    row_totals: tuple[int, ...] | None = None
    col_totals: tuple[int, ...] | None = None
    grand_total: int | None = None
    note_key: str | None = None
    additive: bool = True
    row_labels: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    col_labels: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        m, k = len(self.rows), len(self.cols)
        if len(self.counts) != m or any(len(row) != k for row in self.counts):
            raise ValueError(f"table {self.id}: counts do not match rows x cols")
        if self.col_dimension is None and (k != 1 or self.row_totals or self.col_totals):
            raise ValueError(f"table {self.id}: a one-way table has one column and one total")
        if self.row_totals is not None and len(self.row_totals) != m:
            raise ValueError(f"table {self.id}: one row total per row")
        if self.col_totals is not None and len(self.col_totals) != k:
            raise ValueError(f"table {self.id}: one column total per column")
        for labels, n in ((self.row_labels, m), (self.col_labels, k)):
            if any(len(names) != n for names in labels.values()):
                raise ValueError(f"table {self.id}: one label per code")
        values = [v for row in self.counts for v in row]
        values += list(self.row_totals or ()) + list(self.col_totals or ())
        if self.grand_total is not None:
            values.append(self.grand_total)
        if any(v < 0 for v in values):
            raise ValueError(f"table {self.id}: counts cannot be negative")

    @property
    def dimensions(self) -> tuple[str, ...]:
        return (self.row_dimension,) + (() if self.col_dimension is None else (self.col_dimension,))

    def entries(self) -> Iterator[Entry]:
        """Every published position: cells first, then totals."""
        for i in range(len(self.rows)):
            for j in range(len(self.cols)):
                yield Entry.cell(i, j)
        for i in range(len(self.row_totals or ())):
            yield Entry.row_total(i)
        for j in range(len(self.col_totals or ())):
            yield Entry.col_total(j)
        if self.grand_total is not None:
            yield Entry.grand()

    def value(self, entry: Entry) -> int:
        if entry.kind == "cell":
            return self.counts[entry.row][entry.col]
        if entry.kind == "row_total" and self.row_totals is not None:
            return self.row_totals[entry.row]
        if entry.kind == "col_total" and self.col_totals is not None:
            return self.col_totals[entry.col]
        if entry.kind == "grand_total" and self.grand_total is not None:
            return self.grand_total
        raise KeyError(f"table {self.id} has no {entry}")


@dataclass(frozen=True)
class Median:
    """A median number of days and how many values stand behind it."""

    key: str
    value: float | None
    basis: int


@dataclass(frozen=True, eq=False)
class AnnualStatistics:
    """All tables of one year, and which of their entries hold the same count."""

    year: int
    previous_year: int | None
    tables: tuple[Table, ...]
    links: tuple[Link, ...]
    medians: tuple[Median, ...]
    # Last year's own tables behind the comparison column, as last year's report printed them
    # (recomputed), and links from their entries to that column. What last year's report hid
    # must stay hidden here, or the two reports together would give it away.
    previous_tables: tuple[Table, ...] = ()
    previous_links: tuple[Link, ...] = ()

    def table(self, table_id: str) -> Table:
        for table in self.tables:
            if table.id == table_id:
                return table
        raise KeyError(table_id)


# --- building blocks -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _CaseFile:
    opened_year: int
    domain: str
    criteria: frozenset[str]
    closed: bool
    assessment: str | None
    result: str | None
    mass: bool
    days_open: int | None


class _Codes:
    """Row codes in taxonomy order, checked against the taxonomy once."""

    def __init__(self, taxonomy: TaxonomyView) -> None:
        self.taxonomy = taxonomy
        criteria = list(taxonomy.codes("criteria"))
        by_code = {c.code: c for c in criteria}
        self.criteria: list[str] = _unique(
            taxonomy.statistical_code("criteria", c.code) for c in criteria
        )
        self.criterion_group: dict[str, str] = {}
        for code in self.criteria:
            group = by_code[code].group if code in by_code else None
            self.criterion_group[code] = group or UNKNOWN
        self.groups: list[str] = _unique(self.criterion_group[c] for c in self.criteria)
        domains = [c.code for c in taxonomy.codes("domain")]
        self.domains: list[str] = _unique(taxonomy.top_domain(c) for c in domains)
        self.all_domains = frozenset(domains)
        self.housing: list[str] = [_code_of(x) for x in taxonomy.housing_subdomains()]
        self.fields: dict[str, list[str]] = {}

    def of(self, field_name: str) -> list[str]:
        if field_name not in self.fields:
            self.fields[field_name] = _unique(c.code for c in self.taxonomy.codes(field_name))
        return self.fields[field_name]

    def statistical_criteria(self, facts: ReportFacts) -> tuple[str, ...]:
        """The report's criteria as statistics count them: replaced codes under their successor.

        A criterion renamed in 2023 keeps its code (only its label changed); a replaced code
        names its successor. Either way the code alone decides, so ``recorded_on`` is not
        needed to count: it stays in the facts for a taxonomy whose mapping would depend on it.
        """
        mapped: set[str] = set()
        for code in facts.criteria:
            try:
                mapped.add(self.taxonomy.statistical_code("criteria", code))
            except LookupError:
                raise ValueError(f"unknown criteria code {code!r}") from None
        for code in mapped:
            if code not in self.criterion_group:
                raise ValueError(f"unknown criteria code {code!r}")
        return tuple(sorted(mapped)) if mapped else (UNKNOWN,)

    def top_domain(self, domain: str) -> str:
        if domain not in self.all_domains:
            raise ValueError(f"unknown domain code {domain!r}")
        return self.taxonomy.top_domain(domain)

    def checked(self, field_name: str, code: str | None) -> str:
        if code is None or code == "":
            return UNKNOWN
        if code not in self.of(field_name):
            raise ValueError(f"unknown {field_name} code {code!r}")
        return code


def _unique(codes: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(codes))


def _code_of(item: CodeView | str) -> str:
    return item if isinstance(item, str) else item.code


def _with_unknown(rows: Sequence[str], counter: Counter[str]) -> tuple[str, ...]:
    """Rows in taxonomy order, plus "not given" only when some fact left the field open."""
    extra = [UNKNOWN] if counter.get(UNKNOWN) and UNKNOWN not in rows else []
    return tuple(rows) + tuple(extra)


def _band(days: int | None) -> str:
    if days is None:
        return UNKNOWN
    for code, upper in CONTACT_BANDS:
        if upper is None or days <= upper:
            return code
    raise AssertionError("the last band is open-ended")


def _median(values: Sequence[int]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[middle])
    return (ordered[middle - 1] + ordered[middle]) / 2


class _Builder:
    """Makes tables with labels in every language and collects the links between them."""

    def __init__(self, taxonomy: TaxonomyView) -> None:
        self.taxonomy = taxonomy
        self.tables: list[Table] = []
        self.links: list[Link] = []
        self.previous_tables: list[Table] = []
        self.previous_links: list[Link] = []

    def labels(self, dimension: str, codes: Sequence[str]) -> dict[str, tuple[str, ...]]:
        return {
            lang: tuple(code_label(self.taxonomy, dimension, c, lang) for c in codes)
            for lang in LANGS
        }

    def one_way(
        self,
        table_id: str,
        unit: Unit,
        dimension: str,
        rows: Sequence[str],
        counter: Counter[str],
        total: int,
        *,
        note_key: str | None = None,
        additive: bool = True,
    ) -> Table:
        unknown_codes = set(counter) - set(rows)
        if unknown_codes:
            raise AssertionError(f"table {table_id}: counted codes missing from its rows")
        table = Table(
            id=table_id,
            title_key=f"table.{table_id}",
            unit=unit.value,
            row_dimension=dimension,
            col_dimension=None,
            rows=tuple(rows),
            cols=("count",),
            counts=tuple((counter.get(code, 0),) for code in rows),
            grand_total=total,
            note_key=note_key,
            additive=additive,
            row_labels=self.labels(dimension, rows),
            col_labels={lang: ("",) for lang in LANGS},
        )
        self.tables.append(table)
        return table

    def link(self, a: Table, entry_a: Entry, b: Table, entry_b: Entry) -> None:
        assert a.value(entry_a) == b.value(entry_b), "linked entries must hold the same count"
        self.links.append(Link(a.id, entry_a, b.id, entry_b))


# --- the annual statistics -----------------------------------------------------------------------


def compute_annual(
    facts: Sequence[ReportFacts],
    year: int,
    taxonomy: TaxonomyView,
    *,
    previous_year_facts: Sequence[ReportFacts] | None,
) -> AnnualStatistics:
    """Count ``year``'s reports and the case files opened in it.

    ``facts`` may hold reports of other years too (they are ignored, except to find the year
    in which a case file was opened). ``previous_year_facts`` gives the comparison with the
    year before; without it the report has no comparison.
    """
    codes = _Codes(taxonomy)
    merged: dict[str, ReportFacts] = {}
    for row in (*facts, *(previous_year_facts or ())):
        merged.setdefault(row.report_key, row)
    everything = list(merged.values())
    this_year = [f for f in everything if f.year == year]
    previous = (
        [f for f in everything if f.year == year - 1] if previous_year_facts is not None else None
    )
    criteria_of = {f.report_key: codes.statistical_criteria(f) for f in everything}
    files = _case_files(everything, criteria_of)
    files_this_year = [f for f in files if f.opened_year == year]

    build = _Builder(taxonomy)
    n_reports = len(this_year)
    n_files = len(files_this_year)
    key = _key_figures(build, year, this_year, files_this_year, previous, files)

    def per_report(value: Callable[[ReportFacts], str]) -> Counter[str]:
        return Counter(value(f) for f in this_year)

    def mentions(values: Callable[[ReportFacts], Iterable[str]]) -> Counter[str]:
        counter: Counter[str] = Counter()
        for f in this_year:
            counter.update(set(values(f)))
        return counter

    def groups_of(f: ReportFacts) -> set[str]:
        return {codes.criterion_group.get(c, UNKNOWN) for c in criteria_of[f.report_key]}

    reports_tables: list[Table] = []

    # Criteria: a report counts once per criterion (and once per group); totals count reports.
    group_counts = mentions(groups_of)
    by_group = build.one_way(
        "reports_by_criterion_group",
        Unit.CRITERION_GROUP_MENTIONS,
        "criterion_group",
        _with_unknown(codes.groups, group_counts),
        group_counts,
        n_reports,
        note_key="note.multi_groups",
        additive=False,
    )
    criterion_counts = mentions(lambda f: criteria_of[f.report_key])
    by_criterion = build.one_way(
        "reports_by_criterion",
        Unit.CRITERION_MENTIONS,
        "criterion",
        _with_unknown(codes.criteria, criterion_counts),
        criterion_counts,
        n_reports,
        note_key="note.multi_criteria",
        additive=False,
    )
    reports_tables += [by_group, by_criterion]
    file_group_counts: Counter[str] = Counter()
    for cf in files_this_year:
        file_group_counts.update({codes.criterion_group.get(c, UNKNOWN) for c in cf.criteria})
    files_by_group = build.one_way(
        "case_files_by_criterion_group",
        Unit.CRITERION_GROUP_MENTIONS,
        "criterion_group",
        _with_unknown(codes.groups, file_group_counts),
        file_group_counts,
        n_files,
        note_key="note.multi_groups_files",
        additive=False,
    )

    # Domains, with housing in detail.
    domain_counts = per_report(lambda f: codes.top_domain(f.domain))
    by_domain = build.one_way(
        "reports_by_domain", Unit.REPORTS, "domain", codes.domains, domain_counts, n_reports
    )
    reports_tables.append(by_domain)
    file_domain_counts = Counter(codes.top_domain(cf.domain) for cf in files_this_year)
    files_by_domain = build.one_way(
        "case_files_by_domain",
        Unit.CASE_FILES,
        "domain",
        codes.domains,
        file_domain_counts,
        n_files,
        note_key="note.case_files",
    )
    housing_reports = [f for f in this_year if codes.top_domain(f.domain) == "housing"]
    sub_counts = Counter(
        f.domain if f.domain in codes.housing else UNKNOWN for f in housing_reports
    )
    by_sub = build.one_way(
        "reports_by_housing_subdomain",
        Unit.REPORTS,
        "housing_subdomain",
        _with_unknown(codes.housing, sub_counts),
        sub_counts,
        len(housing_reports),
        note_key="note.housing_subdomain",
    )
    housing_files = [cf for cf in files_this_year if codes.top_domain(cf.domain) == "housing"]
    housing_criteria: Counter[str] = Counter()
    for cf in housing_files:
        housing_criteria.update(cf.criteria)
    housing_by_criterion = build.one_way(
        "housing_case_files_by_criterion",
        Unit.CRITERION_MENTIONS,
        "criterion",
        _with_unknown(codes.criteria, housing_criteria),
        housing_criteria,
        len(housing_files),
        note_key="note.multi_criteria_files",
        additive=False,
    )

    # Form, channel, area, month, counterparty.
    form_counts = mentions(lambda f: [codes.checked("forms", x) for x in f.forms] or [UNKNOWN])
    reports_tables.append(
        build.one_way(
            "reports_by_form",
            Unit.FORM_MENTIONS,
            "form",
            _with_unknown(codes.of("forms"), form_counts),
            form_counts,
            n_reports,
            note_key="note.multi_forms",
            additive=False,
        )
    )
    channel_counts = per_report(lambda f: codes.checked("channel", f.channel))
    by_channel = build.one_way(
        "reports_by_channel",
        Unit.REPORTS,
        "channel",
        _with_unknown(codes.of("channel"), channel_counts),
        channel_counts,
        n_reports,
    )
    reports_tables.append(by_channel)
    area_counts = per_report(lambda f: codes.checked("area", f.area))
    reports_tables.append(
        build.one_way(
            "reports_by_area",
            Unit.REPORTS,
            "area",
            _with_unknown(codes.of("area"), area_counts),
            area_counts,
            n_reports,
            note_key="note.area",
        )
    )
    month_counts = per_report(lambda f: str(f.month))
    reports_tables.append(
        build.one_way(
            "reports_by_month",
            Unit.REPORTS,
            "month",
            [str(m) for m in range(1, 13)],
            month_counts,
            n_reports,
            note_key="note.month",
        )
    )
    party_counts = per_report(lambda f: codes.checked("counterparty_type", f.counterparty_type))
    reports_tables.append(
        build.one_way(
            "reports_by_counterparty_type",
            Unit.REPORTS,
            "counterparty_type",
            _with_unknown(codes.of("counterparty_type"), party_counts),
            party_counts,
            n_reports,
        )
    )

    # Outcomes of the case files opened this year and closed since.
    closed = [cf for cf in files_this_year if cf.closed]
    assessment_counts = Counter(codes.checked("assessment", cf.assessment) for cf in closed)
    by_assessment = build.one_way(
        "closed_case_files_by_assessment",
        Unit.CASE_FILES,
        "assessment",
        _with_unknown(codes.of("assessment"), assessment_counts),
        assessment_counts,
        len(closed),
        note_key="note.closed_case_files",
    )
    result_counts = Counter(codes.checked("result", cf.result) for cf in closed)
    by_result = build.one_way(
        "closed_case_files_by_result",
        Unit.CASE_FILES,
        "result",
        _with_unknown(codes.of("result"), result_counts),
        result_counts,
        len(closed),
        note_key="note.closed_case_files",
    )
    band_counts = per_report(lambda f: _band(f.days_to_first_contact))
    reports_tables.append(
        build.one_way(
            "reports_by_time_to_first_contact",
            Unit.REPORTS,
            "contact_band",
            _with_unknown([code for code, _ in CONTACT_BANDS], band_counts),
            band_counts,
            n_reports,
            note_key="note.time_to_first_contact",
        )
    )

    # Entries that hold the same count in two tables must be hidden in both or in neither.
    this_col = key.cols.index(str(year))
    for table in reports_tables:
        build.link(key, Entry.cell(MEASURES.index("reports"), this_col), table, Entry.grand())
    for table in (files_by_group, files_by_domain):
        build.link(key, Entry.cell(MEASURES.index("case_files"), this_col), table, Entry.grand())
    build.link(by_domain, Entry.cell(codes.domains.index("housing")), by_sub, Entry.grand())
    build.link(
        files_by_domain,
        Entry.cell(codes.domains.index("housing")),
        housing_by_criterion,
        Entry.grand(),
    )
    build.link(by_assessment, Entry.grand(), by_result, Entry.grand())

    if previous is not None:
        comparisons: list[tuple[Table, Callable[[ReportFacts], Iterable[str]]]] = [
            (by_group, groups_of),
            (by_domain, lambda f: [codes.top_domain(f.domain)]),
            (by_channel, lambda f: [codes.checked("channel", f.channel)]),
        ]
        for base, values in comparisons:
            _comparison(build, key, base, values, previous, this_year, year)

    medians = (
        Median(
            "days_to_first_contact",
            *_median_basis([f.days_to_first_contact for f in this_year]),
        ),
        Median("days_open", *_median_basis([cf.days_open for cf in closed])),
    )
    return AnnualStatistics(
        year=year,
        previous_year=year - 1 if previous is not None else None,
        tables=tuple(build.tables),
        links=tuple(build.links),
        previous_tables=tuple(build.previous_tables),
        previous_links=tuple(build.previous_links),
        medians=medians,
    )


def _median_basis(values: Iterable[int | None]) -> tuple[float | None, int]:
    known = [v for v in values if v is not None]
    return _median(known), len(known)


def _case_files(
    everything: Sequence[ReportFacts], criteria_of: Mapping[str, tuple[str, ...]]
) -> list[_CaseFile]:
    """Each case file once, opened in the year of its earliest report."""
    linked: dict[str, list[ReportFacts]] = {}
    for f in everything:
        if f.case_file_key is not None:
            linked.setdefault(f.case_file_key, []).append(f)
    files: list[_CaseFile] = []
    for reports in linked.values():
        # Month precision is all the facts give; the key only makes the order repeatable.
        reports.sort(key=lambda f: (f.year, f.month, f.report_key))
        first = reports[0]
        criteria = frozenset(c for f in reports for c in criteria_of[f.report_key])
        assessment = next((f.assessment for f in reports if f.assessment is not None), None)
        result = next((f.result for f in reports if f.result is not None), None)
        days_open = next((f.days_open for f in reports if f.days_open is not None), None)
        files.append(
            _CaseFile(
                opened_year=first.year,
                domain=first.domain,
                criteria=criteria - {UNKNOWN} or frozenset({UNKNOWN}),
                closed=any(f.status == CLOSED_STATUS for f in reports),
                assessment=assessment,
                result=result,
                mass=any(f.mass_report for f in reports),
                days_open=days_open,
            )
        )
    return files


def _key_figures(
    build: _Builder,
    year: int,
    this_year: Sequence[ReportFacts],
    files_this_year: Sequence[_CaseFile],
    previous: Sequence[ReportFacts] | None,
    files: Sequence[_CaseFile],
) -> Table:
    def figures(reports: Sequence[ReportFacts], opened: Sequence[_CaseFile]) -> tuple[int, ...]:
        return (
            len(reports),
            len(opened),
            sum(1 for f in reports if f.mass_report),
            sum(1 for cf in opened if cf.mass),
        )

    columns = [figures(this_year, files_this_year)]
    years = [str(year)]
    if previous is not None:
        columns.insert(0, figures(previous, [cf for cf in files if cf.opened_year == year - 1]))
        years.insert(0, str(year - 1))
    table = Table(
        id="key_figures",
        title_key="table.key_figures",
        unit=Unit.MIXED.value,
        row_dimension="measure",
        col_dimension="year",
        rows=MEASURES,
        cols=tuple(years),
        counts=tuple(tuple(col[i] for col in columns) for i in range(len(MEASURES))),
        note_key="note.key_figures",
        additive=False,
        row_labels=build.labels("measure", MEASURES),
        col_labels=build.labels("year", years),
    )
    build.tables.append(table)
    return table


def _comparison(
    build: _Builder,
    key: Table,
    base: Table,
    values: Callable[[ReportFacts], Iterable[str]],
    previous: Sequence[ReportFacts],
    this_year: Sequence[ReportFacts],
    year: int,
) -> None:
    """Last year and this year side by side, on the rows of this year's table."""
    columns: list[Counter[str]] = []
    for reports in (previous, this_year):
        counter: Counter[str] = Counter()
        for f in reports:
            counter.update(set(values(f)))
        columns.append(counter)
    rows = list(base.rows)
    if columns[0].get(UNKNOWN) and UNKNOWN not in rows:
        rows.append(UNKNOWN)
    missing = (set(columns[0]) | set(columns[1])) - set(rows)
    if missing:
        raise AssertionError(f"comparison with {base.id}: codes missing from its rows")
    years = (str(year - 1), str(year))
    table = Table(
        id=base.id.replace("reports_by_", "comparison_by_"),
        title_key="table." + base.id.replace("reports_by_", "comparison_by_"),
        unit=base.unit,
        row_dimension=base.row_dimension,
        col_dimension="year",
        rows=tuple(rows),
        cols=years,
        counts=tuple((columns[0].get(r, 0), columns[1].get(r, 0)) for r in rows),
        col_totals=(len(previous), len(this_year)),
        note_key="note.comparison",
        additive=base.additive,
        row_labels=build.labels(base.row_dimension, rows),
        col_labels=build.labels("year", years),
    )
    build.tables.append(table)
    reports_row = MEASURES.index("reports")
    build.link(key, Entry.cell(reports_row, 0), table, Entry.col_total(0))
    build.link(key, Entry.cell(reports_row, 1), table, Entry.col_total(1))
    for i in range(len(base.rows)):
        build.link(base, Entry.cell(i), table, Entry.cell(i, 1))
    last_year = Table(
        id=base.id,
        title_key=base.title_key,
        unit=base.unit,
        row_dimension=base.row_dimension,
        col_dimension=None,
        rows=tuple(rows),
        cols=("count",),
        counts=tuple((columns[0].get(r, 0),) for r in rows),
        grand_total=len(previous),
        note_key=base.note_key,
        additive=base.additive,
        row_labels=build.labels(base.row_dimension, rows),
        col_labels=base.col_labels,
    )
    build.previous_tables.append(last_year)
    for i in range(len(rows)):
        build.previous_links.append(Link(last_year.id, Entry.cell(i), table.id, Entry.cell(i, 0)))
