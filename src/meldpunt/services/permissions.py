"""What each role may do, checked in the services on top of the keys each role holds."""

from __future__ import annotations

from enum import StrEnum

from meldpunt.crypto.keyring import KeyRing
from meldpunt.domain.accounts import Role
from meldpunt.services.errors import AccessDenied


class Action(StrEnum):
    STATISTICS = "statistics"
    AUDIT_VERIFY = "audit_verify"
    AUDIT_READ = "audit_read"
    BACKUP = "backup"
    RESTORE = "restore"
    RETENTION = "retention"
    ERASE = "erase"
    ACCESS_REQUEST = "access_request"


_STAFF = frozenset({Role.COORDINATOR})
ROLE_ACTIONS: dict[Action, frozenset[Role]] = {
    # The annual report is for the coordinator and the statistician; intake and caseworkers
    # hold the special key to record facts, not to publish them.
    Action.STATISTICS: frozenset({Role.COORDINATOR, Role.STATISTICIAN}),
    # Verification reads hashes and public keys only: no report key is needed.
    Action.AUDIT_VERIFY: frozenset({Role.COORDINATOR, Role.ADMINISTRATOR}),
    Action.AUDIT_READ: _STAFF,
    Action.BACKUP: frozenset({Role.COORDINATOR, Role.ADMINISTRATOR}),
    Action.RESTORE: frozenset({Role.COORDINATOR, Role.ADMINISTRATOR}),
    Action.RETENTION: _STAFF,
    Action.ERASE: _STAFF,
    Action.ACCESS_REQUEST: _STAFF,
}

_MESSAGES = {
    Action.STATISTICS: "Your role cannot produce statistics.",
    Action.AUDIT_VERIFY: "Only a coordinator or an administrator can verify the audit trail.",
    Action.AUDIT_READ: "Only a coordinator can read the audit trail.",
    Action.BACKUP: "Only a coordinator or an administrator can make a backup.",
    Action.RESTORE: "Only a coordinator or an administrator can restore a backup.",
    Action.RETENTION: "Only a coordinator can manage retention.",
    Action.ERASE: "Only a coordinator can erase personal data.",
    Action.ACCESS_REQUEST: "Only a coordinator can answer an access request.",
}


def allowed(ring: KeyRing, action: Action) -> bool:
    return not ring.is_locked and ring.role in ROLE_ACTIONS[action]


def require(ring: KeyRing, action: Action) -> None:
    """AccessDenied with a message for the desk unless the unlocked role may do ``action``."""
    if ring.is_locked:
        raise AccessDenied("Meldpunt is locked; unlock it first.")
    if ring.role not in ROLE_ACTIONS[action]:
        raise AccessDenied(_MESSAGES[action])
