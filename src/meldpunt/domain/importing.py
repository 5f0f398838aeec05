"""Reading import files (JSON and CSV of contract.md) into reports and a list of every problem."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any, Literal

from meldpunt.domain.i18n import ParamValue, message
from meldpunt.domain.model import (
    IMPORT_FIELDS,
    IMPORT_FORMAT,
    FieldSpec,
    JsonObject,
    Report,
    display_key,
    parse_report_dict,
    report_to_import_dict,
)
from meldpunt.domain.problems import Problem
from meldpunt.domain.taxonomy import Taxonomy
from meldpunt.domain.validation import validate_report

__all__ = [
    "CSV_COLUMNS",
    "MAX_IMPORT_BYTES",
    "ImportFileError",
    "ImportKind",
    "ImportProblem",
    "ImportResult",
    "parse_import",
    "reports_to_csv",
    "reports_to_json",
]

ImportKind = Literal["json", "csv"]

# Far above any real office file (a year of reports is a few MB); refusing early keeps a
# mistaken choice (a backup, a video) from filling the memory of the desk's PC.
MAX_IMPORT_BYTES = 200 * 1024 * 1024
_BOM = b"\xef\xbb\xbf"

CSV_COLUMNS: tuple[str, ...] = tuple(spec.csv_column for spec in IMPORT_FIELDS)
# Both the contract's flattened names and the dotted ones are understood in a header.
_COLUMN_SPECS: dict[str, FieldSpec] = {spec.csv_column: spec for spec in IMPORT_FIELDS} | {
    spec.path: spec for spec in IMPORT_FIELDS
}
# Excel writes its own words for true/false in Dutch (WAAR/ONWAAR) and French (VRAI/FAUX).
_TRUE = frozenset({"true", "ja", "oui", "1", "yes", "waar", "vrai"})
_FALSE = frozenset({"false", "nee", "non", "0", "no", "onwaar", "faux"})
# A cell starting with one of these is run as a formula by spreadsheets (CSV injection).
# The writer puts an apostrophe in front, which spreadsheets hide and the reader removes.
_FORMULA_START = frozenset("=+-@\t\r")
_BELGIAN_DATE_RE = re.compile(r"([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})\Z")
_ISO_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_YEAR_RE = re.compile(r"[0-9]{1,6}\Z")
_SEP_LINE_RE = re.compile(r'"?sep=([,;])"?\s*\Z', re.IGNORECASE)
_LIST_SPLIT_RE = re.compile(r"[;,]")


class ImportFileError(Exception):
    """The file cannot be read as an import file at all (unknown type, far too large).

    Everything else that is wrong with a file — not UTF-8, not JSON, empty, wrong fields —
    comes back as ``ImportResult.problems`` instead, so callers list it like any problem.
    """

    def __init__(self, message_key: str, params: Mapping[str, ParamValue] | None = None) -> None:
        super().__init__(message_key)
        self.message_key = message_key
        self.params: dict[str, ParamValue] = dict(params or {})

    def message(self, lang: str = "nl") -> str:
        return message(self.message_key, lang, **self.params)

    def __str__(self) -> str:
        return self.message("en")


@dataclass(frozen=True, slots=True)
class ImportProblem:
    """A problem in an import file: which report (1-based ``position``, None for the whole
    file), its ``external_ref`` if it had one, the field in contract form and what is wrong."""

    position: int | None
    external_ref: str | None
    field: str
    code: str
    message_key: str
    params: Mapping[str, ParamValue] = dc_field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", dict(self.params))

    @classmethod
    def of(cls, problem: Problem, position: int | None, external_ref: str | None) -> ImportProblem:
        return cls(
            position,
            external_ref,
            problem.field,
            problem.code,
            problem.message_key,
            problem.params,
        )

    def message(self, lang: str = "nl") -> str:
        """What is wrong, in ``lang``."""
        return message(self.message_key, lang, **{"field": self.field, **self.params})

    def describe(self, lang: str = "nl") -> str:
        """Where and what: "Melding 3 (WEB-2025-0001): …" — one line for a list or a log."""
        text = self.message(lang)
        if self.position is None:
            return message("import.where_file", lang, message=text)
        if self.external_ref:
            return message(
                "import.where_report_ref",
                lang,
                position=self.position,
                external_ref=self.external_ref,
                message=text,
            )
        return message("import.where_report", lang, position=self.position, message=text)


@dataclass(slots=True)
class ImportResult:
    """The outcome of reading a file: all reports, or none and every problem.

    An import is all or nothing (contract.md), so ``reports`` is empty whenever there is a
    problem; ``total`` still says how many reports the file held.
    """

    reports: list[Report]
    problems: list[ImportProblem]
    kind: ImportKind | None = None
    total: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


# One report as read from the file: position, JSON-like value, problems found while reading.
_Entry = tuple[int, object, list[Problem]]


def _file_problem(
    code: str, message_key: str, params: Mapping[str, ParamValue] | None = None, field: str = "file"
) -> ImportProblem:
    return ImportProblem(None, None, field, code, message_key, params or {})


def parse_import(data: bytes, filename: str, taxonomy: Taxonomy, *, today: dt.date) -> ImportResult:
    """Read an import file (JSON or CSV, told apart by the file name, else by the content).

    Every problem in the file is listed, each with its report's position; nothing raises
    except ``ImportFileError`` for a file that is no import file at all. ``filename`` is only
    used for its extension and never appears in a message.
    """
    data = bytes(data)
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportFileError(
            "import.too_large",
            {"size_mb": len(data) // (1024 * 1024), "max_mb": MAX_IMPORT_BYTES // (1024 * 1024)},
        )
    body = data[len(_BOM) :] if data.startswith(_BOM) else data
    if not body.strip():
        kind = _kind_from_name(filename)
        return ImportResult([], [_file_problem("empty_file", "import.empty_file")], kind)
    kind = _detect_kind(body, filename)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = body.count(b"\n", 0, exc.start) + 1
        return ImportResult(
            [], [_file_problem("not_utf8", "import.not_utf8", {"line": line})], kind
        )
    entries, problems = _json_entries(text) if kind == "json" else _csv_entries(text)
    return _finish(entries, problems, taxonomy, today, kind)


def _kind_from_name(filename: str) -> ImportKind | None:
    name = re.split(r"[\\/]", filename)[-1]
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if suffix == "json":
        return "json"
    if suffix in ("csv", "txt"):
        return "csv"
    return None


def _detect_kind(body: bytes, filename: str) -> ImportKind:
    kind = _kind_from_name(filename)
    if kind is not None:
        return kind
    if body.lstrip()[:1] in (b"{", b"["):
        return "json"
    first_line = body.split(b"\n", 1)[0]
    if b"," in first_line or b";" in first_line:
        return "csv"
    raise ImportFileError("import.unknown_type")


def _finish(
    entries: list[_Entry],
    file_problems: list[ImportProblem],
    taxonomy: Taxonomy,
    today: dt.date,
    kind: ImportKind,
) -> ImportResult:
    """Convert and validate every entry; all or nothing."""
    problems = list(file_problems)
    reports: list[Report] = []
    first_seen: dict[str, int] = {}
    for position, raw, read_problems in entries:
        report, found = parse_report_dict(raw)
        found = read_problems + found
        if report is not None:
            # A field that could not be read is already reported; "required" on top of
            # "wrong type" would only make the list longer.
            unreadable = {p.field for p in found}
            found += [
                p
                for p in validate_report(report, taxonomy, today=today)
                if not (p.code == "required" and p.field in unreadable)
            ]
            ref = report.external_ref
            if ref is not None:
                first = first_seen.setdefault(ref, position)
                if first != position:
                    found.append(
                        Problem(
                            "external_ref",
                            "duplicate_external_ref",
                            "import.duplicate_external_ref",
                            {"first": first},
                        )
                    )
            reports.append(report)
        shown_ref = _shown_external_ref(raw)
        problems.extend(ImportProblem.of(p, position, shown_ref) for p in found)
    return ImportResult([] if problems else reports, problems, kind, len(entries))


def _shown_external_ref(raw: object) -> str | None:
    if not isinstance(raw, Mapping):
        return None
    ref = raw.get("external_ref")
    if not isinstance(ref, str) or not ref.strip():
        return None
    return _printable(ref, 60)


def _printable(text: str, limit: int) -> str:
    """``text`` without control or broken characters, cut to ``limit`` — safe in any dialog."""
    cleaned = "".join(
        "?" if (ch < " " or "\x7f" <= ch <= "\x9f" or "\ud800" <= ch <= "\udfff") else ch
        for ch in text[: limit + 1]
    )
    return cleaned[:limit] + "…" if len(cleaned) > limit else cleaned


# -- JSON -------------------------------------------------------------------------------------


def _json_object(pairs: list[tuple[str, Any]]) -> JsonObject:
    obj = JsonObject()
    duplicates: list[str] = []
    for key, value in pairs:
        if key in obj:
            duplicates.append(key)
        obj[key] = value
    if duplicates:
        obj.duplicate_keys = tuple(dict.fromkeys(duplicates))
    return obj


def _json_entries(text: str) -> tuple[list[_Entry], list[ImportProblem]]:
    try:
        value = json.loads(text, object_pairs_hook=_json_object)
    except json.JSONDecodeError as exc:
        params: dict[str, ParamValue] = {"line": exc.lineno, "column": exc.colno}
        return [], [_file_problem("not_json", "import.not_json", params)]
    except RecursionError:
        return [], [_file_problem("too_deep", "import.too_deep")]
    except ValueError:
        # e.g. an integer with more digits than Python converts (int_max_str_digits)
        return [], [_file_problem("not_json", "import.not_json_value")]
    if not isinstance(value, dict):
        return [], [_file_problem("not_object", "import.not_object")]
    problems = [
        _file_problem("duplicate_key", "import.duplicate_key", field=display_key(key))
        for key in getattr(value, "duplicate_keys", ())
    ]
    if "format" not in value:
        problems.append(
            _file_problem(
                "format_missing", "import.format_missing", {"expected": IMPORT_FORMAT}, "format"
            )
        )
    elif value["format"] != IMPORT_FORMAT:
        # Another version may give the same names other meanings: reading on would mislead.
        problems.append(
            _file_problem(
                "format_unsupported",
                "import.format_unsupported",
                {"expected": IMPORT_FORMAT},
                "format",
            )
        )
        return [], problems
    for key in value:
        if key not in ("format", "reports"):
            problems.append(
                _file_problem("unknown_key", "import.unknown_key", field=display_key(key))
            )
    reports = value.get("reports")
    if not isinstance(reports, list):
        problems.append(_file_problem("reports_missing", "import.reports_missing", field="reports"))
        return [], problems
    if not reports:
        problems.append(_file_problem("no_reports", "import.no_reports", field="reports"))
    return [(position, item, []) for position, item in enumerate(reports, 1)], problems


# -- CSV --------------------------------------------------------------------------------------


def _line_end(text: str, start: int = 0) -> int:
    ends = [i for i in (text.find("\n", start), text.find("\r", start)) if i >= 0]
    return min(ends) if ends else len(text)


def _skip_line(text: str, end: int) -> str:
    if text.startswith("\r\n", end):
        return text[end + 2 :]
    return text[end + 1 :]


def _detect_delimiter(header_line: str) -> str:
    """The delimiter that yields more known column names; on a tie, the more frequent one."""

    def known(delimiter: str) -> int:
        names = (_column_name(n.strip().strip('"')) for n in header_line.split(delimiter))
        return sum(name in _COLUMN_SPECS for name in names)

    comma, semicolon = known(","), known(";")
    if comma != semicolon:
        return "," if comma > semicolon else ";"
    return ";" if header_line.count(";") > header_line.count(",") else ","


def _column_name(cell: str) -> str:
    return cell.strip().lstrip("\ufeff").strip().lower()


def _tokenize(text: str, delimiter: str) -> tuple[list[list[str]], int | None]:
    """Split CSV text into records of cells, the way Excel reads it.

    Quoted cells may hold delimiters, quotes ("") and line breaks; a stray quote inside an
    unquoted cell is kept as text. Written by hand rather than with the csv module, whose
    field size limit is a process-wide setting and whose errors do not say where. Returns
    the records and, when a quote is never closed, the line where that record starts.
    """
    records: list[list[str]] = []
    unquoted = re.compile(f"[^{re.escape(delimiter)}\r\n]*")
    n = len(text)
    pos = 0
    line = 1
    row: list[str] = []
    row_line = 1
    while pos < n:
        if text[pos] == '"':
            pieces: list[str] = []
            start = pos + 1
            while True:
                close = text.find('"', start)
                if close < 0:
                    return records, row_line
                pieces.append(text[start:close])
                if text.startswith('"', close + 1):
                    pieces.append('"')
                    start = close + 2
                else:
                    pos = close + 1
                    break
            value = "".join(pieces)
            line += value.count("\n")
            tail = unquoted.match(text, pos)
            assert tail is not None  # the pattern matches the empty string
            value += tail.group()
            pos = tail.end()
        else:
            match = unquoted.match(text, pos)
            assert match is not None
            value = match.group()
            pos = match.end()
        row.append(value)
        if pos >= n:
            break
        if text[pos] == delimiter:
            pos += 1
            if pos >= n:
                row.append("")
            continue
        pos += 2 if text.startswith("\r\n", pos) else 1
        line += 1
        records.append(row)
        row = []
        row_line = line
    if row:
        records.append(row)
    return records, None


def _unescape_formula(cell: str) -> str:
    if cell[:1] == "'" and (cell[1:2] in _FORMULA_START or cell[1:2] == "'"):
        return cell[1:]
    return cell


def _escape_formula(cell: str) -> str:
    if cell[:1] in _FORMULA_START or (
        cell[:1] == "'" and (cell[1:2] in _FORMULA_START or cell[1:2] == "'")
    ):
        return "'" + cell
    return cell


def _csv_date(cell: str) -> str | None:
    """An ISO date string, also from the d/m/yyyy a Belgian Excel turns dates into."""
    if _ISO_DATE_RE.match(cell):
        return cell
    match = _BELGIAN_DATE_RE.match(cell)
    if not match:
        return None
    day, month, year = (int(part) for part in match.groups())
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _csv_value(spec: FieldSpec, cell: str, problems: list[Problem]) -> object:
    """The JSON-like value of one non-empty cell, or None with a problem."""
    if spec.kind in ("text", "multiline"):
        return cell
    stripped = cell.strip()
    if spec.kind == "code":
        return stripped
    if spec.kind == "codes":
        return [code.strip() for code in _LIST_SPLIT_RE.split(stripped) if code.strip()]
    if spec.kind == "date":
        iso = _csv_date(stripped)
        if iso is None:
            problems.append(Problem(spec.path, "invalid_date", "import.invalid_date"))
        return iso
    if spec.kind == "year":
        if _YEAR_RE.match(stripped):
            return int(stripped)
        problems.append(Problem(spec.path, "invalid_integer", "import.invalid_integer"))
        return None
    lowered = stripped.lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    problems.append(Problem(spec.path, "invalid_boolean", "import.invalid_boolean"))
    return None


def _csv_entries(text: str) -> tuple[list[_Entry], list[ImportProblem]]:
    problems: list[ImportProblem] = []
    delimiter: str | None = None
    end = _line_end(text)
    sep_line = _SEP_LINE_RE.match(text[:end])
    if sep_line:  # Excel's "sep=;" hint line names the delimiter
        delimiter = sep_line.group(1)
        text = _skip_line(text, end)
        end = _line_end(text)
    if delimiter is None:
        delimiter = _detect_delimiter(text[:end])

    records, open_quote_line = _tokenize(text, delimiter)
    if open_quote_line is not None:
        problems.append(
            _file_problem(
                "unterminated_quote", "import.unterminated_quote", {"line": open_quote_line}
            )
        )
    if not records:
        problems.append(_file_problem("no_header", "import.csv_no_header"))
        return [], problems
    header, rows = records[0], records[1:]

    names = [_column_name(cell) for cell in header]
    if not any(name in _COLUMN_SPECS for name in names):
        # Most likely the header row is missing and this is data: never echo it.
        problems.append(_file_problem("no_header", "import.csv_no_header"))
        return [], problems
    columns: list[FieldSpec | None] = []
    seen: set[str] = set()
    for number, name in enumerate(names, 1):
        spec = _COLUMN_SPECS.get(name)
        if spec is None:
            columns.append(None)
            if name:
                problems.append(
                    _file_problem(
                        "unknown_column",
                        "import.unknown_column",
                        {"column": number},
                        display_key(name),
                    )
                )
            elif any(number <= len(row) and row[number - 1].strip() for row in rows):
                problems.append(
                    _file_problem("unnamed_column", "import.unnamed_column", {"column": number})
                )
        elif spec.path in seen:
            columns.append(None)
            problems.append(
                _file_problem(
                    "duplicate_column", "import.duplicate_column", {"column": number}, spec.path
                )
            )
        else:
            seen.add(spec.path)
            columns.append(spec)

    entries: list[_Entry] = []
    for position, cells in enumerate(rows, 1):
        if not any(cell.strip() for cell in cells):
            continue  # blank rows (Excel leaves ";;;;" lines) keep their number but hold nothing
        read_problems: list[Problem] = []
        if any(cell.strip() for cell in cells[len(columns) :]):
            read_problems.append(
                Problem(
                    "report",
                    "too_many_cells",
                    "import.too_many_cells",
                    {"cells": len(cells), "columns": len(columns)},
                )
            )
        raw: dict[str, Any] = {}
        for spec, cell in zip(columns, cells, strict=False):
            if spec is None:
                continue
            cell = _unescape_formula(cell)
            if not cell.strip():
                continue  # an empty cell means "not given"
            value = _csv_value(spec, cell, read_problems)
            if value is None:
                continue
            if spec.group is None:
                raw[spec.path] = value
            else:
                raw.setdefault(spec.group, {})[spec.key] = value
        entries.append((position, raw, read_problems))
    if not entries and open_quote_line is None:
        problems.append(_file_problem("no_reports", "import.no_reports", field="reports"))
    return entries, problems


# -- writers ----------------------------------------------------------------------------------


def _csv_cell(spec: FieldSpec, value: object) -> str:
    if value is None:
        return ""
    if spec.kind == "codes":
        assert isinstance(value, tuple)
        return ";".join(value)
    if spec.kind == "date":
        assert isinstance(value, dt.date)
        return value.isoformat()
    if spec.kind == "bool":
        return "true" if value else "false"
    if spec.kind == "year":
        return str(value)
    assert isinstance(value, str)
    return _escape_formula(value)


def reports_to_csv(reports: Iterable[Report]) -> bytes:
    """The reports as an import CSV the way a Belgian Excel saves it: ``;``, UTF-8 with BOM.

    Lists are ``;``-joined inside a quoted cell; texts that a spreadsheet would run as a
    formula get a leading apostrophe, which ``parse_import`` removes again. The reports
    should be valid (``validate_report``): broken text cannot be written as UTF-8.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(CSV_COLUMNS)
    for report in reports:
        row = []
        for spec in IMPORT_FIELDS:
            holder: object = report if spec.group is None else getattr(report, spec.group)
            row.append(_csv_cell(spec, getattr(holder, spec.key)))
        writer.writerow(row)
    return _BOM + buffer.getvalue().encode("utf-8")


def reports_to_json(reports: Iterable[Report]) -> bytes:
    """The reports as an import JSON file (``meldpunt-import/1``), UTF-8 without BOM."""
    document = {"format": IMPORT_FORMAT, "reports": [report_to_import_dict(r) for r in reports]}
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
