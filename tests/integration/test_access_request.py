"""Right of access: one person's data as PDF and JSON, on record, nobody else's data in it."""

from __future__ import annotations

import dataclasses
import io
import json

from pypdf import PdfReader
from sqlalchemy import select

from meldpunt.domain.model import Counterparty, Reporter
from meldpunt.services.access import COUNTERPARTY, REPORTER, AccessRequestService
from meldpunt.services.accounts import NewOffice
from meldpunt.services.erasure import ErasureService
from meldpunt.services.evidence import EvidenceService
from meldpunt.services.reports import ReportService
from meldpunt.storage.database import Database
from meldpunt.storage.models_audit import AuditEntry
from support.canary_reports import COMPANY, EMAIL, NAME, PHONE, SENTENCE, canary_report
from support.reports import kot_report


def _text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_everything_about_a_reporter_is_exported_and_the_export_is_on_record(
    database: Database, office: NewOffice
) -> None:
    ring = office.ring
    reports = ReportService(database.sessions)
    first = reports.create(ring, canary_report())
    second = reports.create(ring, canary_report(narrative="Een tweede keer."))
    other = reports.create(ring, kot_report())  # someone else
    EvidenceService(database.sessions).add_stream(
        ring, first.id, io.BytesIO(b"png"), "advertentie.png", "image/png", 3
    )
    reports.get(ring, first.id)

    service = AccessRequestService(database.sessions)
    by_phone = service.find(ring, phone=PHONE)
    assert {m.report_id for m in by_phone} == {first.id, second.id}
    export = service.export(ring, email=EMAIL, lang="en", office_name="Meldpunt Leuven")
    assert [m.number for m in export.matches] == sorted([first.number, second.number])

    doc = json.loads(export.json)
    assert doc["format"] == "meldpunt-access/1" and doc["searched_by"] == ["email"]
    section = next(r for r in doc["reports"] if r["number"] == first.number)
    assert section["role"] == REPORTER
    assert section["fields"]["reporter.legal_name"] == NAME
    assert section["fields"]["narrative"] == SENTENCE
    assert section["fields"]["criteria"] == ["sexual_orientation"]
    assert section["evidence"][0]["file_name"] == "advertentie.png"
    assert {"report.created", "report.viewed"} <= {e["action"] for e in section["access_log"]}
    assert all(e["by"] == "coordinator" for e in section["access_log"])
    assert other.number not in export.json.decode()

    text = _text(export.pdf)
    assert first.number in text and second.number in text
    assert "Wannes Vercammen-Canary" in text
    assert other.number not in text
    metadata = PdfReader(io.BytesIO(export.pdf)).metadata or {}
    assert not any(v and NAME in str(v) for v in metadata.values())

    with database.sessions() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "access.exported")).all()
        assert sorted(e.object_id or "" for e in entries) == sorted([first.id, second.id])
        assert all(e.detail == "role=reporter" for e in entries)


def test_a_counterparty_sees_only_what_is_about_them(database: Database, office: NewOffice) -> None:
    reports = ReportService(database.sessions)
    saved = reports.create(office.ring, canary_report())
    export = AccessRequestService(database.sessions).export(office.ring, name=COMPANY)
    (match,) = export.matches
    assert match.report_id == saved.id and match.role == COUNTERPARTY
    doc = json.loads(export.json)
    fields = doc["reports"][0]["fields"]
    assert fields["counterparty.name"] == COMPANY
    assert set(fields) == {
        "received_on",
        "domain",
        "counterparty.type",
        "counterparty.name",
        "counterparty.address",
    }
    raw = export.json.decode() + _text(export.pdf)
    for secret in (NAME, EMAIL, SENTENCE):
        assert secret not in raw


def test_no_match_and_erased_reports(database: Database, office: NewOffice) -> None:
    service = AccessRequestService(database.sessions)
    empty = service.export(office.ring, email="niemand@voorbeeld.be")
    assert empty.matches == [] and json.loads(empty.json)["reports"] == []
    assert _text(empty.pdf)
    reports = ReportService(database.sessions)
    saved = reports.create(
        office.ring,
        dataclasses.replace(
            kot_report(),
            reporter=Reporter(role="victim", legal_name="Erik Wis", phone="0470 55 66 77"),
            counterparty=Counterparty(type="private_landlord"),
        ),
    )
    # Erased reports are found no more: their blind-index entries are gone with the data.
    ErasureService(database.sessions).erase_reports(office.ring, [saved.id])
    assert service.find(office.ring, phone="0470 55 66 77") == []
