"""All services of one opened office, built once by the composition root and passed down."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from meldpunt.domain.taxonomy import Taxonomy, load_taxonomy
from meldpunt.services.accounts import Accounts
from meldpunt.services.cases import CaseService
from meldpunt.services.clock import Clock, utc_now
from meldpunt.services.drafts import DraftService
from meldpunt.services.evidence import EvidenceService
from meldpunt.services.importing import ImportService
from meldpunt.services.listing import ReportListing
from meldpunt.services.reports import ReportService
from meldpunt.services.rotation import KeyRotation
from meldpunt.services.statistics import StatisticsService


@dataclass(frozen=True)
class Services:
    taxonomy: Taxonomy
    accounts: Accounts
    reports: ReportService
    listing: ReportListing
    importing: ImportService
    drafts: DraftService
    evidence: EvidenceService
    rotation: KeyRotation
    cases: CaseService
    statistics: StatisticsService


def build_services(sessions: sessionmaker[Session], *, clock: Clock = utc_now) -> Services:
    taxonomy = load_taxonomy()
    return Services(
        taxonomy=taxonomy,
        accounts=Accounts(sessions, clock=clock),
        reports=ReportService(sessions, taxonomy=taxonomy, clock=clock),
        listing=ReportListing(sessions),
        importing=ImportService(sessions, taxonomy=taxonomy, clock=clock),
        drafts=DraftService(sessions, clock=clock),
        evidence=EvidenceService(sessions, clock=clock),
        rotation=KeyRotation(sessions, clock=clock),
        cases=CaseService(sessions, clock=clock),
        statistics=StatisticsService(sessions, taxonomy=taxonomy),
    )
