"""The rules a report must meet before it is saved or imported, as a list of problems."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from urllib.parse import urlsplit

from meldpunt.domain.model import (
    IMPORT_FIELDS,
    REPORT_NUMBER_RE,
    FieldSpec,
    Report,
)
from meldpunt.domain.problems import ParamValue, Problem
from meldpunt.domain.taxonomy import Taxonomy

__all__ = [
    "MIN_BIRTH_YEAR",
    "MIN_DATE",
    "TEXT_LIMITS",
    "Problem",
    "check_text",
    "is_http_url",
    "is_plausible_email",
    "is_plausible_phone",
    "validate_report",
]

# Meldpunt records facts from 1990 on; an earlier date is almost always a typing slip.
MIN_DATE = dt.date(1990, 1, 1)
MIN_BIRTH_YEAR = 1900

# Maximum length in characters of every free-text field, by contract name.
TEXT_LIMITS: dict[str, int] = {
    spec.path: spec.max_length for spec in IMPORT_FIELDS if spec.max_length is not None
}

# Control characters other than tab, line feed and carriage return, including the C1 range
# (U+0080–U+009F), which shows up when text was decoded with the wrong code page.
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Half of a UTF-16 pair without its other half: cannot be stored as UTF-8 or shown.
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_PHONE_NOISE_RE = re.compile(r"[\s./\-()]")

# A name or contact detail identifies an anonymous reporter; these must stay empty.
_IDENTIFYING = (
    "reporter.legal_name",
    "reporter.chosen_name",
    "reporter.email",
    "reporter.phone",
    "reporter.address",
)
# Modifiers that describe how criteria apply; they make no sense with "none".
_CRITERIA_MODIFIERS = (
    "multiple_cumulative",
    "multiple_intersectional",
    "by_association",
    "perceived_trait",
)
_NEEDS_TWO_CRITERIA = ("multiple_cumulative", "multiple_intersectional")
_NO_CRITERION = "none"

_REQUIRED_MESSAGES = {
    "received_on": "validation.received_on_required",
    "channel": "validation.channel_required",
    "domain": "validation.domain_required",
    "criteria": "validation.criteria_required",
}


def check_text(field: str, value: str, *, max_length: int, single_line: bool) -> list[Problem]:
    """Length, control characters, broken characters and line breaks of one text."""
    problems: list[Problem] = []
    if len(value) > max_length:
        problems.append(
            Problem(
                field,
                "too_long",
                "validation.too_long",
                {"length": len(value), "max": max_length},
            )
        )
    surrogate = _SURROGATE_RE.search(value)
    if surrogate:
        problems.append(
            Problem(
                field,
                "lone_surrogate",
                "validation.lone_surrogate",
                {"position": surrogate.start() + 1},
            )
        )
    control = _CONTROL_RE.search(value)
    if control:
        problems.append(
            Problem(
                field,
                "control_character",
                "validation.control_character",
                {"position": control.start() + 1, "char": f"U+{ord(control.group()):04X}"},
            )
        )
    if single_line and ("\n" in value or "\r" in value):
        problems.append(Problem(field, "line_break", "validation.line_break"))
    return problems


def is_plausible_email(value: str) -> bool:
    """Has the shape name@domain.tld; deliverability is not checked (and cannot be)."""
    if len(value) > 254 or any(ch.isspace() for ch in value):
        return False
    local, at, domain = value.rpartition("@")
    if not at or not local or "@" in local or len(local) > 64:
        return False
    labels = domain.split(".")
    if len(labels) < 2 or len(labels[-1]) < 2:
        return False
    return all(label and not label.startswith("-") and not label.endswith("-") for label in labels)


def is_plausible_phone(value: str) -> bool:
    """8–15 digits after spaces, dots, slashes, dashes and brackets; may start with + or 00.

    A light check only: the crypto layer's E.164 normaliser decides the stored form.
    """
    compact = _PHONE_NOISE_RE.sub("", value.replace("(0)", ""))
    if compact.startswith("+"):
        compact = compact[1:]
    elif compact.startswith("00"):
        compact = compact[2:]
    return compact.isascii() and compact.isdigit() and 8 <= len(compact) <= 15


def is_http_url(value: str) -> bool:
    """An absolute http(s) address with a host (no javascript:, file: or mailto:)."""
    if any(ch.isspace() for ch in value):
        return False
    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(host)


def _value(report: Report, spec: FieldSpec) -> object:
    holder: object = report if spec.group is None else getattr(report, spec.group)
    return getattr(holder, spec.key)


class _Checker:
    """Collects the problems of one report; one method per kind of rule."""

    def __init__(self, report: Report, taxonomy: Taxonomy, today: dt.date) -> None:
        self.report = report
        self.taxonomy = taxonomy
        self.today = today
        # Codes must be valid on the day the report came in (today while it is unknown).
        self.on = report.received_on or today
        self.problems: list[Problem] = []

    def add(
        self, field: str, code: str, message_key: str, params: dict[str, ParamValue] | None = None
    ) -> None:
        self.problems.append(Problem(field, code, message_key, params or {}))

    def run(self) -> list[Problem]:
        for spec in IMPORT_FIELDS:
            value = _value(self.report, spec)
            if spec.kind in ("text", "multiline"):
                if isinstance(value, str):
                    self.text(spec, value)
            elif spec.kind == "code":
                self.code(spec, value)
            elif spec.kind == "codes":
                self.codes(spec, value)
            elif spec.kind == "date":
                self.date(spec, value)
            elif spec.kind == "year":
                self.birth_year(spec, value)
        self.dates_together()
        self.criteria_rules()
        self.anonymity()
        self.wishes()
        self.bookkeeping()
        return self.problems

    # -- single fields --------------------------------------------------------------------

    def text(self, spec: FieldSpec, value: str) -> None:
        assert spec.max_length is not None
        found = check_text(
            spec.path, value, max_length=spec.max_length, single_line=spec.kind == "text"
        )
        self.problems.extend(found)
        if found:
            return  # shape checks on a broken or huge text would only add noise
        if spec.path == "reporter.email" and not is_plausible_email(value):
            self.add(spec.path, "invalid_email", "validation.email_format")
        elif spec.path == "reporter.phone" and not is_plausible_phone(value):
            self.add(spec.path, "invalid_phone", "validation.phone_format")
        elif spec.path == "incident.url" and not is_http_url(value):
            self.add(spec.path, "invalid_url", "validation.url_scheme")

    def required(self, spec: FieldSpec) -> None:
        key = _REQUIRED_MESSAGES.get(spec.path, "validation.required")
        self.add(spec.path, "required", key)

    def code(self, spec: FieldSpec, value: object, index: int | None = None) -> None:
        if value is None:
            if spec.required:
                self.required(spec)
            return
        assert spec.taxonomy_field is not None
        tax_field = spec.taxonomy_field
        params: dict[str, ParamValue] = {} if index is None else {"index": index}
        if not self.taxonomy.is_known(tax_field, value):
            allowed = tuple(c.code for c in self.taxonomy.codes(tax_field, on=self.on))
            key = "validation.unknown_code" if index is None else "validation.unknown_list_code"
            self.add(spec.path, "unknown_code", key, {**params, "allowed": allowed})
            return
        assert isinstance(value, str)
        if not self.taxonomy.is_valid(tax_field, value, on=self.on):
            entry = self.taxonomy.get(tax_field, value)
            params.update(code=value, taxonomy_field=tax_field, date=self.on.isoformat())
            if entry.successor is not None:
                params["successor"] = entry.successor
                key = "validation.code_replaced"
            else:
                key = "validation.code_not_valid_on_date"
            self.add(spec.path, "code_not_valid", key, params)

    def codes(self, spec: FieldSpec, value: object) -> None:
        assert isinstance(value, tuple)
        if not value:
            if spec.required:
                self.required(spec)
            return
        seen: set[object] = set()
        for index, item in enumerate(value, 1):
            if item in seen:
                self.add(spec.path, "duplicate_code", "validation.duplicate_code", {"index": index})
                continue
            seen.add(item)
            self.code(spec, item, index)

    def date(self, spec: FieldSpec, value: object) -> None:
        if value is None:
            if spec.required:
                self.required(spec)
            return
        assert isinstance(value, dt.date)
        if value > self.today:
            self.add(spec.path, "date_in_future", "validation.date_in_future")
        elif value < MIN_DATE:
            self.add(
                spec.path,
                "date_too_early",
                "validation.date_too_early",
                {"min_date": MIN_DATE.isoformat()},
            )

    def birth_year(self, spec: FieldSpec, value: object) -> None:
        if value is None:
            return
        assert isinstance(value, int)
        if not MIN_BIRTH_YEAR <= value <= self.today.year:
            self.add(
                spec.path,
                "birth_year_range",
                "validation.birth_year_range",
                {"min": MIN_BIRTH_YEAR, "max": self.today.year},
            )

    # -- rules over several fields ----------------------------------------------------------

    def dates_together(self) -> None:
        received = self.report.received_on
        start, end = self.report.incident.date, self.report.incident.date_end
        if start is not None and received is not None and start > received:
            self.add(
                "incident.date", "incident_after_received", "validation.incident_after_received"
            )
        if end is not None and start is None:
            self.add("incident.date", "period_without_start", "validation.period_without_start")
        if start is not None and end is not None and end < start:
            self.add(
                "incident.date_end", "period_end_before_start", "validation.period_end_before_start"
            )

    def criteria_rules(self) -> None:
        criteria = self.report.criteria
        if _NO_CRITERION in criteria and len(set(criteria)) > 1:
            self.add("criteria", "none_combined", "validation.none_combined")
        for modifier in dict.fromkeys(self.report.modifiers):
            if modifier not in _CRITERIA_MODIFIERS or not criteria:
                continue
            if _NO_CRITERION in criteria:
                self.add(
                    "modifiers",
                    "modifier_with_none",
                    "validation.modifier_with_none",
                    {"modifier": modifier},
                )
            elif modifier in _NEEDS_TWO_CRITERIA and len(set(criteria)) < 2:
                self.add(
                    "modifiers",
                    "modifier_needs_two_criteria",
                    "validation.modifier_needs_two_criteria",
                    {"modifier": modifier},
                )

    def anonymity(self) -> None:
        if self.report.reporter.role != "anonymous":
            return
        for path in _IDENTIFYING:
            key = path.split(".", 1)[1]
            if getattr(self.report.reporter, key) is not None:
                self.add(path, "anonymous_with_identity", "validation.anonymous_with_identity")

    def wishes(self) -> None:
        wishes = self.report.wishes
        if wishes.register_only is not True:
            return
        if wishes.may_refer is True:
            self.add(
                "wishes.may_refer", "contradictory_wishes", "validation.register_only_and_refer"
            )
        if wishes.may_contact_counterparty is True:
            self.add(
                "wishes.may_contact_counterparty",
                "contradictory_wishes",
                "validation.register_only_and_contact",
            )

    def bookkeeping(self) -> None:
        """The fields the office's database adds: status, number and id."""
        report = self.report
        if not self.taxonomy.is_known("status", report.status):
            allowed = tuple(c.code for c in self.taxonomy.codes("status"))
            self.add("status", "unknown_code", "validation.unknown_code", {"allowed": allowed})
        if report.number is not None and not REPORT_NUMBER_RE.match(report.number):
            self.add("number", "invalid_number", "validation.report_number")
        try:
            uuid.UUID(report.id)
        except (ValueError, TypeError, AttributeError):
            self.add("id", "invalid_id", "validation.report_id")


def validate_report(report: Report, taxonomy: Taxonomy, *, today: dt.date) -> list[Problem]:
    """Every problem of ``report`` in field order; an empty list means it may be saved.

    ``today`` is passed in (not read from the clock) so that the rules are testable and the
    caller decides which day "the future" starts.
    """
    return _Checker(report, taxonomy, today).run()
