"""The sealed list cache: one blob with the coded facts of every report (see ListCacheRow)."""

from __future__ import annotations

import zlib
from datetime import datetime

from sqlalchemy.orm import Session

from meldpunt.crypto.keys import KeyClass
from meldpunt.storage.keystore import DataKeys
from meldpunt.storage.models import DataKey, ListCacheRow
from meldpunt.storage.sealed import FieldSealer

# The cache row's id, and the owner of its data key (a fixed id: there is one cache).
LIST_CACHE_ID = "list-facts-cache"
_TABLE, _COLUMN = "list_cache", "blob"


def read(session: Session, keys: DataKeys) -> bytes | None:
    """The cache's plaintext, or None when there is none yet.

    Raises ``IntegrityError`` when the blob does not open (damaged, or swapped in).
    """
    row = session.get(ListCacheRow, LIST_CACHE_ID)
    if row is None:
        return None
    plain = FieldSealer(keys).open(
        LIST_CACHE_ID, KeyClass.SPECIAL, _TABLE, _COLUMN, LIST_CACHE_ID, row.blob
    )
    return zlib.decompress(plain)


def write(session: Session, keys: DataKeys, plain: bytes, entries: int, now: datetime) -> None:
    """Replace the cache (compressed, then sealed); the caller commits."""
    if session.get(DataKey, (LIST_CACHE_ID, KeyClass.SPECIAL.code)) is None:
        keys.create(LIST_CACHE_ID, [KeyClass.SPECIAL])
    blob = FieldSealer(keys).seal(
        LIST_CACHE_ID, KeyClass.SPECIAL, _TABLE, _COLUMN, LIST_CACHE_ID, zlib.compress(plain, 1)
    )
    row = session.get(ListCacheRow, LIST_CACHE_ID)
    if row is None:
        session.add(ListCacheRow(id=LIST_CACHE_ID, entries=entries, updated_at=now, blob=blob))
    else:
        row.entries, row.updated_at, row.blob = entries, now, blob
