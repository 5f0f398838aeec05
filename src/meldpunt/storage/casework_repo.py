"""Timeline actions, tasks and referrals of case files; notes and task texts sealed per file."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from meldpunt.crypto.encoding import decode_text, encode_text
from meldpunt.crypto.errors import IntegrityError
from meldpunt.crypto.keys import KeyClass
from meldpunt.storage.erasure import ERASURE_HOOKS
from meldpunt.storage.keystore import DataKeys
from meldpunt.storage.models import CaseFileRow
from meldpunt.storage.models_casework import ReferralRow, TaskRow, TimelineActionRow
from meldpunt.storage.sealed import FieldSealer

__all__ = [
    "ErasedRecord",
    "ReferralRecord",
    "ReferralRepository",
    "StaleRecord",
    "TaskRecord",
    "TaskRepository",
    "TimelineRecord",
    "TimelineRepository",
    "erase_casework",
]

# Notes and task texts are case data of their file: sealed with the file's case data key,
# so shredding the file's keys makes its whole timeline unreadable too.
SEAL_CLASS = KeyClass.CASE


class StaleRecord(Exception):
    """Someone else saved this record since it was read (its version moved on)."""


class ErasedRecord(Exception):
    """The record's personal data was erased; it cannot be edited any more."""


def _as_utc(value: dt.datetime) -> dt.datetime:
    # SQLite returns naive datetimes for timezone-aware columns; they were stored as UTC.
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _opt_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


@dataclass(frozen=True)
class TimelineRecord:
    id: str
    case_file_id: str
    report_id: str | None
    at: dt.datetime
    author_id: str | None
    action_type: str
    text: str
    ref_id: str | None
    recorded_at: dt.datetime
    version: int
    from_status: str | None = None
    to_status: str | None = None
    assessment: str | None = None
    result: str | None = None
    erased: bool = False


@dataclass(frozen=True)
class TaskRecord:
    id: str
    case_file_id: str
    case_number: str
    due_on: dt.date
    text: str
    done: bool
    done_at: dt.datetime | None
    assigned_to: str | None
    file_assigned_to: str | None
    created_at: dt.datetime
    created_by: str | None
    version: int
    erased: bool = False


@dataclass(frozen=True)
class ReferralRecord:
    id: str
    report_id: str
    case_file_id: str | None
    body: str
    consent: bool
    at: dt.datetime
    author_id: str | None
    letter_evidence_id: str | None


class _Sealed:
    def __init__(self, keys: DataKeys) -> None:
        self.keys = keys
        self.session = keys.session
        self.sealer = FieldSealer(keys)

    def _seal(self, file_id: str, table: str, column: str, row_id: str, value: object) -> bytes:
        text = json.dumps(value, sort_keys=True, ensure_ascii=False)
        return self.sealer.seal(file_id, SEAL_CLASS, table, column, row_id, encode_text(text))

    def _open(
        self, file_id: str, table: str, column: str, row_id: str, blob: bytes
    ) -> dict[str, object]:
        if not blob:
            # Blanked by erasure (erase_casework below): the text is gone, the entry stays.
            return {"erased": True}
        plain = self.sealer.open(file_id, SEAL_CLASS, table, column, row_id, blob)
        try:
            value = json.loads(decode_text(plain) or "{}")
        except ValueError as exc:
            raise IntegrityError(row_id, column) from exc
        if not isinstance(value, dict):
            raise IntegrityError(row_id, column)
        return value


