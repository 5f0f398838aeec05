"""The audit trail's hash chain: canonical encoding, appending under the head lock, verifying."""

from __future__ import annotations

import contextlib
import hashlib
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Row, select, update
from sqlalchemy.orm import Session

from meldpunt.crypto.signing import public_key, sign, verify
from meldpunt.storage.models import OfficeSetting, StaffUser
from meldpunt.storage.models_audit import AuditEntry, AuditHead

GENESIS = "0" * 64
OFFICE_ID_SETTING = "office_id"
RECOVERY_ACTOR = "recovery"
_DOMAIN = b"meldpunt audit v1\x00"

# Failed unlocks happen before any key is open: these entries are chained but not signed.
UNSIGNED_ACTIONS = frozenset({"unlock.failed", "unlock.refused"})
# Entries that introduce a user's signing key (``key=<hex>`` in detail, user id as object).
KEY_ACTIONS = frozenset({"office.created", "user.added", "user.reset", "user.recovered"})
# Entries after which the user's key signs nothing any more.
KEY_REVOKING_ACTIONS = frozenset({"user.disabled"})


def utc(value: datetime) -> datetime:
    """Aware UTC; SQLite hands back naive datetimes that were stored as UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


@dataclass(frozen=True)
class EntryData:
    """Everything the hash covers."""

    seq: int
    at: datetime
    actor: str | None
    action: str
    object_id: str | None
    fields: str | None
    detail: str | None
    prev_hash: str
    signer: bytes | None

    @classmethod
    def of(cls, row: AuditEntry) -> EntryData:
        return cls(
            row.seq,
            row.at,
            row.actor,
            row.action,
            row.object_id,
            row.fields,
            row.detail,
            row.prev_hash,
            bytes(row.signer) if row.signer is not None else None,
        )

    def canonical(self) -> bytes:
        """Sorted-key compact JSON, ASCII only, time as ``YYYY-MM-DDTHH:MM:SS.ffffffZ``."""
        doc = {
            "seq": self.seq,
            "at": utc(self.at).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "actor": self.actor,
            "action": self.action,
            "object": self.object_id,
            "fields": self.fields,
            "detail": self.detail,
            "prev": self.prev_hash,
            "signer": self.signer.hex() if self.signer is not None else None,
        }
        return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()

    def digest(self) -> str:
        return hashlib.sha256(_DOMAIN + self.canonical()).hexdigest()


def parse_detail(detail: str | None) -> dict[str, str]:
    """``"role=intake key=ab12"`` → ``{"role": "intake", "key": "ab12"}``."""
    out: dict[str, str] = {}
    for part in (detail or "").split():
        name, sep, value = part.partition("=")
        if sep:
            out[name] = value
    return out


# --- writing ------------------------------------------------------------------------------


def claim(session: Session, *, serialise: bool = False) -> None:
    """Take SQLite's write lock now, before the transaction reads anything.

    A deferred SQLite transaction that reads first and writes later fails at once (no busy
    wait) when another desk committed in between; writing first makes it wait its turn.
    PostgreSQL needs nothing here (``append`` locks the head row with SELECT … FOR UPDATE),
    unless ``serialise``: then the head is locked now, so a check that reads a row another
    desk may be creating at this moment waits for that desk's commit and sees its row.
    """
    if session.get_bind().dialect.name == "sqlite":
        session.execute(update(AuditHead).where(AuditHead.id == 1).values(seq=AuditHead.seq))
    elif serialise:
        lock_head(session)


def office_id(session: Session, *, create: bool = False) -> str | None:
    """The database's random identity (workstation heads and backups are keyed by it)."""
    row = session.get(OfficeSetting, OFFICE_ID_SETTING)
    if row is None and create:
        row = OfficeSetting(key=OFFICE_ID_SETTING, value=str(uuid.uuid4()))
        session.add(row)
        session.flush()
    return row.value if row is not None else None


