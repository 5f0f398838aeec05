"""The audit trail as the services use it: signed entries, verification, the workstation's head."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

from meldpunt.crypto.keyring import KeyRing
from meldpunt.fileio import write_atomically
from meldpunt.paths import default_paths
from meldpunt.services.clock import Clock, utc_now
from meldpunt.services.permissions import Action, require
from meldpunt.storage import audit_chain
from meldpunt.storage.audit_chain import RECOVERY_ACTOR, ChainReport
from meldpunt.storage.models import CaseFileRow, ReportRow, StaffUser
from meldpunt.storage.models_audit import AuditEntry

log = logging.getLogger(__name__)

HEADS_FILE = "audit-heads.json"
_PENDING = "meldpunt.audit.pending_head"
_LISTENING = "meldpunt.audit.listening"


def actor_of(ring: KeyRing) -> str:
    """The user id, or "recovery" for the recovery key's ring."""
    return ring.user_id or RECOVERY_ACTOR


# --- what this workstation saw ------------------------------------------------------------


@dataclass(frozen=True)
class SeenHead:
    seq: int
    hash: str


class WorkstationState:
    """A small JSON file in the per-user data folder, per database identity (office id).

    It holds the last audit head this workstation saw and the ids of records erased from
    here: never personal data. A restore on this workstation re-applies those erasures even
    when the database that held the ledger is gone.
    """

    def __init__(self, path: Path | None = None) -> None:
        self._path = path

    @property
    def path(self) -> Path:
        return self._path or default_paths().data_dir / HEADS_FILE

    def _load(self) -> dict[str, Any]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {"version": 1, "offices": {}}
        except (OSError, ValueError):
            log.warning("The workstation's audit head file could not be read")
            return {"version": 1, "offices": {}}
        if not isinstance(raw, dict) or not isinstance(raw.get("offices"), dict):
            return {"version": 1, "offices": {}}
        return raw

    def _save(self, data: dict[str, Any]) -> None:
        try:
            write_atomically(self.path, json.dumps(data, indent=1, sort_keys=True).encode())
        except OSError:
            log.warning("The workstation's audit head file could not be written")

    def _office(self, data: dict[str, Any], office_id: str) -> dict[str, Any]:
        office = data["offices"].setdefault(office_id, {})
        assert isinstance(office, dict)
        return office

    def head(self, office_id: str) -> SeenHead | None:
        office = self._load()["offices"].get(office_id)
        if not isinstance(office, dict):
            return None
        seq, digest = office.get("seq"), office.get("hash")
        if isinstance(seq, int) and isinstance(digest, str):
            return SeenHead(seq, digest)
        return None

    def remember(self, office_id: str, head: SeenHead) -> None:
        data = self._load()
        office = self._office(data, office_id)
        office.update(seq=head.seq, hash=head.hash)
        self._save(data)

    def erased(self, office_id: str) -> list[dict[str, Any]]:
        office = self._load()["offices"].get(office_id)
        items = office.get("erased") if isinstance(office, dict) else None
        return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []

    def note_erased(self, office_id: str, items: Iterable[dict[str, Any]]) -> None:
        data = self._load()
        office = self._office(data, office_id)
        known = {i.get("id") for i in office.get("erased", []) if isinstance(i, dict)}
        office["erased"] = [
            *office.get("erased", []),
            *(i for i in items if i.get("id") not in known),
        ]
        self._save(data)


@dataclass(frozen=True)
class HeadCheck:
    """``kind`` (``removed`` or ``rewritten``), ``seq`` and ``seen`` are for a translation."""

    ok: bool
    message: str = ""
    kind: str = ""
    seq: int = 0  # the trail's newest entry
    seen: int = 0  # the entry this workstation saw


@dataclass(frozen=True)
class EntryInfo:
    seq: int
    at: datetime
    actor: str | None
    action: str
    object_id: str | None
    fields: tuple[str, ...]
    detail: str | None
    signed: bool
    # The record as people know it: a report's or case file's number, a staff user name;
    # None when the entry names no record or one of another kind (see ``object_id``).
    record: str | None = None


