"""Staff accounts on the vault: create the office, unlock, add and disable users, passphrases."""

from __future__ import annotations

import logging
import math
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from meldpunt.crypto.errors import IntegrityError, InvalidRecoveryKey, WrongPassphrase
from meldpunt.crypto.kdf import derive_slot_key, new_params, recovery_slot_key
from meldpunt.crypto.keyring import KeyRing
from meldpunt.crypto.keys import KeyClass
from meldpunt.crypto.recovery import format_recovery_key, new_recovery_key, parse_recovery_key
from meldpunt.crypto.sealing import generate_box_key
from meldpunt.crypto.signing import generate_signing_key, public_key
from meldpunt.domain.accounts import (
    ACCOUNT_MANAGERS,
    RECOVERY_CLASSES,
    ROLE_CLASSES,
    PolicyError,
    Role,
    check_passphrase,
    normalize_username,
    parse_role,
)
from meldpunt.services.audit import AuditLog
from meldpunt.services.clock import Clock, as_utc, utc_now
from meldpunt.services.errors import AccessDenied, Conflict, InvalidInput, NotFound, TooManyAttempts
from meldpunt.storage import keystore
from meldpunt.storage.models import KeyGrant, KeySlot, OfficeSetting, StaffUser, UnlockAttempt
from meldpunt.storage.reports_repo import BLIND_INDEX_OWNER

log = logging.getLogger(__name__)

FREE_ATTEMPTS = 3
BACKOFF_FIRST_SECONDS = 5
BACKOFF_MAX_SECONDS = 15 * 60


def role_classes(role: Role | str) -> frozenset[KeyClass]:
    return frozenset(KeyClass.from_code(c) for c in ROLE_CLASSES[Role(role)])


def backoff_seconds(failures: int) -> int:
    """No delay for the first few typos, then a doubling wait up to 15 minutes."""
    if failures < FREE_ATTEMPTS:
        return 0
    return int(min(BACKOFF_FIRST_SECONDS * 2 ** (failures - FREE_ATTEMPTS), BACKOFF_MAX_SECONDS))


@dataclass(frozen=True)
class StaffInfo:
    id: str
    username: str
    display_name: str
    role: str
    active: bool
    created_at: datetime


@dataclass(frozen=True)
class NewOffice:
    ring: KeyRing
    recovery_key: str  # shown once, never stored


@contextmanager
def _policy() -> Iterator[None]:
    """Policy errors from the domain become InvalidInput with the same message (template)."""
    try:
        yield
    except PolicyError as exc:
        raise InvalidInput(exc.template, **exc.params) from exc


