"""ORM models. Columns holding personal data carry ciphertext only (see docs/security.md)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
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