@dataclass(frozen=True)
class Verification:
    """The chain check and the workstation check together; ``ok`` only when both pass."""

    chain: ChainReport
    workstation: HeadCheck

    @property
    def ok(self) -> bool:
        return self.chain.ok and self.workstation.ok

    def message(self) -> str:
        if self.chain.problem is not None:
            return f"The audit trail is broken: {self.chain.problem.message}."
        if not self.workstation.ok:
            return self.workstation.message
        return (
            f"The audit trail is intact: {self.chain.count} entries, "
            f"newest entry {self.chain.head_seq}."
        )


def compare_heads(session: Session, seen: SeenHead | None) -> HeadCheck:
    """Does the chain in the database still extend the head this workstation saw?"""
    if seen is None or seen.seq == 0:
        return HeadCheck(True)
    seq, _ = audit_chain.head_of(session)
    found = audit_chain.entry_hash_at(session, seen.seq)
    if seq < seen.seq or found is None:
        return HeadCheck(
            False,
            f"The audit trail ends at entry {seq}, but this workstation already saw entry "
            f"{seen.seq}: entries were removed, or an older copy of the database was restored.",
            "removed",
            seq,
            seen.seq,
        )
    if found != seen.hash:
        return HeadCheck(
            False,
            f"Entry {seen.seq} of the audit trail differs from the one this workstation saw: "
            "the trail was rewritten, or another copy of the database was put in its place.",
            "rewritten",
            seq,
            seen.seq,
        )
    return HeadCheck(True)


