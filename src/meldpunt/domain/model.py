"""The report, its parts and the case file as plain values, and the import format's dict form."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any, Literal

from meldpunt.domain.problems import Problem

__all__ = [
    "GROUPS",
    "IMPORT_FIELDS",
    "IMPORT_FIELDS_BY_PATH",
    "IMPORT_FORMAT",
    "REPORT_NUMBER_RE",
    "CaseFile",
    "Counterparty",
    "EvidenceInfo",
    "FieldKind",
    "FieldSpec",
    "Incident",
    "JsonObject",
    "Person",
    "Report",
    "ReportDictError",
    "Reporter",
    "TimelineAction",
    "Wishes",
    "display_key",
    "format_report_number",
    "new_report_id",
    "parse_report_dict",
    "report_from_import_dict",
    "report_number_order",
    "report_to_import_dict",
]

IMPORT_FORMAT = "meldpunt-import/1"

# "2025-0042": the year the report was received and a sequence that restarts every year.
# ASCII digits only, here and in dates: \d would also accept Arabic-Indic and other digits.
REPORT_NUMBER_RE = re.compile(r"(?P<year>[0-9]{4})-(?P<sequence>[0-9]{4,})\Z")


def new_report_id() -> str:
    """A fresh report (or case file) id, made before the first insert so links can be built."""
    return str(uuid.uuid4())


def format_report_number(year: int, sequence: int) -> str:
    """``format_report_number(2025, 42)`` → ``"2025-0042"``."""
    if not 1000 <= year <= 9999 or sequence < 1:
        raise ValueError("a report number needs a four-digit year and a sequence from 1")
    return f"{year:04d}-{sequence:04d}"


NUMBER_ORDER_FACTOR = 10_000_000  # room for 9 999 999 reports a year


def report_number_order(number: str) -> int:
    """``"2025-0042"`` → 20250000042: the year, then the sequence as a number.

    Sorting the numbers as text would put 2025-10000 before 2025-9999; the database keeps
    this value beside the number (``report.number_order``) to sort on.
    """
    match = REPORT_NUMBER_RE.match(number)
    if match is None:
        raise ValueError("not a report number (YYYY-NNNN)")
    return int(match["year"]) * NUMBER_ORDER_FACTOR + int(match["sequence"])


# -- the report ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Wishes:
    """What the reporter allows; ``None`` means the question was not asked or not answered."""

    register_only: bool | None = None
    wants_reply: bool | None = None
    may_contact_counterparty: bool | None = None
    may_refer: bool | None = None
    may_use_anonymised: bool | None = None


@dataclass(frozen=True, slots=True)
class Reporter:
    """Who reported. Every field is optional; an anonymous reporter has only a role.

    There is deliberately no gender or sexual-orientation field: what matters for the case
    is recorded as a criterion, and nobody is asked to disclose more than that.
    """

    role: str | None = None
    legal_name: str | None = None
    chosen_name: str | None = None
    pronouns: str | None = None
    email: str | None = None
    phone: str | None = None
    address: str | None = None
    birth_year: int | None = None
    language: str | None = None

    @property
    def display_name(self) -> str | None:
        """The name to address the person by: the chosen name comes first."""
        return self.chosen_name or self.legal_name


# The brief and the UI speak of a person; in the import format it is the reporter.
Person = Reporter


@dataclass(frozen=True, slots=True)
class Incident:
    """When and where it happened; ``date_end`` is set when the facts span a period."""

    date: dt.date | None = None
    date_end: dt.date | None = None
    area: str | None = None
    place: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Counterparty:
    """The other party: landlord, agency, employer …"""

    type: str | None = None
    name: str | None = None
    address: str | None = None


@dataclass(frozen=True, slots=True)
class Report:
    """One contact with the office (a melding). Immutable: change it with ``dataclasses.replace``.

    ``id`` exists before the first insert; ``number`` ("2025-0042") is given when saving.
    ``received_on``, ``channel`` and ``domain`` are optional here only so that a half-filled
    form can be represented; ``validate_report`` says what is missing.
    """

    id: str = dc_field(default_factory=new_report_id)
    number: str | None = None
    external_ref: str | None = None
    received_on: dt.date | None = None
    channel: str | None = None
    domain: str | None = None
    criteria: tuple[str, ...] = ()
    modifiers: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    reporter: Reporter = dc_field(default_factory=Reporter)
    incident: Incident = dc_field(default_factory=Incident)
    counterparty: Counterparty = dc_field(default_factory=Counterparty)
    narrative: str | None = None
    wishes: Wishes = dc_field(default_factory=Wishes)
    status: str = "new"
    assigned_to: str | None = None
    mass_report: bool = False
    case_file_id: str | None = None

    def __post_init__(self) -> None:
        # Lists passed by a caller become tuples: equality and hashing must not depend on it.
        for name in ("criteria", "modifiers", "forms"):
            value = getattr(self, name)
            if not isinstance(value, tuple):
                object.__setattr__(self, name, tuple(value))

    @property
    def year(self) -> int | None:
        """The year the report counts in (the year it was received)."""
        return self.received_on.year if self.received_on else None


@dataclass(frozen=True, slots=True)
class EvidenceInfo:
    """What is known about an evidence file without opening it (the content is stored apart)."""

    file_name: str
    size: int
    media_type: str
    sha256: str
    captured_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class CaseFile:
    """A dossier: opened when the office is competent; links one or more reports."""

    id: str = dc_field(default_factory=new_report_id)
    number: str | None = None
    report_ids: tuple[str, ...] = ()
    mass_report: bool = False
    status: str = "file_open"
    assessment: str | None = None
    result: str | None = None
    assigned_to: str | None = None
    opened_on: dt.date | None = None
    closed_on: dt.date | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.report_ids, tuple):
            object.__setattr__(self, "report_ids", tuple(self.report_ids))


@dataclass(frozen=True, slots=True)
class TimelineAction:
    """One entry on a case file's timeline (``action_type`` is a taxonomy code)."""

    action_type: str
    at: dt.datetime
    by: str | None = None
    note: str | None = None
    referral_body: str | None = None
    id: str = dc_field(default_factory=new_report_id)


