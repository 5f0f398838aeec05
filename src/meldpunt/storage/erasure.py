"""Erasing personal data without any key: shred data keys, blank ciphertext, keep a ledger.

Used by erasure on request, by the retention job and by a restore that re-applies the
ledger of the database it replaces; none of them needs to decrypt anything.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from meldpunt.crypto.keys import KeyClass
from meldpunt.storage.models import (
    BlindIndexRow,
    CaseFileRow,
    DataKey,
    DraftRow,
    EvidenceChunk,
    EvidenceRow,
    ReportRow,
)
from meldpunt.storage.models_audit import ErasureLedger

log = logging.getLogger(__name__)

KIND_REPORT = "report"
KIND_CASE_FILE = "case_file"
SCOPE_PERSONAL = "personal"  # identity and case data; coded facts stay for statistics
REASON_REQUEST = "request"
REASON_RETENTION = "retention"
PERSONAL_CLASSES = (KeyClass.IDENTITY, KeyClass.CASE)

# Other areas (casework: timeline notes, letters) register what they must remove when a
# report's or a case file's personal data is erased: hook(session, report_ids, file_ids).
ErasureHook = Callable[[Session, Sequence[str], Sequence[str]], None]
ERASURE_HOOKS: list[ErasureHook] = []


@dataclass(frozen=True)
class LedgerEntry:
    record_id: str
    kind: str
    scope: str
    reason: str
    erased_at: datetime
    erased_by: str | None


def is_erased(session: Session, record_id: str) -> bool:
    return session.get(ErasureLedger, record_id) is not None


def ledger(session: Session) -> list[LedgerEntry]:
    rows = session.scalars(select(ErasureLedger).order_by(ErasureLedger.erased_at))
    return [
        LedgerEntry(r.record_id, r.kind, r.scope, r.reason, r.erased_at, r.erased_by) for r in rows
    ]


def _shred(session: Session, owner_ids: Iterable[str], classes: Iterable[KeyClass]) -> None:
    owners = sorted(set(owner_ids))
    codes = [c.code for c in classes]
    for start in range(0, len(owners), 500):
        session.execute(
            delete(DataKey).where(
                DataKey.owner_id.in_(owners[start : start + 500]), DataKey.key_class.in_(codes)
            )
        )


def _note(session: Session, entry: LedgerEntry) -> None:
    if session.get(ErasureLedger, entry.record_id) is None:
        session.add(
            ErasureLedger(
                record_id=entry.record_id,
                kind=entry.kind,
                scope=entry.scope,
                reason=entry.reason,
                erased_at=entry.erased_at,
                erased_by=entry.erased_by,
            )
        )
        session.flush()


def erase_report(
    session: Session, report_id: str, *, reason: str, at: datetime, by: str | None
) -> list[str]:
    """Erase a report's identity and case data; returns the case files erased with it.

    The blobs are blanked (not only their keys shredded) so that VACUUM removes the old
    ciphertext from an SQLite file; the coded facts (special class) stay. The report's case
    file loses its case data too once every report in it is erased.
    """
    row = session.get(ReportRow, report_id)
    entry = LedgerEntry(report_id, KIND_REPORT, SCOPE_PERSONAL, reason, at, by)
    if row is None:
        _note(session, entry)  # erased later than a backup: remember it for the next restore
        return []
    row.identity_blob = b""
    row.case_blob = b""
    evidence_ids = list(
        session.scalars(select(EvidenceRow.id).where(EvidenceRow.report_id == report_id))
    )
    if evidence_ids:
        session.execute(delete(EvidenceChunk).where(EvidenceChunk.evidence_id.in_(evidence_ids)))
        session.execute(delete(EvidenceRow).where(EvidenceRow.id.in_(evidence_ids)))
    draft_ids = list(session.scalars(select(DraftRow.id).where(DraftRow.report_id == report_id)))
    if draft_ids:
        session.execute(delete(DraftRow).where(DraftRow.id.in_(draft_ids)))
    # Blind-index rows are keyed digests of names and contact details: linkable, so gone too.
    session.execute(delete(BlindIndexRow).where(BlindIndexRow.report_id == report_id))
    _shred(session, [report_id, *evidence_ids, *draft_ids], PERSONAL_CLASSES)
    _note(session, entry)
    file_ids: list[str] = []
    if row.case_file_id is not None:
        others = session.scalars(
            select(ReportRow.id).where(
                ReportRow.case_file_id == row.case_file_id, ReportRow.id != report_id
            )
        ).all()
        if all(is_erased(session, other) for other in others):
            file_ids.append(row.case_file_id)
    for hook in ERASURE_HOOKS:
        hook(session, [report_id], file_ids)
    for file_id in file_ids:
        erase_case_file(session, file_id, reason=reason, at=at, by=by, run_hooks=False)
    session.flush()
    return file_ids


def erase_case_file(
    session: Session,
    file_id: str,
    *,
    reason: str,
    at: datetime,
    by: str | None,
    run_hooks: bool = True,
) -> bool:
    """Erase a case file's case data (notes, reopen reasons); its coded outcome stays."""
    row = session.get(CaseFileRow, file_id)
    _note(session, LedgerEntry(file_id, KIND_CASE_FILE, SCOPE_PERSONAL, reason, at, by))
    if row is None:
        return False
    row.case_blob = b""
    _shred(session, [file_id], [KeyClass.CASE])
    if run_hooks:
        for hook in ERASURE_HOOKS:
            hook(session, [], [file_id])
    session.flush()
    return True


def apply_ledger(session: Session, entries: Iterable[LedgerEntry]) -> int:
    """Erase again every record of ``entries`` that still holds data; returns how many."""
    redone = 0
    for entry in entries:
        if entry.kind == KIND_REPORT:
            row = session.get(ReportRow, entry.record_id)
            needed = row is not None and (
                bool(row.identity_blob)
                or bool(row.case_blob)
                or session.get(DataKey, (entry.record_id, KeyClass.IDENTITY.code)) is not None
                or session.get(DataKey, (entry.record_id, KeyClass.CASE.code)) is not None
            )
            if needed:
                erase_report(
                    session,
                    entry.record_id,
                    reason=entry.reason,
                    at=entry.erased_at,
                    by=entry.erased_by,
                )
                redone += 1
            else:
                _note(session, entry)
        elif entry.kind == KIND_CASE_FILE:
            file_row = session.get(CaseFileRow, entry.record_id)
            needed = file_row is not None and (
                bool(file_row.case_blob)
                or session.get(DataKey, (entry.record_id, KeyClass.CASE.code)) is not None
            )
            if needed:
                erase_case_file(
                    session,
                    entry.record_id,
                    reason=entry.reason,
                    at=entry.erased_at,
                    by=entry.erased_by,
                )
                redone += 1
            else:
                _note(session, entry)
    session.flush()
    return redone


def compact_sqlite(engine: Engine) -> bool:
    """VACUUM and truncate the WAL so no freed page keeps old ciphertext; False if busy.

    A reader holding an old snapshot keeps the WAL alive; the caller reports that (the
    pages are then overwritten at the next checkpoint, and the keys are gone already).
    """
    if engine.dialect.name != "sqlite":
        return True
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        raw.execute("VACUUM")
        busy, _log, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:
        log.warning("The WAL could not be truncated after an erasure: another reader is busy")
    return not busy
