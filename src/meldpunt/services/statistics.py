"""The annual report from the database: coded facts only (special class), then the pure core."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from meldpunt.crypto.encoding import decode_fixed
from meldpunt.crypto.errors import IntegrityError
from meldpunt.crypto.keyring import KeyRing
from meldpunt.crypto.keys import KeyClass
from meldpunt.domain.taxonomy import Taxonomy, load_taxonomy
from meldpunt.reports.disclosure import DEFAULT_THRESHOLD, PublishedReport, publish
from meldpunt.reports.facts import ReportFacts
from meldpunt.reports.opendata import to_csv, to_json
from meldpunt.reports.pdf import build_annual_pdf
from meldpunt.reports.statistics import compute_annual
from meldpunt.services.audit import AuditLog
from meldpunt.services.clock import Clock, utc_now
from meldpunt.services.errors import AccessDenied, InvalidInput
from meldpunt.services.permissions import Action, require
from meldpunt.storage.casefiles_repo import CaseFileRepository
from meldpunt.storage.keystore import DataKeys
from meldpunt.storage.models import OfficeSetting, ReportRow
from meldpunt.storage.report_codec import decode_payload
from meldpunt.storage.rows import put_setting
from meldpunt.storage.sealed import FieldSealer

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
THRESHOLD_SETTING = "report_threshold"


def _day(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else None


def _codes(value: object) -> tuple[str, ...]:
    return tuple(map(str, value)) if isinstance(value, list) else ()


def _opt(value: object) -> str | None:
    return value if isinstance(value, str) else None


@dataclass(frozen=True)
class AnnualOutput:
    published: PublishedReport
    pdf: bytes
    csv: bytes
    json: bytes
    damaged: int  # records that could not be read and were left out


class StatisticsService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        taxonomy: Taxonomy | None = None,
        clock: Clock = utc_now,
        audit: AuditLog | None = None,
        floor: int = DEFAULT_THRESHOLD,
    ) -> None:
        self.sessions = sessions
        self.taxonomy = taxonomy or load_taxonomy()
        self.audit = audit or AuditLog(sessions, clock=clock)
        # The machine-wide settings file may raise the lowest threshold; nothing lowers it below 5.
        self.floor = max(DEFAULT_THRESHOLD, floor)

    def threshold(self) -> int:
        with self.sessions() as s:
            row = s.get(OfficeSetting, THRESHOLD_SETTING)
        return max(self.floor, int(row.value)) if row else self.floor

    def set_threshold(self, ring: KeyRing, value: int) -> None:
        """The coordinator may raise the threshold, never lower it below 5."""
        if ring.role != "coordinator":
            raise AccessDenied("Only a coordinator can change the threshold.")
        if value < DEFAULT_THRESHOLD:
            raise InvalidInput(
                "The threshold cannot be lower than {minimum}.", minimum=DEFAULT_THRESHOLD
            )
        with self.sessions() as s, s.begin():
            put_setting(s, THRESHOLD_SETTING, str(value))

    def years(self) -> list[int]:
        with self.sessions() as s:
            return sorted(set(s.scalars(select(ReportRow.year).distinct())))

    def facts(
        self, ring: KeyRing, years: Sequence[int], progress: Progress | None = None
    ) -> tuple[list[ReportFacts], int]:
        """Coded facts of every report received in ``years``; damaged records are counted."""
        require(ring, Action.STATISTICS)
        if not ring.holds(KeyClass.SPECIAL):
            raise AccessDenied("Your role cannot produce statistics.")
        facts: list[ReportFacts] = []
        damaged = 0
        with self.sessions() as s:
            keys = DataKeys(s, ring)
            sealer = FieldSealer(keys)
            in_years = ReportRow.year.in_(list(years))
            # One query for all data keys instead of one per record: with ten years of
            # reports that is what a report would otherwise spend most of its time on.
            keys.preload(select(ReportRow.id).where(in_years), KeyClass.SPECIAL)
            # Only the case files of these years' reports: the others are not counted.
            outcome, damaged = CaseFileRepository(keys).outcomes(
                select(ReportRow.case_file_id).where(in_years, ReportRow.case_file_id.is_not(None))
            )
            rows = s.execute(
                select(
                    ReportRow.id,
                    ReportRow.year,
                    ReportRow.month,
                    ReportRow.channel,
                    ReportRow.status,
                    ReportRow.case_file_id,
                    ReportRow.mass_report,
                    ReportRow.special_blob,
                    ReportRow.workflow_blob,
                ).where(in_years)
            ).all()
            for i, r in enumerate(rows):
                try:
                    special = decode_payload(
                        sealer.open(
                            r.id, KeyClass.SPECIAL, "report", "special_blob", r.id, r.special_blob
                        ),
                        fixed=True,
                    )
                    workflow = json.loads(
                        decode_fixed(
                            sealer.open(
                                r.id,
                                KeyClass.SPECIAL,
                                "report",
                                "workflow_blob",
                                r.id,
                                r.workflow_blob,
                            )
                        )
                        or "{}"
                    )
                except (IntegrityError, ValueError):
                    damaged += 1
                    continue
                received = _day(special.get("received_on")) or dt.date(r.year, r.month, 1)
                first = _day(workflow.get("first_contact_on"))
                ended = _day(workflow.get("ended_on"))
                assessment = result = None
                days_open = (ended - received).days if ended else None
                if r.case_file_id in outcome:
                    opened, closed, assessment, result = outcome[r.case_file_id]
                    if opened and closed:
                        days_open = (closed - opened).days
                facts.append(
                    ReportFacts(
                        report_key=r.id,
                        year=r.year,
                        month=r.month,
                        channel=r.channel,
                        domain=_opt(special.get("domain")) or "private_other",
                        criteria=_codes(special.get("criteria")),
                        modifiers=_codes(special.get("modifiers")),
                        forms=_codes(special.get("forms")),
                        area=_opt(special.get("incident.area")),
                        counterparty_type=_opt(special.get("counterparty.type")),
                        reporter_role=_opt(special.get("reporter.role")),
                        status=r.status,
                        case_file_key=r.case_file_id,
                        mass_report=r.mass_report,
                        assessment=assessment,
                        result=result,
                        days_to_first_contact=max(0, (first - received).days) if first else None,
                        days_open=max(0, days_open) if days_open is not None else None,
                        recorded_on=received,
                    )
                )
                if progress is not None and i % 500 == 0:
                    progress(i, len(rows))
            if progress is not None:
                progress(len(rows), len(rows))
        if damaged:
            log.warning("%d damaged records were left out of the statistics", damaged)
        return facts, damaged

    def published(
        self, ring: KeyRing, year: int, progress: Progress | None = None
    ) -> tuple[PublishedReport, int]:
        """The year's tables after disclosure control, as the PDF prints them (for a preview).

        Returns the report and the number of damaged records left out.
        """
        facts, damaged = self.facts(ring, [year - 1, year], progress)
        this_year = [f for f in facts if f.year == year]
        previous = [f for f in facts if f.year == year - 1]
        stats = compute_annual(this_year, year, self.taxonomy, previous_year_facts=previous or None)
        return publish(stats, self.threshold()), damaged

    def annual(
        self,
        ring: KeyRing,
        year: int,
        *,
        lang: str = "nl",
        office_name: str = "",
        compress: bool = True,
        progress: Progress | None = None,
    ) -> AnnualOutput:
        published, damaged = self.published(ring, year, progress)
        pdf = build_annual_pdf(
            published,
            year=year,
            lang=lang,
            office_name=office_name,
            taxonomy=self.taxonomy,
            compress=compress,
        )
        output = AnnualOutput(
            published, pdf, to_csv(published, lang=lang), to_json(published), damaged
        )
        self.audit.record(ring, "statistics.exported", str(year))
        return output