# -- the import format ----------------------------------------------------------------------

FieldKind = Literal["text", "multiline", "code", "codes", "date", "year", "bool"]


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field of the import format (contract.md) and how it is checked.

    ``path`` is the contract name (``"reporter.email"``); the CSV column is ``csv_column``
    (``"reporter_email"``). ``max_length`` (characters) also guides column sizes in storage.
    """

    path: str
    kind: FieldKind
    taxonomy_field: str | None = None
    max_length: int | None = None
    required: bool = False

    @property
    def group(self) -> str | None:
        return self.path.split(".", 1)[0] if "." in self.path else None

    @property
    def key(self) -> str:
        return self.path.rsplit(".", 1)[-1]

    @property
    def csv_column(self) -> str:
        return self.path.replace(".", "_")


# In contract order: the JSON writer and the CSV header follow it.
IMPORT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("external_ref", "text", max_length=100),
    FieldSpec("received_on", "date", required=True),
    FieldSpec("channel", "code", "channel", required=True),
    FieldSpec("reporter.role", "code", "reporter_role"),
    FieldSpec("reporter.legal_name", "text", max_length=200),
    FieldSpec("reporter.chosen_name", "text", max_length=200),
    FieldSpec("reporter.pronouns", "text", max_length=50),
    FieldSpec("reporter.email", "text", max_length=254),
    FieldSpec("reporter.phone", "text", max_length=40),
    FieldSpec("reporter.address", "multiline", max_length=500),
    FieldSpec("reporter.birth_year", "year"),
    FieldSpec("reporter.language", "code", "language"),
    FieldSpec("incident.date", "date"),
    FieldSpec("incident.date_end", "date"),
    FieldSpec("incident.area", "code", "area"),
    FieldSpec("incident.place", "text", max_length=200),
    FieldSpec("incident.url", "text", max_length=2000),
    FieldSpec("domain", "code", "domain", required=True),
    FieldSpec("criteria", "codes", "criteria", required=True),
    FieldSpec("modifiers", "codes", "modifiers"),
    FieldSpec("forms", "codes", "forms"),
    FieldSpec("counterparty.type", "code", "counterparty_type"),
    FieldSpec("counterparty.name", "text", max_length=200),
    FieldSpec("counterparty.address", "multiline", max_length=500),
    FieldSpec("narrative", "multiline", max_length=100_000),
    FieldSpec("wishes.register_only", "bool"),
    FieldSpec("wishes.wants_reply", "bool"),
    FieldSpec("wishes.may_contact_counterparty", "bool"),
    FieldSpec("wishes.may_refer", "bool"),
    FieldSpec("wishes.may_use_anonymised", "bool"),
)
IMPORT_FIELDS_BY_PATH: dict[str, FieldSpec] = {spec.path: spec for spec in IMPORT_FIELDS}

# The nested objects of a report, in contract order, with their dataclass.
GROUPS: dict[str, type[Reporter | Incident | Counterparty | Wishes]] = {
    "reporter": Reporter,
    "incident": Incident,
    "counterparty": Counterparty,
    "wishes": Wishes,
}
_TOP_KEYS = frozenset(spec.path for spec in IMPORT_FIELDS if spec.group is None) | set(GROUPS)
_GROUP_KEYS = {
    group: frozenset(spec.key for spec in IMPORT_FIELDS if spec.group == group) for group in GROUPS
}
_ISO_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")


class JsonObject(dict[str, Any]):
    """A JSON object that remembers keys the file gave more than once.

    ``json.loads`` keeps the last of duplicate keys silently; the importer wants to say so,
    because two different ``criteria`` lists in one report are a mistake worth seeing.
    """

    duplicate_keys: tuple[str, ...] = ()


class ReportDictError(ValueError):
    """``report_from_import_dict`` got a dict that does not have the import format's shape."""

    def __init__(self, problems: list[Problem]) -> None:
        fields = ", ".join(sorted({p.field for p in problems}))
        super().__init__(f"import dict has {len(problems)} problem(s) in: {fields}")
        self.problems = problems