class TimelineRepository(_Sealed):
    """Actions of case files, oldest first; editing a note is checked against its version."""

    TABLE = "timeline_action"

    def add(
        self,
        case_file_id: str,
        *,
        action_type: str,
        at: dt.datetime,
        author_id: str | None,
        text: str,
        now: dt.datetime,
        report_id: str | None = None,
        ref_id: str | None = None,
        from_status: str | None = None,
        to_status: str | None = None,
        assessment: str | None = None,
        result: str | None = None,
    ) -> TimelineRecord:
        action_id = str(uuid.uuid4())
        payload = {
            "text": text,
            "from": from_status,
            "to": to_status,
            "assessment": assessment,
            "result": result,
        }
        row = TimelineActionRow(
            id=action_id,
            case_file_id=case_file_id,
            report_id=report_id,
            at=at,
            author_id=author_id,
            action_type=action_type,
            ref_id=ref_id,
            note_blob=self._seal(case_file_id, self.TABLE, "note_blob", action_id, payload),
            recorded_at=now,
        )
        self.session.add(row)
        self.session.flush()
        return self._record(row)

    def _record(self, row: TimelineActionRow) -> TimelineRecord:
        payload = self._open(row.case_file_id, self.TABLE, "note_blob", row.id, row.note_blob)
        return TimelineRecord(
            id=row.id,
            case_file_id=row.case_file_id,
            report_id=row.report_id,
            at=_as_utc(row.at),
            author_id=row.author_id,
            action_type=row.action_type,
            text=_opt_str(payload.get("text")) or "",
            ref_id=row.ref_id,
            recorded_at=_as_utc(row.recorded_at),
            version=row.version,
            from_status=_opt_str(payload.get("from")),
            to_status=_opt_str(payload.get("to")),
            assessment=_opt_str(payload.get("assessment")),
            result=_opt_str(payload.get("result")),
            erased=payload.get("erased") is True,
        )

    def list(self, case_file_id: str) -> list[TimelineRecord]:
        rows = self.session.scalars(
            select(TimelineActionRow)
            .where(TimelineActionRow.case_file_id == case_file_id)
            .order_by(TimelineActionRow.at, TimelineActionRow.recorded_at, TimelineActionRow.id)
        )
        return [self._record(row) for row in rows]

    def get(self, action_id: str) -> TimelineRecord:
        row = self.session.get(TimelineActionRow, action_id)
        if row is None:
            raise KeyError(action_id)
        return self._record(row)

    def update_text(self, action_id: str, text: str, *, expected_version: int) -> TimelineRecord:
        """Replace the note of one action (row lock, version checked; never a bulk UPDATE)."""
        row = self.session.get(TimelineActionRow, action_id, with_for_update=True)
        if row is None:
            raise KeyError(action_id)
        if row.version != expected_version:
            raise StaleRecord(action_id)
        payload = self._open(row.case_file_id, self.TABLE, "note_blob", row.id, row.note_blob)
        if payload.get("erased") is True:
            raise ErasedRecord(action_id)
        payload["text"] = text
        row.note_blob = self._seal(row.case_file_id, self.TABLE, "note_blob", row.id, payload)
        self.session.flush()
        return self._record(row)


class TaskRepository(_Sealed):
    """Tasks with a due date; the due date is plain (it says nothing about a person)."""

    TABLE = "task"

    def add(
        self,
        case_file_id: str,
        *,
        due_on: dt.date,
        text: str,
        assigned_to: str | None,
        created_by: str | None,
        now: dt.datetime,
    ) -> TaskRecord:
        task_id = str(uuid.uuid4())
        row = TaskRow(
            id=task_id,
            case_file_id=case_file_id,
            due_on=due_on,
            text_blob=self._seal(case_file_id, self.TABLE, "text_blob", task_id, {"text": text}),
            done=False,
            assigned_to=assigned_to,
            created_at=now,
            created_by=created_by,
        )
        self.session.add(row)
        self.session.flush()
        return self.get(task_id)

    def _record(self, row: TaskRow, number: str, file_assigned: str | None) -> TaskRecord:
        payload = self._open(row.case_file_id, self.TABLE, "text_blob", row.id, row.text_blob)
        return TaskRecord(
            id=row.id,
            case_file_id=row.case_file_id,
            case_number=number,
            due_on=row.due_on,
            text=_opt_str(payload.get("text")) or "",
            done=row.done,
            done_at=_as_utc(row.done_at) if row.done_at else None,
            assigned_to=row.assigned_to,
            file_assigned_to=file_assigned,
            created_at=_as_utc(row.created_at),
            created_by=row.created_by,
            version=row.version,
            erased=payload.get("erased") is True,
        )

    @staticmethod
    def _query() -> Select[TaskRow, str, str | None]:
        return select(TaskRow, CaseFileRow.number, CaseFileRow.assigned_to).join(
            CaseFileRow, CaseFileRow.id == TaskRow.case_file_id
        )

    def get(self, task_id: str) -> TaskRecord:
        found = self.session.execute(self._query().where(TaskRow.id == task_id)).first()
        if found is None:
            raise KeyError(task_id)
        task, number, file_assigned = found
        return self._record(task, number, file_assigned)

    def for_file(self, case_file_id: str) -> list[TaskRecord]:
        rows = self.session.execute(
            self._query()
            .where(TaskRow.case_file_id == case_file_id)
            .order_by(TaskRow.done, TaskRow.due_on, TaskRow.created_at)
        )
        return [self._record(task, number, assigned) for task, number, assigned in rows]

    def open_for(self, user_id: str) -> list[TaskRecord]:
        """Open tasks of a user: assigned to them, or unassigned on a file assigned to them."""
        rows = self.session.execute(
            self._query()
            .where(
                TaskRow.done.is_(False),
                or_(
                    TaskRow.assigned_to == user_id,
                    (TaskRow.assigned_to.is_(None)) & (CaseFileRow.assigned_to == user_id),
                ),
            )
            .order_by(TaskRow.due_on, TaskRow.created_at)
        )
        return [self._record(task, number, assigned) for task, number, assigned in rows]

    def open_counts(self, file_ids: Sequence[str], today: dt.date) -> dict[str, tuple[int, int]]:
        """Per file: (open tasks, overdue tasks); plain columns only, nothing decrypted."""
        counts: dict[str, tuple[int, int]] = {}
        if not file_ids:
            return counts
        rows = self.session.execute(
            select(TaskRow.case_file_id, TaskRow.due_on).where(
                TaskRow.done.is_(False), TaskRow.case_file_id.in_(list(file_ids))
            )
        )
        for file_id, due_on in rows:
            total, overdue = counts.get(file_id, (0, 0))
            counts[file_id] = (total + 1, overdue + (due_on < today))
        return counts

    def update(
        self,
        task_id: str,
        *,
        expected_version: int,
        now: dt.datetime,
        due_on: dt.date | None = None,
        text: str | None = None,
        done: bool | None = None,
        assigned_to: str | None = None,
        unassign: bool = False,
    ) -> TaskRecord:
        row = self.session.get(TaskRow, task_id, with_for_update=True)
        if row is None:
            raise KeyError(task_id)
        if row.version != expected_version:
            raise StaleRecord(task_id)
        if not row.text_blob:
            raise ErasedRecord(task_id)
        if due_on is not None:
            row.due_on = due_on
        if text is not None:
            row.text_blob = self._seal(
                row.case_file_id, self.TABLE, "text_blob", row.id, {"text": text}
            )
        if done is not None and done != row.done:
            row.done = done
            row.done_at = now if done else None
        if unassign:
            row.assigned_to = None
        elif assigned_to is not None:
            row.assigned_to = assigned_to
        self.session.flush()
        return self.get(task_id)


