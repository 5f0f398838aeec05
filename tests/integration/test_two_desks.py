"""Two desks on one PostgreSQL database, set up the way docs/deployment.md tells IT to."""

from __future__ import annotations

import copy
import json
import os
import re
import secrets
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from support.office import COORDINATOR, COORDINATOR_PASS, INTAKE_PASS, STAT_PASS

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
DEPLOYMENT = ROOT / "docs" / "deployment.md"
EXAMPLE = ROOT / "resources" / "examples" / "contract-example.json"
MARKER = "<!-- tests/integration/test_two_desks.py runs the next two blocks as written. -->"
PG_URL = os.environ.get("MELDPUNT_TEST_PG_URL")


def guide_sql() -> tuple[list[str], list[str]]:
    """Section 3.1's two SQL blocks: on the server, then inside the new database."""
    after = DEPLOYMENT.read_text(encoding="utf-8").split(MARKER, 1)[1]
    server, database = re.findall(r"```sql\n(.*?)```", after, flags=re.DOTALL)[:2]

    def statements(block: str) -> list[str]:
        return [s.strip() for s in block.split(";") if s.strip()]

    return statements(server), statements(database)


@dataclass(frozen=True)
class OfficeServer:
    database: str  # also the schema's name, as in the guide
    role: str
    desk_url: str  # what a desk's MELDPUNT_DB holds
    admin_url: URL  # the superuser, inside the office's database


@pytest.fixture
def office_server() -> Iterator[OfficeServer]:
    if not PG_URL:
        pytest.skip(
            "MELDPUNT_TEST_PG_URL is not set: this test creates a database and a role on a "
            "PostgreSQL server (CI sets it)"
        )
    suffix = uuid.uuid4().hex[:10]
    database, role = f"meldpunt_{suffix}", f"meldpunt_app_{suffix}"
    password = secrets.token_urlsafe(24)  # letters, digits, - and _: safe inside quotes

    def named(statement: str) -> str:
        """The guide's names made unique, so parallel runs never meet."""
        return re.sub(r"\bmeldpunt\b", database, re.sub(r"\bmeldpunt_app\b", role, statement))

    on_server, in_database = guide_sql()
    base = make_url(PG_URL)
    server = create_engine(base, isolation_level="AUTOCOMMIT")
    inside = create_engine(base.set(database=database), isolation_level="AUTOCOMMIT")
    try:
        with server.connect() as conn:
            for statement in on_server:
                conn.execute(text(named(statement)))
            # The guide's `\password meldpunt_app`, which is psql's and not SQL.
            conn.execute(text(f"ALTER ROLE \"{role}\" PASSWORD '{password}'"))
        with inside.connect() as conn:
            for statement in in_database:
                conn.execute(text(named(statement)))
        desk = base.set(username=role, password=password, database=database)
        yield OfficeServer(database, role, desk.render_as_string(hide_password=False), inside.url)
    finally:
        inside.dispose()
        with server.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        server.dispose()


@dataclass(frozen=True)
class Desk:
    """One workstation: its own user folders, the office's database from MELDPUNT_DB."""

    home: Path
    database_url: str

    def start(
        self, *args: str, password: str | None = None, new: str | None = None
    ) -> subprocess.Popen[str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("MELDPUNT_")}
        env.update(
            MELDPUNT_HOME=str(self.home),
            MELDPUNT_CONFIG=str(self.home / "no-machine-settings.json"),
            MELDPUNT_DB=self.database_url,
            QT_QPA_PLATFORM="offscreen",
        )
        if password is not None:
            env["MELDPUNT_PASSWORD"] = password
        if new is not None:
            env["MELDPUNT_NEW_PASSWORD"] = new
        return subprocess.Popen(
            [sys.executable, "-m", "meldpunt", *args],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )

    def run(self, *args: str, password: str | None = None, new: str | None = None) -> str:
        return finish(self.start(*args, password=password, new=new))


def finish(process: subprocess.Popen[str]) -> str:
    """Standard output of a command that must succeed."""
    try:
        out, err = process.communicate(timeout=180)
    except subprocess.TimeoutExpired:
        process.kill()
        raise
    assert process.returncode == 0, f"{process.args}: {err}"
    return out


def write_reports(path: Path, prefix: str, count: int, canary: str) -> Path:
    """Reports in the contract's format, received in 2025, the reporter named after canary."""
    template = json.loads(EXAMPLE.read_text(encoding="utf-8"))["reports"][0]
    reports = []
    for i in range(count):
        report = copy.deepcopy(template)
        report["external_ref"] = f"{prefix}-{i:03d}"
        # After the template's incident (2025-03-01), spread over the year.
        report["received_on"] = f"2025-{4 + i % 9:02d}-{1 + i % 28:02d}"
        report["reporter"]["legal_name"] = f"{canary} {prefix} {i}"
        reports.append(report)
    path.write_text(json.dumps({"format": "meldpunt-import/1", "reports": reports}), "utf-8")
    return path


