"""ORM models. Columns holding personal data carry ciphertext only (see docs/security.md)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names, so batch migrations on SQLite and ALTERs on PostgreSQL can
# address constraints by name.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class OfficeSetting(Base):
    """Office-wide settings that hold no personal data (office name, thresholds, periods)."""

    __tablename__ = "office_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class StaffUser(Base):
    """A staff member. Staff names are not reporter data; keys live in their key slot."""

    __tablename__ = "staff_user"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    disabled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    signing_public_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    failed_unlocks: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy API


class KeySlot(Base):
    """Private keys of one user (or of the recovery key), wrapped by a key from a secret.

    ``binding`` is a digest over the slot's columns and its owner, checked before any key
    derivation, so a slot moved to another user or edited by hand is reported as damage.
    """

    __tablename__ = "key_slot"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str | None] = mapped_column(
        ForeignKey("staff_user.id", ondelete="CASCADE"), unique=True
    )
    kind: Mapped[str] = mapped_column(String(16))  # "passphrase" | "recovery"
    kdf: Mapped[str | None] = mapped_column(Text)  # JSON KdfParams; None for the recovery slot
    box_public_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    wrapped_box_key: Mapped[bytes] = mapped_column(LargeBinary)
    wrapped_signing_key: Mapped[bytes] = mapped_column(LargeBinary)
    binding: Mapped[bytes] = mapped_column(LargeBinary(32))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ClassKeyVersion(Base):
    """One version of a class key. The key itself exists only sealed in key grants."""

    __tablename__ = "class_key_version"

    key_class: Mapped[str] = mapped_column(String(16), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    state: Mapped[str] = mapped_column(String(16))  # "active" | "retiring"
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class KeyGrant(Base):
    """A class key version sealed to a slot's public key."""

    __tablename__ = "key_grant"

    slot_id: Mapped[str] = mapped_column(
        ForeignKey("key_slot.id", ondelete="CASCADE"), primary_key=True
    )
    key_class: Mapped[str] = mapped_column(String(16), primary_key=True)
    key_version: Mapped[int] = mapped_column(Integer, primary_key=True)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)


class DataKey(Base):
    """A per-record data key wrapped by a class key; deleting it shreds the record's data."""

    __tablename__ = "data_key"

    owner_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    key_class: Mapped[str] = mapped_column(String(16), primary_key=True)
    key_version: Mapped[int] = mapped_column(Integer, index=True)
    wrapped: Mapped[bytes] = mapped_column(LargeBinary)


class UnlockAttempt(Base):
    """Every unlock, successful or not (the audit trail takes these over later)."""

    __tablename__ = "unlock_attempt"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(40))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    success: Mapped[bool] = mapped_column(Boolean)


class NumberCounter(Base):
    """The last number given per kind ("report", "file") and year: 2025-0042, D2025-0007."""

    __tablename__ = "number_counter"

    kind: Mapped[str] = mapped_column(String(8), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer)


class CaseFileRow(Base):
    """A case file (dossier). Coded facts and notes are ciphertext; status and dates plain."""

    __tablename__ = "case_file"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    number: Mapped[str] = mapped_column(String(16), unique=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    status: Mapped[str] = mapped_column(String(24))
    assigned_to: Mapped[str | None] = mapped_column(ForeignKey("staff_user.id"))
    mass_report: Mapped[bool] = mapped_column(Boolean, default=False)
    special_blob: Mapped[bytes] = mapped_column(LargeBinary)
    case_blob: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy API


class ReportRow(Base):
    """A report. Only the metadata security.md lists is plain; the rest is three class blobs."""

    __tablename__ = "report"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    number: Mapped[str] = mapped_column(String(16), unique=True)
    # The number as a sortable integer (domain.model.report_number_order): 2025-9999 before
    # 2025-10000, which text order would swap. Every list is ordered by it.
    number_order: Mapped[int] = mapped_column(BigInteger, unique=True)
    external_ref: Mapped[str | None] = mapped_column(String(100), unique=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    month: Mapped[int] = mapped_column(Integer)
    channel: Mapped[str] = mapped_column(String(24), index=True)
    domain_top: Mapped[str] = mapped_column(String(40), index=True)
    status: Mapped[str] = mapped_column(String(24), index=True)
    assigned_to: Mapped[str | None] = mapped_column(ForeignKey("staff_user.id"), index=True)
    case_file_id: Mapped[str | None] = mapped_column(ForeignKey("case_file.id"), index=True)
    mass_report: Mapped[bool] = mapped_column(Boolean, default=False)
    identity_blob: Mapped[bytes] = mapped_column(LargeBinary)
    special_blob: Mapped[bytes] = mapped_column(LargeBinary)
    case_blob: Mapped[bytes] = mapped_column(LargeBinary)
    # Workflow dates (first contact, end) are exact dates: special class, fixed width.
    workflow_blob: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str | None] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy API


class BlindIndexRow(Base):
    """Keyed digests (HMAC) for exact search on e-mail, phone, name and counterparty."""

    __tablename__ = "blind_index"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    report_id: Mapped[str] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(24))
    digest: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_blind_index_lookup", "field", "digest"),)


class ReportChange(Base):
    """Who changed which fields of a report, and when (never the values)."""

    __tablename__ = "report_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    report_id: Mapped[str] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    by_user: Mapped[str | None] = mapped_column(String(36))
    fields: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer)


class EvidenceRow(Base):
    """An evidence file: its own data key; name, type, size, SHA-256 and capture time sealed."""

    __tablename__ = "evidence"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    report_id: Mapped[str] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), index=True)
    chunks: Mapped[int] = mapped_column(Integer)
    meta_blob: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str | None] = mapped_column(String(36))


class EvidenceChunk(Base):
    __tablename__ = "evidence_chunk"

    evidence_id: Mapped[str] = mapped_column(
        ForeignKey("evidence.id", ondelete="CASCADE"), primary_key=True
    )
    idx: Mapped[int] = mapped_column(Integer, primary_key=True)
    blob: Mapped[bytes] = mapped_column(LargeBinary)


class DraftRow(Base):
    """An unsaved intake form, saved encrypted every few seconds so nothing typed is lost."""

    __tablename__ = "draft"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(
        ForeignKey("staff_user.id", ondelete="CASCADE"), index=True
    )
    report_id: Mapped[str | None] = mapped_column(String(36))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    blob: Mapped[bytes] = mapped_column(LargeBinary)


class ListCacheRow(Base):
    """The coded facts of every report in one sealed blob, so a list filters without waiting.

    Sealed with its own special-class data key (owner ``LIST_CACHE_ID``), like a report's
    special blob; each entry carries the report version it was read from, and an entry whose
    report has a newer version is ignored. Only a cache: losing it costs time, never data.
    """

    __tablename__ = "list_cache"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entries: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    blob: Mapped[bytes] = mapped_column(LargeBinary)


# Models of later areas live in their own modules; importing them here puts every table
# on Base.metadata for migrations and the schema test.
from meldpunt.storage import models_audit, models_casework  # noqa: E402, F401
