"""Import through the services: identical read-back, all or nothing, idempotent, no leaks."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import threading
import time
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from meldpunt.domain.importing import parse_import, reports_to_csv
from meldpunt.domain.model import report_from_import_dict
from meldpunt.domain.taxonomy import load_taxonomy
from meldpunt.logsetup import setup_logging
from meldpunt.paths import default_paths
from meldpunt.services.accounts import Accounts, NewOffice
from meldpunt.services.importing import ImportOutcome, ImportService
from meldpunt.services.reports import ReportService
from meldpunt.storage.database import Database, open_database
from meldpunt.storage.models import ReportRow
from support.canary import CANARIES, files_below, find_canaries
from support.office import COORDINATOR, COORDINATOR_PASS
from support.reports import CONTRACT_EXAMPLE, as_json, contract_example


@pytest.fixture
def importer(database: Database) -> ImportService:
    return ImportService(database.sessions)


def _count(database: Database) -> int:
    with database.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(ReportRow)) or 0)


def test_the_contract_example_imports_and_reads_back_identically(
    importer: ImportService, office: NewOffice, database: Database
) -> None:
    outcome = importer.import_bytes(office.ring, as_json(CONTRACT_EXAMPLE), "web.json")
    assert outcome.ok and outcome.added == ["2025-0001"]
    service = ReportService(database.sessions)
    (report_id,) = service.find(office.ring, "email", "joni.claes@voorbeeld.be")
    stored, _ = service.get(office.ring, report_id)
    expected = report_from_import_dict(CONTRACT_EXAMPLE["reports"][0])
    assert stored.number == "2025-0001"
    assert stored.id == report_id
    for field in (
        "external_ref",
        "received_on",
        "channel",
        "domain",
        "criteria",
        "modifiers",
        "forms",
        "reporter",
        "incident",
        "counterparty",
        "narrative",
        "wishes",
    ):
        assert getattr(stored, field) == getattr(expected, field), field


def test_importing_the_same_file_twice_adds_nothing(
    importer: ImportService, office: NewOffice, database: Database
) -> None:
    data = as_json(CONTRACT_EXAMPLE)
    assert importer.import_bytes(office.ring, data, "web.json").added
    again = importer.import_bytes(office.ring, data, "web.json")
    assert again.ok and again.added == [] and again.already_present == ["WEB-2025-0001"]
    assert _count(database) == 1


def test_two_desks_importing_the_same_file_at_once_store_it_once(
    importer: ImportService, office: NewOffice, database: Database
) -> None:
    """Desk B starts while desk A's import has written its reports but not committed.

    B waits (SQLite: the write lock; PostgreSQL: the external reference's unique index), then
    finds A's reports present. It used to stop with an unexpected error on PostgreSQL.
    """
    reports = [
        report_from_import_dict({**CONTRACT_EXAMPLE["reports"][0], "external_ref": f"WEB-{i}"})
        for i in range(3)
    ]
    other = ImportService(database.sessions)
    results: dict[str, object] = {}

    def desk_b() -> None:
        try:
            copies = [dataclasses.replace(r, id=str(uuid.uuid4())) for r in reports]
            results["b"] = other.store(office.ring, copies)
        except BaseException as exc:  # reported to the test thread below
            results["b"] = exc

    thread = threading.Thread(target=desk_b)

    def after_first_batch(done: int, total: int) -> None:
        if not thread.is_alive() and "b" not in results:
            thread.start()
            time.sleep(0.5)  # B reads, finds nothing committed, and waits on A's rows

    a = importer.store(office.ring, reports, progress=after_first_batch)
    thread.join(timeout=60)
    b = results["b"]
    assert isinstance(b, ImportOutcome), b
    assert len(a.added) == 3 and a.already_present == []
    assert b.added == [] and b.already_present == ["WEB-0", "WEB-1", "WEB-2"]
    assert _count(database) == 3


def test_three_bad_reports_write_nothing_and_are_all_named(
    importer: ImportService, office: NewOffice, database: Database
) -> None:
    good = CONTRACT_EXAMPLE["reports"][0]
    reports = []
    for i in range(6):
        r = dict(good, external_ref=f"WEB-2025-{i:04d}")
        reports.append(r)
    reports[1] = dict(reports[1], criteria=[])
    reports[3] = dict(reports[3], channel="carrier_pigeon")
    reports[5] = dict(reports[5], received_on="14/03/2099")
    data = {"format": "meldpunt-import/1", "reports": reports}
    outcome = importer.import_bytes(office.ring, as_json(data), "web.json", lang="en")
    assert not outcome.ok
    assert {p.position for p in outcome.problems} == {2, 4, 6}
    assert {p.external_ref for p in outcome.problems} == {
        "WEB-2025-0001",
        "WEB-2025-0003",
        "WEB-2025-0005",
    }
    assert {p.field for p in outcome.problems} >= {"criteria", "channel", "received_on"}
    assert all(p.describe("nl") and p.describe("fr") for p in outcome.problems)
    assert _count(database) == 0


def test_a_belgian_excel_csv_imports(importer: ImportService, office: NewOffice) -> None:
    report = report_from_import_dict(CONTRACT_EXAMPLE["reports"][0])
    data = reports_to_csv([report])
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig").replace("true", "ja").replace("false", "nee")
    outcome = importer.import_bytes(office.ring, b"\xef\xbb\xbf" + text.encode(), "excel.csv")
    assert outcome.ok, [p.describe("en") for p in outcome.problems]
    assert len(outcome.added) == 1


def _canary_file() -> dict[str, object]:
    name, email, phone, street, company, sentence, emoji_name = CANARIES
    return contract_example(
        reporter={
            "role": "victim",
            "legal_name": name,
            "chosen_name": emoji_name,
            "email": email,
            "phone": phone,
            "address": street,
        },
        counterparty={"type": "real_estate_agency", "name": company, "address": street},
        narrative=sentence,
    )


@pytest.mark.parametrize("kind", ["json", "csv"])
def test_imported_canaries_appear_in_no_file(kind: str, tmp_path: Path) -> None:
    paths = default_paths()
    setup_logging(paths)
    db_dir = tmp_path / "db"
    database = open_database(f"sqlite:///{db_dir / 'office.db'}")
    accounts = Accounts(database.sessions)
    office = accounts.create_office("Meldpunt", COORDINATOR, COORDINATOR_PASS)
    data = _canary_file()
    if kind == "csv":
        parsed = parse_import(as_json(data), "x.json", load_taxonomy(), today=dt.date(2026, 1, 1))
        payload, name = reports_to_csv(parsed.reports), "office.csv"
    else:
        payload, name = as_json(data), "web.json"
    source = tmp_path / "incoming" / name
    source.parent.mkdir()
    source.write_bytes(payload)
    outcome = ImportService(database.sessions).import_bytes(office.ring, payload, name)
    assert outcome.ok
    # read everything back once, as a desk worker would
    service = ReportService(database.sessions)
    (rid,) = service.find(office.ring, "email", CANARIES[1])
    assert service.get(office.ring, rid)[0].narrative == CANARIES[5]
    written = files_below(db_dir, Path(os.environ["MELDPUNT_HOME"]))
    assert any(p.name.endswith("-wal") for p in written)
    assert find_canaries(written) == []
    database.dispose()
    assert find_canaries(files_below(db_dir, Path(os.environ["MELDPUNT_HOME"]))) == []


def test_imported_canaries_are_not_in_the_tables(
    importer: ImportService, office: NewOffice, database: Database
) -> None:
    """On PostgreSQL this is what the server (and its administrator) holds."""
    from sqlalchemy import text

    assert importer.import_bytes(office.ring, as_json(_canary_file()), "web.json").ok
    with database.engine.connect() as conn:
        tables = [t for t in database.engine.dialect.get_table_names(conn)]
        dump = b""
        for table in tables:
            for row in conn.execute(text(f'SELECT * FROM "{table}"')):  # noqa: S608
                for value in row:
                    dump += (
                        bytes(value)
                        if isinstance(value, bytes | memoryview)
                        else (str(value).encode())
                    )
    for canary in CANARIES:
        assert canary.encode() not in dump


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)
report_keys = st.sampled_from(
    [
        "received_on",
        "channel",
        "domain",
        "criteria",
        "reporter",
        "narrative",
        "external_ref",
        "wishes",
        "incident",
        "forms",
    ]
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(mutations=st.lists(st.tuples(st.integers(0, 4), report_keys, json_values), max_size=4))
def test_mutated_imports_are_all_or_nothing(
    importer: ImportService,
    office: NewOffice,
    database: Database,
    mutations: list[tuple[int, str, object]],
) -> None:
    good = CONTRACT_EXAMPLE["reports"][0]
    stamp = os.urandom(4).hex()
    reports = [dict(good, external_ref=f"FUZZ-{stamp}-{i}") for i in range(5)]
    for index, key, value in mutations:
        reports[index][key] = value
    before = _count(database)
    outcome = importer.import_bytes(
        office.ring, as_json({"format": "meldpunt-import/1", "reports": reports}), "f.json"
    )
    after = _count(database)
    if outcome.ok:
        assert after == before + len(outcome.added)
    else:
        assert after == before
        assert outcome.added == []


@pytest.mark.parametrize(
    "name", ["contract-example.json", "demo-reports.json", "belgian-excel.csv"]
)
def test_example_files_import_and_read_back_identically(
    name: str, importer: ImportService, office: NewOffice, database: Database
) -> None:
    from meldpunt.resources import read_bytes

    data = read_bytes("examples", name)
    parsed = parse_import(data, name, load_taxonomy(), today=dt.date.today())
    assert parsed.ok
    outcome = importer.import_bytes(office.ring, data, name)
    assert outcome.ok and len(outcome.added) == len(parsed.reports)
    service = ReportService(database.sessions)
    with database.sessions() as s:
        from sqlalchemy import select as sql_select

        ids = {ref: rid for rid, ref in s.execute(sql_select(ReportRow.id, ReportRow.external_ref))}
    for expected in parsed.reports:
        stored, _ = service.get(office.ring, ids[expected.external_ref])
        for field in (
            "external_ref",
            "received_on",
            "channel",
            "domain",
            "criteria",
            "modifiers",
            "forms",
            "reporter",
            "incident",
            "counterparty",
            "narrative",
            "wishes",
        ):
            assert getattr(stored, field) == getattr(expected, field), (name, field)
