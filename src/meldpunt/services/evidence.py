"""Evidence files: encrypted in 1 MiB chunks with their own data key; truncation is detected.

The chunks live in the database (not beside it) so that several desks on one PostgreSQL
server see the same files and a backup of the database holds every piece of evidence.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import mimetypes
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from meldpunt.crypto.aead import field_aad
from meldpunt.crypto.encoding import decode_text, encode_text
from meldpunt.crypto.errors import IntegrityError
from meldpunt.crypto.keyring import KeyRing
from meldpunt.crypto.keys import KeyClass
from meldpunt.fileio import atomic_writer
from meldpunt.services.audit import AuditLog
from meldpunt.services.clock import Clock, as_utc, utc_now
from meldpunt.services.errors import AccessDenied, InvalidInput, NotFound
from meldpunt.storage.keystore import DataKeys
from meldpunt.storage.models import EvidenceChunk, EvidenceRow, ReportRow
from meldpunt.storage.sealed import DATA_KEY_VERSION, FieldSealer

log = logging.getLogger(__name__)

CHUNK_BYTES = 1024 * 1024
MAX_EVIDENCE_BYTES = 50 * 1024 * 1024
EVIDENCE_CLASS = KeyClass.CASE
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class EvidenceInfo:
    id: str
    report_id: str
    file_name: str
    media_type: str
    size: int
    sha256: str
    captured_at: dt.datetime
    added_at: dt.datetime


def _chunk_aad(evidence_id: str, index: int, last: bool) -> bytes:
    return field_aad("evidence_chunk", f"{index}.{'last' if last else 'more'}", evidence_id)


class EvidenceService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        clock: Clock = utc_now,
        audit: AuditLog | None = None,
    ) -> None:
        self.sessions = sessions
        self.clock = clock
        self.audit = audit or AuditLog(sessions, clock=clock)

    @staticmethod
    def _check(ring: KeyRing) -> None:
        if ring.is_locked or not ring.holds(EVIDENCE_CLASS):
            raise AccessDenied("Your role cannot handle evidence files.")

    def add_file(
        self,
        ring: KeyRing,
        report_id: str,
        path: Path,
        *,
        captured_at: dt.datetime | None = None,
        progress: Progress | None = None,
    ) -> EvidenceInfo:
        """Encrypt a file from disk (up to 50 MB) and attach it to the report."""
        try:
            size = path.stat().st_size
            media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            with path.open("rb") as fh:
                return self.add_stream(
                    ring,
                    report_id,
                    fh,
                    path.name,
                    media_type,
                    size,
                    captured_at=captured_at,
                    progress=progress,
                )
        except OSError as exc:
            raise InvalidInput("The file cannot be read: {reason}.", reason=exc.strerror) from None

    def add_stream(
        self,
        ring: KeyRing,
        report_id: str,
        stream: BinaryIO,
        file_name: str,
        media_type: str,
        size: int,
        *,
        captured_at: dt.datetime | None = None,
        progress: Progress | None = None,
    ) -> EvidenceInfo:
        self._check(ring)
        if size > MAX_EVIDENCE_BYTES:
            raise InvalidInput("An evidence file can be at most 50 MB.")
        evidence_id = str(uuid.uuid4())
        now = self.clock()
        captured_at = captured_at or now
        digest = hashlib.sha256()
        with self.sessions() as s, s.begin():
            self.audit.claim(s)
            if s.get(ReportRow, report_id) is None:
                raise NotFound("This report does not exist (any more).")
            keys = DataKeys(s, ring)
            keys.create(evidence_id, [EVIDENCE_CLASS])
            key = keys.get(evidence_id, EVIDENCE_CLASS)
            sealer = FieldSealer(keys)
            total = 0
            index = 0
            chunk = stream.read(CHUNK_BYTES)
            # the row first (chunks refer to it), its metadata filled in at the end
            row = EvidenceRow(
                id=evidence_id,
                report_id=report_id,
                chunks=0,
                meta_blob=b"",
                created_at=now,
                created_by=ring.user_id,
            )
            s.add(row)
            s.flush()
            while True:
                following = stream.read(CHUNK_BYTES) if chunk else b""
                total += len(chunk)
                if total > MAX_EVIDENCE_BYTES:
                    raise InvalidInput("An evidence file can be at most 50 MB.")
                digest.update(chunk)
                last = not following
                s.add(
                    EvidenceChunk(
                        evidence_id=evidence_id,
                        idx=index,
                        blob=sealer.cipher.encrypt(
                            key,
                            chunk,
                            _chunk_aad(evidence_id, index, last),
                            EVIDENCE_CLASS,
                            DATA_KEY_VERSION,
                        ),
                    )
                )
                index += 1
                if progress is not None:
                    progress(total, max(size, total))
                if last:
                    break
                chunk = following
                if index % 8 == 0:
                    s.flush()
            meta = {
                "file_name": file_name,
                "media_type": media_type,
                "size": total,
                "sha256": digest.hexdigest(),
                "captured_at": captured_at.isoformat(),
            }
            row.chunks = index
            row.meta_blob = sealer.seal(
                evidence_id,
                EVIDENCE_CLASS,
                "evidence",
                "meta_blob",
                evidence_id,
                encode_text(json.dumps(meta)),
            )
            self.audit.append(s, ring, "evidence.added", evidence_id, detail=f"chunks={index}")
        log.info("Evidence file stored (%d chunks)", index)
        return EvidenceInfo(
            evidence_id,
            report_id,
            file_name,
            media_type,
            total,
            digest.hexdigest(),
            captured_at,
            now,
        )

    def list(self, ring: KeyRing, report_id: str) -> list[EvidenceInfo]:
        self._check(ring)
        with self.sessions() as s:
            sealer = FieldSealer(DataKeys(s, ring))
            rows = s.scalars(
                select(EvidenceRow)
                .where(EvidenceRow.report_id == report_id)
                .order_by(EvidenceRow.created_at)
            ).all()
            return [self._info(sealer, row) for row in rows]

    @staticmethod
    def _info(sealer: FieldSealer, row: EvidenceRow) -> EvidenceInfo:
        plain = sealer.open(row.id, EVIDENCE_CLASS, "evidence", "meta_blob", row.id, row.meta_blob)
        meta = json.loads(decode_text(plain) or "{}")
        return EvidenceInfo(
            row.id,
            row.report_id,
            meta["file_name"],
            meta["media_type"],
            int(meta["size"]),
            meta["sha256"],
            dt.datetime.fromisoformat(meta["captured_at"]),
            as_utc(row.created_at),
        )

    def read(
        self, ring: KeyRing, evidence_id: str, *, audit_action: str = "evidence.viewed"
    ) -> Iterator[bytes]:
        """The file's bytes chunk by chunk; a missing, reordered or edited chunk raises."""
        self._check(ring)
        with self.sessions() as s:
            row = s.get(EvidenceRow, evidence_id)
            if row is None:
                raise NotFound("This evidence file does not exist (any more).")
            # On record before the first byte is decrypted.
            self.audit.record(ring, audit_action, evidence_id)
            keys = DataKeys(s, ring)
            key = keys.get(evidence_id, EVIDENCE_CLASS)
            sealer = FieldSealer(keys)
            info = self._info(sealer, row)
            digest = hashlib.sha256()
            seen = 0
            ended = False
            chunks = s.scalars(
                select(EvidenceChunk)
                .where(EvidenceChunk.evidence_id == evidence_id)
                .order_by(EvidenceChunk.idx)
            )
            for chunk in chunks:
                if ended or chunk.idx != seen:
                    raise IntegrityError(evidence_id, f"chunk {chunk.idx}")
                last = seen == row.chunks - 1
                data = sealer.cipher.decrypt(
                    key,
                    chunk.blob,
                    _chunk_aad(evidence_id, seen, last),
                    evidence_id,
                    f"chunk {seen}",
                )
                digest.update(data)
                seen += 1
                ended = last
                yield data
            if not ended or seen != row.chunks or digest.hexdigest() != info.sha256:
                raise IntegrityError(evidence_id, "chunks")

    def export(self, ring: KeyRing, evidence_id: str, target: Path) -> None:
        """Write the decrypted file where the user chose; a damaged file leaves no output."""
        with atomic_writer(target) as fh:
            for data in self.read(ring, evidence_id, audit_action="evidence.exported"):
                fh.write(data)