def lock_head(session: Session) -> AuditHead:
    head = session.scalar(
        select(AuditHead)
        .where(AuditHead.id == 1)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    if head is None:  # the migration inserts it; a hand-made database may lack it
        head = AuditHead(id=1, seq=0, hash=GENESIS)
        session.add(head)
    return head


def append(
    session: Session,
    *,
    at: datetime,
    actor: str | None,
    action: str,
    object_id: str | None = None,
    fields: str | None = None,
    detail: str | None = None,
    signing_key: bytes | None = None,
) -> EntryData:
    """Add the next entry after the head (locked), sign it, and move the head."""
    if signing_key is None and action not in UNSIGNED_ACTIONS:
        raise ValueError(f"audit action {action!r} must be signed")
    head = lock_head(session)
    office_id(session, create=True)
    data = EntryData(
        seq=head.seq + 1,
        at=utc(at),
        actor=actor,
        action=action,
        object_id=object_id,
        fields=fields or None,
        detail=detail,
        prev_hash=head.hash,
        signer=public_key(signing_key) if signing_key is not None else None,
    )
    digest = data.digest()
    session.add(
        AuditEntry(
            seq=data.seq,
            at=data.at,
            actor=data.actor,
            action=data.action,
            object_id=data.object_id,
            fields=data.fields,
            detail=data.detail,
            prev_hash=data.prev_hash,
            hash=digest,
            signer=data.signer,
            signature=sign(signing_key, bytes.fromhex(digest)) if signing_key else None,
        )
    )
    head.seq, head.hash = data.seq, digest
    session.flush()
    return data


# --- verifying ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ChainProblem:
    """The first bad entry: ``message`` in English, ``kind`` and ``others`` for a translation.

    Kinds: ``missing_end``, ``head_mismatch``, ``missing``, ``unlinked``, ``changed``,
    ``unsigned``, ``forged_signature``, ``foreign_key``; ``others`` holds the other entry
    numbers the message names (``previous``, ``next``, ``head``).
    """

    seq: int
    message: str
    kind: str = ""
    others: dict[str, int] = field(default_factory=dict)


@dataclass
class ChainReport:
    """The outcome of walking the chain; ``problem`` names the first bad entry."""

    count: int = 0
    head_seq: int = 0
    head_hash: str = GENESIS
    problem: ChainProblem | None = None
    # Public keys the chain trusts per actor at its end (to check a later signer).
    trusted: dict[str, set[bytes]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.problem is None


def _rows(conn: Session | Connection, batch: int) -> Iterator[Row[Any]]:
    last = 0
    while True:
        rows = conn.execute(
            select(AuditEntry.__table__)
            .where(AuditEntry.seq > last)
            .order_by(AuditEntry.seq)
            .limit(batch)
        ).all()
        yield from rows
        if len(rows) < batch:
            return
        last = rows[-1].seq


def verify_chain(conn: Session | Connection, *, batch: int = 2000) -> ChainReport:
    """Check order, links, hashes, signatures and signers of every entry, then the head.

    Works on plain rows (a Session or a Connection), so a restore can check a database
    before it is opened as an office.
    """
    legacy = {
        r.id: bytes(r.signing_public_key)
        for r in conn.execute(select(StaffUser.id, StaffUser.signing_public_key))
    }
    report = ChainReport()
    trusted = report.trusted
    introduced: set[str] = set()
    prev_seq, prev_hash = 0, GENESIS
    for row in _rows(conn, batch):
        data = EntryData(
            row.seq,
            row.at,
            row.actor,
            row.action,
            row.object_id,
            row.fields,
            row.detail,
            row.prev_hash,
            bytes(row.signer) if row.signer is not None else None,
        )
        stored_hash: str = row.hash
        signature = row.signature
        problem = _check_entry(
            data, stored_hash, signature, prev_seq, prev_hash, trusted, introduced, legacy
        )
        if problem is not None:
            report.problem = problem
            return report
        _learn_keys(data, trusted, introduced)
        prev_seq, prev_hash = data.seq, stored_hash
        report.count += 1
    report.head_seq, report.head_hash = prev_seq, prev_hash
    head = conn.execute(select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == 1)).first()
    if head is not None and (head.seq, head.hash) != (prev_seq, prev_hash):
        if head.seq > prev_seq:
            report.problem = ChainProblem(
                prev_seq + 1,
                f"entry {prev_seq + 1} is missing: the trail ends at entry {prev_seq} but "
                f"its head names entry {head.seq} (entries were removed from the end)",
                "missing_end",
                {"previous": prev_seq, "head": head.seq},
            )
        else:
            report.problem = ChainProblem(
                head.seq,
                f"the head of the trail (entry {head.seq}) does not match its entries",
                "head_mismatch",
            )
    return report


def _check_entry(
    data: EntryData,
    stored_hash: str,
    signature: bytes | None,
    prev_seq: int,
    prev_hash: str,
    trusted: dict[str, set[bytes]],
    introduced: set[str],
    legacy: dict[str, bytes],
) -> ChainProblem | None:
    seq = data.seq
    if seq != prev_seq + 1:
        missing = prev_seq + 1
        return ChainProblem(
            missing,
            f"entry {missing} is missing (deleted): entry {seq} follows entry {prev_seq}",
            "missing",
            {"previous": prev_seq, "next": seq},
        )
    if data.prev_hash != prev_hash:
        return ChainProblem(
            seq,
            f"entry {seq} does not link to entry {prev_seq}: one of them was changed",
            "unlinked",
            {"previous": prev_seq},
        )
    if data.digest() != stored_hash:
        return ChainProblem(seq, f"entry {seq} was changed after it was written", "changed")
    if data.signer is None or signature is None:
        if data.action in UNSIGNED_ACTIONS and signature is None:
            return None
        return ChainProblem(seq, f"entry {seq} is not signed", "unsigned")
    if not verify(data.signer, bytes.fromhex(stored_hash), bytes(signature)):
        return ChainProblem(
            seq, f"entry {seq} has a forged or damaged signature", "forged_signature"
        )
    actor = data.actor or ""
    if data.signer in trusted.get(actor, set()):
        return None
    detail = parse_detail(data.detail)
    if (
        data.action == "office.created"
        and not introduced
        and detail.get("key") == data.signer.hex()
    ):
        return None  # the trust anchor: the first coordinator introduces their own key
    if actor not in introduced and legacy.get(actor) == data.signer:
        return None  # a user enrolled before the audit trail existed
    return ChainProblem(
        seq,
        f"entry {seq} is signed by a key that does not belong to its actor (forged)",
        "foreign_key",
    )


def _learn_keys(data: EntryData, trusted: dict[str, set[bytes]], introduced: set[str]) -> None:
    if data.object_id is None:
        return
    detail = parse_detail(data.detail)
    if data.action in KEY_ACTIONS and "key" in detail:
        try:
            key = bytes.fromhex(detail["key"])
        except ValueError:
            return
        # A reset or recovery replaces the key: the old one signs nothing after this entry.
        trusted[data.object_id] = {key}
        introduced.add(data.object_id)
        if data.action == "office.created" and "recovery" in detail:
            with contextlib.suppress(ValueError):
                trusted.setdefault(RECOVERY_ACTOR, set()).add(bytes.fromhex(detail["recovery"]))
            introduced.add(RECOVERY_ACTOR)
    elif data.action in KEY_REVOKING_ACTIONS:
        trusted[data.object_id] = set()
        introduced.add(data.object_id)


def head_of(conn: Session | Connection) -> tuple[int, str]:
    row = conn.execute(select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == 1)).first()
    return (int(row.seq), str(row.hash)) if row is not None else (0, GENESIS)


def entry_hash_at(conn: Session | Connection, seq: int) -> str | None:
    value = conn.execute(select(AuditEntry.hash).where(AuditEntry.seq == seq)).scalar()
    return str(value) if value is not None else None
