"""The sealed list cache: every report's coded facts in one blob, valid per report version."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select, text, update

from meldpunt.crypto.keys import KeyClass
from meldpunt.services.accounts import Accounts, NewOffice
from meldpunt.services.errors import AccessDenied
from meldpunt.services.listing import ReportListing
from meldpunt.services.reports import ReportService
from meldpunt.services.rotation import KeyRotation
from meldpunt.storage.database import Database
from meldpunt.storage.list_cache import LIST_CACHE_ID
from meldpunt.storage.models import ListCacheRow
from support.reports import kot_report


@pytest.fixture
def listing(database: Database) -> ReportListing:
    return ReportListing(database.sessions)


@pytest.fixture
def reports(database: Database) -> ReportService:
    return ReportService(database.sessions)


def _three(reports: ReportService, office: NewOffice) -> list[str]:
    variants = [
        kot_report(),
        dataclasses.replace(kot_report(), criteria=("disability",), domain="employment"),
        dataclasses.replace(kot_report(), criteria=("age", "religion_belief"), domain="housing.ad"),
    ]
    return [reports.create(office.ring, r).id for r in variants]


def _all_facts(listing: ReportListing, office: NewOffice) -> dict[str, tuple[int, object]]:
    rows = listing.rows(office.ring)
    facts = listing.facts(office.ring, [r.id for r in rows])
    return {r.id: (r.version, facts[r.id]) for r in rows}


def test_the_cache_gives_back_what_decrypting_each_report_gives(
    listing: ReportListing, reports: ReportService, office: NewOffice
) -> None:
    assert listing.cached_facts(office.ring) == {}  # no cache yet
    _three(reports, office)
    facts = _all_facts(listing, office)
    assert listing.update_cache(office.ring, facts) == 3
    assert listing.cached_facts(office.ring) == facts
    criteria = {f.criteria for _v, f in listing.cached_facts(office.ring).values()}
    assert criteria == {("sexual_orientation",), ("disability",), ("age", "religion_belief")}


def test_an_entry_of_an_older_version_is_dropped_and_the_rest_kept(
    listing: ReportListing, reports: ReportService, office: NewOffice
) -> None:
    ids = _three(reports, office)
    listing.update_cache(office.ring, _all_facts(listing, office))
    saved, version = reports.get(office.ring, ids[1])
    reports.update(office.ring, dataclasses.replace(saved, criteria=("age",)), version)
    cached = listing.cached_facts(office.ring)
    assert cached[ids[1]][0] == version  # still the old entry: the caller checks versions
    # An update with nothing new keeps the two current entries and drops the stale one.
    assert listing.update_cache(office.ring, {}) == 2
    assert set(listing.cached_facts(office.ring)) == {ids[0], ids[2]}
    assert listing.update_cache(office.ring, _all_facts(listing, office)) == 3
    assert listing.cached_facts(office.ring)[ids[1]][1].criteria == ("age",)


def test_the_cache_is_sealed_and_survives_a_key_rotation(
    listing: ReportListing, reports: ReportService, office: NewOffice, database: Database
) -> None:
    _three(reports, office)
    facts = _all_facts(listing, office)
    listing.update_cache(office.ring, facts)
    with database.sessions() as s:
        blob = bytes(s.scalar(select(ListCacheRow.blob)) or b"")
    assert len(blob) > 40
    for plain in (b"disability", b"sexual_orientation", b"housing", b"criteria"):
        assert plain not in blob
    KeyRotation(database.sessions).rotate(office.ring, KeyClass.SPECIAL)
    ring = Accounts(database.sessions).unlock(office.ring.username, "de kat zit op de mat 42")
    assert listing.cached_facts(ring) == facts


def test_a_damaged_cache_is_ignored_then_rebuilt(
    listing: ReportListing, reports: ReportService, office: NewOffice, database: Database
) -> None:
    _three(reports, office)
    facts = _all_facts(listing, office)
    listing.update_cache(office.ring, facts)
    with database.sessions() as s, s.begin():
        blob = bytearray(s.scalar(select(ListCacheRow.blob)) or b"")
        blob[-5] ^= 0x01
        s.execute(update(ListCacheRow).values(blob=bytes(blob)))
    assert listing.cached_facts(office.ring) == {}
    assert listing.update_cache(office.ring, facts) == 3
    assert listing.cached_facts(office.ring) == facts


def test_the_cache_of_another_row_does_not_open(
    listing: ReportListing, reports: ReportService, office: NewOffice, database: Database
) -> None:
    """The blob is bound to its place: a copy under another id is refused, not read."""
    _three(reports, office)
    listing.update_cache(office.ring, _all_facts(listing, office))
    with database.sessions() as s, s.begin():
        s.execute(
            text("UPDATE data_key SET owner_id = 'x' WHERE owner_id = :id"), {"id": LIST_CACHE_ID}
        )
    assert listing.cached_facts(office.ring) == {}


def test_roles_without_coded_facts_get_no_cache(
    listing: ReportListing, reports: ReportService, accounts: Accounts, office: NewOffice
) -> None:
    _three(reports, office)
    listing.update_cache(office.ring, _all_facts(listing, office))
    accounts.add_user(office.ring, "it", "administrator", "sleutels zonder inhoud 2026")
    admin = accounts.unlock("it", "sleutels zonder inhoud 2026")
    assert not admin.holds(KeyClass.SPECIAL)
    with pytest.raises(AccessDenied):
        listing.cached_facts(admin)
    with pytest.raises(AccessDenied):
        listing.update_cache(admin, {})
