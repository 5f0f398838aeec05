"""The backup envelope: a consistent snapshot, encrypted in chunks, with an authenticated manifest.

File layout (integers big endian)::

    magic "MELDPUNT-BACKUP\\0" (16) | format version (uint16) | manifest length (uint32)
    manifest (UTF-8 JSON, no personal data)
    chunk*: length (uint32) | AES-256-GCM blob (crypto/aead.py layout)

Every chunk is encrypted with a random envelope key; its associated data names the backup,
the chunk's index, whether it is the last one, and the SHA-256 of the manifest bytes, so a
changed manifest, a reordered, dropped or truncated chunk all fail to decrypt. The envelope
key is wrapped by the ``backup`` class key (``wrapped_key`` in the manifest). The manifest
also carries the key slots that hold that backup key version and their sealed grants, so a
restore can be unlocked from the backup itself when the database is lost.
"""

from __future__ import annotations

import base64
import hashlib
import json
import sqlite3
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import Connection, Engine, MetaData, inspect, select, text

from meldpunt.crypto.aead import decrypt, encrypt
from meldpunt.crypto.errors import IntegrityError
from meldpunt.crypto.keys import KeyClass
from meldpunt.storage.audit_chain import OFFICE_ID_SETTING, head_of
from meldpunt.storage.errors import StorageError
from meldpunt.storage.models import (
    ClassKeyVersion,
    KeyGrant,
    KeySlot,
    OfficeSetting,
    StaffUser,
)
from meldpunt.storage.models_audit import ErasureLedger

MAGIC = b"MELDPUNT-BACKUP\x00"
FORMAT_VERSION = 1
MANIFEST_FORMAT = "meldpunt-backup/1"
CHUNK_BYTES = 1024 * 1024
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
PAYLOAD_SQLITE = "sqlite-file"
PAYLOAD_ROWS = "rows-jsonl"
ENVELOPE_KEY_VERSION = 0  # the envelope key is not versioned; 0 marks it in blob headers
_HEADER = struct.Struct(">16sHI")
_LENGTH = struct.Struct(">I")

Progress = Callable[[int, int], None]


class BackupError(StorageError):
    """A backup file that cannot be used: damaged, changed, or not a Meldpunt backup."""


# --- reading the state a manifest describes ------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object, what: str) -> bytes:
    if not isinstance(value, str):
        raise BackupError(f"The backup's manifest is damaged ({what}).")
    try:
        return base64.b64decode(value, validate=True)
    except ValueError:
        raise BackupError(f"The backup's manifest is damaged ({what}).") from None


def read_state(conn: Connection, backup_version: int) -> dict[str, Any]:
    """What the manifest says about a snapshot, read from the snapshot itself."""
    tables = set(inspect(conn).get_table_names())
    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    office = conn.execute(
        select(OfficeSetting.value).where(OfficeSetting.key == OFFICE_ID_SETTING)
    ).scalar()
    seq, digest = head_of(conn) if "audit_head" in tables else (0, "0" * 64)
    versions: dict[str, list[int]] = {}
    for key_class, version in conn.execute(
        select(ClassKeyVersion.key_class, ClassKeyVersion.version).order_by(
            ClassKeyVersion.key_class, ClassKeyVersion.version
        )
    ):
        versions.setdefault(key_class, []).append(version)
    erasures = (
        len(conn.execute(select(ErasureLedger.record_id)).all())
        if "erasure_ledger" in tables
        else 0
    )
    slots = []
    rows = conn.execute(
        select(KeySlot.__table__, StaffUser.username, StaffUser.role, KeyGrant.sealed)
        .join(KeyGrant, KeyGrant.slot_id == KeySlot.id)
        .outerjoin(StaffUser, StaffUser.id == KeySlot.user_id)
        .where(KeyGrant.key_class == KeyClass.BACKUP.code, KeyGrant.key_version == backup_version)
    ).all()
    for row in rows:
        slots.append(
            {
                "id": row.id,
                "user_id": row.user_id,
                "username": row.username,
                "role": row.role,
                "kind": row.kind,
                "kdf": row.kdf,
                "box_public_key": _b64(bytes(row.box_public_key)),
                "wrapped_box_key": _b64(bytes(row.wrapped_box_key)),
                "wrapped_signing_key": _b64(bytes(row.wrapped_signing_key)),
                "binding": _b64(bytes(row.binding)),
                "created_at": row.created_at.isoformat()
                if isinstance(row.created_at, datetime)
                else str(row.created_at),
                "grant": _b64(bytes(row.sealed)),
            }
        )
    return {
        "office_id": office,
        "schema_revision": revision,
        "audit_head": {"seq": seq, "hash": digest},
        "key_versions": versions,
        "erasures": erasures,
        "key_slots": slots,
    }