class Accounts:
    """Use cases for staff accounts; every change is one transaction."""

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

    # --- the office ---------------------------------------------------------------------

    def office_exists(self) -> bool:
        with self.sessions() as s:
            return s.scalar(select(StaffUser.id).limit(1)) is not None

    def office_name(self) -> str | None:
        with self.sessions() as s:
            row = s.get(OfficeSetting, "office_name")
            return row.value if row else None

    def create_office(
        self, office_name: str, username: str, passphrase: str, display_name: str = ""
    ) -> NewOffice:
        """A new office: class keys, the recovery slot and the first coordinator."""
        name = office_name.strip()
        if not name or len(name) > 200:
            raise InvalidInput("Give the office a name of at most 200 characters.")
        with _policy():
            username = normalize_username(username)
            check_passphrase(passphrase)
        now = self.clock()
        recovery = new_recovery_key()
        recovery_signing = generate_signing_key()
        with self.sessions() as s, s.begin():
            self.audit.claim(s)
            if s.scalar(select(StaffUser.id).limit(1)) is not None:
                raise Conflict("This database already holds an office.")
            s.add(OfficeSetting(key="office_name", value=name))
            class_keys = keystore.create_class_keys(s, now)
            recovery_slot = keystore.new_slot(
                user_id=None,
                kind=keystore.SLOT_RECOVERY,
                slot_key=recovery_slot_key(recovery),
                kdf=None,
                box_private=generate_box_key(),
                signing_private=recovery_signing,
                now=now,
            )
            s.add(recovery_slot)
            s.flush()  # grants refer to the slot; there are no ORM relationships to order them
            for key_class, key in class_keys.items():
                keystore.grant(s, recovery_slot, key_class, 1, key)
            ring = KeyRing(
                user_id=None,
                username="",
                role=Role.COORDINATOR,
                slot_id=recovery_slot.id,
                box_private=bytearray(),
                signing_private=bytearray(),
            )
            for key_class, key in class_keys.items():
                ring.add(key_class, 1, key, current=True)
            user_ring = self._enroll(
                s, ring, username, display_name or username, Role.COORDINATOR, passphrase, now
            )
            keystore.DataKeys(s, ring).create(BLIND_INDEX_OWNER, [KeyClass.IDENTITY])
            ring.wipe()
            # The first entry anchors the chain: the coordinator's key and the recovery key's.
            self.audit.append(
                s,
                user_ring,
                "office.created",
                user_ring.user_id,
                detail=f"key={_key_hex(user_ring)} recovery={public_key(recovery_signing).hex()}",
            )
        log.info("Office created with its first coordinator")
        return NewOffice(user_ring, format_recovery_key(recovery))

    # --- enrolment ------------------------------------------------------------------------

    def _enroll(
        self,
        s: Session,
        granter: KeyRing,
        username: str,
        display_name: str,
        role: Role,
        passphrase: str,
        now: datetime,
        *,
        existing: StaffUser | None = None,
    ) -> KeyRing:
        needed = role_classes(role)
        missing = needed - granter.classes()
        if missing:
            names = ", ".join(sorted(c.code for c in missing))
            raise AccessDenied(
                "You cannot grant the {role} role: you lack the {keys} keys.",
                role=role.value,
                keys=names,
            )
        signing = generate_signing_key()
        box = generate_box_key()
        user = existing or StaffUser(
            id=str(uuid.uuid4()),
            username=username,
            display_name=display_name.strip()[:200] or username,
            role=role.value,
            active=True,
            created_at=now,
            failed_unlocks=0,
        )
        user.signing_public_key = public_key(signing)
        user.role = role.value
        user.active = True
        user.disabled_at = None
        user.failed_unlocks = 0
        user.locked_until = None
        if existing is None:
            s.add(user)
        else:
            old = s.scalar(select(KeySlot).where(KeySlot.user_id == user.id))
            if old is not None:
                s.delete(old)
        s.flush()
        params = new_params()
        slot = keystore.new_slot(
            user_id=user.id,
            kind=keystore.SLOT_PASSPHRASE,
            slot_key=derive_slot_key(passphrase, params),
            kdf=params,
            box_private=box,
            signing_private=signing,
            now=now,
        )
        s.add(slot)
        s.flush()
        keystore.grant_classes(s, slot, granter, sorted(needed))
        s.flush()
        ring = KeyRing(
            user_id=user.id,
            username=user.username,
            role=user.role,
            slot_id=slot.id,
            box_private=bytearray(box),
            signing_private=bytearray(signing),
        )
        for key_class in needed:
            for c, v in list(granter.class_keys):
                if c is key_class:
                    ring.add(c, v, granter.key(c, v), current=granter.current_versions[c] == v)
        return ring

    def add_user(
        self,
        actor: KeyRing,
        username: str,
        role: str,
        passphrase: str,
        display_name: str = "",
    ) -> StaffInfo:
        self._require_manager(actor)
        with _policy():
            username = normalize_username(username)
            parsed = parse_role(role)
            check_passphrase(passphrase)
        now = self.clock()
        with self.sessions() as s, s.begin():
            self.audit.claim(s)
            if s.scalar(select(StaffUser).where(StaffUser.username == username)) is not None:
                raise Conflict("There is already a user called '{username}'.", username=username)
            ring = self._enroll(
                s, actor, username, display_name or username, parsed, passphrase, now
            )
            key = _key_hex(ring)
            ring.wipe()
            user = s.scalar(select(StaffUser).where(StaffUser.username == username))
            assert user is not None
            info = _info(user)
            self.audit.append(
                s, actor, "user.added", user.id, detail=f"role={parsed.value} key={key}"
            )
        log.info("User added with role %s", parsed.value)
        return info

    def reset_passphrase(self, actor: KeyRing, username: str, new_passphrase: str) -> None:
        """Re-enrol a user who forgot their passphrase: a new slot and new keys, same role."""
        self._require_manager(actor)
        with _policy():
            check_passphrase(new_passphrase)
        with self.sessions() as s, s.begin():
            self.audit.claim(s)
            user = self._user(s, username)
            if user.id == actor.user_id:
                # The unlocked session would go on signing with the key this replaces.
                raise InvalidInput("Change your own passphrase with 'user passwd'.")
            ring = self._enroll(
                s,
                actor,
                user.username,
                user.display_name,
                Role(user.role),
                new_passphrase,
                self.clock(),
                existing=user,
            )
            self.audit.append(
                s, actor, "user.reset", user.id, detail=f"role={user.role} key={_key_hex(ring)}"
            )
            ring.wipe()
        log.info("A user was re-enrolled with a new passphrase")

    def enroll_with_recovery_key(
        self, recovery_text: str, username: str, passphrase: str, display_name: str = ""
    ) -> KeyRing:
        """When every passphrase is lost: the recovery key enrols a (new) coordinator."""
        with _policy():
            username = normalize_username(username)
            check_passphrase(passphrase)
        try:
            recovery = parse_recovery_key(recovery_text)
        except InvalidRecoveryKey as exc:
            raise InvalidInput(str(exc)) from exc
        now = self.clock()
        with self.sessions() as s, s.begin():
            self.audit.claim(s)
            slot = s.scalar(select(KeySlot).where(KeySlot.kind == keystore.SLOT_RECOVERY))
            if slot is None:
                raise NotFound("This office has no recovery key slot.")
            keystore.check_binding(slot)
            try:
                box, signing = keystore.open_slot(slot, recovery_slot_key(recovery))
            except IntegrityError as exc:
                raise InvalidInput("This recovery key does not belong to this office.") from exc
            ring = KeyRing(None, "", Role.COORDINATOR, slot.id, bytearray(box), bytearray(signing))
            keystore.load_grants(s, slot, ring)
            existing = s.scalar(select(StaffUser).where(StaffUser.username == username))
            user_ring = self._enroll(
                s,
                ring,
                username,
                display_name or username,
                Role.COORDINATOR,
                passphrase,
                now,
                existing=existing,
            )
            assert user_ring.user_id is not None
            # Signed by the recovery key itself (actor "recovery"), whose public key the
            # office.created entry introduced.
            self.audit.append(
                s,
                ring,
                "user.recovered",
                user_ring.user_id,
                detail=f"role={Role.COORDINATOR.value} key={_key_hex(user_ring)}",
            )
            ring.wipe()
        log.info("A coordinator was enrolled with the recovery key")
        return user_ring

    # --- unlock -------------------------------------------------------------------------

    def unlock(self, username: str, passphrase: str) -> KeyRing:
        """The user's keys if the passphrase opens their slot; every attempt is recorded."""
        now = self.clock()
        try:
            name = normalize_username(username)
        except PolicyError:
            name = username.strip().lower()[:40]
        with self.sessions() as s, s.begin():
            user = s.scalar(select(StaffUser).where(StaffUser.username == name))
            slot = (
                s.scalar(select(KeySlot).where(KeySlot.user_id == user.id))
                if user is not None and user.active
                else None
            )
            wait = 0
            if user is not None and user.locked_until is not None:
                wait = math.ceil((as_utc(user.locked_until) - now).total_seconds())
        if wait > 0:
            assert user is not None
            with self.sessions() as s, s.begin():
                self.audit.claim(s)
                s.add(UnlockAttempt(username=name, at=now, success=False))
                self.audit.append_unsigned(s, user.id, "unlock.refused")
            raise TooManyAttempts(wait)
        if user is None or slot is None:
            # Spend the same effort as a real attempt: the answer must not reveal names.
            derive_slot_key(passphrase, new_params())
            self._record_failure(name, None)
            raise WrongPassphrase()
        params = keystore.slot_kdf(slot)
        keystore.check_binding(slot)
        slot_key = derive_slot_key(passphrase, params)
        try:
            box, signing = keystore.open_slot(slot, slot_key)
        except IntegrityError:
            self._record_failure(name, user.id)
            raise WrongPassphrase() from None
        ring = KeyRing(
            user.id, user.username, user.role, slot.id, bytearray(box), bytearray(signing)
        )
        with self.sessions() as s, s.begin():
            self.audit.claim(s)
            fresh_slot = s.get(KeySlot, slot.id)
            assert fresh_slot is not None
            try:
                keystore.load_grants(s, fresh_slot, ring)
            except IntegrityError:
                ring.wipe()
                raise
            row = s.get(StaffUser, user.id)
            assert row is not None
            row.failed_unlocks = 0
            row.locked_until = None
            s.add(UnlockAttempt(username=name, at=now, success=True))
            self.audit.append(s, ring, "unlock.ok", user.id)
        log.info("Unlocked (role %s)", ring.role)
        return ring

    def _record_failure(self, name: str, user_id: str | None) -> None:
        now = self.clock()
        with self.sessions() as s, s.begin():
            self.audit.claim(s)
            s.add(UnlockAttempt(username=name, at=now, success=False))
            # An unknown name is not written to the trail: it may be a mistyped passphrase
            # or somebody's name. A known user's failure is chained but cannot be signed.
            self.audit.append_unsigned(s, user_id, "unlock.failed")
            if user_id is not None:
                row = s.get(StaffUser, user_id)
                if row is not None:
                    row.failed_unlocks += 1
                    wait = backoff_seconds(row.failed_unlocks)
                    row.locked_until = now + timedelta(seconds=wait) if wait else None
        log.warning("Failed unlock attempt")

    # --- changes by the user or a coordinator ------------------------------------------

    def change_passphrase(self, actor: KeyRing, old: str, new: str) -> None:
        """Re-wrap the user's own slot; grants, data keys and data stay byte-identical."""
        with _policy():
            check_passphrase(new)
        if actor.user_id is None:
            raise AccessDenied("The recovery key has no passphrase to change.")
        with self.sessions() as s, s.begin():
            self.audit.claim(s)
            slot = s.get(KeySlot, actor.slot_id)
            if slot is None:
                raise NotFound("Your key slot no longer exists; ask a coordinator.")
            keystore.check_binding(slot)
            try:
                box, signing = keystore.open_slot(
                    slot, derive_slot_key(old, keystore.slot_kdf(slot))
                )
            except IntegrityError:
                raise WrongPassphrase("The current passphrase is not correct.") from None
            params = new_params()
            keystore.rewrap_slot(slot, derive_slot_key(new, params), params, box, signing)
            self.audit.append(s, actor, "user.passphrase_changed", actor.user_id)
        log.info("Passphrase changed")

    def disable_user(self, actor: KeyRing, username: str) -> None:
        """The user can no longer unlock: their slot and grants are deleted."""
        self._require_manager(actor)
        with self.sessions() as s, s.begin():
            self.audit.claim(s)
            user = self._user(s, username)
            if user.id == actor.user_id:
                raise InvalidInput("You cannot disable your own account.")
            if user.role == Role.COORDINATOR:
                others = s.scalars(
                    select(StaffUser).where(
                        StaffUser.role == Role.COORDINATOR.value,
                        StaffUser.active.is_(True),
                        StaffUser.id != user.id,
                    )
                ).first()
                if others is None:
                    raise InvalidInput("The last active coordinator cannot be disabled.")
            user.active = False
            user.disabled_at = self.clock()
            slot = s.scalar(select(KeySlot).where(KeySlot.user_id == user.id))
            if slot is not None:
                s.delete(slot)
            self.audit.append(s, actor, "user.disabled", user.id)
        log.info("A user was disabled")

    def change_role(self, actor: KeyRing, username: str, role: str) -> RoleChange:
        """Give a colleague another role: grants for the new role's key classes, none else.

        The coordinator seals the classes the new role needs to the colleague's public key
        (no passphrase of theirs is needed) and deletes the grants of classes it does not
        need. A key once held may have been copied: ``RoleChange.withdrawn`` names the classes
        to rotate for certainty.
        """
        self._require_manager(actor)
        with _policy():
            parsed = parse_role(role)
        with self.sessions() as s, s.begin():
            self.audit.claim(s)
            user = self._user(s, username)
            if user.id == actor.user_id:
                raise InvalidInput("You cannot change your own role.")
            if not user.active:
                raise InvalidInput("A disabled account has no role to change.")
            old = Role(user.role)
            if old is parsed:
                return RoleChange(user.username, old.value, parsed.value, frozenset())
            needed = role_classes(parsed)
            missing = needed - actor.classes()
            if missing:
                raise AccessDenied(
                    "You cannot grant the {role} role: you lack the {keys} keys.",
                    role=parsed.value,
                    keys=", ".join(sorted(c.code for c in missing)),
                )
            slot = s.scalar(select(KeySlot).where(KeySlot.user_id == user.id))
            if slot is None:
                raise InvalidInput("A disabled account has no role to change.")
            held = {
                KeyClass.from_code(g.key_class): g
                for g in s.scalars(select(KeyGrant).where(KeyGrant.slot_id == slot.id))
            }
            withdrawn = frozenset(held) - needed
            s.execute(
                delete(KeyGrant).where(
                    KeyGrant.slot_id == slot.id,
                    KeyGrant.key_class.in_(sorted(c.code for c in withdrawn)),
                )
            )
            keystore.grant_classes(s, slot, actor, sorted(needed - frozenset(held)))
            user.role = parsed.value
            self.audit.append(
                s, actor, "user.role_changed", user.id, detail=f"from={old.value} to={parsed.value}"
            )
        log.info("A user's role changed from %s to %s", old.value, parsed.value)
        return RoleChange(user.username, old.value, parsed.value, withdrawn)

    def list_users(self, actor: KeyRing) -> list[StaffInfo]:
        if actor.is_locked:
            raise AccessDenied("Unlock first.")
        with self.sessions() as s:
            return [_info(u) for u in s.scalars(select(StaffUser).order_by(StaffUser.username))]

    def lock(self, ring: KeyRing) -> None:
        ring.wipe()
        log.info("Locked")

    # --- helpers ------------------------------------------------------------------------

    @staticmethod
    def _require_manager(actor: KeyRing) -> None:
        if actor.is_locked:
            raise AccessDenied("Unlock first.")
        if actor.role not in ACCOUNT_MANAGERS:
            raise AccessDenied("Only a coordinator can manage staff accounts.")

    @staticmethod
    def _user(s: Session, username: str) -> StaffUser:
        user = s.scalar(select(StaffUser).where(StaffUser.username == username.strip().lower()))
        if user is None:
            raise NotFound("There is no user called '{username}'.", username=username.strip())
        return user


@dataclass(frozen=True)
class RoleChange:
    username: str
    old_role: str
    new_role: str
    withdrawn: frozenset[KeyClass]  # classes whose keys the colleague held and no longer does


def _key_hex(ring: KeyRing) -> str:
    """The public signing key of a ring, as the audit trail introduces it."""
    return public_key(ring.signing_key()).hex()


def _info(user: StaffUser) -> StaffInfo:
    return StaffInfo(
        user.id, user.username, user.display_name, user.role, user.active, user.created_at
    )


__all__ = [
    "RECOVERY_CLASSES",
    "Accounts",
    "NewOffice",
    "RoleChange",
    "StaffInfo",
    "backoff_seconds",
]