class ReferralRepository:
    """Referrals are plain: a body code, a consent flag and a date identify nobody."""

    def __init__(self, keys: DataKeys) -> None:
        self.session = keys.session

    @staticmethod
    def _record(row: ReferralRow) -> ReferralRecord:
        return ReferralRecord(
            id=row.id,
            report_id=row.report_id,
            case_file_id=row.case_file_id,
            body=row.body,
            consent=row.consent,
            at=_as_utc(row.at),
            author_id=row.author_id,
            letter_evidence_id=row.letter_evidence_id,
        )

    def add(
        self,
        *,
        report_id: str,
        case_file_id: str | None,
        body: str,
        consent: bool,
        at: dt.datetime,
        author_id: str | None,
    ) -> ReferralRecord:
        row = ReferralRow(
            id=str(uuid.uuid4()),
            report_id=report_id,
            case_file_id=case_file_id,
            body=body,
            consent=consent,
            at=at,
            author_id=author_id,
        )
        self.session.add(row)
        self.session.flush()
        return self._record(row)

    def get(self, referral_id: str) -> ReferralRecord:
        row = self.session.get(ReferralRow, referral_id)
        if row is None:
            raise KeyError(referral_id)
        return self._record(row)

    def set_letter(self, referral_id: str, evidence_id: str) -> ReferralRecord:
        row = self.session.get(ReferralRow, referral_id, with_for_update=True)
        if row is None:
            raise KeyError(referral_id)
        row.letter_evidence_id = evidence_id
        self.session.flush()
        return self._record(row)

    def for_reports(self, report_ids: Sequence[str]) -> list[ReferralRecord]:
        if not report_ids:
            return []
        rows = self.session.scalars(
            select(ReferralRow)
            .where(ReferralRow.report_id.in_(list(report_ids)))
            .order_by(ReferralRow.at)
        )
        return [self._record(row) for row in rows]


def erase_casework(session: Session, report_ids: Sequence[str], file_ids: Sequence[str]) -> None:
    """Blank the notes and task texts that an erasure takes away (an ERASURE_HOOKS hook).

    Notes about an erased report go, and everything of an erased file (its case key is
    shredded, so nothing of it could be read any more). Row by row through the ORM: these
    tables are versioned, and a desk that has the file open learns of the change.
    """
    conditions = []
    if report_ids:
        conditions.append(TimelineActionRow.report_id.in_(list(report_ids)))
    if file_ids:
        conditions.append(TimelineActionRow.case_file_id.in_(list(file_ids)))
    if conditions:
        for action in session.scalars(select(TimelineActionRow).where(or_(*conditions))):
            if action.note_blob:
                action.note_blob = b""
    if file_ids:
        for task in session.scalars(
            select(TaskRow).where(TaskRow.case_file_id.in_(list(file_ids)))
        ):
            if task.text_blob:
                task.text_blob = b""
    session.flush()


if erase_casework not in ERASURE_HOOKS:
    ERASURE_HOOKS.append(erase_casework)
