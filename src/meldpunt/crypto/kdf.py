"""Passphrase and recovery-key derivation of slot keys (Argon2id, HKDF-SHA256)."""

from __future__ import annotations

import base64
import binascii
import secrets
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from meldpunt.crypto.errors import WeakKdfParameters
from meldpunt.crypto.keys import KEY_BYTES, check_key

ALGORITHM = "argon2id"

# The floor (security.md, OWASP Password Storage cheat sheet, RFC 9106 §4 second choice).
MIN_SALT_BYTES = 16
MIN_MEMORY_KIB = 65536
MIN_ITERATIONS = 3
MIN_LANES = 1
DEFAULT_LANES = 4

# Ceilings: a row edited to absurd values must not make every unlock exhaust memory or hang.
MAX_SALT_BYTES = 64
MAX_MEMORY_KIB = 4 * 1024 * 1024  # 4 GiB
MAX_ITERATIONS = 64
MAX_LANES = 64

RECOVERY_SLOT_INFO = b"meldpunt recovery slot v1"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, stored next to each slot so they can be raised later."""

    salt: bytes
    memory_kib: int
    iterations: int
    lanes: int

    def check_floor(self) -> None:
        """Raise WeakKdfParameters unless every parameter is within the accepted range.

        Called before any derivation, so a row edited below the floor is refused before work
        is done; the ceilings keep an edited row from turning unlock into a denial of service.
        """
        if not MIN_SALT_BYTES <= len(self.salt) <= MAX_SALT_BYTES:
            raise WeakKdfParameters(
                f"KDF salt must be {MIN_SALT_BYTES} to {MAX_SALT_BYTES} bytes "
                f"(stored: {len(self.salt)}); the slot is refused"
            )
        if not MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB:
            raise WeakKdfParameters(
                f"KDF memory must be {MIN_MEMORY_KIB} to {MAX_MEMORY_KIB} KiB "
                f"(stored: {self.memory_kib}); the slot is refused"
            )
        if not MIN_ITERATIONS <= self.iterations <= MAX_ITERATIONS:
            raise WeakKdfParameters(
                f"KDF iterations must be {MIN_ITERATIONS} to {MAX_ITERATIONS} "
                f"(stored: {self.iterations}); the slot is refused"
            )
        if not MIN_LANES <= self.lanes <= MAX_LANES:
            raise WeakKdfParameters(
                f"KDF lanes must be {MIN_LANES} to {MAX_LANES} "
                f"(stored: {self.lanes}); the slot is refused"
            )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-friendly form (salt in base64) for storing next to the slot."""
        return {
            "algorithm": ALGORITHM,
            "salt": base64.b64encode(self.salt).decode("ascii"),
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> KdfParams:
        """Read parameters back from `to_dict` output.

        A malformed dict (missing keys, wrong types, bad base64, another algorithm) raises
        WeakKdfParameters, like a weak one: either way the slot is refused, not crashed on.
        The floor itself is checked by `derive_slot_key`, so tests can build weak params.
        """
        if not isinstance(data, Mapping):
            raise WeakKdfParameters("KDF parameters are malformed; the slot is refused")
        algorithm = data.get("algorithm", ALGORITHM)
        if algorithm != ALGORITHM:
            raise WeakKdfParameters("KDF algorithm is not argon2id; the slot is refused")
        try:
            salt_text = data["salt"]
            numbers = [data["memory_kib"], data["iterations"], data["lanes"]]
            if not isinstance(salt_text, str):
                raise TypeError("salt")
            salt = base64.b64decode(salt_text.encode("ascii"), validate=True)
        except (KeyError, TypeError, ValueError, binascii.Error):
            raise WeakKdfParameters("KDF parameters are malformed; the slot is refused") from None
        # bool is an int subclass; True as "iterations" is an edited row, not a parameter.
        if any(type(n) is not int for n in numbers):
            raise WeakKdfParameters("KDF parameters are malformed; the slot is refused")
        memory_kib, iterations, lanes = numbers
        return cls(salt=salt, memory_kib=memory_kib, iterations=iterations, lanes=lanes)


def new_params() -> KdfParams:
    """Fresh parameters at the floor: 16 random salt bytes, 64 MiB, 3 iterations, 4 lanes."""
    return KdfParams(
        salt=secrets.token_bytes(MIN_SALT_BYTES),
        memory_kib=MIN_MEMORY_KIB,
        iterations=MIN_ITERATIONS,
        lanes=DEFAULT_LANES,
    )


def derive_slot_key(passphrase: str, params: KdfParams) -> bytes:
    """The 32-byte slot key for `passphrase` (Argon2id); refuses params below the floor first.

    The passphrase is NFC-normalised so the same words typed on another keyboard or system
    (precomposed or combining accents) open the same slot.
    """
    params.check_floor()
    normalized = unicodedata.normalize("NFC", passphrase)
    try:
        secret = normalized.encode("utf-8")
    except UnicodeEncodeError as exc:
        # `from None`: the UnicodeEncodeError holds the whole passphrase in `.object`.
        raise ValueError(
            f"passphrase contains a lone surrogate at position {exc.start}; it cannot be used"
        ) from None
    kdf = Argon2id(
        salt=params.salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret)


def recovery_slot_key(recovery_key: bytes) -> bytes:
    """The slot key for the recovery slot: HKDF-SHA256 of the 32-byte random recovery key.

    The recovery key is 256 random bits, so a slow KDF would add nothing against guessing.
    """
    check_key(recovery_key, "recovery key")
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=RECOVERY_SLOT_INFO)
    return hkdf.derive(recovery_key)
