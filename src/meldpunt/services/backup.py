"""Encrypted backup and restore, done by an administrator who never opens a report.

Backups hold ciphertext only: a snapshot of the database (SQLite backup API, or every row of
every table in one REPEATABLE READ transaction on PostgreSQL) in the envelope of
``storage/backup.py``, whose key is wrapped by the ``backup`` class key. A restore checks the
envelope, SQLite's integrity, the audit chain, re-applies the erasure ledger of the database
it replaces (and of this workstation), and only then puts the result in place.
"""

from __future__ import annotations

import base64
import logging
import os
import shutil
import sqlite3
import tempfile
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, MetaData, create_engine, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from meldpunt import __version__
from meldpunt.crypto.aead import field_aad, unwrap_key, wrap_key
from meldpunt.crypto.errors import IntegrityError, WrongPassphrase
from meldpunt.crypto.kdf import derive_slot_key
from meldpunt.crypto.keyring import KeyRing, MissingKey
from meldpunt.crypto.keys import KeyClass, random_key
from meldpunt.crypto.signing import public_key
from meldpunt.domain.accounts import PolicyError, Role, normalize_username
from meldpunt.fileio import atomic_writer
from meldpunt.services.audit import AuditLog, SeenHead, WorkstationState
from meldpunt.services.clock import Clock, as_utc, utc_now
from meldpunt.services.errors import AccessDenied, ServiceError
from meldpunt.services.permissions import ROLE_ACTIONS, Action, require
from meldpunt.storage import audit_chain, keystore
from meldpunt.storage.backup import (
    PAYLOAD_ROWS,
    PAYLOAD_SQLITE,
    BackupError,
    Envelope,
    Progress,
    decrypt_payload,
    dump_rows,
    file_digest,
    load_rows,
    read_envelope,
    read_state,
    slot_from_manifest,
    snapshot_sqlite,
    sqlite_integrity,
    write_envelope,
)
from meldpunt.storage.engine import make_engine, sqlite_path
from meldpunt.storage.erasure import KIND_REPORT, LedgerEntry, apply_ledger, compact_sqlite
from meldpunt.storage.erasure import ledger as read_ledger
from meldpunt.storage.migrate import known_revisions, upgrade_connection
from meldpunt.storage.models import OfficeSetting, StaffUser
from meldpunt.storage.rows import put_setting

log = logging.getLogger(__name__)

LAST_BACKUP_SETTING = "last_backup_at"
BACKUP_REMINDER = timedelta(days=7)


# Why a restore was refused, when ``force`` would let it go on (the UI offers "restore anyway").
REFUSED_NEWER = "newer"  # the database in place has a newer audit trail than the backup
REFUSED_OTHER_OFFICE = "other_office"  # the backup belongs to another office
FORCEABLE = frozenset({REFUSED_NEWER, REFUSED_OTHER_OFFICE})


class RestoreRefused(ServiceError):
    """The restore was stopped before anything was changed; the message says why.

    ``reason`` is one of the ``REFUSED_*`` codes when ``force`` would override the refusal
    (empty otherwise); ``current_seq`` and ``backup_seq`` are the two audit heads compared.
    """

    def __init__(
        self,
        message: str,
        /,
        *,
        reason: str = "",
        current_seq: int = 0,
        backup_seq: int = 0,
        **params: object,
    ) -> None:
        if current_seq or backup_seq:  # the message may name the two audit heads
            params = {"current_seq": current_seq, "backup_seq": backup_seq, **params}
        super().__init__(message, **params)
        self.reason = reason
        self.current_seq = current_seq
        self.backup_seq = backup_seq

    @property
    def forceable(self) -> bool:
        return self.reason in FORCEABLE


def _engine(sessions: sessionmaker[Session]) -> Engine:
    bind = sessions.kw.get("bind")
    assert isinstance(bind, Engine), "the session factory must be bound to an engine"
    return bind