class AuditLog:
    """Writes signed, chained entries; verifies the chain; keeps the workstation's head."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        clock: Clock = utc_now,
        workstation: WorkstationState | None = None,
    ) -> None:
        self.sessions = sessions
        self.clock = clock
        self.workstation = workstation or WorkstationState()

    # --- writing --------------------------------------------------------------------------

    @staticmethod
    def claim(session: Session, *, serialise: bool = False) -> None:
        """Call first in a transaction that will append (see ``audit_chain.claim``)."""
        audit_chain.claim(session, serialise=serialise)

    def append(
        self,
        session: Session,
        ring: KeyRing,
        action: str,
        object_id: str | None = None,
        *,
        fields: Sequence[str] = (),
        detail: str | None = None,
    ) -> None:
        """A signed entry in the caller's transaction: it commits with the change it records."""
        data = audit_chain.append(
            session,
            at=self.clock(),
            actor=actor_of(ring),
            action=action,
            object_id=object_id,
            fields=",".join(fields) or None,
            detail=detail,
            signing_key=ring.signing_key(),
        )
        self._after_commit(session, data.seq, data.digest())

    def append_unsigned(
        self, session: Session, actor: str | None, action: str, detail: str | None = None
    ) -> None:
        """An unlock that failed: no key is open to sign with, the entry is chained only."""
        data = audit_chain.append(
            session, at=self.clock(), actor=actor, action=action, detail=detail
        )
        self._after_commit(session, data.seq, data.digest())

    def record(
        self,
        ring: KeyRing,
        action: str,
        object_id: str | None = None,
        *,
        fields: Sequence[str] = (),
        detail: str | None = None,
    ) -> None:
        """A signed entry in a transaction of its own (views and exports)."""
        with self.sessions() as s, s.begin():
            self.claim(s)
            self.append(s, ring, action, object_id, fields=fields, detail=detail)

    def record_many(
        self, ring: KeyRing, action: str, object_ids: Iterable[str], *, detail: str | None = None
    ) -> None:
        with self.sessions() as s, s.begin():
            self.claim(s)
            for object_id in object_ids:
                self.append(s, ring, action, object_id, detail=detail)

    def _after_commit(self, session: Session, seq: int, digest: str) -> None:
        # The workstation learns the new head only once it is committed, and only when the
        # chain still extends what it saw before (otherwise the warning must stay).
        office = audit_chain.office_id(session)
        if office is None:
            return
        if _PENDING not in session.info:
            seen = self.workstation.head(office)
            extends = compare_heads(session, seen).ok
            session.info[_PENDING] = (office, extends, seq, digest)
        else:
            office, extends, _, _ = session.info[_PENDING]
            session.info[_PENDING] = (office, extends, seq, digest)
        if not session.info.get(_LISTENING):
            session.info[_LISTENING] = True
            event.listen(session, "after_commit", self._remember_pending)
            event.listen(session, "after_rollback", self._forget_pending)

    def _remember_pending(self, session: Session) -> None:
        pending = session.info.pop(_PENDING, None)
        if pending is not None:
            office, extends, seq, digest = pending
            if extends:
                self.workstation.remember(office, SeenHead(seq, digest))

    @staticmethod
    def _forget_pending(session: Session) -> None:
        session.info.pop(_PENDING, None)

    # --- reading and verifying --------------------------------------------------------------

    def workstation_check(self) -> HeadCheck:
        """Warn when the trail no longer extends the head this workstation last saw."""
        with self.sessions() as s:
            office = audit_chain.office_id(s)
            if office is None:
                return HeadCheck(True)
            return compare_heads(s, self.workstation.head(office))

    def verify(self, ring: KeyRing) -> Verification:
        """Walk the whole chain; names the first bad entry. Remembers the head when intact."""
        require(ring, Action.AUDIT_VERIFY)
        with self.sessions() as s:
            chain = audit_chain.verify_chain(s)
            office = audit_chain.office_id(s)
            check = compare_heads(s, self.workstation.head(office)) if office else HeadCheck(True)
        if chain.ok and check.ok and office is not None:
            self.workstation.remember(office, SeenHead(chain.head_seq, chain.head_hash))
        log.info("Audit trail verified: %s", "intact" if chain.ok and check.ok else "PROBLEM")
        return Verification(chain, check)

    def accept_current_head(self, ring: KeyRing) -> HeadCheck:
        """After a deliberate restore: this workstation accepts the trail as it is now.

        Only when the chain itself verifies; the acceptance is itself an audit entry.
        """
        require(ring, Action.AUDIT_VERIFY)
        with self.sessions() as s:
            chain = audit_chain.verify_chain(s)
            office = audit_chain.office_id(s)
        if not chain.ok:
            assert chain.problem is not None
            return HeadCheck(False, f"The audit trail is broken: {chain.problem.message}.")
        if office is not None:
            self.workstation.remember(office, SeenHead(chain.head_seq, chain.head_hash))
            self.record(ring, "audit.head_accepted", detail=f"seq={chain.head_seq}")
        return HeadCheck(True)

    def entries(
        self,
        ring: KeyRing,
        *,
        object_ids: Sequence[str] | None = None,
        limit: int = 500,
        before_seq: int | None = None,
    ) -> list[EntryInfo]:
        """Newest first, for the Beheer screen and access requests (coordinator only)."""
        require(ring, Action.AUDIT_READ)
        return self._entries(object_ids=object_ids, limit=limit, before_seq=before_seq)

    def _entries(
        self,
        *,
        object_ids: Sequence[str] | None = None,
        limit: int = 500,
        before_seq: int | None = None,
    ) -> list[EntryInfo]:
        query = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit)
        if object_ids is not None:
            query = query.where(AuditEntry.object_id.in_(list(object_ids)))
        if before_seq is not None:
            query = query.where(AuditEntry.seq < before_seq)
        with self.sessions() as s:
            rows = list(s.scalars(query))
            names = _record_names(s, {e.object_id for e in rows if e.object_id})
            return [
                EntryInfo(
                    e.seq,
                    audit_chain.utc(e.at),
                    e.actor,
                    e.action,
                    e.object_id,
                    tuple(e.fields.split(",")) if e.fields else (),
                    e.detail,
                    e.signature is not None,
                    names.get(e.object_id or ""),
                )
                for e in rows
            ]


_NAMES_CHUNK = 500


def _record_names(session: Session, ids: set[str]) -> dict[str, str]:
    """Report and case file numbers and staff user names of the ids that are one of those."""
    names: dict[str, str] = {}
    wanted = sorted(ids)
    for start in range(0, len(wanted), _NAMES_CHUNK):
        chunk = wanted[start : start + _NAMES_CHUNK]
        for id_column, name_column in (
            (ReportRow.id, ReportRow.number),
            (CaseFileRow.id, CaseFileRow.number),
            (StaffUser.id, StaffUser.username),
        ):
            names.update(
                (i, n)
                for i, n in session.execute(
                    select(id_column, name_column).where(id_column.in_(chunk))
                )
            )
    return names
