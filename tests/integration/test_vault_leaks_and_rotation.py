"""Canaries written through the vault leak nowhere; a rotation killed halfway resumes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select, text

from meldpunt.config import UserSettings
from meldpunt.crypto.keys import KeyClass
from meldpunt.logsetup import setup_logging
from meldpunt.paths import default_paths
from meldpunt.services.accounts import Accounts
from meldpunt.services.rotation import KeyRotation
from meldpunt.storage.database import Database, open_database
from meldpunt.storage.keystore import DataKeys
from meldpunt.storage.models import ClassKeyVersion, DataKey, KeyGrant
from meldpunt.storage.sealed import FieldSealer
from support.canary import CANARIES, files_below, find_canaries
from support.office import COORDINATOR, COORDINATOR_PASS


def _write_canaries(database: Database, accounts: Accounts) -> dict[str, tuple[str, bytes]]:
    ring = accounts.unlock(COORDINATOR, COORDINATOR_PASS)
    stored: dict[str, tuple[str, bytes]] = {}
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "CREATE TABLE canary_store (id VARCHAR(36) PRIMARY KEY, blob BYTEA)"
                if database.engine.dialect.name == "postgresql"
                else "CREATE TABLE canary_store (id VARCHAR(36) PRIMARY KEY, blob BLOB)"
            )
        )
    with database.sessions() as s, s.begin():
        keys = DataKeys(s, ring)
        sealer = FieldSealer(keys)
        for canary in CANARIES:
            row_id = str(uuid.uuid4())
            keys.create(row_id, [KeyClass.IDENTITY, KeyClass.CASE])
            blob = sealer.seal(
                row_id, KeyClass.IDENTITY, "canary_store", "blob", row_id, canary.encode()
            )
            s.execute(
                text("INSERT INTO canary_store (id, blob) VALUES (:i, :b)"),
                {"i": row_id, "b": blob},
            )
            stored[canary] = (row_id, blob)
    return stored


def test_canaries_written_through_the_vault_appear_in_no_file(tmp_path: Path) -> None:
    paths = default_paths()
    setup_logging(paths)
    UserSettings(language="fr").save(paths.settings_file)
    db_file = tmp_path / "office.db"
    database = open_database(f"sqlite:///{db_file}")
    accounts = Accounts(database.sessions)
    accounts.create_office("Meldpunt Leuven", COORDINATOR, COORDINATOR_PASS)
    stored = _write_canaries(database, accounts)
    # read them back (decryption must not leave traces either)
    ring = accounts.unlock(COORDINATOR, COORDINATOR_PASS)
    with database.sessions() as s:
        sealer = FieldSealer(DataKeys(s, ring))
        for canary, (row_id, blob) in stored.items():
            assert (
                sealer.open(
                    row_id, KeyClass.IDENTITY, "canary_store", "blob", row_id, blob
                ).decode()
                == canary
            )
    # the WAL still holds recent pages: search while it exists, and after a checkpoint
    written = files_below(tmp_path, Path(os.environ["MELDPUNT_HOME"]))
    assert any(p.name.endswith("-wal") for p in written)
    assert find_canaries(written) == []
    database.dispose()
    assert find_canaries(files_below(tmp_path, Path(os.environ["MELDPUNT_HOME"]))) == []


def test_canaries_are_not_in_the_tables_in_plain(db_url: str) -> None:
    """What a database administrator sees (on PostgreSQL: the server's tables) is ciphertext."""
    database = open_database(db_url)
    accounts = Accounts(database.sessions)
    accounts.create_office("Meldpunt Leuven", COORDINATOR, COORDINATOR_PASS)
    _write_canaries(database, accounts)
    with database.engine.connect() as conn:
        dump = b"".join(
            bytes(value) if isinstance(value, bytes | memoryview) else str(value).encode()
            for table in ("canary_store", "data_key", "key_grant", "key_slot", "staff_user")
            for row in conn.execute(text(f"SELECT * FROM {table}"))  # noqa: S608
            for value in row
        )
    database.dispose()
    for canary in CANARIES:
        assert canary.encode() not in dump
        assert canary.encode("utf-16-le") not in dump


ROTATE_SCRIPT = """
import sys
from meldpunt.app import main
sys.exit(main(["--db", sys.argv[1], "key", "rotate", "identity", "--user", "coord",
               "--batch-size", "1"]))
"""


@pytest.mark.slow
def test_a_rotation_killed_halfway_resumes_and_every_record_decrypts(tmp_path: Path) -> None:
    db_file = tmp_path / "office.db"
    url = f"sqlite:///{db_file}"
    database = open_database(url)
    accounts = Accounts(database.sessions)
    office = accounts.create_office("Meldpunt Leuven", COORDINATOR, COORDINATOR_PASS)
    count = 1500
    values: dict[str, bytes] = {}
    with database.sessions() as s, s.begin():
        keys = DataKeys(s, office.ring)
        sealer = FieldSealer(keys)
        for i in range(count):
            owner = str(uuid.uuid4())
            keys.create(owner, [KeyClass.IDENTITY])
            values[owner] = sealer.seal(
                owner, KeyClass.IDENTITY, "report", "name", owner, f"persoon {i}".encode()
            )
    database.dispose()

    env = dict(os.environ, MELDPUNT_PASSWORD=COORDINATOR_PASS)
    proc = subprocess.Popen(
        [sys.executable, "-c", ROTATE_SCRIPT, url],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    watcher = sqlite3.connect(db_file, timeout=30)
    try:
        rewrapped = 0
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            row = watcher.execute(
                "SELECT count(*) FROM data_key WHERE key_class='identity' AND key_version=2"
            ).fetchone()
            rewrapped = row[0]
            if rewrapped >= 50:
                break
            time.sleep(0.02)
        assert proc.poll() is None, "the rotation finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        watcher.close()
    assert 50 <= rewrapped < count

    database = open_database(url)
    try:
        rotation = KeyRotation(database.sessions)
        assert rotation.pending() == [KeyClass.IDENTITY]
        ring = Accounts(database.sessions).unlock(COORDINATOR, COORDINATOR_PASS)
        # every record is readable in the half-rotated state already
        with database.sessions() as s:
            sealer = FieldSealer(DataKeys(s, ring))
            for i, (owner, blob) in enumerate(values.items()):
                sealer.open(owner, KeyClass.IDENTITY, "report", "name", owner, blob)
                if i > 200:
                    break
        statuses = rotation.resume_all(ring)
        assert [s.remaining for s in statuses] == [0]
        assert rotation.pending() == []
        with database.sessions() as s:
            versions = s.scalars(
                select(DataKey.key_version).where(DataKey.key_class == "identity")
            ).all()
            assert set(versions) == {2}
            assert s.scalars(
                select(ClassKeyVersion.version).where(ClassKeyVersion.key_class == "identity")
            ).all() == [2]
            assert set(
                s.scalars(
                    select(KeyGrant.key_version).where(KeyGrant.key_class == "identity")
                ).all()
            ) == {2}
        ring = Accounts(database.sessions).unlock(COORDINATOR, COORDINATOR_PASS)
        with database.sessions() as s:
            sealer = FieldSealer(DataKeys(s, ring))
            for i, (owner, blob) in enumerate(values.items()):
                plain = sealer.open(owner, KeyClass.IDENTITY, "report", "name", owner, blob)
                assert plain == f"persoon {i}".encode()
    finally:
        database.dispose()


def test_rotation_grants_the_new_version_to_every_holder(db_url: str) -> None:
    database = open_database(db_url)
    try:
        accounts = Accounts(database.sessions)
        office = accounts.create_office("Meldpunt", COORDINATOR, COORDINATOR_PASS)
        accounts.add_user(office.ring, "stat", "statistician", "cijfers zonder namen 2025")
        with database.sessions() as s, s.begin():
            DataKeys(s, office.ring).create("r1", [KeyClass.SPECIAL, KeyClass.IDENTITY])
        status = KeyRotation(database.sessions).rotate(office.ring, KeyClass.SPECIAL)
        assert status.new_version == 2 and status.remaining == 0
        stat = accounts.unlock("stat", "cijfers zonder namen 2025")
        assert stat.current_versions[KeyClass.SPECIAL] == 2
        assert set(stat.class_keys) == {(KeyClass.SPECIAL, 2)}
        with database.sessions() as s:
            assert DataKeys(s, stat).get("r1", KeyClass.SPECIAL)
    finally:
        database.dispose()