def slot_from_manifest(entry: dict[str, Any]) -> tuple[KeySlot, bytes]:
    """A detached KeySlot (never added to a session) and its sealed backup grant."""
    slot = KeySlot(
        id=str(entry.get("id")),
        user_id=entry.get("user_id"),
        kind=str(entry.get("kind")),
        kdf=entry.get("kdf"),
        box_public_key=_unb64(entry.get("box_public_key"), "key slot"),
        wrapped_box_key=_unb64(entry.get("wrapped_box_key"), "key slot"),
        wrapped_signing_key=_unb64(entry.get("wrapped_signing_key"), "key slot"),
        binding=_unb64(entry.get("binding"), "key slot"),
    )
    return slot, _unb64(entry.get("grant"), "key grant")


# --- snapshots --------------------------------------------------------------------------------


def snapshot_sqlite(source: Path, target: Path) -> None:
    """A consistent copy with SQLite's backup API, in one step (other desks keep writing).

    One step holds one read transaction: the copy is the database as of that moment. The
    copy is then switched to a rollback journal so it is a single self-contained file.
    """
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst, pages=-1)
            dst.execute("PRAGMA journal_mode=DELETE")
            dst.commit()
        finally:
            dst.close()
    finally:
        src.close()


def _encode_value(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$b": _b64(bytes(value))}
    if isinstance(value, datetime):
        return {"$t": value.isoformat()}
    if isinstance(value, date):
        return {"$d": value.isoformat()}
    return value


def _decode_value(value: Any) -> Any:
    if isinstance(value, dict):
        if "$b" in value:
            return base64.b64decode(value["$b"])
        if "$t" in value:
            return datetime.fromisoformat(value["$t"])
        if "$d" in value:
            return date.fromisoformat(value["$d"])
    return value


def dump_rows(conn: Connection, out: BinaryIO) -> int:
    """Every row of every table, in foreign-key order, as JSON lines; returns the row count.

    Run it in the same REPEATABLE READ transaction as ``read_state`` for one snapshot.
    """
    meta = MetaData()
    meta.reflect(conn)
    count = 0
    for table in meta.sorted_tables:
        columns = [c.name for c in table.columns]
        out.write(json.dumps(["T", table.name, columns]).encode() + b"\n")
        pk = list(table.primary_key.columns) or list(table.columns)
        for row in conn.execute(select(table).order_by(*pk)).yield_per(1000):
            values = [_encode_value(v) for v in row]
            out.write(json.dumps(["R", values], separators=(",", ":")).encode() + b"\n")
            count += 1
    return count


def load_rows(conn: Connection, source: Path) -> list[str]:
    """Insert a ``dump_rows`` file into a freshly migrated schema; returns skipped tables.

    Rows the migrations seeded are replaced; alembic_version is the migrations' own.
    """
    meta = MetaData()
    meta.reflect(conn)
    for table in reversed(meta.sorted_tables):
        if table.name != "alembic_version":
            conn.execute(table.delete())
    skipped: list[str] = []
    table = None
    columns: list[str] = []
    batch: list[dict[str, Any]] = []

    def flush() -> None:
        if table is not None and batch:
            conn.execute(table.insert(), batch)
        batch.clear()

    with source.open("rb") as fh:
        for line in fh:
            kind, *rest = json.loads(line)
            if kind == "T":
                flush()
                name, columns = rest[0], rest[1]
                table = meta.tables.get(name) if name != "alembic_version" else None
                if table is None and name != "alembic_version":
                    skipped.append(name)
            elif kind == "R" and table is not None:
                batch.append({c: _decode_value(v) for c, v in zip(columns, rest[0], strict=True)})
                if len(batch) >= 500:
                    flush()
        flush()
    if conn.dialect.name == "postgresql":
        _reset_sequences(conn, meta)
    return skipped


def _reset_sequences(conn: Connection, meta: MetaData) -> None:
    # Rows came with their ids: serial counters must continue after the highest one.
    for table in meta.sorted_tables:
        for column in table.primary_key.columns:
            sequence = conn.execute(
                text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": column.name}
            ).scalar()
            if sequence:
                highest = conn.execute(select(column).order_by(column.desc()).limit(1)).scalar()
                conn.execute(
                    text("SELECT setval(:s, :v, :called)"),
                    {"s": sequence, "v": highest or 1, "called": highest is not None},
                )


# --- the envelope -----------------------------------------------------------------------------


def _chunk_aad(backup_id: str, index: int, last: bool, manifest_digest: str) -> bytes:
    flag = "last" if last else "more"
    return f"meldpunt-backup|{backup_id}|{index}|{flag}|{manifest_digest}".encode()


def file_digest(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        while block := fh.read(CHUNK_BYTES):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


def write_envelope(
    out: BinaryIO,
    manifest: dict[str, Any],
    payload: Path,
    key: bytes,
    progress: Progress | None = None,
) -> None:
    """Write header, manifest and encrypted chunks; ``manifest`` must name size and SHA-256."""
    size = int(manifest["payload_size"])
    chunks = max(1, -(-size // CHUNK_BYTES))
    manifest["chunks"] = chunks
    manifest["chunk_size"] = CHUNK_BYTES
    body = json.dumps(manifest, sort_keys=True, indent=1).encode("utf-8")
    digest = hashlib.sha256(body).hexdigest()
    out.write(_HEADER.pack(MAGIC, FORMAT_VERSION, len(body)))
    out.write(body)
    with payload.open("rb") as fh:
        for index in range(chunks):
            block = fh.read(CHUNK_BYTES)
            blob = encrypt(
                key,
                block,
                _chunk_aad(manifest["backup_id"], index, index == chunks - 1, digest),
                key_class=KeyClass.BACKUP,
                key_version=ENVELOPE_KEY_VERSION,
            )
            out.write(_LENGTH.pack(len(blob)))
            out.write(blob)
            if progress is not None:
                progress(index + 1, chunks)


@dataclass(frozen=True)
class Envelope:
    path: Path
    manifest: dict[str, Any]
    manifest_digest: str
    body_offset: int


def read_envelope(path: Path) -> Envelope:
    """The manifest of a backup file; nothing is decrypted yet."""
    try:
        with path.open("rb") as fh:
            header = fh.read(_HEADER.size)
            if len(header) != _HEADER.size:
                raise BackupError(f"{path.name} is not a Meldpunt backup.")
            magic, version, length = _HEADER.unpack(header)
            if magic != MAGIC:
                raise BackupError(f"{path.name} is not a Meldpunt backup.")
            if version != FORMAT_VERSION:
                raise BackupError(
                    f"{path.name} was made by another version of Meldpunt (format {version})."
                )
            if length > MAX_MANIFEST_BYTES:
                raise BackupError(f"The backup {path.name} is damaged (manifest).")
            body = fh.read(length)
    except OSError as exc:
        raise BackupError(f"The backup file cannot be read: {exc.strerror}.") from None
    if len(body) != length:
        raise BackupError(f"The backup {path.name} is damaged (cut short).")
    try:
        manifest = json.loads(body)
    except ValueError:
        raise BackupError(f"The backup {path.name} is damaged (manifest).") from None
    if not isinstance(manifest, dict) or manifest.get("format") != MANIFEST_FORMAT:
        raise BackupError(f"The backup {path.name} is damaged (manifest).")
    return Envelope(path, manifest, hashlib.sha256(body).hexdigest(), _HEADER.size + length)


def _chunks(envelope: Envelope) -> Iterator[tuple[int, bytes]]:
    with envelope.path.open("rb") as fh:
        fh.seek(envelope.body_offset)
        index = 0
        while True:
            raw = fh.read(_LENGTH.size)
            if not raw:
                return
            if len(raw) != _LENGTH.size:
                raise BackupError("The backup is damaged: it was cut short.")
            (length,) = _LENGTH.unpack(raw)
            if length > CHUNK_BYTES + 64:
                raise BackupError(f"The backup is damaged at part {index + 1}.")
            blob = fh.read(length)
            if len(blob) != length:
                raise BackupError("The backup is damaged: it was cut short.")
            yield index, blob
            index += 1


def decrypt_payload(
    envelope: Envelope, key: bytes, target: Path, progress: Progress | None = None
) -> None:
    """Decrypt every chunk to ``target``; then size and SHA-256 must match the manifest."""
    manifest = envelope.manifest
    chunks = int(manifest.get("chunks", 0))
    backup_id = str(manifest.get("backup_id"))
    digest = hashlib.sha256()
    size = 0
    seen = 0
    with target.open("wb") as out:
        for index, blob in _chunks(envelope):
            if index >= chunks:
                raise BackupError("The backup is damaged: it has parts it should not have.")
            aad = _chunk_aad(backup_id, index, index == chunks - 1, envelope.manifest_digest)
            try:
                block = decrypt(key, blob, aad, record="backup", field=f"part {index + 1}")
            except IntegrityError:
                raise BackupError(
                    f"The backup is damaged or was changed (part {index + 1} of {chunks})."
                ) from None
            digest.update(block)
            size += len(block)
            out.write(block)
            seen += 1
            if progress is not None:
                progress(seen, chunks)
    if seen != chunks:
        raise BackupError(f"The backup is incomplete: {seen} of {chunks} parts.")
    if size != manifest.get("payload_size") or digest.hexdigest() != manifest.get("payload_sha256"):
        raise BackupError("The backup's content does not match its checksum (SHA-256).")


def sqlite_integrity(path: Path) -> str | None:
    """None when SQLite finds the file sound, else its first complaint."""
    conn = sqlite3.connect(path)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()
        if not result or result[0] != "ok":
            return str(result[0]) if result else "no answer"
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            return "broken references"
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()
    return None


def database_is_empty(engine: Engine) -> bool:
    with engine.connect() as conn:
        return not inspect(conn).get_table_names()
