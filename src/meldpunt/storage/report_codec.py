"""Splitting a report into its three classes of data, and putting it back together.

identity: reporter names, pronouns, contact details, address, birth year, language;
          counterparty name and address.
special:  coded facts (domain with sub-domain, criteria, modifiers, forms, area,
          counterparty type, reporter role, exact dates, wishes), encoded to one fixed width
          so the ciphertext length says nothing about the codes.
case:     narrative, place and URL of the incident.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from typing import Any

from meldpunt.crypto.encoding import decode_fixed, decode_text, encode_fixed, encode_text
from meldpunt.domain.model import Counterparty, Incident, Report, Reporter, Wishes

# Wide enough for every code of every multi-valued field at once (checked in the tests).
SPECIAL_WIDTH = 2048

IDENTITY_FIELDS = (
    "reporter.legal_name",
    "reporter.chosen_name",
    "reporter.pronouns",
    "reporter.email",
    "reporter.phone",
    "reporter.address",
    "reporter.birth_year",
    "reporter.language",
    "counterparty.name",
    "counterparty.address",
)
SPECIAL_FIELDS = (
    "received_on",
    "domain",
    "criteria",
    "modifiers",
    "forms",
    "reporter.role",
    "incident.date",
    "incident.date_end",
    "incident.area",
    "counterparty.type",
    "wishes.register_only",
    "wishes.wants_reply",
    "wishes.may_contact_counterparty",
    "wishes.may_refer",
    "wishes.may_use_anonymised",
)
CASE_FIELDS = ("narrative", "incident.place", "incident.url")
PLAIN_FIELDS = ("external_ref", "channel", "status", "assigned_to", "mass_report", "case_file_id")


def get_path(report: Report, path: str) -> Any:
    holder: Any = report
    for part in path.split("."):
        holder = getattr(holder, part)
    return holder


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def _payload(report: Report, fields: tuple[str, ...]) -> dict[str, Any]:
    return {path: _jsonable(get_path(report, path)) for path in fields}


def _dumps(payload: dict[str, Any]) -> str:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def encode_identity(report: Report) -> bytes:
    return encode_text(_dumps(_payload(report, IDENTITY_FIELDS)))


def encode_special(report: Report) -> bytes:
    return encode_fixed(_dumps(_payload(report, SPECIAL_FIELDS)), SPECIAL_WIDTH)


def encode_case(report: Report) -> bytes:
    return encode_text(_dumps(_payload(report, CASE_FIELDS)))


def decode_payload(data: bytes, *, fixed: bool) -> dict[str, Any]:
    text = decode_fixed(data) if fixed else decode_text(data)
    value = json.loads(text or "{}")
    if not isinstance(value, dict):
        raise ValueError("class payload is not an object")
    return value


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else None


def apply_payload(report: Report, payload: dict[str, Any]) -> Report:
    """A copy of ``report`` with the payload's fields set (dates and lists restored)."""
    top: dict[str, Any] = {}
    nested: dict[str, dict[str, Any]] = {}
    for path, value in payload.items():
        if path in ("received_on", "incident.date", "incident.date_end"):
            value = _date(value)
        elif path in ("criteria", "modifiers", "forms"):
            value = tuple(value or ())
        if "." in path:
            group, key = path.split(".", 1)
            nested.setdefault(group, {})[key] = value
        else:
            top[path] = value
    groups: dict[str, Any] = {}
    for group, values in nested.items():
        groups[group] = replace(getattr(report, group), **values)
    return replace(report, **top, **groups)


def changed_fields(before: Report, after: Report) -> list[str]:
    """Contract names of the fields that differ (for the change history; never values)."""
    return [
        path
        for path in (*SPECIAL_FIELDS, *IDENTITY_FIELDS, *CASE_FIELDS, *PLAIN_FIELDS)
        if get_path(before, path) != get_path(after, path)
    ]


EMPTY = Report(
    id="",
    reporter=Reporter(),
    incident=Incident(),
    counterparty=Counterparty(),
    wishes=Wishes(),
)
