"""Key classes of the hierarchy and fresh random keys."""

from __future__ import annotations

import enum
import secrets

#: Every symmetric key in Meldpunt is AES-256: 32 bytes.
KEY_BYTES = 32


class KeyClass(enum.IntEnum):
    """The kinds of data a class key opens; the number is stored in every ciphertext header."""

    IDENTITY = 1
    SPECIAL = 2
    CASE = 3
    BACKUP = 4

    @property
    def code(self) -> str:
        """The stable lower-case name used in the database and in role definitions."""
        return self.name.lower()

    @classmethod
    def from_code(cls, code: str) -> KeyClass:
        """The key class named by `code` ("identity", "special", "case", "backup")."""
        for member in cls:
            if member.code == code:
                return member
        raise ValueError(f"unknown key class code: {code!r}")


def random_key() -> bytes:
    """A fresh 32-byte key from the operating system's random source."""
    return secrets.token_bytes(KEY_BYTES)


def check_key(key: bytes, what: str = "key") -> None:
    """Refuse anything that is not a 32-byte key: a wrong length is a bug, never user input."""
    if not isinstance(key, bytes) or len(key) != KEY_BYTES:
        raise ValueError(f"{what} must be {KEY_BYTES} bytes")
