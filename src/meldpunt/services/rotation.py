"""Rotating a class key after someone leaves: new version, data keys re-wrapped in batches.

Resumable: the new version and its grants are written in one transaction, then every
batch of re-wrapped data keys commits on its own. A run killed at any point leaves data
keys wrapped by the old or the new version, both still granted, so every record stays
readable; the next coordinator to unlock finishes the job. The old version and its grants
are deleted only when no data key refers to it any more.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from meldpunt.crypto.keyring import KeyRing, MissingKey
from meldpunt.crypto.keys import KeyClass, random_key
from meldpunt.services.audit import AuditLog
from meldpunt.services.clock import Clock, utc_now
from meldpunt.services.errors import AccessDenied
from meldpunt.storage import keystore
from meldpunt.storage.models import ClassKeyVersion, DataKey, KeyGrant, KeySlot

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RotationStatus:
    key_class: KeyClass
    new_version: int
    remaining: int


class KeyRotation:
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

    def pending(self) -> list[KeyClass]:
        """Classes with a retiring version: a rotation started and not finished."""
        with self.sessions() as s:
            rows = s.scalars(
                select(ClassKeyVersion.key_class).where(ClassKeyVersion.state == "retiring")
            )
            return sorted({KeyClass.from_code(r) for r in rows})

    def start(self, actor: KeyRing, key_class: KeyClass) -> int:
        """Create the next version, grant it to every slot that holds the class."""
        if actor.is_locked or actor.role != "coordinator":
            raise AccessDenied("Only a coordinator can rotate keys.")
        if key_class in self.pending():
            raise AccessDenied(
                "A rotation of the {key} key is still running; finish it first.",
                key=key_class.code,
            )
        old_version, _ = actor.current(key_class)
        new_key = random_key()
        with self.sessions() as s, s.begin():
            self.audit.claim(s)
            newest = s.scalar(
                select(func.max(ClassKeyVersion.version)).where(
                    ClassKeyVersion.key_class == key_class.code
                )
            )
            new_version = int(newest or 0) + 1
            old = s.get(ClassKeyVersion, (key_class.code, old_version))
            if old is None or old.state != "active":
                raise AccessDenied("Your keys are out of date; lock and unlock, then try again.")
            old.state = "retiring"
            s.add(
                ClassKeyVersion(
                    key_class=key_class.code,
                    version=new_version,
                    state="active",
                    created_at=self.clock(),
                )
            )
            holders = s.scalars(
                select(KeySlot).where(
                    KeySlot.id.in_(
                        select(KeyGrant.slot_id).where(
                            KeyGrant.key_class == key_class.code,
                            KeyGrant.key_version == old_version,
                        )
                    )
                )
            ).all()
            for slot in holders:
                keystore.grant(s, slot, key_class, new_version, new_key)
            self.audit.append(
                s,
                actor,
                "key.rotated",
                key_class.code,
                detail=f"version={new_version} holders={len(holders)}",
            )
        actor.add(key_class, new_version, new_key, current=True)
        log.info("Rotation of the %s key started (version %d)", key_class.code, new_version)
        return new_version

    def resume(
        self,
        actor: KeyRing,
        key_class: KeyClass,
        *,
        batch_size: int = 500,
        progress: Progress | None = None,
    ) -> RotationStatus:
        """Re-wrap the remaining data keys batch by batch, then retire the old versions."""
        if not actor.holds(key_class):
            raise MissingKey(key_class)
        new_version, new_key = actor.current(key_class)
        with self.sessions() as s:
            total = (
                s.scalar(
                    select(func.count()).where(
                        DataKey.key_class == key_class.code, DataKey.key_version != new_version
                    )
                )
                or 0
            )
        done = 0
        while True:
            with self.sessions() as s, s.begin():
                rows = s.scalars(
                    select(DataKey)
                    .where(DataKey.key_class == key_class.code, DataKey.key_version != new_version)
                    .limit(batch_size)
                ).all()
                for row in rows:
                    old_key = actor.key(key_class, row.key_version)
                    keystore.rewrap_data_key(row, old_key, new_key, new_version)
            done += len(rows)
            if progress is not None:
                progress(done, total)
            if len(rows) < batch_size:
                break
        with self.sessions() as s, s.begin():
            left = s.scalar(
                select(func.count()).where(
                    DataKey.key_class == key_class.code, DataKey.key_version != new_version
                )
            )
            if left == 0:
                retired = s.scalars(
                    select(ClassKeyVersion).where(
                        ClassKeyVersion.key_class == key_class.code,
                        ClassKeyVersion.version != new_version,
                    )
                ).all()
                for version in retired:
                    s.execute(
                        delete(KeyGrant).where(
                            KeyGrant.key_class == key_class.code,
                            KeyGrant.key_version == version.version,
                        )
                    )
                    s.delete(version)
                    actor.class_keys.pop((key_class, version.version), None)
        log.info("Rotation of the %s key: %d data keys re-wrapped", key_class.code, done)
        return RotationStatus(key_class, new_version, int(left or 0))

    def rotate(
        self,
        actor: KeyRing,
        key_class: KeyClass,
        *,
        batch_size: int = 500,
        progress: Progress | None = None,
    ) -> RotationStatus:
        self.start(actor, key_class)
        return self.resume(actor, key_class, batch_size=batch_size, progress=progress)

    def resume_all(self, actor: KeyRing, progress: Progress | None = None) -> list[RotationStatus]:
        """Finish any rotation a crash interrupted (called after a coordinator unlocks)."""
        return [
            self.resume(actor, key_class, progress=progress)
            for key_class in self.pending()
            if actor.holds(key_class)
        ]
