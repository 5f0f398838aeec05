"""Key slots, class key grants and per-record data keys, stored as ciphertext only."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import Select, delete, select
from sqlalchemy.orm import Session

from meldpunt.crypto.aead import field_aad, unwrap_key, wrap_key
from meldpunt.crypto.errors import IntegrityError
from meldpunt.crypto.kdf import KdfParams
from meldpunt.crypto.keyring import KeyRing, MissingKey
from meldpunt.crypto.keys import KeyClass, random_key
from meldpunt.crypto.sealing import box_public_key, open_sealed_key, seal_key
from meldpunt.storage.models import ClassKeyVersion, DataKey, KeyGrant, KeySlot

SLOT_PASSPHRASE = "passphrase"  # noqa: S105 - a slot kind, not a secret
SLOT_RECOVERY = "recovery"


def slot_binding(slot: KeySlot) -> bytes:
    """A digest over every column of the slot and its owner (length-prefixed, versioned)."""
    parts: list[bytes] = [
        b"meldpunt key slot v1",
        slot.id.encode(),
        (slot.user_id or "").encode(),
        slot.kind.encode(),
        (slot.kdf or "").encode(),
        bytes(slot.box_public_key),
        bytes(slot.wrapped_box_key),
        bytes(slot.wrapped_signing_key),
    ]
    digest = hashlib.sha256()
    for part in parts:
        digest.update(len(part).to_bytes(4, "big"))
        digest.update(part)
    return digest.digest()


def new_slot(
    *,
    user_id: str | None,
    kind: str,
    slot_key: bytes,
    kdf: KdfParams | None,
    box_private: bytes,
    signing_private: bytes,
    now: datetime,
    slot_id: str | None = None,
) -> KeySlot:
    slot_id = slot_id or str(uuid.uuid4())
    slot = KeySlot(
        id=slot_id,
        user_id=user_id,
        kind=kind,
        kdf=json.dumps(kdf.to_dict(), sort_keys=True) if kdf else None,
        box_public_key=box_public_key(box_private),
        created_at=now,
    )
    rewrap_slot(slot, slot_key, kdf, box_private, signing_private)
    return slot


def rewrap_slot(
    slot: KeySlot,
    slot_key: bytes,
    kdf: KdfParams | None,
    box_private: bytes,
    signing_private: bytes,
) -> None:
    """(Re)wrap a slot's private keys under a new slot key; grants and data stay untouched."""
    slot.kdf = json.dumps(kdf.to_dict(), sort_keys=True) if kdf else None
    slot.wrapped_box_key = wrap_key(
        slot_key,
        box_private,
        field_aad("key_slot", "wrapped_box_key", slot.id),
        key_class=KeyClass.IDENTITY,
        key_version=0,
    )
    slot.wrapped_signing_key = wrap_key(
        slot_key,
        signing_private,
        field_aad("key_slot", "wrapped_signing_key", slot.id),
        key_class=KeyClass.IDENTITY,
        key_version=0,
    )
    slot.binding = slot_binding(slot)


def check_binding(slot: KeySlot) -> None:
    if bytes(slot.binding) != slot_binding(slot):
        raise IntegrityError(f"key slot {slot.id}", "binding")


def slot_kdf(slot: KeySlot) -> KdfParams:
    """The slot's KDF parameters; malformed or below the floor raises before any work."""
    try:
        params = KdfParams.from_dict(json.loads(slot.kdf or ""))
    except (ValueError, TypeError, KeyError) as exc:
        raise IntegrityError(f"key slot {slot.id}", "kdf") from exc
    params.check_floor()
    return params


