"""Ed25519 signatures for the audit trail, on raw 32-byte keys."""

from __future__ import annotations

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PRIVATE_KEY_BYTES = 32
PUBLIC_KEY_BYTES = 32
SIGNATURE_BYTES = 64


def generate_signing_key() -> bytes:
    """A fresh raw 32-byte Ed25519 private key (to be wrapped under the user's slot key)."""
    return Ed25519PrivateKey.generate().private_bytes_raw()


def _private(private_raw: bytes) -> Ed25519PrivateKey:
    if len(private_raw) != PRIVATE_KEY_BYTES:
        raise ValueError(f"an Ed25519 private key is {PRIVATE_KEY_BYTES} bytes")
    return Ed25519PrivateKey.from_private_bytes(private_raw)


def public_key(private_raw: bytes) -> bytes:
    """The raw 32-byte public key of a raw private key."""
    return _private(private_raw).public_key().public_bytes_raw()


def sign(private_raw: bytes, message: bytes) -> bytes:
    """The 64-byte Ed25519 signature of `message`."""
    return _private(private_raw).sign(message)


def verify(public_raw: bytes, message: bytes, signature: bytes) -> bool:
    """True when `signature` is valid; False for a bad signature or a malformed key.

    A public key or signature read from an edited row is a failed check, not a crash.
    """
    if len(public_raw) != PUBLIC_KEY_BYTES or len(signature) != SIGNATURE_BYTES:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True
