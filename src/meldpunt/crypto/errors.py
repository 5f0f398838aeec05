"""Errors raised by the cryptographic primitives; messages name ids and columns, never values."""

from __future__ import annotations


class CryptoError(Exception):
    """Base class for every error this package raises on purpose."""


class IntegrityError(CryptoError):
    """A ciphertext failed to open: damaged, edited, moved to another place, or wrong key.

    One error for every cause on purpose: telling "wrong key" apart from "edited" would help
    an attacker probe, and the UI shows the same "record damaged" either way.
    """

    def __init__(self, record: str, field: str) -> None:
        super().__init__(
            f"record {record}, field {field}: data damaged or not readable with this key"
        )
        self.record = record
        self.field = field

    def __reduce__(self) -> tuple[type[IntegrityError], tuple[str, str]]:
        # The default reduce passes the formatted message back as the only argument.
        return (type(self), (self.record, self.field))


class WeakKdfParameters(CryptoError):
    """Stored key-derivation parameters are below the floor (or malformed): the slot is refused."""


class WrongPassphrase(CryptoError):
    """The passphrase did not open the slot.

    The message does not say whether the user name or the passphrase was wrong.
    """

    def __init__(self, message: str = "Wrong user name or passphrase.") -> None:
        super().__init__(message)


class InvalidRecoveryKey(CryptoError):
    """The typed recovery key has a typo, the wrong length, or characters it cannot contain."""