def open_slot(slot: KeySlot, slot_key: bytes) -> tuple[bytes, bytes]:
    """The slot's (box, signing) private keys; IntegrityError when the key does not fit."""
    box = unwrap_key(
        slot_key,
        bytes(slot.wrapped_box_key),
        field_aad("key_slot", "wrapped_box_key", slot.id),
        record=f"key slot {slot.id}",
        field="wrapped_box_key",
    )
    signing = unwrap_key(
        slot_key,
        bytes(slot.wrapped_signing_key),
        field_aad("key_slot", "wrapped_signing_key", slot.id),
        record=f"key slot {slot.id}",
        field="wrapped_signing_key",
    )
    if box_public_key(box) != bytes(slot.box_public_key):
        raise IntegrityError(f"key slot {slot.id}", "box_public_key")
    return box, signing


def _grant_aad(slot_id: str, key_class: KeyClass, version: int) -> bytes:
    return field_aad("key_grant", f"{key_class.code}.v{version}", slot_id)


def grant(session: Session, slot: KeySlot, key_class: KeyClass, version: int, key: bytes) -> None:
    session.add(
        KeyGrant(
            slot_id=slot.id,
            key_class=key_class.code,
            key_version=version,
            sealed=seal_key(
                bytes(slot.box_public_key),
                key,
                _grant_aad(slot.id, key_class, version),
                key_class=key_class,
                key_version=version,
            ),
        )
    )


def grant_classes(
    session: Session, slot: KeySlot, source: KeyRing, classes: Iterable[KeyClass]
) -> None:
    """Seal every version of ``classes`` that ``source`` holds to ``slot``."""
    for key_class in classes:
        versions = [v for (c, v) in source.class_keys if c is key_class]
        if not versions:
            raise MissingKey(key_class)
        for version in versions:
            grant(session, slot, key_class, version, source.key(key_class, version))


def open_grant(
    slot: KeySlot, key_class: KeyClass, version: int, sealed: bytes, box_private: bytes
) -> bytes:
    """One sealed grant of ``slot`` (a restore opens the backup grant copied into a backup)."""
    return open_sealed_key(
        box_private,
        sealed,
        _grant_aad(slot.id, key_class, version),
        record=f"key slot {slot.id}",
        field=f"grant {key_class.code} v{version}",
    )


def active_versions(session: Session) -> dict[KeyClass, int]:
    rows = session.scalars(select(ClassKeyVersion).where(ClassKeyVersion.state == "active"))
    return {KeyClass.from_code(r.key_class): r.version for r in rows}


def load_grants(session: Session, slot: KeySlot, ring: KeyRing) -> None:
    """Open every grant of the slot into the key ring; a damaged grant is an IntegrityError."""
    active = active_versions(session)
    box = ring.box_key()
    for g in session.scalars(select(KeyGrant).where(KeyGrant.slot_id == slot.id)):
        key_class = KeyClass.from_code(g.key_class)
        key = open_sealed_key(
            box,
            bytes(g.sealed),
            _grant_aad(slot.id, key_class, g.key_version),
            record=f"key slot {slot.id}",
            field=f"grant {g.key_class} v{g.key_version}",
        )
        ring.add(key_class, g.key_version, key, current=active.get(key_class) == g.key_version)


def create_class_keys(session: Session, now: datetime) -> dict[KeyClass, bytes]:
    """Version 1 of every class key (a new office)."""
    keys = {}
    for key_class in KeyClass:
        session.add(
            ClassKeyVersion(key_class=key_class.code, version=1, state="active", created_at=now)
        )
        keys[key_class] = random_key()
    return keys


# --- per-record data keys ----------------------------------------------------------------


def _data_key_aad(owner_id: str, key_class: KeyClass) -> bytes:
    return field_aad("data_key", key_class.code, owner_id)