def _value_of(report: Report, spec: FieldSpec) -> Any:
    holder: object = report if spec.group is None else getattr(report, spec.group)
    return getattr(holder, spec.key)


def report_to_import_dict(report: Report) -> dict[str, Any]:
    """The report in the JSON import format (contract.md); fields that are not given are left out.

    Only the contract's fields are written: id, number, status, assignment and the case-file
    link belong to this office's database, not to the exchange format.
    """
    result: dict[str, Any] = {}
    nested: dict[str, dict[str, Any]] = {}
    for spec in IMPORT_FIELDS:
        value = _value_of(report, spec)
        if spec.kind == "codes":
            if not value and spec.path != "criteria":
                continue
            out: Any = list(value)
        elif value is None:
            continue
        elif spec.kind == "date":
            out = value.isoformat()
        else:
            out = value
        if spec.group is None:
            result[spec.path] = out
        else:
            if spec.group not in nested:
                nested[spec.group] = {}
                result[spec.group] = nested[spec.group]  # keeps the contract's key order
            nested[spec.group][spec.key] = out
    return result


def report_from_import_dict(data: Mapping[str, Any], *, report_id: str | None = None) -> Report:
    """The inverse of ``report_to_import_dict`` (``ReportDictError`` if the shape is wrong).

    Only the shape is checked here (types, unknown keys, date syntax); whether codes exist
    and values make sense is ``validate_report``'s job. An empty text counts as not given.
    """
    report, problems = parse_report_dict(data, report_id=report_id)
    if problems or report is None:
        raise ReportDictError(problems)
    return report