def _envelope_aad(backup_id: str) -> bytes:
    return field_aad("backup", "envelope_key", backup_id)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    backup_id: str
    payload: str
    size: int
    audit_seq: int


@dataclass(frozen=True)
class BackupSummary:
    """What a backup file says about itself (its manifest); nothing is decrypted."""

    backup_id: str
    made_at: datetime | None
    audit_seq: int  # the newest audit entry in the backup
    other_office: bool  # made of another office than the database these services use
    current_seq: int = 0  # the newest audit entry of the database in place

    @property
    def older_than_database(self) -> bool:
        """The database in place went on after this backup: restoring loses that work."""
        return self.current_seq > self.audit_seq


class BackupService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        clock: Clock = utc_now,
        audit: AuditLog | None = None,
    ) -> None:
        self.sessions = sessions
        self.clock = clock
        self.audit = audit or AuditLog(sessions, clock=clock)

    def create(self, ring: KeyRing, out: Path, *, progress: Progress | None = None) -> BackupInfo:
        """Snapshot, encrypt and write ``out`` atomically; recorded in the audit trail."""
        require(ring, Action.BACKUP)
        if not ring.holds(KeyClass.BACKUP):
            raise AccessDenied("Your account does not hold the backup key.")
        version, class_key = ring.current(KeyClass.BACKUP)
        engine = _engine(self.sessions)
        backup_id = str(uuid.uuid4())
        out = out.expanduser()
        out.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=".meldpunt-backup-", dir=out.parent))
        try:
            snapshot = work / "snapshot"
            state, payload = self._snapshot(engine, snapshot, version)
            if not state["key_slots"]:
                raise ServiceError("Nobody holds the backup key; a coordinator must grant it.")
            digest, size = file_digest(snapshot)
            envelope_key = random_key()
            manifest: dict[str, Any] = {
                "format": "meldpunt-backup/1",
                "backup_id": backup_id,
                "created_at": self.clock().isoformat(),
                "meldpunt_version": __version__,
                "backend": engine.dialect.name,
                "payload": payload,
                "payload_size": size,
                "payload_sha256": digest,
                "backup_key_version": version,
                "wrapped_key": base64.b64encode(
                    wrap_key(
                        class_key,
                        envelope_key,
                        _envelope_aad(backup_id),
                        key_class=KeyClass.BACKUP,
                        key_version=version,
                    )
                ).decode("ascii"),
                **state,
            }
            with atomic_writer(out) as fh:
                write_envelope(fh, manifest, snapshot, envelope_key, progress)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        seq = int(state["audit_head"]["seq"])
        with self.sessions() as s, s.begin():
            self.audit.claim(s)
            put_setting(s, LAST_BACKUP_SETTING, self.clock().isoformat())
            self.audit.append(s, ring, "backup.created", backup_id, detail=f"seq={seq} size={size}")
        log.info("Backup written (%s, %d bytes)", payload, size)
        return BackupInfo(out, backup_id, payload, size, seq)

    @staticmethod
    def _snapshot(engine: Engine, target: Path, version: int) -> tuple[dict[str, Any], str]:
        path = sqlite_path(engine.url)
        if engine.dialect.name == "sqlite":
            if path is None:
                raise ServiceError("An in-memory database cannot be backed up.")
            snapshot_sqlite(path, target)
            copy = create_engine(f"sqlite:///{target}")
            try:
                with copy.connect() as conn:
                    return read_state(conn, version), PAYLOAD_SQLITE
            finally:
                copy.dispose()
        # PostgreSQL: every row through SQLAlchemy in one snapshot (see docs/security.md).
        snapshot = engine.connect().execution_options(isolation_level="REPEATABLE READ")
        with snapshot as conn, conn.begin(), target.open("wb") as fh:
            conn.exec_driver_sql("SET TRANSACTION READ ONLY")
            state = read_state(conn, version)
            dump_rows(conn, fh)
        return state, PAYLOAD_ROWS

    def describe(self, ring: KeyRing, source: Path) -> BackupSummary:
        """The date, audit head and office of a backup file, before anybody restores it."""
        require(ring, Action.RESTORE)
        manifest = read_envelope(source).manifest
        try:
            made_at: datetime | None = as_utc(datetime.fromisoformat(str(manifest["created_at"])))
        except (KeyError, ValueError):
            made_at = None
        head = manifest.get("audit_head")
        seq = head.get("seq") if isinstance(head, dict) else None
        with self.sessions() as s:
            office = audit_chain.office_id(s)
            current_seq = audit_chain.head_of(s)[0]
        theirs = manifest.get("office_id")
        return BackupSummary(
            str(manifest.get("backup_id")),
            made_at,
            seq if isinstance(seq, int) else 0,
            bool(office and theirs and office != theirs),
            current_seq,
        )

    def restore(
        self,
        source: Path,
        username: str,
        passphrase: str,
        *,
        force: bool = False,
        workstation: WorkstationState | None = None,
        progress: Progress | None = None,
    ) -> RestoreOutcome:
        """Restore ``source`` over the database these services use (see ``restore_backup``).

        The caller locks its session first: every pooled connection is closed before the
        restore (SQLite refuses to replace a file that is still open) and again after it (a
        connection to the replaced file must not be reused). The workstation state is the
        audit log's own unless another is given.
        """
        engine = _engine(self.sessions)
        if engine.dialect.name == "sqlite" and sqlite_path(engine.url) is None:
            raise ServiceError("An in-memory database cannot be restored over.")
        url = engine.url.render_as_string(hide_password=False)
        engine.dispose()
        try:
            return restore_backup(
                source,
                url,
                username,
                passphrase,
                force=force,
                clock=self.clock,
                workstation=self.audit.workstation if workstation is None else workstation,
                progress=progress,
            )
        finally:
            engine.dispose()

    def last_backup_at(self) -> datetime | None:
        with self.sessions() as s:
            row = s.get(OfficeSetting, LAST_BACKUP_SETTING)
        if row is None:
            return None
        try:
            return as_utc(datetime.fromisoformat(row.value))
        except ValueError:
            return None

    def last_backup_age(self, now: datetime | None = None) -> timedelta | None:
        """How long ago the last backup was made; None when there never was one."""
        last = self.last_backup_at()
        return None if last is None else (now or self.clock()) - last

    def backup_overdue(self, now: datetime | None = None) -> bool:
        """True when the UI should remind: no backup, or the last one is older than 7 days."""
        age = self.last_backup_age(now)
        return age is None or age > BACKUP_REMINDER


