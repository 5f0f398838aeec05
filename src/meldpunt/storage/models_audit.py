"""ORM models of the audit trail, erasure ledger and backups (issue: roles, audit, retention)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from meldpunt.storage.models import Base


class AuditEntry(Base):
    """One entry of the hash chain: who did what to which record, when; never values.

    ``hash`` is SHA-256 over the canonical encoding of every other column except the
    signature (see ``storage/audit_chain.py``); ``signature`` is Ed25519 by ``signer``, the
    actor's public key. Failed unlocks have no key to sign with: signer and signature are
    NULL, the entry is chained all the same.
    """

    __tablename__ = "audit_entry"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str | None] = mapped_column(String(36), index=True)
    action: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[str | None] = mapped_column(String(64), index=True)
    fields: Mapped[str | None] = mapped_column(Text)
    # Machine details that are never personal data: counts, a role, a key fingerprint.
    detail: Mapped[str | None] = mapped_column(String(200))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    signer: Mapped[bytes | None] = mapped_column(LargeBinary(32))
    signature: Mapped[bytes | None] = mapped_column(LargeBinary(64))


class AuditHead(Base):
    """The single row (id 1) naming the newest entry; writers lock it to stay gap-free."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))


class ErasureLedger(Base):
    """Records whose personal data was erased (on request or by retention); ids only.

    A restore applies this list again, so an older backup does not bring anyone back.
    """

    __tablename__ = "erasure_ledger"

    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # "report" | "case_file"
    scope: Mapped[str] = mapped_column(String(16))  # "personal" | "full"
    reason: Mapped[str] = mapped_column(String(16))  # "request" | "retention"
    erased_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    erased_by: Mapped[str | None] = mapped_column(String(36))
