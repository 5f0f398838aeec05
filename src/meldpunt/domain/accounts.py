"""Staff roles, the data classes each role may read, and the passphrase policy."""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum


class Role(StrEnum):
    INTAKE = "intake"
    CASEWORKER = "caseworker"
    COORDINATOR = "coordinator"
    STATISTICIAN = "statistician"
    ADMINISTRATOR = "administrator"


# Which classes of data (see docs/security.md) each role holds a key for. The IT
# administrator holds no report data at all: backup, restore and audit verification
# work on ciphertext, with the separate backup key.
ROLE_CLASSES: dict[Role, frozenset[str]] = {
    Role.INTAKE: frozenset({"identity", "special", "case"}),
    Role.CASEWORKER: frozenset({"identity", "special", "case"}),
    Role.COORDINATOR: frozenset({"identity", "special", "case", "backup"}),
    Role.STATISTICIAN: frozenset({"special"}),
    Role.ADMINISTRATOR: frozenset({"backup"}),
}

# The recovery slot holds every class, so it can enroll a new coordinator.
RECOVERY_CLASSES = frozenset({"identity", "special", "case", "backup"})

# Roles that may manage staff accounts.
ACCOUNT_MANAGERS = frozenset({Role.COORDINATOR})

MIN_PASSPHRASE_LENGTH = 12
MAX_PASSPHRASE_LENGTH = 1024
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")


class PolicyError(ValueError):
    """An input that breaks a rule; the message is meant for the person who typed it.

    Like a service error, the message is an English template with named placeholders:
    ``template`` and ``params`` let the desk show it in the user's language.
    """

    def __init__(self, message: str, /, **params: object) -> None:
        super().__init__(message.format(**params) if params else message)
        self.template = message
        self.params: dict[str, object] = params


def parse_role(value: str) -> Role:
    try:
        return Role(value.strip().lower())
    except ValueError:
        names = ", ".join(r.value for r in Role)
        raise PolicyError(
            "Unknown role '{role}'. Choose one of: {roles}.", role=value, roles=names
        ) from None


def normalize_username(value: str) -> str:
    """User names are short lower-case logins such as ``an.peeters``."""
    name = unicodedata.normalize("NFKC", value).strip().lower()
    if not _USERNAME.match(name):
        raise PolicyError(
            "A user name has 2 to 40 characters: letters a-z, digits, '.', '_' or '-', "
            "starting with a letter or digit."
        )
    return name


def check_passphrase(passphrase: str) -> None:
    """At least 12 characters; no composition rules (NIST SP 800-63B, OWASP ASVS)."""
    length = len(unicodedata.normalize("NFC", passphrase))
    if length < MIN_PASSPHRASE_LENGTH:
        raise PolicyError(
            "The passphrase must have at least {minimum} characters (it has {length}). "
            "A few words you can remember work well.",
            minimum=MIN_PASSPHRASE_LENGTH,
            length=length,
        )
    if length > MAX_PASSPHRASE_LENGTH:
        raise PolicyError(
            "The passphrase may have at most {maximum} characters.", maximum=MAX_PASSPHRASE_LENGTH
        )
    if passphrase.strip() == "":
        raise PolicyError("The passphrase cannot be only spaces.")


def passphrase_strength(passphrase: str) -> int:
    """A rough 0–4 score for the strength meter (length and variety; no rules enforced)."""
    length = len(passphrase)
    if length < MIN_PASSPHRASE_LENGTH:
        return 0
    kinds = sum(
        bool(re.search(p, passphrase)) for p in (r"[a-z]", r"[A-Z]", r"[0-9]", r"[^A-Za-z0-9]")
    )
    words = len(passphrase.split())
    score = 1 + (length >= 16) + (length >= 24 or words >= 4) + (kinds >= 3)
    return min(score, 4)