def test_two_desks_work_on_one_office(office_server: OfficeServer, tmp_path: Path) -> None:
    desk_a = Desk(tmp_path / "desk-a", office_server.desk_url)
    desk_b = Desk(tmp_path / "desk-b", office_server.desk_url)
    canary = f"Vandersmissen-{uuid.uuid4().hex[:8]}"
    file_a = write_reports(tmp_path / "desk-a.json", "DESK-A", 12, canary)
    file_b = write_reports(tmp_path / "desk-b.json", "DESK-B", 9, canary)

    desk_a.run(
        "init", "--office", "Meldpunt Leuven", "--admin", COORDINATOR, password=COORDINATOR_PASS
    )
    add_user = f"user add NAME --role ROLE --user {COORDINATOR}"
    for name, role, passphrase in (
        ("balie", "intake", INTAKE_PASS),
        ("stat", "statistician", STAT_PASS),
    ):
        args = add_user.replace("NAME", name).replace("ROLE", role).split()
        desk_b.run(*args, password=COORDINATOR_PASS, new=passphrase)

    # Both desks import at the same moment, each its own file.
    imports = [
        desk_a.start("import", str(file_a), "--user", COORDINATOR, password=COORDINATOR_PASS),
        desk_b.start("import", str(file_b), "--user", "balie", password=INTAKE_PASS),
    ]
    assert [finish(p).strip() for p in imports] == [
        "Imported 12 report(s).",
        "Imported 9 report(s).",
    ]

    # Each desk sees what the other one wrote: the other's file adds nothing.
    again_a = desk_a.run("import", str(file_b), "--user", COORDINATOR, password=COORDINATOR_PASS)
    again_b = desk_b.run("import", str(file_a), "--user", "balie", password=INTAKE_PASS)
    assert again_a.strip() == "Nothing new: all 9 reports were imported before."
    assert again_b.strip() == "Nothing new: all 12 reports were imported before."

    staff_a = desk_a.run("user", "list", "--user", COORDINATOR, password=COORDINATOR_PASS)
    staff_b = desk_b.run("user", "list", "--user", "stat", password=STAT_PASS)
    assert staff_a == staff_b
    assert all(name in staff_a for name in (COORDINATOR, "balie", "stat"))

    # The annual report at the same moment on both desks: the same published tables.
    def annual_report(desk: Desk, out: Path, user: str, passphrase: str) -> subprocess.Popen[str]:
        args = ["--year", "2025", "--out", f"{out}.pdf", "--json", f"{out}.json", "--user", user]
        return desk.start("report", *args, password=passphrase)

    reports = [
        annual_report(desk_a, tmp_path / "a", COORDINATOR, COORDINATOR_PASS),
        annual_report(desk_b, tmp_path / "b", "stat", STAT_PASS),
    ]
    for process in reports:
        finish(process)
    tables_a = json.loads((tmp_path / "a.json").read_text("utf-8"))
    assert tables_a == json.loads((tmp_path / "b.json").read_text("utf-8"))
    assert tables_a["year"] == 2025

    admin = create_engine(office_server.admin_url)
    try:
        with admin.connect() as conn:
            # The role is what the guide promises: no superuser, no new databases or roles,
            # nothing in the public schema; the tables are its own, in its own schema.
            powers = conn.execute(
                text(
                    "SELECT rolsuper, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname = :r"
                ),
                {"r": office_server.role},
            ).one()
            assert not any(powers)
            assert not conn.scalar(
                text("SELECT has_schema_privilege(:r, 'public', 'CREATE')"),
                {"r": office_server.role},
            )
            owners = conn.execute(
                text("SELECT schemaname, tableowner FROM pg_tables WHERE tableowner = :r"),
                {"r": office_server.role},
            ).all()
            assert owners and {schema for schema, _ in owners} == {office_server.database}

            # What the server's administrator sees: every row of every table, as text.
            tables = conn.scalars(
                text("SELECT tablename FROM pg_tables WHERE schemaname = :s"),
                {"s": office_server.database},
            ).all()
            schema = office_server.database
            # Identifiers from pg_tables and the fixture, never from input.
            select_rows = 'SELECT t::text FROM "{}"."{}" t'
            dump = "\n".join(
                row
                for table in tables
                for row in conn.scalars(text(select_rows.format(schema, table)))
            )
    finally:
        admin.dispose()
    assert "DESK-A-000" in dump  # the plain metadata is there...
    assert canary not in dump  # ...the reporters' names are not, as text or as bytes
    assert canary.encode().hex() not in dump
