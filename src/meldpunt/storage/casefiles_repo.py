"""Case files through the vault: coded outcome and exact dates sealed, status plain."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from sqlalchemy import Select, select

from meldpunt.crypto.encoding import decode_fixed, decode_text, encode_fixed, encode_text
from meldpunt.crypto.errors import IntegrityError
from meldpunt.crypto.keys import KeyClass
from meldpunt.storage.keystore import DataKeys
from meldpunt.storage.models import CaseFileRow, ReportRow
from meldpunt.storage.models_audit import ErasureLedger
from meldpunt.storage.reports_repo import next_numbers
from meldpunt.storage.sealed import FieldSealer

CASE_SPECIAL_WIDTH = 256


def format_file_number(year: int, sequence: int) -> str:
    return f"D{year:04d}-{sequence:04d}"


@dataclass
class CaseFileRecord:
    id: str
    number: str
    year: int
    status: str
    assigned_to: str | None
    mass_report: bool
    version: int
    report_ids: list[str]
    opened_on: dt.date | None = None
    closed_on: dt.date | None = None
    assessment: str | None = None
    result: str | None = None
    reopen_reasons: list[str] = field(default_factory=list)


class CaseOutcome(NamedTuple):
    """What the statistics read of a case file: its dates and coded outcome."""

    opened_on: dt.date | None
    closed_on: dt.date | None
    assessment: str | None
    result: str | None


class StaleCaseFile(Exception):
    pass


def _opt_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _opt_day(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else None


def _str_list(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


class CaseFileRepository:
    def __init__(self, keys: DataKeys) -> None:
        self.keys = keys
        self.session = keys.session
        self.sealer = FieldSealer(keys)

    def _seal(
        self, row_id: str, special: dict[str, object], case: dict[str, object]
    ) -> dict[str, bytes]:
        s = json.dumps(special, sort_keys=True, separators=(",", ":"))
        c = json.dumps(case, sort_keys=True, ensure_ascii=False)
        return {
            "special_blob": self.sealer.seal(
                row_id,
                KeyClass.SPECIAL,
                "case_file",
                "special_blob",
                row_id,
                encode_fixed(s, CASE_SPECIAL_WIDTH),
            ),
            "case_blob": self.sealer.seal(
                row_id, KeyClass.CASE, "case_file", "case_blob", row_id, encode_text(c)
            ),
        }

    def create(
        self,
        *,
        opened_on: dt.date,
        report_ids: Sequence[str],
        mass_report: bool,
        assigned_to: str | None,
        now: dt.datetime,
        status: str = "file_open",
    ) -> CaseFileRecord:
        file_id = str(uuid.uuid4())
        (seq,) = next_numbers(self.session, "file", opened_on.year)
        self.keys.create(file_id, [KeyClass.SPECIAL, KeyClass.CASE])
        special: dict[str, object] = {
            "opened_on": opened_on.isoformat(),
            "closed_on": None,
            "assessment": None,
            "result": None,
        }
        row = CaseFileRow(
            id=file_id,
            number=format_file_number(opened_on.year, seq),
            year=opened_on.year,
            status=status,
            assigned_to=assigned_to,
            mass_report=mass_report,
            created_at=now,
            updated_at=now,
            **self._seal(file_id, special, {"reopen_reasons": []}),
        )
        self.session.add(row)
        self.session.flush()
        return self._record(row, list(report_ids))

    def _payloads(
        self, row: CaseFileRow, *, with_case: bool
    ) -> tuple[dict[str, object], dict[str, object]]:
        plain = self.sealer.open(
            row.id, KeyClass.SPECIAL, "case_file", "special_blob", row.id, row.special_blob
        )
        try:
            special = json.loads(decode_fixed(plain) or "{}")
            case: dict[str, object] = {}
            # A blank case blob is erased case data (storage/erasure.py), listed in the ledger.
            erased = not row.case_blob and self.session.get(ErasureLedger, row.id) is not None
            if with_case and not erased:
                cplain = self.sealer.open(
                    row.id, KeyClass.CASE, "case_file", "case_blob", row.id, row.case_blob
                )
                case = json.loads(decode_text(cplain) or "{}")
        except ValueError as exc:
            raise IntegrityError(row.id, "case_file") from exc
        return special, case

    def _record(self, row: CaseFileRow, report_ids: list[str]) -> CaseFileRecord:
        with_case = self.keys.ring.holds(KeyClass.CASE)
        special, case = self._payloads(row, with_case=with_case)

        def day(key: str) -> dt.date | None:
            value = special.get(key)
            return dt.date.fromisoformat(value) if isinstance(value, str) else None

        return CaseFileRecord(
            id=row.id,
            number=row.number,
            year=row.year,
            status=row.status,
            assigned_to=row.assigned_to,
            mass_report=row.mass_report,
            version=row.version,
            report_ids=report_ids,
            opened_on=day("opened_on"),
            closed_on=day("closed_on"),
            assessment=_opt_str(special.get("assessment")),
            result=_opt_str(special.get("result")),
            reopen_reasons=_str_list(case.get("reopen_reasons")),
        )

    def record(self, row: CaseFileRow) -> CaseFileRecord:
        """The decrypted case file without its report list (for statistics)."""
        return self._record(row, [])

    def outcomes(
        self, file_ids: Select[str] | Select[str | None]
    ) -> tuple[dict[str, CaseOutcome], int]:
        """Dates and outcome of the case files ``file_ids`` selects, and how many are damaged.

        For the annual report over thousands of files: one query, only the special blob (the
        case blob holds nothing that is counted), data keys unwrapped in one go.
        """
        self.keys.preload(file_ids, KeyClass.SPECIAL)
        outcomes: dict[str, CaseOutcome] = {}
        damaged = 0
        rows = self.session.execute(
            select(CaseFileRow.id, CaseFileRow.special_blob).where(CaseFileRow.id.in_(file_ids))
        )
        for file_id, blob in rows:
            try:
                plain = self.sealer.open(
                    file_id, KeyClass.SPECIAL, "case_file", "special_blob", file_id, blob
                )
                special = json.loads(decode_fixed(plain) or "{}")
                if not isinstance(special, dict):
                    raise ValueError("case file payload is not an object")
                outcomes[file_id] = CaseOutcome(
                    opened_on=_opt_day(special.get("opened_on")),
                    closed_on=_opt_day(special.get("closed_on")),
                    assessment=_opt_str(special.get("assessment")),
                    result=_opt_str(special.get("result")),
                )
            except (IntegrityError, ValueError):
                damaged += 1
        return outcomes, damaged

    def report_ids(self, file_id: str) -> list[str]:
        return list(
            self.session.scalars(
                select(ReportRow.id)
                .where(ReportRow.case_file_id == file_id)
                .order_by(ReportRow.number_order)
            )
        )

    def get(self, file_id: str) -> CaseFileRecord:
        row = self.session.get(CaseFileRow, file_id)
        if row is None:
            raise KeyError(file_id)
        return self._record(row, self.report_ids(file_id))

    def all_rows(self, year: int | None = None) -> list[CaseFileRow]:
        query = select(CaseFileRow)
        if year is not None:
            query = query.where(CaseFileRow.year == year)
        return list(self.session.scalars(query.order_by(CaseFileRow.number)))

    def update(
        self,
        file_id: str,
        *,
        expected_version: int | None,
        now: dt.datetime,
        status: str | None = None,
        assessment: str | None = None,
        result: str | None = None,
        closed_on: dt.date | None = None,
        clear_outcome: bool = False,
        reopen_reason: str | None = None,
        assigned_to: str | None = None,
        unassign: bool = False,
    ) -> CaseFileRecord:
        row = self.session.get(CaseFileRow, file_id, with_for_update=True)
        if row is None:
            raise KeyError(file_id)
        if expected_version is not None and row.version != expected_version:
            raise StaleCaseFile(file_id)
        special, case = self._payloads(row, with_case=True)
        if status is not None:
            row.status = status
        if assessment is not None:
            special["assessment"] = assessment
        if result is not None:
            special["result"] = result
        if closed_on is not None:
            special["closed_on"] = closed_on.isoformat()
        if clear_outcome:
            special.update(assessment=None, result=None, closed_on=None)
        if reopen_reason is not None:
            case["reopen_reasons"] = [*_str_list(case.get("reopen_reasons")), reopen_reason]
        if unassign:
            row.assigned_to = None
        elif assigned_to is not None:
            row.assigned_to = assigned_to
        for column, blob in self._seal(row.id, special, case).items():
            setattr(row, column, blob)
        row.updated_at = now
        self.session.flush()
        return self._record(row, self.report_ids(file_id))
