"""ORM models of casework: timeline actions, tasks, referrals, body contacts, letter templates."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from meldpunt.storage.models import Base


class TimelineActionRow(Base):
    """One action on a case file. The note is sealed with the case file's case data key.

    ``at`` (when it happened) and the action code are plain: they are needed to sort and
    count, and say nothing about who reported.
    """

    __tablename__ = "timeline_action"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_file_id: Mapped[str] = mapped_column(
        ForeignKey("case_file.id", ondelete="CASCADE"), index=True
    )
    # The report the action concerns, when the file has several (contact with which reporter).
    report_id: Mapped[str | None] = mapped_column(ForeignKey("report.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    author_id: Mapped[str | None] = mapped_column(ForeignKey("staff_user.id"))
    action_type: Mapped[str] = mapped_column(String(32))
    # The evidence file or referral the action produced, for opening it from the timeline.
    ref_id: Mapped[str | None] = mapped_column(String(36))
    note_blob: Mapped[bytes] = mapped_column(LargeBinary)
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy API


class TaskRow(Base):
    """A to-do with a due date on a case file; the text is sealed like a timeline note."""

    __tablename__ = "task"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_file_id: Mapped[str] = mapped_column(
        ForeignKey("case_file.id", ondelete="CASCADE"), index=True
    )
    due_on: Mapped[date] = mapped_column(Date, index=True)
    text_blob: Mapped[bytes] = mapped_column(LargeBinary)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    assigned_to: Mapped[str | None] = mapped_column(ForeignKey("staff_user.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str | None] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy API


class ReferralRow(Base):
    """A report passed on to a body, with the reporter's consent to transfer their data."""

    __tablename__ = "referral"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    report_id: Mapped[str] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), index=True)
    case_file_id: Mapped[str | None] = mapped_column(
        ForeignKey("case_file.id", ondelete="CASCADE"), index=True
    )
    body: Mapped[str] = mapped_column(String(32))
    consent: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    author_id: Mapped[str | None] = mapped_column(ForeignKey("staff_user.id"))
    letter_evidence_id: Mapped[str | None] = mapped_column(String(36))


class ReferralBodyContactRow(Base):
    """How the office reaches a body (entered by the office; not data about reporters)."""

    __tablename__ = "referral_body_contact"

    body: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text)
    email: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy API


class LetterTemplateRow(Base):
    """The office's own wording of a letter in one language (falls back to the bundled text)."""

    __tablename__ = "letter_template"

    kind: Mapped[str] = mapped_column(String(24), primary_key=True)
    lang: Mapped[str] = mapped_column(String(2), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str | None] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy API
