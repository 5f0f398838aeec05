"""The vault keeps its promises on a real database (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select, text, update

from meldpunt.crypto.errors import IntegrityError, WeakKdfParameters, WrongPassphrase
from meldpunt.crypto.keyring import KeyRing, MissingKey
from meldpunt.crypto.keys import KeyClass
from meldpunt.services.accounts import Accounts, NewOffice, backoff_seconds
from meldpunt.services.errors import AccessDenied, InvalidInput, TooManyAttempts
from meldpunt.storage.database import Database
from meldpunt.storage.keystore import DataKeys
from meldpunt.storage.models import DataKey, KeyGrant, KeySlot, StaffUser, UnlockAttempt
from meldpunt.storage.sealed import FieldSealer
from support.clock import FakeClock
from support.office import COORDINATOR, COORDINATOR_PASS, INTAKE_PASS, STAT_PASS

REPORT_A = "00000000-0000-4000-8000-00000000000a"
REPORT_B = "00000000-0000-4000-8000-00000000000b"


def seal_fields(
    database: Database, ring: KeyRing, report_id: str, values: dict[str, str]
) -> dict[str, bytes]:
    """Write values through the vault as a repository would: one data key per report/class."""
    blobs: dict[str, bytes] = {}
    with database.sessions() as s, s.begin():
        keys = DataKeys(s, ring)
        keys.create(report_id, [KeyClass.IDENTITY, KeyClass.SPECIAL, KeyClass.CASE])
        sealer = FieldSealer(keys)
        for column, value in values.items():
            key_class = KeyClass.SPECIAL if column == "criteria" else KeyClass.IDENTITY
            blobs[column] = sealer.seal(
                report_id, key_class, "report", column, report_id, value.encode()
            )
    return blobs


def open_field(
    database: Database,
    ring: KeyRing,
    report_id: str,
    column: str,
    blob: bytes,
    *,
    row_id: str | None = None,
    key_class: KeyClass = KeyClass.IDENTITY,
) -> str:
    with database.sessions() as s:
        sealer = FieldSealer(DataKeys(s, ring))
        return sealer.open(
            report_id, key_class, "report", column, row_id or report_id, blob
        ).decode()


def test_unlock_gives_the_role_its_classes(accounts: Accounts, office: NewOffice) -> None:
    assert office.ring.classes() == set(KeyClass)
    accounts.add_user(office.ring, "stat", "statistician", STAT_PASS)
    accounts.add_user(office.ring, "balie", "intake", INTAKE_PASS)
    accounts.add_user(office.ring, "it", "administrator", "alleen back-ups maken")
    assert accounts.unlock("stat", STAT_PASS).classes() == {KeyClass.SPECIAL}
    assert accounts.unlock("balie", INTAKE_PASS).classes() == {
        KeyClass.IDENTITY,
        KeyClass.SPECIAL,
        KeyClass.CASE,
    }
    assert accounts.unlock("it", "alleen back-ups maken").classes() == {KeyClass.BACKUP}


def test_field_round_trip_and_place_binding(database: Database, office: NewOffice) -> None:
    ring = office.ring
    blobs = seal_fields(database, ring, REPORT_A, {"email": "an@voorbeeld.be", "phone": "0470"})
    assert open_field(database, ring, REPORT_A, "email", blobs["email"]) == "an@voorbeeld.be"
    seal_fields(database, ring, REPORT_B, {"email": "other@voorbeeld.be"})
    # copied to another row
    with pytest.raises(IntegrityError) as info:
        open_field(database, ring, REPORT_B, "email", blobs["email"])
    assert info.value.field == "email"
    # two columns swapped
    with pytest.raises(IntegrityError):
        open_field(database, ring, REPORT_A, "phone", blobs["email"])
    # any bit flip
    flipped = bytearray(blobs["email"])
    flipped[-1] ^= 0x01
    with pytest.raises(IntegrityError):
        open_field(database, ring, REPORT_A, "email", bytes(flipped))


def test_a_data_key_moved_to_another_report_is_detected(
    database: Database, office: NewOffice
) -> None:
    seal_fields(database, office.ring, REPORT_A, {"email": "a@voorbeeld.be"})
    blobs_b = seal_fields(database, office.ring, REPORT_B, {"email": "b@voorbeeld.be"})
    with database.sessions() as s, s.begin():
        wrapped_a = s.get(DataKey, (REPORT_A, "identity")).wrapped
        s.execute(
            update(DataKey)
            .where(DataKey.owner_id == REPORT_B, DataKey.key_class == "identity")
            .values(wrapped=wrapped_a)
        )
    with pytest.raises(IntegrityError) as info:
        open_field(database, office.ring, REPORT_B, "email", blobs_b["email"])
    assert info.value.record == REPORT_B


def test_swapped_slots_are_detected(
    accounts: Accounts, database: Database, office: NewOffice
) -> None:
    accounts.add_user(office.ring, "balie", "intake", INTAKE_PASS)
    with database.sessions() as s, s.begin():
        users = {u.username: u.id for u in s.scalars(select(StaffUser))}
        slot_c = s.scalar(select(KeySlot).where(KeySlot.user_id == users[COORDINATOR]))
        slot_b = s.scalar(select(KeySlot).where(KeySlot.user_id == users["balie"]))
        ids = (slot_c.id, slot_b.id)
        # swap the owners; unique constraint needs a detour via NULL
        s.execute(update(KeySlot).where(KeySlot.id == ids[0]).values(user_id=None))
        s.execute(update(KeySlot).where(KeySlot.id == ids[1]).values(user_id=users[COORDINATOR]))
        s.execute(update(KeySlot).where(KeySlot.id == ids[0]).values(user_id=users["balie"]))
    for name, passphrase in ((COORDINATOR, COORDINATOR_PASS), ("balie", INTAKE_PASS)):
        with pytest.raises(IntegrityError) as info:
            accounts.unlock(name, passphrase)
        assert info.value.field == "binding"


def test_a_grant_moved_between_slots_is_detected(
    accounts: Accounts, database: Database, office: NewOffice
) -> None:
    accounts.add_user(office.ring, "balie", "intake", INTAKE_PASS)
    with database.sessions() as s, s.begin():
        users = {u.username: u.id for u in s.scalars(select(StaffUser))}
        slot_c = s.scalar(select(KeySlot.id).where(KeySlot.user_id == users[COORDINATOR]))
        slot_b = s.scalar(select(KeySlot.id).where(KeySlot.user_id == users["balie"]))
        sealed = s.get(KeyGrant, (slot_c, "identity", 1)).sealed
        s.get(KeyGrant, (slot_b, "identity", 1)).sealed = sealed
    with pytest.raises(IntegrityError):
        accounts.unlock("balie", INTAKE_PASS)


def test_kdf_parameters_below_the_floor_are_refused(
    accounts: Accounts, database: Database, office: NewOffice
) -> None:
    with database.sessions() as s, s.begin():
        slot = s.scalar(select(KeySlot).where(KeySlot.kind == "passphrase"))
        params = json.loads(slot.kdf)
        params["memory_kib"] = 1024
        slot.kdf = json.dumps(params)
    with pytest.raises(WeakKdfParameters):
        accounts.unlock(COORDINATOR, COORDINATOR_PASS)


def test_wrong_passphrase_backs_off_and_is_recorded(database: Database) -> None:
    clock = FakeClock()
    accounts = Accounts(database.sessions, clock=clock)
    accounts.create_office("Meldpunt", COORDINATOR, COORDINATOR_PASS)
    for _ in range(3):
        with pytest.raises(WrongPassphrase) as info:
            accounts.unlock(COORDINATOR, "not the right passphrase")
        assert "Wrong user name or passphrase" in str(info.value)
        assert not hasattr(info.value, "ring")
    # after the free attempts, a wait applies even for the right passphrase
    with pytest.raises(TooManyAttempts) as waiting:
        accounts.unlock(COORDINATOR, COORDINATOR_PASS)
    assert waiting.value.seconds == backoff_seconds(3)
    clock.now += timedelta(seconds=backoff_seconds(3) + 1)
    ring = accounts.unlock(COORDINATOR, COORDINATOR_PASS)
    assert ring.holds(KeyClass.IDENTITY)
    with database.sessions() as s:
        attempts = [a.success for a in s.scalars(select(UnlockAttempt).order_by(UnlockAttempt.id))]
        user = s.scalar(select(StaffUser).where(StaffUser.username == COORDINATOR))
    assert attempts == [False, False, False, False, True]
    assert user.failed_unlocks == 0


def test_unknown_user_gets_the_same_answer(accounts: Accounts, office: NewOffice) -> None:
    with pytest.raises(WrongPassphrase, match="Wrong user name or passphrase"):
        accounts.unlock("nobody", COORDINATOR_PASS)


def test_backoff_grows_and_is_capped() -> None:
    waits = [backoff_seconds(n) for n in range(12)]
    assert waits[:3] == [0, 0, 0]
    assert waits[3:7] == [5, 10, 20, 40]
    assert waits[-1] == 900
    assert waits == sorted(waits)


def _ciphertext_snapshot(database: Database) -> dict[str, list[tuple[object, ...]]]:
    with database.engine.connect() as conn:
        return {
            table: [tuple(r) for r in conn.execute(text(f"SELECT * FROM {table} ORDER BY 1, 2"))]  # noqa: S608
            for table in ("data_key", "key_grant", "class_key_version")
        }


def test_passphrase_change_leaves_data_byte_identical(
    accounts: Accounts, database: Database, office: NewOffice
) -> None:
    blobs = seal_fields(database, office.ring, REPORT_A, {"email": "an@voorbeeld.be"})
    before = _ciphertext_snapshot(database)
    accounts.change_passphrase(office.ring, COORDINATOR_PASS, "een nieuwe lange zin 2026")
    assert _ciphertext_snapshot(database) == before
    with pytest.raises(WrongPassphrase):
        accounts.unlock(COORDINATOR, COORDINATOR_PASS)
    ring = accounts.unlock(COORDINATOR, "een nieuwe lange zin 2026")
    assert open_field(database, ring, REPORT_A, "email", blobs["email"]) == "an@voorbeeld.be"


def test_change_passphrase_needs_the_current_one(accounts: Accounts, office: NewOffice) -> None:
    with pytest.raises(WrongPassphrase):
        accounts.change_passphrase(office.ring, "not my passphrase!!", "een nieuwe lange zin")
    with pytest.raises(InvalidInput, match="at least 12 characters"):
        accounts.change_passphrase(office.ring, COORDINATOR_PASS, "kort")


def test_recovery_key_enrolls_a_coordinator_after_every_slot_is_gone(
    accounts: Accounts, database: Database, office: NewOffice
) -> None:
    blobs = seal_fields(database, office.ring, REPORT_A, {"email": "an@voorbeeld.be"})
    accounts.add_user(office.ring, "balie", "intake", INTAKE_PASS)
    with database.sessions() as s, s.begin():
        for slot in s.scalars(select(KeySlot).where(KeySlot.kind == "passphrase")):
            s.delete(slot)
    with pytest.raises(WrongPassphrase):
        accounts.unlock(COORDINATOR, COORDINATOR_PASS)
    typed = office.recovery_key.lower().replace("-", " ")
    ring = accounts.enroll_with_recovery_key(typed, "nieuw", "herstel na verlies 2026")
    assert ring.role == "coordinator"
    again = accounts.unlock("nieuw", "herstel na verlies 2026")
    assert open_field(database, again, REPORT_A, "email", blobs["email"]) == "an@voorbeeld.be"


def test_a_wrong_recovery_key_is_refused(accounts: Accounts, office: NewOffice) -> None:
    other = "0" * 55
    with pytest.raises(InvalidInput):
        accounts.enroll_with_recovery_key(other, "nieuw", "herstel na verlies 2026")


def test_statistician_with_raw_access_cannot_read_names_or_narratives(
    accounts: Accounts, database: Database, office: NewOffice
) -> None:
    from meldpunt.crypto.aead import unwrap_key
    from meldpunt.crypto.sealing import open_sealed_key

    blobs = seal_fields(
        database, office.ring, REPORT_A, {"legal_name": "Jansens", "criteria": "sexual_orientation"}
    )
    accounts.add_user(office.ring, "stat", "statistician", STAT_PASS)
    stat = accounts.unlock("stat", STAT_PASS)
    assert (
        open_field(
            database, stat, REPORT_A, "criteria", blobs["criteria"], key_class=KeyClass.SPECIAL
        )
        == "sexual_orientation"
    )
    with pytest.raises(MissingKey):
        open_field(database, stat, REPORT_A, "legal_name", blobs["legal_name"])
    # Raw access: every key the statistician can derive, tried against every wrapped key.
    with database.sessions() as s:
        grants = s.scalars(select(KeyGrant).where(KeyGrant.slot_id == stat.slot_id)).all()
        assert {g.key_class for g in grants} == {"special"}
        opened = []
        for g in grants:
            opened.append(
                open_sealed_key(
                    stat.box_key(),
                    g.sealed,
                    f"key_grant|{g.key_class}.v{g.key_version}|{stat.slot_id}".encode(),
                    record="x",
                    field="y",
                )
            )
        for row in s.scalars(select(DataKey)):
            for key in opened:
                if row.key_class == "special":
                    continue
                with pytest.raises(IntegrityError):
                    unwrap_key(
                        key,
                        row.wrapped,
                        f"data_key|{row.key_class}|{row.owner_id}".encode(),
                        record="x",
                        field="y",
                    )
        # and no other slot's grant opens with the statistician's private key
        for g in s.scalars(select(KeyGrant).where(KeyGrant.slot_id != stat.slot_id)):
            with pytest.raises(IntegrityError):
                open_sealed_key(
                    stat.box_key(),
                    g.sealed,
                    f"key_grant|{g.key_class}.v{g.key_version}|{g.slot_id}".encode(),
                    record="x",
                    field="y",
                )


def test_only_a_coordinator_manages_accounts(accounts: Accounts, office: NewOffice) -> None:
    accounts.add_user(office.ring, "balie", "intake", INTAKE_PASS)
    intake = accounts.unlock("balie", INTAKE_PASS)
    with pytest.raises(AccessDenied):
        accounts.add_user(intake, "x2", "intake", "een lange zin voor x2")
    with pytest.raises(AccessDenied):
        accounts.disable_user(intake, COORDINATOR)


def test_disabled_user_cannot_unlock_and_last_coordinator_stays(
    accounts: Accounts, office: NewOffice
) -> None:
    accounts.add_user(office.ring, "balie", "intake", INTAKE_PASS)
    accounts.disable_user(office.ring, "balie")
    with pytest.raises(WrongPassphrase):
        accounts.unlock("balie", INTAKE_PASS)
    with pytest.raises(InvalidInput, match="own account"):
        accounts.disable_user(office.ring, COORDINATOR)
    names = {(u.username, u.active) for u in accounts.list_users(office.ring)}
    assert names == {(COORDINATOR, True), ("balie", False)}


def test_reset_by_reenrolment(accounts: Accounts, database: Database, office: NewOffice) -> None:
    blobs = seal_fields(database, office.ring, REPORT_A, {"email": "an@voorbeeld.be"})
    accounts.add_user(office.ring, "balie", "intake", INTAKE_PASS)
    accounts.reset_passphrase(office.ring, "balie", "vergeten en opnieuw gezet")
    with pytest.raises(WrongPassphrase):
        accounts.unlock("balie", INTAKE_PASS)
    ring = accounts.unlock("balie", "vergeten en opnieuw gezet")
    assert open_field(database, ring, REPORT_A, "email", blobs["email"]) == "an@voorbeeld.be"


def test_passphrase_policy_is_clear(accounts: Accounts, office: NewOffice) -> None:
    with pytest.raises(InvalidInput, match="at least 12 characters"):
        accounts.add_user(office.ring, "balie", "intake", "short")
    with pytest.raises(InvalidInput, match="Unknown role"):
        accounts.add_user(office.ring, "balie", "boss", INTAKE_PASS)


def test_lock_wipes_the_keys(accounts: Accounts, office: NewOffice) -> None:
    ring = accounts.unlock(COORDINATOR, COORDINATOR_PASS)
    buffers = [*ring.class_keys.values(), ring.box_private]
    accounts.lock(ring)
    assert ring.is_locked and not ring.holds(KeyClass.IDENTITY)
    assert all(not any(buf) for buf in buffers)