# --- restore ----------------------------------------------------------------------------


@dataclass(frozen=True)
class RestoreOutcome:
    backup_id: str
    made_at: str
    backup_seq: int  # the newest audit entry in the backup
    head_seq: int  # the newest audit entry after the restore (its own entries included)
    reapplied: int  # erasures made after the backup, applied again
    forced: bool


@dataclass
class _TargetState:
    readable: bool = True
    empty: bool = True
    office_id: str | None = None
    head_seq: int = 0
    ledger: list[LedgerEntry] = field(default_factory=list)


@dataclass(frozen=True)
class _Unlocked:
    user_id: str
    role: str
    signing_key: bytes
    envelope_key: bytes


def _target_state(engine: Engine) -> _TargetState:
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            if not tables:
                return _TargetState()
            state = _TargetState(empty=False)
            if "office_setting" in tables:
                state.office_id = conn.execute(
                    select(OfficeSetting.value).where(
                        OfficeSetting.key == audit_chain.OFFICE_ID_SETTING
                    )
                ).scalar()
            if "audit_head" in tables:
                state.head_seq = audit_chain.head_of(conn)[0]
            if "erasure_ledger" in tables:
                with Session(bind=conn) as s:
                    state.ledger = read_ledger(s)
            return state
    except DBAPIError:
        log.warning("The database to restore over could not be read", exc_info=True)
        return _TargetState(readable=False, empty=False)


