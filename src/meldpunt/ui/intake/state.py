"""The intake form's state as JSON-ready data (for encrypted drafts): the report, dates in ISO."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from meldpunt.domain.model import Report, report_from_import_dict, report_to_import_dict

__all__ = ["STATE_FORMAT", "FormState", "report_from_state", "report_to_state"]

STATE_FORMAT = "meldpunt-intake-state/1"

# What the import format leaves out because it belongs to this office's database.
_BOOKKEEPING = ("id", "number", "status", "assigned_to", "mass_report", "case_file_id")


def report_to_state(report: Report) -> dict[str, Any]:
    """Every field of ``report``: the import format's fields plus the office's bookkeeping."""
    data = report_to_import_dict(report)
    for key in _BOOKKEEPING:
        data[key] = getattr(report, key)
    return data


def report_from_state(data: Mapping[str, Any]) -> Report:
    """The inverse of ``report_to_state``; ``ValueError`` when the data is not of that shape."""
    fields = {k: v for k, v in data.items() if k not in _BOOKKEEPING}
    report_id = data.get("id")
    report = report_from_import_dict(
        fields, report_id=report_id if isinstance(report_id, str) else None
    )
    extra: dict[str, Any] = {}
    for key in _BOOKKEEPING[1:]:
        if key in data:
            extra[key] = data[key]
    for key in ("number", "assigned_to", "case_file_id"):
        if extra.get(key) is not None and not isinstance(extra[key], str):
            raise ValueError(f"draft field {key} has the wrong type")
    if not isinstance(extra.get("status", "new"), str) or not isinstance(
        extra.get("mass_report", False), bool
    ):
        raise ValueError("draft bookkeeping fields have the wrong type")
    return replace(report, **extra)


class FormState:
    """Builds and reads the dict of ``IntakeForm.state()``.

    ``{"format", "report", "version", "pending_files"}``: ``version`` is the report version
    an edit started from (``None`` for a new report); pending files are paths on this computer.
    """

    @staticmethod
    def build(report: Report, version: int | None, pending: list[str]) -> dict[str, Any]:
        return {
            "format": STATE_FORMAT,
            "report": report_to_state(report),
            "version": version,
            "pending_files": list(pending),
        }

    @staticmethod
    def parse(state: Mapping[str, Any]) -> tuple[Report, int | None, list[str]]:
        if state.get("format") != STATE_FORMAT:
            raise ValueError("not an intake form state")
        raw = state.get("report")
        if not isinstance(raw, dict):
            raise ValueError("the state holds no report")
        version = state.get("version")
        if version is not None and (not isinstance(version, int) or isinstance(version, bool)):
            raise ValueError("the state's version is not a number")
        pending = state.get("pending_files") or []
        if not isinstance(pending, list) or not all(isinstance(p, str) for p in pending):
            raise ValueError("the state's pending files are not a list of paths")
        return report_from_state(raw), version, pending
