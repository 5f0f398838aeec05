"""Importing reports from the web form's JSON or an office spreadsheet (CSV): all or nothing."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy.exc import IntegrityError as DuplicateRow
from sqlalchemy.orm import Session, sessionmaker

from meldpunt.crypto.aead import FieldCipher
from meldpunt.crypto.keyring import KeyRing
from meldpunt.domain.importing import ImportFileError, ImportProblem, parse_import
from meldpunt.domain.model import Report
from meldpunt.domain.taxonomy import Taxonomy, load_taxonomy
from meldpunt.services.audit import AuditLog
from meldpunt.services.clock import Clock, utc_now
from meldpunt.services.errors import InvalidInput
from meldpunt.services.reports import ReportService
from meldpunt.storage.keystore import DataKeys
from meldpunt.storage.reports_repo import ReportRepository
from meldpunt.storage.sealed import FieldSealer

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
BATCH = 250


@dataclass
class ImportOutcome:
    total: int = 0
    added: list[str] = field(default_factory=list)  # report numbers
    already_present: list[str] = field(default_factory=list)  # external refs
    problems: list[ImportProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class ImportService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        taxonomy: Taxonomy | None = None,
        clock: Clock = utc_now,
        cipher: FieldCipher | None = None,
        audit: AuditLog | None = None,
    ) -> None:
        self.sessions = sessions
        self.taxonomy = taxonomy or load_taxonomy()
        self.clock = clock
        self.audit = audit or AuditLog(sessions, clock=clock)
        # Replaceable only to measure what encryption costs (benchmarks/bench_store.py).
        self.cipher = cipher

    def import_bytes(
        self,
        ring: KeyRing,
        data: bytes,
        filename: str,
        *,
        lang: str = "nl",
        progress: Progress | None = None,
    ) -> ImportOutcome:
        """Parse, check every report, then write all new ones in one transaction.

        When any report has a problem nothing is written and every problem is returned.
        Reports whose external_ref is already stored are skipped (and listed), so importing
        the same file twice adds nothing the second time.
        """
        ReportService._require_writer(ring)
        try:
            parsed = parse_import(data, filename, self.taxonomy, today=self.clock().date())
        except ImportFileError as exc:
            raise InvalidInput(exc.message(lang)) from exc
        outcome = ImportOutcome(total=parsed.total or len(parsed.reports))
        if parsed.problems:
            outcome.problems = parsed.problems
            return outcome
        return self.store(ring, parsed.reports, outcome=outcome, progress=progress)

    def store(
        self,
        ring: KeyRing,
        reports: Sequence[Report],
        *,
        outcome: ImportOutcome | None = None,
        progress: Progress | None = None,
    ) -> ImportOutcome:
        """Write the reports not stored yet, in one transaction.

        Another desk importing the same reports at this moment commits first (PostgreSQL: this
        insert waits, then meets its external reference). The whole import is then run once
        more, and what the other desk stored counts as already present.
        """
        outcome = outcome or ImportOutcome(total=len(reports))
        for attempt in (1, 2):
            try:
                self._store_once(ring, reports, outcome, progress)
                break
            except DuplicateRow as exc:
                if attempt == 2 or "external_ref" not in str(exc.orig):
                    raise
                log.info("Another desk imported some of these reports meanwhile; again")
                outcome.added.clear()
                outcome.already_present.clear()
        log.info(
            "Import stored %d reports (%d already present)",
            len(outcome.added),
            len(outcome.already_present),
        )
        return outcome

    def _store_once(
        self,
        ring: KeyRing,
        reports: Sequence[Report],
        outcome: ImportOutcome,
        progress: Progress | None,
    ) -> None:
        now = self.clock()
        with self.sessions() as s, s.begin():
            self.audit.claim(s)
            repo = ReportRepository(s, ring, FieldSealer(DataKeys(s, ring), self.cipher))
            refs = [r.external_ref for r in reports if r.external_ref]
            present = repo.existing_external_refs(refs)
            new = [r for r in reports if not (r.external_ref and r.external_ref in present)]
            outcome.already_present = sorted(present)
            for start in range(0, len(new), BATCH):
                saved = repo.add_many(new[start : start + BATCH], actor_id=ring.user_id, now=now)
                outcome.added.extend(r.number or "" for r in saved)
                s.flush()
                if progress is not None:
                    progress(min(start + BATCH, len(new)), len(new))
            # One entry for the whole import: the counts, not the reports.
            self.audit.append(
                s,
                ring,
                "reports.imported",
                detail=f"added={len(outcome.added)} present={len(outcome.already_present)}",
            )
