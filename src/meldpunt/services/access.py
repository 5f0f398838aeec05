"""Right of access: find everything stored about one person and export it as PDF and JSON."""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from meldpunt.crypto.keyring import KeyRing
from meldpunt.domain.model import Report
from meldpunt.reports.access_export import (
    AccessData,
    AccessSection,
    JsonValue,
    build_access_json,
    build_access_pdf,
)
from meldpunt.services.audit import AuditLog
from meldpunt.services.clock import Clock, utc_now
from meldpunt.services.errors import InvalidInput
from meldpunt.services.evidence import EvidenceService
from meldpunt.services.permissions import Action, require
from meldpunt.storage import report_codec as codec
from meldpunt.storage.casefiles_repo import CaseFileRepository
from meldpunt.storage.models import ReportRow, StaffUser
from meldpunt.storage.models_audit import ErasureLedger
from meldpunt.storage.reports_repo import ReportRepository

log = logging.getLogger(__name__)

REPORTER = "reporter"
COUNTERPARTY = "counterparty"
# What a counterparty sees of a report about them: never the reporter or the narrative.
_COUNTERPARTY_FIELDS = (
    "received_on",
    "domain",
    "counterparty.type",
    "counterparty.name",
    "counterparty.address",
)


@dataclass(frozen=True)
class AccessMatch:
    report_id: str
    number: str
    role: str  # REPORTER | COUNTERPARTY


@dataclass(frozen=True)
class AccessExport:
    pdf: bytes
    json: bytes
    matches: list[AccessMatch]


def export_file_stem(day: dt.date) -> str:
    """A name for the export's files that says nothing about the person: a date, random part."""
    return f"access-{day.isoformat()}-{secrets.token_hex(3)}"


def _json(value: Any) -> JsonValue:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return str(value)


def _fields(report: Report, paths: Sequence[str]) -> dict[str, JsonValue]:
    return {path: _json(codec.get_path(report, path)) for path in paths}


class AccessRequestService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        clock: Clock = utc_now,
        audit: AuditLog | None = None,
        evidence: EvidenceService | None = None,
    ) -> None:
        self.sessions = sessions
        self.clock = clock
        self.audit = audit or AuditLog(sessions, clock=clock)
        self.evidence = evidence or EvidenceService(sessions, clock=clock, audit=self.audit)

    def find(
        self,
        ring: KeyRing,
        *,
        email: str | None = None,
        phone: str | None = None,
        name: str | None = None,
    ) -> list[AccessMatch]:
        """Reports where the person is the reporter (e-mail, phone, name) or the other party
        (name). A report that matches both ways counts as the reporter's."""
        require(ring, Action.ACCESS_REQUEST)
        if not (email or phone or name):
            raise InvalidInput("Give an e-mail address, a phone number or a name.")
        roles: dict[str, str] = {}
        with self.sessions() as s:
            repo = ReportRepository(s, ring)
            if name:
                for report_id in repo.find("counterparty_name", name):
                    roles[report_id] = COUNTERPARTY
            for field, value in (("email", email), ("phone", phone), ("name", name)):
                if value:
                    for report_id in repo.find(field, value):
                        roles[report_id] = REPORTER
            numbers: dict[str, str] = {
                i: n
                for i, n in s.execute(
                    select(ReportRow.id, ReportRow.number).where(ReportRow.id.in_(sorted(roles)))
                )
            }
        return sorted(
            (AccessMatch(i, numbers[i], role) for i, role in roles.items() if i in numbers),
            key=lambda m: m.number,
        )

    def export(
        self,
        ring: KeyRing,
        *,
        email: str | None = None,
        phone: str | None = None,
        name: str | None = None,
        lang: str = "nl",
        office_name: str = "",
    ) -> AccessExport:
        """The PDF and JSON for the person; every report exported is on record."""
        matches = self.find(ring, email=email, phone=phone, name=name)
        searched = [k for k, v in (("email", email), ("phone", phone), ("name", name)) if v]
        sections = [self._section(ring, m) for m in matches]
        now = self.clock()
        data = AccessData(
            office_name=office_name,
            made_at=now.astimezone(dt.UTC).isoformat(timespec="seconds"),
            searched_by=searched,
            sections=sections,
            lang=lang,
        )
        pdf, json_bytes = build_access_pdf(data), build_access_json(data)
        with self.sessions() as s, s.begin():
            self.audit.claim(s)
            for match in matches:
                self.audit.append(
                    s, ring, "access.exported", match.report_id, detail=f"role={match.role}"
                )
            if not matches:
                self.audit.append(s, ring, "access.exported", detail="reports=0")
        log.info("Access request answered (%d report(s))", len(matches))
        return AccessExport(pdf, json_bytes, matches)

    def _section(self, ring: KeyRing, match: AccessMatch) -> AccessSection:
        with self.sessions() as s:
            repo = ReportRepository(s, ring)
            report = repo.get(match.report_id)
            erased = s.get(ErasureLedger, match.report_id) is not None
            if match.role == COUNTERPARTY:
                return AccessSection(
                    match.number, COUNTERPARTY, _fields(report, _COUNTERPARTY_FIELDS), erased
                )
            fields: dict[str, JsonValue] = {"number": match.number}
            fields.update(
                _fields(
                    report,
                    (
                        *codec.SPECIAL_FIELDS,
                        *codec.IDENTITY_FIELDS,
                        *codec.CASE_FIELDS,
                        "external_ref",
                        "channel",
                        "status",
                    ),
                )
            )
            workflow = repo.workflow(match.report_id)
            fields["first_contact_on"] = _json(workflow.get("first_contact_on"))
            fields["ended_on"] = _json(workflow.get("ended_on"))
            case_file: dict[str, JsonValue] = {}
            if report.case_file_id:
                record = CaseFileRepository(repo.keys).get(report.case_file_id)
                case_file = {
                    "number": record.number,
                    "status": record.status,
                    "opened_on": _json(record.opened_on),
                    "closed_on": _json(record.closed_on),
                    "assessment": record.assessment,
                    "result": record.result,
                    "reopen_reasons": list(record.reopen_reasons),
                }
            history: list[dict[str, JsonValue]] = [
                {"at": _json(c.at), "fields": c.fields.split(",")}
                for c in repo.history(match.report_id)
            ]
            roles: dict[str, str] = {
                i: r for i, r in s.execute(select(StaffUser.id, StaffUser.role))
            }
        evidence: list[dict[str, JsonValue]] = [
            {
                "file_name": e.file_name,
                "media_type": e.media_type,
                "size": e.size,
                "sha256": e.sha256,
                "captured_at": _json(e.captured_at),
            }
            for e in ([] if erased else self.evidence.list(ring, match.report_id))
        ]
        # Staff appear by role: the person learns who had access, not their colleagues' names.
        access_log: list[dict[str, JsonValue]] = [
            {"at": _json(e.at), "action": e.action, "by": roles.get(e.actor or "", e.actor)}
            for e in reversed(self.audit.entries(ring, object_ids=[match.report_id], limit=10_000))
        ]
        return AccessSection(
            match.number,
            REPORTER,
            fields,
            erased,
            case_file,
            history,
            evidence,
            access_log,
        )