class DataKeys:
    """Per-record data keys of one session, unwrapped on demand and cached."""

    def __init__(self, session: Session, ring: KeyRing) -> None:
        self.session = session
        self.ring = ring
        self._cache: dict[tuple[str, KeyClass], bytes] = {}

    def create(self, owner_id: str, classes: Iterable[KeyClass]) -> None:
        self.session.add_all(DataKey(**row) for row in self.new_rows(owner_id, classes))

    def new_rows(self, owner_id: str, classes: Iterable[KeyClass]) -> list[dict[str, object]]:
        """Fresh data keys as plain rows, for bulk inserts; the caller inserts them."""
        rows: list[dict[str, object]] = []
        for key_class in classes:
            version, class_key = self.ring.current(key_class)
            key = random_key()
            rows.append(
                {
                    "owner_id": owner_id,
                    "key_class": key_class.code,
                    "key_version": version,
                    "wrapped": wrap_key(
                        class_key,
                        key,
                        _data_key_aad(owner_id, key_class),
                        key_class=key_class,
                        key_version=version,
                    ),
                }
            )
            self._cache[(owner_id, key_class)] = key
        return rows

    def get(self, owner_id: str, key_class: KeyClass) -> bytes:
        cached = self._cache.get((owner_id, key_class))
        if cached is not None:
            return cached
        if not self.ring.holds(key_class):
            raise MissingKey(key_class)
        row = self.session.get(DataKey, (owner_id, key_class.code))
        if row is None:
            raise IntegrityError(owner_id, f"data key {key_class.code}")
        key = unwrap_key(
            self.ring.key(key_class, row.key_version),
            bytes(row.wrapped),
            _data_key_aad(owner_id, key_class),
            record=owner_id,
            field=f"data key {key_class.code}",
        )
        self._cache[(owner_id, key_class)] = key
        return key

    def preload(
        self, owners: Select[str] | Select[str | None] | Sequence[str], key_class: KeyClass
    ) -> None:
        """Unwrap the ``key_class`` data keys of many records in one query (statistics).

        ``owners`` is a list of record ids or a query selecting them. A key that is missing
        or does not open is left out here; ``get`` raises for that record alone, as before.
        """
        if not self.ring.holds(key_class):
            raise MissingKey(key_class)
        query = select(DataKey.owner_id, DataKey.key_version, DataKey.wrapped).where(
            DataKey.key_class == key_class.code
        )
        if isinstance(owners, Select):
            batches: list[Select[str, int, bytes]] = [query.where(DataKey.owner_id.in_(owners))]
        else:
            # Lists in chunks: databases limit the number of bound parameters.
            ids = list(owners)
            batches = [
                query.where(DataKey.owner_id.in_(ids[i : i + 500])) for i in range(0, len(ids), 500)
            ]
        for batch in batches:
            for owner_id, version, wrapped in self.session.execute(batch):
                if (owner_id, key_class) in self._cache:
                    continue
                try:
                    key = unwrap_key(
                        self.ring.key(key_class, version),
                        bytes(wrapped),
                        _data_key_aad(owner_id, key_class),
                        record=owner_id,
                        field=f"data key {key_class.code}",
                    )
                except (IntegrityError, MissingKey):
                    continue
                self._cache[(owner_id, key_class)] = key

    def shred(self, owner_id: str, classes: Iterable[KeyClass] | None = None) -> None:
        """Delete the wrapped data keys: the record's ciphertexts become unreadable everywhere."""
        codes = [c.code for c in (classes or KeyClass)]
        self.session.execute(
            delete(DataKey).where(DataKey.owner_id == owner_id, DataKey.key_class.in_(codes))
        )
        for key_class in classes or KeyClass:
            self._cache.pop((owner_id, key_class), None)


def rewrap_data_key(row: DataKey, old_key: bytes, new_key: bytes, new_version: int) -> None:
    key_class = KeyClass.from_code(row.key_class)
    aad = _data_key_aad(row.owner_id, key_class)
    plain = unwrap_key(
        old_key, bytes(row.wrapped), aad, record=row.owner_id, field=f"data key {row.key_class}"
    )
    row.wrapped = wrap_key(new_key, plain, aad, key_class=key_class, key_version=new_version)
    row.key_version = new_version