def _holders(envelope: Envelope) -> dict[str, dict[str, Any]]:
    return {
        str(e.get("username")): e
        for e in envelope.manifest.get("key_slots", [])
        if isinstance(e, dict) and e.get("kind") == "passphrase" and e.get("username")
    }


def _unlock_from_envelope(envelope: Envelope, username: str, passphrase: str) -> _Unlocked | None:
    manifest = envelope.manifest
    try:
        name = normalize_username(username)
    except PolicyError:
        return None
    entry = _holders(envelope).get(name)
    if entry is None:
        return None
    slot, sealed = slot_from_manifest(entry)
    try:
        keystore.check_binding(slot)
        params = keystore.slot_kdf(slot)
    except IntegrityError:
        raise BackupError("The backup's key slots are damaged.") from None
    try:
        box, signing = keystore.open_slot(slot, derive_slot_key(passphrase, params))
    except IntegrityError:
        return None  # perhaps the passphrase changed since: the caller tries the database
    version = int(manifest.get("backup_key_version", 0))
    try:
        class_key = keystore.open_grant(slot, KeyClass.BACKUP, version, sealed, box)
    except IntegrityError:
        raise BackupError("The backup's key grant is damaged.") from None
    return _Unlocked(
        str(slot.user_id),
        str(entry.get("role")),
        signing,
        _open_envelope_key(envelope, class_key),
    )


def _open_envelope_key(envelope: Envelope, class_key: bytes) -> bytes:
    manifest = envelope.manifest
    try:
        wrapped = base64.b64decode(str(manifest.get("wrapped_key")), validate=True)
        return unwrap_key(
            class_key,
            wrapped,
            _envelope_aad(str(manifest.get("backup_id"))),
            record="backup",
            field="envelope key",
        )
    except (ValueError, IntegrityError):
        raise BackupError("The backup is damaged or was changed (its key).") from None


def _unlock_from_database(
    target_url: str, envelope: Envelope, username: str, passphrase: str
) -> _Unlocked:
    from meldpunt.services.accounts import Accounts
    from meldpunt.storage.database import open_database

    database = open_database(target_url)
    try:
        ring = Accounts(database.sessions).unlock(username, passphrase)
    finally:
        database.dispose()
    try:
        version = int(envelope.manifest.get("backup_key_version", 0))
        try:
            class_key = ring.key(KeyClass.BACKUP, version)
        except MissingKey:
            raise RestoreRefused(
                "This backup was made with version {version} of the backup key, which your "
                "account does not hold (any more).",
                version=version,
            ) from None
        assert ring.user_id is not None
        return _Unlocked(
            ring.user_id, ring.role, ring.signing_key(), _open_envelope_key(envelope, class_key)
        )
    finally:
        ring.wipe()


def _check_signer(session: Session, chain: audit_chain.ChainReport, who: _Unlocked) -> None:
    """The restoring user's entries must verify in the restored trail."""
    key = public_key(who.signing_key)
    trusted = chain.trusted.get(who.user_id)
    if trusted is not None:
        ok = key in trusted
    else:
        user = session.get(StaffUser, who.user_id)
        ok = user is not None and bytes(user.signing_public_key) == key
    if not ok:
        raise RestoreRefused(
            "Your account's keys changed after this backup was made (or it did not exist "
            "then); restore with a coordinator or administrator account that existed then."
        )


