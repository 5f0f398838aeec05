"""All services of one opened office, built once by the composition root and passed down."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from meldpunt.domain.taxonomy import Taxonomy, load_taxonomy
from meldpunt.reports.disclosure import DEFAULT_THRESHOLD
from meldpunt.services.access import AccessRequestService
from meldpunt.services.accounts import Accounts
from meldpunt.services.audit import AuditLog
from meldpunt.services.backup import BackupService
from meldpunt.services.cases import CaseService
from meldpunt.services.casework import CaseworkService
from meldpunt.services.clock import Clock, utc_now
from meldpunt.services.drafts import DraftService
from meldpunt.services.erasure import ErasureService, RetentionService
from meldpunt.services.evidence import EvidenceService
from meldpunt.services.importing import ImportService
from meldpunt.services.listing import ReportListing
from meldpunt.services.referrals import ReferralService
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
    casework: CaseworkService
    referrals: ReferralService
    audit: AuditLog
    erasure: ErasureService
    retention: RetentionService
    access: AccessRequestService
    backup: BackupService


def build_services(
    sessions: sessionmaker[Session],
    *,
    clock: Clock = utc_now,
    threshold_floor: int = DEFAULT_THRESHOLD,
) -> Services:
    taxonomy = load_taxonomy()
    # One audit log for every service: one clock, one workstation head file.
    audit = AuditLog(sessions, clock=clock)
    evidence = EvidenceService(sessions, clock=clock, audit=audit)
    erasure = ErasureService(sessions, clock=clock, audit=audit)
    return Services(
        taxonomy=taxonomy,
        accounts=Accounts(sessions, clock=clock, audit=audit),
        reports=ReportService(sessions, taxonomy=taxonomy, clock=clock, audit=audit),
        listing=ReportListing(sessions),
        importing=ImportService(sessions, taxonomy=taxonomy, clock=clock, audit=audit),
        drafts=DraftService(sessions, clock=clock),
        evidence=evidence,
        rotation=KeyRotation(sessions, clock=clock, audit=audit),
        cases=CaseService(sessions, clock=clock, audit=audit),
        statistics=StatisticsService(
            sessions, taxonomy=taxonomy, clock=clock, audit=audit, floor=threshold_floor
        ),
        casework=CaseworkService(sessions, taxonomy=taxonomy, clock=clock, audit=audit),
        referrals=ReferralService(
            sessions, evidence=evidence, taxonomy=taxonomy, clock=clock, audit=audit
        ),
        audit=audit,
        erasure=erasure,
        retention=RetentionService(sessions, clock=clock, audit=audit, erasure=erasure),
        access=AccessRequestService(sessions, clock=clock, audit=audit, evidence=evidence),
        backup=BackupService(sessions, clock=clock, audit=audit),
    )
