"""Disclosure control for published counts: primary and secondary suppression of small cells.

Rules (security.md, "Small numbers in published statistics"):

- primary: every count from 1 to ``threshold - 1`` is hidden; in a table with a
  special-category dimension (criteria, forms, modifiers, reporter role, assessment, result)
  a 0 is hidden too, so that a hidden cell does not tell "at least one person";
- secondary: in every line that has a total (row, column, and the total row and column), no
  single entry is hidden on its own. In tables whose cells add up to their totals, no hidden
  cell equals the total minus the published cells of its line (hidden zeros beside one hidden
  count would otherwise give it away), and no hidden entry follows from the system of all
  line equations. Where a line fails, the next smallest published cell is hidden (the total
  itself only when no cell is left), until nothing changes;
- entries that hold the same count in two tables (a table's total and a key figure, housing
  in the domain table and the housing sub-domain total) are hidden in both or in neither;
- a count that last year's report hid stays hidden in the comparison with last year (that
  report's tables are recomputed from last year's facts with the same rules);
- tables have at most two dimensions, and criteria are never crossed with area or with a
  period shorter than a year.

Lines without a total (the rows of the key figures, the rows of a year comparison) give
nothing to subtract from and need no complement. Where a report counts in several rows
(criteria, forms) the total counts reports, not mentions: subtracting published mentions from
it gives no hidden cell, so only the one-hidden-entry rule applies there.

Every hidden entry, primary or secondary, shows the same marker, so a reader cannot tell the
small counts from the cells hidden to protect them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from fractions import Fraction

from meldpunt.reports.labels import LANGS, text
from meldpunt.reports.statistics import AnnualStatistics, Entry, Line, Table, table_lines

__all__ = [
    "CRITERION_DIMENSIONS",
    "DEFAULT_THRESHOLD",
    "KNOWN_DIMENSIONS",
    "SPECIAL_DIMENSIONS",
    "Cell",
    "PublishedMedian",
    "PublishedReport",
    "PublishedTable",
    "Suppressed",
    "check_design",
    "check_threshold",
    "is_special",
    "publish",
    "publish_table",
    "suppression_pattern",
]

DEFAULT_THRESHOLD = 5
MAX_DIMENSIONS = 2

# Dimensions that reveal special-category data (GDPR art. 9) about the people behind a count.
SPECIAL_DIMENSIONS = frozenset(
    {"criterion", "criterion_group", "form", "modifier", "reporter_role", "assessment", "result"}
)
CRITERION_DIMENSIONS = frozenset({"criterion", "criterion_group"})
# Crossing a criterion with a place or a short period points at a person or an incident.
NEVER_WITH_CRITERIA = frozenset({"area", "month", "quarter", "week", "day", "date"})
KNOWN_DIMENSIONS = SPECIAL_DIMENSIONS | {
    "measure",
    "year",
    "domain",
    "housing_subdomain",
    "channel",
    "area",
    "month",
    "counterparty_type",
    "contact_band",
}


@dataclass(frozen=True)
class Suppressed:
    """The marker of a hidden count; printed as ``<5`` (or ``<threshold``)."""

    threshold: int

    def __str__(self) -> str:
        return f"<{self.threshold}"


Cell = int | Suppressed


@dataclass(frozen=True, eq=False)
class PublishedTable:
    """A table after disclosure control: each entry is a count or the ``Suppressed`` marker."""

    id: str
    title_key: str
    unit: str
    row_dimension: str
    col_dimension: str | None
    rows: tuple[str, ...]
    cols: tuple[str, ...]
    row_labels: Mapping[str, tuple[str, ...]]
    col_labels: Mapping[str, tuple[str, ...]]
    cells: tuple[tuple[Cell, ...], ...]
    row_totals: tuple[Cell, ...] | None
    col_totals: tuple[Cell, ...] | None
    grand_total: Cell | None
    note_key: str | None
    additive: bool
    special: bool
    suppressed_count: int

    @property
    def dimensions(self) -> tuple[str, ...]:
        return (self.row_dimension,) + (() if self.col_dimension is None else (self.col_dimension,))

    def entries(self) -> Iterator[Entry]:
        for i in range(len(self.rows)):
            for j in range(len(self.cols)):
                yield Entry.cell(i, j)
        for i in range(len(self.row_totals or ())):
            yield Entry.row_total(i)
        for j in range(len(self.col_totals or ())):
            yield Entry.col_total(j)
        if self.grand_total is not None:
            yield Entry.grand()

    def value(self, entry: Entry) -> Cell:
        if entry.kind == "cell":
            return self.cells[entry.row][entry.col]
        if entry.kind == "row_total" and self.row_totals is not None:
            return self.row_totals[entry.row]
        if entry.kind == "col_total" and self.col_totals is not None:
            return self.col_totals[entry.col]
        if entry.kind == "grand_total" and self.grand_total is not None:
            return self.grand_total
        raise KeyError(f"table {self.id} has no {entry}")

    def is_suppressed(self, entry: Entry) -> bool:
        return isinstance(self.value(entry), Suppressed)


@dataclass(frozen=True)
class PublishedMedian:
    """A median in days, or None when fewer than ``threshold`` values stand behind it."""

    key: str
    value: float | None


@dataclass(frozen=True, eq=False)
class PublishedReport:
    """Everything the PDF and the open-data files may print."""

    year: int
    previous_year: int | None
    threshold: int
    tables: tuple[PublishedTable, ...]
    medians: tuple[PublishedMedian, ...]
    suppressed_count: int
    rule_text: Mapping[str, str]

    @property
    def marker(self) -> Suppressed:
        return Suppressed(self.threshold)

    def table(self, table_id: str) -> PublishedTable:
        for table in self.tables:
            if table.id == table_id:
                return table
        raise KeyError(table_id)


def check_threshold(threshold: int) -> int:
    """The threshold may be raised above 5, never lowered."""
    if isinstance(threshold, bool) or not isinstance(threshold, int):
        raise TypeError("the threshold is a whole number")
    if threshold < DEFAULT_THRESHOLD:
        raise ValueError(f"the threshold cannot be below {DEFAULT_THRESHOLD}")
    return threshold


def _dimensions(table: Table | PublishedTable) -> list[str]:
    # A compound name such as "criterion*area" smuggles a third dimension into two slots.
    names: list[str] = []
    for declared in table.dimensions:
        names += [part.strip() for part in declared.replace("×", "*").split("*")]
    return names


def check_design(table: Table | PublishedTable) -> None:
    """Refuse tables that no threshold makes safe: too many dimensions, forbidden crossings."""
    names = _dimensions(table)
    if len(names) > MAX_DIMENSIONS:
        raise ValueError(f"table {table.id}: at most {MAX_DIMENSIONS} dimensions")
    unknown = [n for n in names if n not in KNOWN_DIMENSIONS]
    if unknown:
        raise ValueError(f"table {table.id}: unknown dimension {unknown[0]!r}")
    if len(set(names)) != len(names):
        raise ValueError(f"table {table.id}: a dimension is crossed with itself")
    if CRITERION_DIMENSIONS & set(names) and NEVER_WITH_CRITERIA & set(names):
        raise ValueError(f"table {table.id}: criteria are never crossed with area or period")


def is_special(table: Table | PublishedTable) -> bool:
    return bool(SPECIAL_DIMENSIONS & set(_dimensions(table)))


def suppression_pattern(
    table: Table, threshold: int = DEFAULT_THRESHOLD, forced: Iterable[Entry] = ()
) -> frozenset[Entry]:
    """The entries of ``table`` to hide: the primary ones, ``forced`` ones and complements."""
    threshold = check_threshold(threshold)
    check_design(table)
    special = is_special(table)
    order = {entry: n for n, entry in enumerate(table.entries())}
    hidden = set(forced)
    unknown = hidden - set(order)
    if unknown:
        raise KeyError(f"table {table.id} has no {sorted(unknown)[0]}")
    for entry in order:
        value = table.value(entry)
        if 0 < value < threshold or (value == 0 and special):
            hidden.add(entry)
    lines = table_lines(table)
    while (complement := _next_complement(table, lines, hidden, order)) is not None:
        hidden.add(complement)
    return frozenset(hidden)


def _next_complement(
    table: Table, lines: list[Line], hidden: set[Entry], order: Mapping[Entry, int]
) -> Entry | None:
    for line in lines:
        members = (*line.cells, line.total)
        if sum(e in hidden for e in members) == 1:
            choice = _smallest_published(table, members, hidden, order)
            if choice is not None:
                return choice
    for line in lines:
        if _remainder_matches(table, line, hidden):
            # Only a non-zero cell changes the remainder; a zero would leave it as it is.
            nonzero = tuple(e for e in line.cells if table.value(e) != 0)
            choice = _smallest_published(table, nonzero, hidden, order)
            if choice is not None:
                return choice
    for entry in _determined(table, lines, hidden, order):
        for line in lines:
            if entry in line.cells or entry == line.total:
                choice = _smallest_published(table, (*line.cells, line.total), hidden, order)
                if choice is not None:
                    return choice
        rest = [e for e in order if e not in hidden]
        if rest:
            return min(rest, key=lambda e: _preference(table, e, order))
    return None


def _remainder_matches(table: Table, line: Line, hidden: set[Entry]) -> bool:
    """Whether a hidden cell equals the line's total minus its published cells.

    Only where the cells add up to the total is that remainder the sum of the hidden cells;
    with hidden zeros beside one hidden count (or only hidden zeros), the remainder would
    point at it. Where every non-zero cell is already hidden, only hiding the total could
    help, and a total is shared with other tables, so the line is left as it is: the reader
    then learns how many there are in all, not where.
    """
    if not table.additive or line.total in hidden:
        return False
    hidden_cells = [e for e in line.cells if e in hidden]
    if not hidden_cells:
        return False
    rest = table.value(line.total) - sum(table.value(e) for e in line.cells if e not in hidden)
    return any(table.value(e) == rest for e in hidden_cells)


def _preference(table: Table, entry: Entry, order: Mapping[Entry, int]) -> tuple[int, ...]:
    value = table.value(entry)
    # A published zero protects nothing (the hidden sum would equal the primary cell), and a
    # total is shared with other tables, so both come last.
    return (entry.is_total, value == 0, value, order[entry])


def _smallest_published(
    table: Table, candidates: Iterable[Entry], hidden: set[Entry], order: Mapping[Entry, int]
) -> Entry | None:
    published = [e for e in candidates if e not in hidden]
    if not published:
        return None
    return min(published, key=lambda e: _preference(table, e, order))


def _determined(
    table: Table, lines: list[Line], hidden: set[Entry], order: Mapping[Entry, int]
) -> list[Entry]:
    """Hidden entries whose value follows from the equations "cells add up to the total".

    Only tables whose cells add up to their totals have such equations. A hidden entry is
    determined when, after Gauss-Jordan elimination, its pivot row holds no other unknown.
    """
    if not table.additive:
        return []
    unknowns = sorted(
        {e for line in lines for e in (*line.cells, line.total) if e in hidden},
        key=lambda e: order[e],
    )
    if not unknowns:
        return []
    index = {e: n for n, e in enumerate(unknowns)}
    matrix: list[list[Fraction]] = []
    for line in lines:
        row = [Fraction(0)] * len(unknowns)
        for e in line.cells:
            if e in hidden:
                row[index[e]] += 1
        if line.total in hidden:
            row[index[line.total]] -= 1
        if any(row):
            matrix.append(row)
    pivots = _reduce(matrix, len(unknowns))
    return [
        unknowns[col] for r, col in enumerate(pivots) if sum(1 for x in matrix[r] if x != 0) == 1
    ]


def _reduce(matrix: list[list[Fraction]], width: int) -> list[int]:
    """Reduced row echelon form in place; returns the pivot column of each leading row."""
    pivots: list[int] = []
    r = 0
    for col in range(width):
        pivot = next((i for i in range(r, len(matrix)) if matrix[i][col] != 0), None)
        if pivot is None:
            continue
        matrix[r], matrix[pivot] = matrix[pivot], matrix[r]
        lead = matrix[r][col]
        matrix[r] = [x / lead for x in matrix[r]]
        for i in range(len(matrix)):
            if i != r and matrix[i][col] != 0:
                factor = matrix[i][col]
                matrix[i] = [a - factor * b for a, b in zip(matrix[i], matrix[r], strict=True)]
        pivots.append(col)
        r += 1
        if r == len(matrix):
            break
    return pivots


def publish_table(
    table: Table, threshold: int = DEFAULT_THRESHOLD, *, forced: Iterable[Entry] = ()
) -> PublishedTable:
    """One table with its small counts hidden (no links to other tables)."""
    hidden = suppression_pattern(table, threshold, forced)
    return _published(table, hidden, threshold)


def _published(table: Table, hidden: frozenset[Entry], threshold: int) -> PublishedTable:
    marker = Suppressed(threshold)

    def shown(entry: Entry) -> Cell:
        return marker if entry in hidden else table.value(entry)

    m, k = len(table.rows), len(table.cols)
    return PublishedTable(
        id=table.id,
        title_key=table.title_key,
        unit=table.unit,
        row_dimension=table.row_dimension,
        col_dimension=table.col_dimension,
        rows=table.rows,
        cols=table.cols,
        row_labels=table.row_labels,
        col_labels=table.col_labels,
        cells=tuple(tuple(shown(Entry.cell(i, j)) for j in range(k)) for i in range(m)),
        row_totals=(
            None if table.row_totals is None else tuple(shown(Entry.row_total(i)) for i in range(m))
        ),
        col_totals=(
            None if table.col_totals is None else tuple(shown(Entry.col_total(j)) for j in range(k))
        ),
        grand_total=None if table.grand_total is None else shown(Entry.grand()),
        note_key=table.note_key,
        additive=table.additive,
        special=is_special(table),
        suppressed_count=len(hidden),
    )


def publish(stats: AnnualStatistics, threshold: int = DEFAULT_THRESHOLD) -> PublishedReport:
    """All tables of ``stats`` with small counts hidden consistently across linked tables."""
    threshold = check_threshold(threshold)
    for table in stats.tables:
        check_design(table)
    tables = {table.id: table for table in stats.tables}
    if len(tables) != len(stats.tables):
        raise ValueError("every table needs its own id")
    forced: dict[str, set[Entry]] = {table_id: set() for table_id in tables}
    # Last year's report is already out: what it hid, the comparison column hides as well.
    previous = {t.id: suppression_pattern(t, threshold) for t in stats.previous_tables}
    for link in stats.previous_links:
        if link.entry_a in previous[link.table_a]:
            forced[link.table_b].add(link.entry_b)
    while True:
        patterns = {
            table_id: suppression_pattern(table, threshold, forced[table_id])
            for table_id, table in tables.items()
        }
        changed = False
        for link in stats.links:
            hidden_a = link.entry_a in patterns[link.table_a]
            hidden_b = link.entry_b in patterns[link.table_b]
            if hidden_a and not hidden_b:
                forced[link.table_b].add(link.entry_b)
                changed = True
            elif hidden_b and not hidden_a:
                forced[link.table_a].add(link.entry_a)
                changed = True
        if not changed:
            break
    published = tuple(_published(t, patterns[t.id], threshold) for t in stats.tables)
    medians = tuple(
        PublishedMedian(m.key, m.value if m.basis >= threshold else None) for m in stats.medians
    )
    return PublishedReport(
        year=stats.year,
        previous_year=stats.previous_year,
        threshold=threshold,
        tables=published,
        medians=medians,
        suppressed_count=sum(t.suppressed_count for t in published),
        rule_text={
            lang: text(
                "suppression.rule",
                lang,
                below=threshold - 1,
                threshold=threshold,
                marker=str(Suppressed(threshold)),
            )
            for lang in LANGS
        },
    )
