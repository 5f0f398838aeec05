"""Reports through the vault: encrypted on the way in, decrypted only for key holders."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import Table, delete, func, insert, select
from sqlalchemy.orm import Session

from meldpunt.crypto.blind_index import (
    blind_index,
    derive_index_key,
    normalize_address,
    normalize_counterparty,
    normalize_email,
    normalize_name,
    normalize_phone,
)
from meldpunt.crypto.encoding import decode_fixed, encode_fixed
from meldpunt.crypto.errors import IntegrityError
from meldpunt.crypto.keyring import KeyRing
from meldpunt.crypto.keys import KeyClass
from meldpunt.domain.model import Report, format_report_number, report_number_order
from meldpunt.storage import report_codec as codec
from meldpunt.storage.keystore import DataKeys
from meldpunt.storage.models import (
    BlindIndexRow,
    DataKey,
    NumberCounter,
    ReportChange,
    ReportRow,
)
from meldpunt.storage.models_audit import ErasureLedger
from meldpunt.storage.rows import insert_if_missing
from meldpunt.storage.sealed import FieldSealer

# The blind-index key is a data key like any other (so a class key rotation re-wraps it and
# the digests stay valid); it belongs to this fixed owner id.
BLIND_INDEX_OWNER = "00000000-0000-0000-0000-0000b11d1dx0"
REPORT_CLASSES = (KeyClass.IDENTITY, KeyClass.SPECIAL, KeyClass.CASE)
WORKFLOW_WIDTH = 160
# Plain tables for bulk inserts (Core executemany, no ORM bookkeeping).
DATA_KEY_TABLE: Table = DataKey.__table__  # type: ignore[assignment]
REPORT_TABLE: Table = ReportRow.__table__  # type: ignore[assignment]
BLIND_INDEX_TABLE: Table = BlindIndexRow.__table__  # type: ignore[assignment]
_COLUMNS = {
    KeyClass.IDENTITY: "identity_blob",
    KeyClass.SPECIAL: "special_blob",
    KeyClass.CASE: "case_blob",
}
SEARCH_FIELDS = (
    "email",
    "phone",
    "name",
    "counterparty",
    "counterparty_name",
    "counterparty_address",
)


class StaleReport(Exception):
    """Someone else saved this report since it was opened."""


def next_numbers(session: Session, kind: str, year: int, count: int = 1) -> list[int]:
    """Reserve ``count`` consecutive numbers; the row lock serialises desks on PostgreSQL."""
    insert_if_missing(session, NumberCounter, kind=kind, year=year, last=0)
    row = session.scalars(
        select(NumberCounter)
        .where(NumberCounter.kind == kind, NumberCounter.year == year)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one()
    first = row.last + 1
    row.last += count
    return list(range(first, first + count))


@dataclass(frozen=True)
class ReportSummary:
    """What the report list shows without decrypting anything."""

    id: str
    number: str
    year: int
    month: int
    channel: str
    domain_top: str
    status: str
    assigned_to: str | None
    case_file_id: str | None
    version: int


def index_entries(report: Report, index_keys: dict[str, bytes]) -> list[tuple[str, str]]:
    """(field, digest) pairs for the exact-search fields that the report has."""
    values: list[tuple[str, str | None]] = []
    r, c = report.reporter, report.counterparty
    if r.email:
        values.append(("email", normalize_email(r.email)))
    if r.phone:
        values.append(("phone", normalize_phone(r.phone)))
    for name in {r.legal_name, r.chosen_name}:
        if name:
            values.append(("name", normalize_name(name)))
    if c.name or c.address:
        values.append(("counterparty", normalize_counterparty(c.name or "", c.address)))
    if c.name:
        values.append(("counterparty_name", normalize_name(c.name)))
    if c.address:
        values.append(("counterparty_address", normalize_address(c.address)))
    entries = set()
    for field, normalized in values:
        if normalized:
            entries.add((field, blind_index(index_keys[field], normalized)))
    return sorted(entries)


def normalize_for(field: str, value: str) -> str | None:
    match field:
        case "email":
            return normalize_email(value)
        case "phone":
            return normalize_phone(value)
        case "name" | "counterparty_name":
            return normalize_name(value)
        case "counterparty_address":
            return normalize_address(value)
        case "counterparty":
            name, _, address = value.partition("|")
            return normalize_counterparty(name, address or None)
    raise ValueError(f"unknown search field {field!r}")


class ReportRepository:
    """Reports of one session and one unlocked user."""

    def __init__(
        self,
        session: Session,
        ring: KeyRing,
        sealer: FieldSealer | None = None,
        *,
        keys: DataKeys | None = None,
    ) -> None:
        self.session = session
        self.ring = ring
        self.keys = sealer.data_keys if sealer else keys or DataKeys(session, ring)
        self.sealer = sealer or FieldSealer(self.keys)
        self._index_keys: dict[str, bytes] | None = None

    # --- blind index --------------------------------------------------------------------

    def index_keys(self) -> dict[str, bytes]:
        if self._index_keys is None:
            base = self.keys.get(BLIND_INDEX_OWNER, KeyClass.IDENTITY)
            self._index_keys = {f: derive_index_key(base, f) for f in SEARCH_FIELDS}
        return self._index_keys

    def find(self, field: str, value: str) -> list[str]:
        """Ids of reports whose ``field`` equals ``value`` after normalisation."""
        normalized = normalize_for(field, value)
        if not normalized:
            return []
        digest = blind_index(self.index_keys()[field], normalized)
        return list(
            self.session.scalars(
                select(BlindIndexRow.report_id)
                .where(BlindIndexRow.field == field, BlindIndexRow.digest == digest)
                .distinct()
            )
        )

    # --- writing ------------------------------------------------------------------------

    def _seal_blobs(self, report: Report) -> dict[str, bytes]:
        encoded = {
            KeyClass.IDENTITY: codec.encode_identity(report),
            KeyClass.SPECIAL: codec.encode_special(report),
            KeyClass.CASE: codec.encode_case(report),
        }
        return {
            _COLUMNS[cls]: self.sealer.seal(
                report.id, cls, "report", _COLUMNS[cls], report.id, data
            )
            for cls, data in encoded.items()
        }

    def seal_workflow(self, report_id: str, workflow: dict[str, object]) -> bytes:
        text = json.dumps(workflow, sort_keys=True, separators=(",", ":"))
        return self.sealer.seal(
            report_id,
            KeyClass.SPECIAL,
            "report",
            "workflow_blob",
            report_id,
            encode_fixed(text, WORKFLOW_WIDTH),
        )

    def workflow(self, report_id: str) -> dict[str, object]:
        """Workflow dates of a report: first_contact_on and ended_on (ISO dates or None)."""
        blob = self.session.scalar(select(ReportRow.workflow_blob).where(ReportRow.id == report_id))
        if blob is None:
            raise KeyError(report_id)
        return self._open_workflow(report_id, blob)

    def _open_workflow(self, report_id: str, blob: bytes) -> dict[str, object]:
        plain = self.sealer.open(
            report_id, KeyClass.SPECIAL, "report", "workflow_blob", report_id, blob
        )
        try:
            value = json.loads(decode_fixed(plain) or "{}")
        except ValueError as exc:
            raise IntegrityError(report_id, "workflow_blob") from exc
        if not isinstance(value, dict):
            raise IntegrityError(report_id, "workflow_blob")
        return value

    def set_state(
        self,
        report_id: str,
        *,
        status: str | None = None,
        set_case_file: bool = False,
        case_file_id: str | None = None,
        mass_report: bool | None = None,
        workflow: Mapping[str, object] | None = None,
        expected_version: int | None = None,
        now: dt.datetime,
        actor_id: str | None = None,
    ) -> int:
        """Change status, case-file link or workflow dates of one report (version checked)."""
        row = self.session.get(ReportRow, report_id, with_for_update=True)
        if row is None:
            raise KeyError(report_id)
        if expected_version is not None and row.version != expected_version:
            raise StaleReport(report_id)
        changed = []
        if status is not None and status != row.status:
            row.status = status
            changed.append("status")
        if set_case_file and case_file_id != row.case_file_id:
            row.case_file_id = case_file_id
            changed.append("case_file_id")
        if mass_report is not None and mass_report != row.mass_report:
            row.mass_report = mass_report
            changed.append("mass_report")
        if workflow is not None:
            current = self._open_workflow(report_id, row.workflow_blob)
            merged = {**current, **workflow}
            if merged != current:
                row.workflow_blob = self.seal_workflow(report_id, merged)
                changed.append("workflow")
        if changed:
            row.updated_at = now
            self.session.flush()
            self.session.add(
                ReportChange(
                    report_id=report_id,
                    at=now,
                    by_user=actor_id,
                    fields=",".join(changed),
                    version=row.version,
                )
            )
        return row.version

    def add_many(
        self, reports: Sequence[Report], *, actor_id: str | None, now: dt.datetime
    ) -> list[Report]:
        """Insert new reports (numbers given here); nothing is committed by this method."""
        by_year: dict[int, list[Report]] = {}
        for report in reports:
            if report.received_on is None or report.channel is None or report.domain is None:
                raise ValueError("a report needs received_on, channel and domain to be stored")
            by_year.setdefault(report.received_on.year, []).append(report)
        numbered: dict[str, Report] = {}
        for year, group in by_year.items():
            for report, seq in zip(
                group, next_numbers(self.session, "report", year, len(group)), strict=True
            ):
                numbered[report.id] = replace(report, number=format_report_number(year, seq))
        index_keys = self.index_keys()
        # Core bulk inserts: the ORM's per-object bookkeeping costs more than the encryption.
        key_rows: list[dict[str, object]] = []
        report_rows: list[dict[str, object]] = []
        index_rows: list[dict[str, object]] = []
        for report in (numbered[r.id] for r in reports):
            assert report.received_on is not None and report.channel and report.domain
            assert report.number is not None
            key_rows.extend(self.keys.new_rows(report.id, REPORT_CLASSES))
            report_rows.append(
                {
                    "id": report.id,
                    "number": report.number,
                    "number_order": report_number_order(report.number),
                    "external_ref": report.external_ref,
                    "year": report.received_on.year,
                    "month": report.received_on.month,
                    "channel": report.channel,
                    "domain_top": report.domain.split(".", 1)[0],
                    "status": report.status,
                    "assigned_to": report.assigned_to,
                    "case_file_id": report.case_file_id,
                    "mass_report": report.mass_report,
                    "created_at": now,
                    "updated_at": now,
                    "created_by": actor_id,
                    "version": 1,
                    "workflow_blob": self.seal_workflow(
                        report.id, {"first_contact_on": None, "ended_on": None}
                    ),
                    **self._seal_blobs(report),
                }
            )
            index_rows.extend(
                {"report_id": report.id, "field": f, "digest": d}
                for f, d in index_entries(report, index_keys)
            )
        self.session.flush()  # earlier ORM work (number counters) first
        conn = self.session.connection()
        conn.execute(insert(DATA_KEY_TABLE), key_rows)
        conn.execute(insert(REPORT_TABLE), report_rows)
        if index_rows:
            conn.execute(insert(BLIND_INDEX_TABLE), index_rows)
        return [numbered[r.id] for r in reports]

    def add(self, report: Report, *, actor_id: str | None, now: dt.datetime) -> Report:
        return self.add_many([report], actor_id=actor_id, now=now)[0]

    def update(
        self, report: Report, *, expected_version: int, actor_id: str | None, now: dt.datetime
    ) -> list[str]:
        """Save changes if nobody saved in between; returns the changed field names."""
        row = self.session.get(ReportRow, report.id, with_for_update=True)
        if row is None:
            raise KeyError(report.id)
        if row.version != expected_version:
            raise StaleReport(report.id)
        before = self._decode(row, REPORT_CLASSES)
        changed = codec.changed_fields(before, report)
        if not changed:
            return []
        assert report.received_on is not None and report.channel and report.domain
        for column, blob in self._seal_blobs(report).items():
            setattr(row, column, blob)
        row.year, row.month = report.received_on.year, report.received_on.month
        row.channel = report.channel
        row.domain_top = report.domain.split(".", 1)[0]
        row.status = report.status
        row.assigned_to = report.assigned_to
        row.case_file_id = report.case_file_id
        row.mass_report = report.mass_report
        row.external_ref = report.external_ref
        row.updated_at = now
        # Index rows are not versioned; replacing them wholesale is safe under the row lock.
        self.session.execute(delete(BlindIndexRow).where(BlindIndexRow.report_id == report.id))
        self.session.add_all(
            BlindIndexRow(report_id=report.id, field=f, digest=d)
            for f, d in index_entries(report, self.index_keys())
        )
        self.session.flush()  # bumps the version column; a concurrent writer gets StaleData
        self.session.add(
            ReportChange(
                report_id=report.id,
                at=now,
                by_user=actor_id,
                fields=",".join(changed),
                version=row.version,
            )
        )
        return changed

    # --- reading ------------------------------------------------------------------------

    def _decode(self, row: ReportRow, classes: Iterable[KeyClass]) -> Report:
        report = replace(
            codec.EMPTY,
            id=row.id,
            number=row.number,
            external_ref=row.external_ref,
            channel=row.channel,
            domain=row.domain_top,
            status=row.status,
            assigned_to=row.assigned_to,
            case_file_id=row.case_file_id,
            mass_report=row.mass_report,
        )
        for cls in classes:
            column = _COLUMNS[cls]
            blob = getattr(row, column)
            if not blob and self._erased(row.id):
                continue  # personal data erased (storage/erasure.py): the fields stay empty
            plain = self.sealer.open(row.id, cls, "report", column, row.id, blob)
            try:
                payload = codec.decode_payload(plain, fixed=cls is KeyClass.SPECIAL)
            except ValueError as exc:
                raise IntegrityError(row.id, column) from exc
            report = codec.apply_payload(report, payload)
        return report

    def _erased(self, report_id: str) -> bool:
        # Only an id in the erasure ledger may have blank blobs; anything else is damage.
        return self.session.get(ErasureLedger, report_id) is not None

    def special_payloads(self, ids: Sequence[str]) -> dict[str, dict[str, object]]:
        """Only the coded facts (special class) of the given reports, decrypted."""
        out: dict[str, dict[str, object]] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            rows = self.session.execute(
                select(ReportRow.id, ReportRow.special_blob).where(ReportRow.id.in_(chunk))
            )
            for report_id, blob in rows:
                plain = self.sealer.open(
                    report_id, KeyClass.SPECIAL, "report", "special_blob", report_id, blob
                )
                try:
                    out[report_id] = codec.decode_payload(plain, fixed=True)
                except ValueError as exc:
                    raise IntegrityError(report_id, "special_blob") from exc
        return out

    def readable_classes(self) -> list[KeyClass]:
        return [cls for cls in REPORT_CLASSES if self.ring.holds(cls)]

    def get(self, report_id: str) -> Report:
        """The report with every class the user holds; the others stay empty."""
        row = self.session.get(ReportRow, report_id)
        if row is None:
            raise KeyError(report_id)
        return self._decode(row, self.readable_classes())

    def version_of(self, report_id: str) -> int:
        version = self.session.scalar(select(ReportRow.version).where(ReportRow.id == report_id))
        if version is None:
            raise KeyError(report_id)
        return version

    def existing_external_refs(self, refs: Iterable[str]) -> set[str]:
        wanted = sorted(set(refs))
        found: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            found.update(
                r
                for r in self.session.scalars(
                    select(ReportRow.external_ref).where(ReportRow.external_ref.in_(chunk))
                )
                if r is not None
            )
        return found

    def history(self, report_id: str) -> list[ReportChange]:
        return list(
            self.session.scalars(
                select(ReportChange)
                .where(ReportChange.report_id == report_id)
                .order_by(ReportChange.id)
            )
        )

    def count(self) -> int:
        return int(self.session.scalar(select(func.count()).select_from(ReportRow)) or 0)
