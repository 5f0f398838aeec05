"""Reports through the vault on a real database: round trip, roles, search, conflicts."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select, update

from meldpunt.crypto.errors import IntegrityError
from meldpunt.services.accounts import Accounts, NewOffice
from meldpunt.services.errors import AccessDenied, Conflict
from meldpunt.services.listing import ListFilter, ReportListing
from meldpunt.services.reports import InvalidReport, ReportService
from meldpunt.storage.database import Database
from meldpunt.storage.models import NumberCounter, ReportRow
from support.office import INTAKE_PASS, STAT_PASS
from support.reports import kot_report


@pytest.fixture
def reports(database: Database) -> ReportService:
    return ReportService(database.sessions)


def test_a_report_reads_back_identically(reports: ReportService, office: NewOffice) -> None:
    saved = reports.create(office.ring, kot_report())
    assert saved.number == "2025-0001"
    again, version = reports.get(office.ring, saved.id)
    assert again == saved
    assert version == 1
    second = reports.create(office.ring, kot_report())
    assert second.number == "2025-0002"


def test_invalid_report_is_refused_and_nothing_is_saved(
    reports: ReportService, office: NewOffice, database: Database
) -> None:
    bad = dataclasses.replace(kot_report(), criteria=(), channel="pigeon")
    with pytest.raises(InvalidReport) as info:
        reports.create(office.ring, bad)
    assert {p.field for p in info.value.problems} >= {"criteria", "channel"}
    with database.sessions() as s:
        assert s.scalar(select(ReportRow.id)) is None


def test_the_statistician_reads_coded_facts_only(
    reports: ReportService, accounts: Accounts, office: NewOffice
) -> None:
    saved = reports.create(office.ring, kot_report())
    accounts.add_user(office.ring, "stat", "statistician", STAT_PASS)
    stat = accounts.unlock("stat", STAT_PASS)
    seen, _ = reports.get(stat, saved.id)
    assert seen.criteria == ("sexual_orientation",)
    assert seen.domain == "housing.student"
    assert seen.incident.area == "heverlee"
    assert seen.reporter.legal_name is None and seen.reporter.email is None
    assert seen.narrative is None and seen.counterparty.name is None
    with pytest.raises(AccessDenied):
        reports.create(stat, kot_report())
    with pytest.raises(AccessDenied):
        reports.find(stat, "email", "ruben.maes@voorbeeld.be")


def test_exact_search_through_the_blind_index(reports: ReportService, office: NewOffice) -> None:
    saved = reports.create(office.ring, kot_report())
    other = reports.create(
        office.ring,
        dataclasses.replace(
            kot_report(),
            reporter=dataclasses.replace(kot_report().reporter, email="iemand@voorbeeld.be"),
        ),
    )
    ring = office.ring
    assert reports.find(ring, "email", "  Ruben.Maes@VOORBEELD.be ") == [saved.id]
    assert set(reports.find(ring, "phone", "0470/11.22.33")) == {saved.id, other.id}
    assert set(reports.find(ring, "name", "ruben  MAES")) == {saved.id, other.id}
    assert reports.find(ring, "email", "niemand@voorbeeld.be") == []


def test_second_of_two_conflicting_saves_is_refused(
    reports: ReportService, office: NewOffice
) -> None:
    saved = reports.create(office.ring, kot_report())
    first, v1 = reports.get(office.ring, saved.id)
    second, v2 = reports.get(office.ring, saved.id)
    assert reports.update(office.ring, dataclasses.replace(first, narrative="Eerste bureau."), v1)
    with pytest.raises(Conflict, match="Someone else saved"):
        reports.update(office.ring, dataclasses.replace(second, narrative="Tweede bureau."), v2)
    final, version = reports.get(office.ring, saved.id)
    assert final.narrative == "Eerste bureau."
    assert version == 2
    assert [h.fields for h in reports.history(office.ring, saved.id)] == [("narrative",)]


def test_history_names_fields_never_values(reports: ReportService, office: NewOffice) -> None:
    saved = reports.create(office.ring, kot_report())
    current, version = reports.get(office.ring, saved.id)
    changed = reports.update(
        office.ring,
        dataclasses.replace(
            current,
            criteria=("sexual_orientation", "national_ethnic_origin"),
            modifiers=("multiple_intersectional",),
            reporter=dataclasses.replace(current.reporter, phone="016 27 26 00"),
        ),
        version,
    )
    assert set(changed) == {"criteria", "modifiers", "reporter.phone"}
    (entry,) = reports.history(office.ring, saved.id)
    assert "016" not in ",".join(entry.fields)


def test_coded_facts_have_one_ciphertext_length(
    reports: ReportService, office: NewOffice, database: Database
) -> None:
    reports.create(office.ring, kot_report())
    reports.create(
        office.ring,
        dataclasses.replace(
            kot_report(),
            domain="employment",
            criteria=("age", "sex", "disability", "national_ethnic_origin"),
            modifiers=("multiple_cumulative", "online"),
            forms=("harassment", "threat", "violence"),
        ),
    )
    with database.sessions() as s:
        lengths = {len(b) for b in s.scalars(select(ReportRow.special_blob))}
    assert len(lengths) == 1


def test_a_blob_copied_to_another_report_is_reported_as_damage(
    reports: ReportService, office: NewOffice, database: Database
) -> None:
    a = reports.create(office.ring, kot_report())
    b = reports.create(office.ring, kot_report())
    with database.sessions() as s, s.begin():
        blob = s.get(ReportRow, a.id).identity_blob
        s.execute(update(ReportRow).where(ReportRow.id == b.id).values(identity_blob=blob))
    with pytest.raises(IntegrityError) as info:
        reports.get(office.ring, b.id)
    assert info.value.record.endswith(b.id) and info.value.field == "identity_blob"
    assert reports.get(office.ring, a.id)[0].reporter.legal_name == "Ruben Maes"


def test_intake_staff_can_record(
    reports: ReportService, accounts: Accounts, office: NewOffice
) -> None:
    accounts.add_user(office.ring, "balie", "intake", INTAKE_PASS)
    intake = accounts.unlock("balie", INTAKE_PASS)
    saved = reports.create(intake, kot_report())
    assert reports.get(office.ring, saved.id)[0].reporter.email == "ruben.maes@voorbeeld.be"


def test_the_ten_thousandth_report_of_a_year_is_listed_as_the_newest(
    reports: ReportService, office: NewOffice, database: Database
) -> None:
    """Numbers with five digits sort as numbers in every list, not as text."""
    ring = office.ring
    reports.create(ring, kot_report())  # 2025-0001
    with database.sessions() as s, s.begin():
        s.execute(update(NumberCounter).where(NumberCounter.year == 2025).values(last=9997))
    made = [reports.create(ring, kot_report()).number for _ in range(3)]
    assert made == ["2025-9998", "2025-9999", "2025-10000"]
    newest_first = ["2025-10000", "2025-9999", "2025-9998", "2025-0001"]
    listing = ReportListing(database.sessions)
    assert [r.number for r in listing.rows(ring)] == newest_first
    assert [r.number for r in listing.first_rows(ring, limit=2).rows] == newest_first[:2]
    only_new = ListFilter(statuses=frozenset({"new"}))
    assert [r.number for r in listing.first_rows(ring, only_new).rows] == newest_first