def _type_name(value: object) -> str:
    """A type name for messages (``"text"``, ``"list"`` …), never the value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, (list, tuple)):
        return "list"
    if isinstance(value, dict):
        return "object"
    return "other"


_EXPECTED: dict[FieldKind, str] = {
    "text": "text",
    "multiline": "text",
    "code": "code",
    "codes": "list",
    "date": "date",
    "year": "integer",
    "bool": "boolean",
}


_SHOWN_KEY_RE = re.compile(r"[\w .\-]{1,60}\Z")


def display_key(key: object) -> str:
    """A key or column name from a file, safe to show, else ``"?"``.

    Names are field names, but a shifted header or a broken file can put data where a name
    belongs; only word characters, spaces, dots and dashes (no ``@``, no control or broken
    characters) and at most 60 of them are repeated.
    """
    if isinstance(key, str) and _SHOWN_KEY_RE.match(key):
        return key
    return "?"


def _wrong_type(path: str, spec_kind: FieldKind | None, value: object) -> Problem:
    expected = "object" if spec_kind is None else _EXPECTED[spec_kind]
    key = "import.report_not_object" if path == "report" else "import.wrong_type"
    return Problem(path, "wrong_type", key, {"expected": expected, "found": _type_name(value)})


def _convert(spec: FieldSpec, value: object, problems: list[Problem]) -> Any:
    """One field's value from JSON-like data, or None (with a problem when it was wrong)."""
    if value is None:
        return () if spec.kind == "codes" else None
    if spec.kind in ("text", "multiline", "code"):
        if not isinstance(value, str):
            problems.append(_wrong_type(spec.path, spec.kind, value))
            return None
        # Empty means "not given", as an empty CSV cell does; the two formats agree.
        return value if value.strip() else None
    if spec.kind == "codes":
        if not isinstance(value, list):
            problems.append(_wrong_type(spec.path, spec.kind, value))
            return ()
        codes: list[str] = []
        for index, item in enumerate(value, 1):
            if isinstance(item, str):
                codes.append(item)
            else:
                problems.append(
                    Problem(
                        spec.path,
                        "wrong_type",
                        "import.wrong_item_type",
                        {"index": index, "expected": "code", "found": _type_name(item)},
                    )
                )
        return tuple(codes)
    if spec.kind == "date":
        if not isinstance(value, str):
            problems.append(_wrong_type(spec.path, spec.kind, value))
            return None
        if not value.strip():
            return None
        if _ISO_DATE_RE.match(value):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        problems.append(Problem(spec.path, "invalid_date", "import.invalid_date"))
        return None
    if spec.kind == "year":
        if isinstance(value, bool) or not isinstance(value, int):
            problems.append(_wrong_type(spec.path, spec.kind, value))
            return None
        return value
    # bool
    if not isinstance(value, bool):
        problems.append(_wrong_type(spec.path, spec.kind, value))
        return None
    return value


def _duplicate_key_problems(obj: Mapping[str, Any], prefix: str) -> list[Problem]:
    return [
        Problem(prefix + display_key(key), "duplicate_key", "import.duplicate_key")
        for key in getattr(obj, "duplicate_keys", ())
    ]


def parse_report_dict(
    data: object, *, report_id: str | None = None
) -> tuple[Report | None, list[Problem]]:
    """Read one report of the import format, listing every shape problem.

    The report is built from whatever could be read (wrong fields left empty), so that
    validation can still find the other problems; it is ``None`` only when ``data`` is not
    an object at all. Problems name fields in contract form, never values.
    """
    problems: list[Problem] = []
    if not isinstance(data, Mapping):
        problems.append(_wrong_type("report", None, data))
        return None, problems
    problems.extend(_duplicate_key_problems(data, ""))
    for key in data:
        if key not in _TOP_KEYS:
            problems.append(Problem(display_key(key), "unknown_key", "import.unknown_key"))

    top: dict[str, Any] = {}
    groups: dict[str, dict[str, Any]] = {group: {} for group in GROUPS}
    readable_groups: dict[str, Mapping[str, Any]] = {}
    for group in GROUPS:
        raw = data.get(group)
        if raw is None:
            readable_groups[group] = {}
        elif isinstance(raw, Mapping):
            readable_groups[group] = raw
            problems.extend(_duplicate_key_problems(raw, group + "."))
            for key in raw:
                if key not in _GROUP_KEYS[group]:
                    problems.append(
                        Problem(f"{group}.{display_key(key)}", "unknown_key", "import.unknown_key")
                    )
        else:
            problems.append(_wrong_type(group, None, raw))
            readable_groups[group] = {}

    for spec in IMPORT_FIELDS:
        if spec.group is None:
            top[spec.path] = _convert(spec, data.get(spec.path), problems)
        else:
            raw_value = readable_groups[spec.group].get(spec.key)
            groups[spec.group][spec.key] = _convert(spec, raw_value, problems)

    report = Report(
        id=report_id if report_id is not None else new_report_id(),
        external_ref=top["external_ref"],
        received_on=top["received_on"],
        channel=top["channel"],
        domain=top["domain"],
        criteria=top["criteria"],
        modifiers=top["modifiers"],
        forms=top["forms"],
        narrative=top["narrative"],
        reporter=Reporter(**groups["reporter"]),
        incident=Incident(**groups["incident"]),
        counterparty=Counterparty(**groups["counterparty"]),
        wishes=Wishes(**groups["wishes"]),
    )
    return report, problems