def _finish(
    session: Session,
    who: _Unlocked,
    envelope: Envelope,
    ledger: list[LedgerEntry],
    now: datetime,
) -> int:
    """Verify the restored trail, re-apply erasures, and record the restore; returns redone."""
    chain = audit_chain.verify_chain(session)
    if chain.problem is not None:
        raise RestoreRefused(
            "The backup's audit trail is broken ({problem}); nothing was restored.",
            problem=chain.problem.message,
        )
    _check_signer(session, chain, who)
    redone = apply_ledger(session, ledger)
    manifest = envelope.manifest
    audit_chain.append(
        session,
        at=now,
        actor=who.user_id,
        action="backup.restored",
        object_id=str(manifest.get("backup_id")),
        detail=f"seq={manifest.get('audit_head', {}).get('seq')} reapplied={redone}",
        signing_key=who.signing_key,
    )
    return redone


def _sqlite_from_rows(rows: Path, target: Path, revision: str) -> None:
    engine = create_engine(f"sqlite:///{target}")
    try:
        with engine.connect() as conn, conn.begin():
            upgrade_connection(conn, revision)
            load_rows(conn, rows)
    finally:
        engine.dispose()


def _rows_from_sqlite(source: Path, rows: Path) -> None:
    engine = create_engine(f"sqlite:///{source}")
    try:
        with engine.connect() as conn, rows.open("wb") as fh:
            dump_rows(conn, fh)
    finally:
        engine.dispose()


