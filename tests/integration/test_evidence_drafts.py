"""Evidence files and drafts through the vault."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update

from meldpunt.crypto.errors import IntegrityError
from meldpunt.services.accounts import NewOffice
from meldpunt.services.drafts import DraftService
from meldpunt.services.errors import InvalidInput
from meldpunt.services.evidence import CHUNK_BYTES, EvidenceService
from meldpunt.services.reports import ReportService
from meldpunt.storage.database import Database
from meldpunt.storage.models import EvidenceChunk
from support.reports import kot_report


@pytest.fixture
def report_id(database: Database, office: NewOffice) -> str:
    return ReportService(database.sessions).create(office.ring, kot_report()).id


def test_evidence_round_trip_with_chain_of_custody(
    database: Database, office: NewOffice, report_id: str, tmp_path: Path
) -> None:
    content = bytes(range(256)) * (CHUNK_BYTES // 256 * 2 + 17)  # a bit over 2 MiB
    source = tmp_path / "screenshot-advertentie.png"
    source.write_bytes(content)
    service = EvidenceService(database.sessions)
    info = service.add_file(office.ring, report_id, source)
    assert info.size == len(content)
    assert info.sha256 == hashlib.sha256(content).hexdigest()
    assert info.media_type == "image/png"
    (listed,) = service.list(office.ring, report_id)
    assert listed.file_name == "screenshot-advertentie.png" and listed.sha256 == info.sha256
    assert b"".join(service.read(office.ring, info.id)) == content
    out = tmp_path / "export" / "copy.png"
    service.export(office.ring, info.id, out)
    assert out.read_bytes() == content


def test_truncated_or_reordered_evidence_is_detected(
    database: Database, office: NewOffice, report_id: str
) -> None:
    content = b"x" * (CHUNK_BYTES * 2 + 5)
    service = EvidenceService(database.sessions)
    info = service.add_stream(
        office.ring,
        report_id,
        io.BytesIO(content),
        "a.bin",
        "application/octet-stream",
        len(content),
    )
    with database.sessions() as s, s.begin():
        s.execute(
            delete(EvidenceChunk).where(
                EvidenceChunk.evidence_id == info.id, EvidenceChunk.idx == 2
            )
        )
    with pytest.raises(IntegrityError):
        b"".join(service.read(office.ring, info.id))

    info2 = service.add_stream(
        office.ring,
        report_id,
        io.BytesIO(content),
        "b.bin",
        "application/octet-stream",
        len(content),
    )
    with database.sessions() as s, s.begin():
        blobs = {
            c.idx: c.blob
            for c in s.scalars(select(EvidenceChunk).where(EvidenceChunk.evidence_id == info2.id))
        }
        s.execute(
            update(EvidenceChunk)
            .where(EvidenceChunk.evidence_id == info2.id, EvidenceChunk.idx == 0)
            .values(blob=blobs[1])
        )
    with pytest.raises(IntegrityError):
        b"".join(service.read(office.ring, info2.id))


def test_evidence_over_50_mb_is_refused(
    database: Database, office: NewOffice, report_id: str
) -> None:
    service = EvidenceService(database.sessions)
    with pytest.raises(InvalidInput, match="50 MB"):
        service.add_stream(
            office.ring, report_id, io.BytesIO(b""), "big.mp4", "video/mp4", 51 * 1024 * 1024
        )


def test_drafts_are_encrypted_and_come_back(database: Database, office: NewOffice) -> None:
    drafts = DraftService(database.sessions)
    data = {"reporter.legal_name": "Canary Draftname", "narrative": "half getypt …"}
    draft_id = drafts.save(office.ring, data)
    drafts.save(office.ring, {**data, "narrative": "verder getypt"}, draft_id=draft_id)
    (draft,) = drafts.list(office.ring)
    assert draft.id == draft_id and draft.data["narrative"] == "verder getypt"
    with database.engine.connect() as conn:
        raw = b"".join(bytes(r[0]) for r in conn.exec_driver_sql("SELECT blob FROM draft"))
    assert b"Canary Draftname" not in raw
    drafts.discard(office.ring, draft_id)
    assert drafts.list(office.ring) == []