def _put_sqlite_in_place(restored: Path, target: Path) -> None:
    """Replace the target file atomically; refused while another program has it open."""
    if target.exists():
        conn = sqlite3.connect(target, timeout=5)
        try:
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        except sqlite3.DatabaseError:
            mode = None
        finally:
            conn.close()
        if mode != "delete":
            raise RestoreRefused(
                "The database is in use (Meldpunt is open on this or another desk); close it "
                "everywhere and run the restore again. Nothing was changed."
            )
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(restored, target)
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(target.parent, os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def restore_backup(
    source: Path,
    target_url: str,
    username: str,
    passphrase: str,
    *,
    force: bool = False,
    clock: Clock = utc_now,
    workstation: WorkstationState | None = None,
    progress: Progress | None = None,
) -> RestoreOutcome:
    """Restore ``source`` into the database at ``target_url`` (checked first, then replaced).

    Refused without ``force`` when the database in place has a newer audit trail than the
    backup (work would be lost) or belongs to another office.
    """
    from meldpunt.storage.database import open_database

    workstation = workstation or WorkstationState()
    envelope = read_envelope(source)
    manifest = envelope.manifest
    revision = str(manifest.get("schema_revision"))
    if revision not in known_revisions():
        raise RestoreRefused(
            "This backup was made by a newer version of Meldpunt; install that version first."
        )
    backup_seq = int(manifest.get("audit_head", {}).get("seq", 0))
    office = manifest.get("office_id")
    engine = make_engine(target_url)
    try:
        current = _target_state(engine)
    finally:
        engine.dispose()
    who = _unlock_from_envelope(envelope, username, passphrase)
    if who is None:
        if current.empty or not current.readable:
            if username.strip().lower() not in _holders(envelope):
                raise RestoreRefused(
                    "{username} holds no key that opens this backup; restore it with "
                    "a coordinator or administrator account.",
                    username=username.strip(),
                )
            raise WrongPassphrase()
        who = _unlock_from_database(target_url, envelope, username, passphrase)
    try:
        if Role(who.role) not in ROLE_ACTIONS[Action.RESTORE]:
            raise AccessDenied("Only a coordinator or an administrator can restore a backup.")
    except ValueError:
        raise AccessDenied("Only a coordinator or an administrator can restore a backup.") from None
    if not current.readable and not force:
        raise RestoreRefused(
            "The database to restore over cannot be read. Add --force to replace it."
        )
    if not current.empty and not force:
        if current.office_id and office and current.office_id != office:
            raise RestoreRefused(
                "This backup belongs to another office than the database it would replace. "
                "Add --force to replace that database anyway.",
                reason=REFUSED_OTHER_OFFICE,
                current_seq=current.head_seq,
                backup_seq=backup_seq,
            )
        if current.head_seq > backup_seq:
            raise RestoreRefused(
                "The database in place is newer than the backup: its audit trail reaches "
                "entry {current_seq}, the backup's entry {backup_seq}. Restoring would "
                "lose the work done since. Add --force to restore anyway.",
                reason=REFUSED_NEWER,
                current_seq=current.head_seq,
                backup_seq=backup_seq,
            )
    now = clock()
    ledger = list(current.ledger)
    known = {e.record_id for e in ledger}
    for item in workstation.erased(str(office)) if office else []:
        record = str(item.get("id"))
        if record not in known:
            kind = str(item.get("kind") or KIND_REPORT)
            reason = str(item.get("reason") or "request")
            ledger.append(LedgerEntry(record, kind, "personal", reason, now, None))
            known.add(record)

    target_path = sqlite_path(make_url(target_url))
    work_parent = target_path.parent if target_path is not None else None
    if work_parent is not None:
        work_parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".meldpunt-restore-", dir=work_parent))
    try:
        payload = work / "payload"
        decrypt_payload(envelope, who.envelope_key, payload, progress)
        payload_kind = manifest.get("payload")
        if target_path is not None:
            restored = work / "restored.db"
            if payload_kind == PAYLOAD_SQLITE:
                payload.rename(restored)
            elif payload_kind == PAYLOAD_ROWS:
                _sqlite_from_rows(payload, restored, revision)
            else:
                raise BackupError("The backup's manifest is damaged (payload).")
            problem = sqlite_integrity(restored)
            if problem is not None:
                raise RestoreRefused(
                    "The backup's database is damaged ({problem}).", problem=problem
                )
            database = open_database(f"sqlite:///{restored}")
            try:
                with database.sessions() as s, s.begin():
                    audit_chain.claim(s)
                    redone = _finish(s, who, envelope, ledger, now)
                    head = audit_chain.head_of(s)
                    office = audit_chain.office_id(s) or office
                compact_sqlite(database.engine)
            finally:
                database.dispose()
            single = sqlite3.connect(restored)
            try:
                single.execute("PRAGMA journal_mode=DELETE")
            finally:
                single.close()
            _put_sqlite_in_place(restored, target_path)
        else:
            rows = payload
            if payload_kind == PAYLOAD_SQLITE:
                rows = work / "rows"
                _rows_from_sqlite(payload, rows)
            elif payload_kind != PAYLOAD_ROWS:
                raise BackupError("The backup's manifest is damaged (payload).")
            head, redone, office = _restore_rows(
                target_url, rows, revision, who, envelope, ledger, now
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if office:
        # This workstation chose this restore: it accepts the restored trail as its head.
        workstation.remember(str(office), SeenHead(*head))
    log.info("Backup restored (%d erasures re-applied)", redone)
    return RestoreOutcome(
        str(manifest.get("backup_id")),
        str(manifest.get("created_at")),
        backup_seq,
        head[0],
        redone,
        force,
    )


def _restore_rows(
    target_url: str,
    rows: Path,
    revision: str,
    who: _Unlocked,
    envelope: Envelope,
    ledger: list[LedgerEntry],
    now: datetime,
) -> tuple[tuple[int, str], int, str | None]:
    """PostgreSQL: drop, migrate, load, migrate on, verify and record in ONE transaction."""
    engine = make_engine(target_url)
    try:
        with engine.connect() as conn, conn.begin():
            existing = MetaData()
            existing.reflect(conn)
            existing.drop_all(conn)
            upgrade_connection(conn, revision)
            skipped = load_rows(conn, rows)
            if skipped:
                log.warning("Tables unknown to this version were not restored: %s", skipped)
            upgrade_connection(conn, "head")
            with Session(bind=conn, join_transaction_mode="create_savepoint") as s:
                redone = _finish(s, who, envelope, ledger, now)
                head = audit_chain.head_of(s)
                office = audit_chain.office_id(s)
                s.commit()  # releases the savepoint; the outer transaction commits below
    finally:
        engine.dispose()
    return head, redone, office
