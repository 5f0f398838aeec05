"""Sealing a key to a staff member's public key (X25519 + HKDF + AES-256-GCM).

Class keys are granted by sealing them to the receiving user's X25519 public key. The
granting coordinator needs only the public key, so a role can be granted and a class key
rotated without knowing anyone else's passphrase; the user's passphrase slot protects
just their private keys.

Sealed blob: ephemeral public key (32) ‖ AES-GCM blob of meldpunt.crypto.aead (header,
nonce, ciphertext+tag). The wrapping key is HKDF-SHA256 over the X25519 shared secret,
salted with both public keys; the caller's associated data binds the grant to its place.
"""

from __future__ import annotations

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from meldpunt.crypto.aead import unwrap_key, wrap_key
from meldpunt.crypto.errors import IntegrityError
from meldpunt.crypto.keys import KeyClass

PUBLIC_KEY_BYTES = 32
_INFO = b"meldpunt sealed key v1"


def generate_box_key() -> bytes:
    """A new raw 32-byte X25519 private key."""
    return X25519PrivateKey.generate().private_bytes_raw()


def box_public_key(private_raw: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(private_raw).public_key().public_bytes_raw()


def _wrapping_key(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=ephemeral_public + recipient_public,
        info=_INFO,
    ).derive(shared)


def seal_key(
    recipient_public: bytes, key: bytes, aad: bytes, *, key_class: KeyClass, key_version: int
) -> bytes:
    """Seal ``key`` so that only the holder of the matching private key can open it."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    wrapping = _wrapping_key(shared, ephemeral_public, recipient_public)
    return ephemeral_public + wrap_key(
        wrapping, key, aad, key_class=key_class, key_version=key_version
    )


def open_sealed_key(
    private_raw: bytes, blob: bytes, aad: bytes, *, record: str, field: str
) -> bytes:
    """Open a sealed key; any failure is the one IntegrityError naming record and field."""
    if not isinstance(blob, bytes) or len(blob) <= PUBLIC_KEY_BYTES:
        raise IntegrityError(record, field)
    ephemeral_public, wrapped = blob[:PUBLIC_KEY_BYTES], blob[PUBLIC_KEY_BYTES:]
    private = X25519PrivateKey.from_private_bytes(private_raw)
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except ValueError as exc:  # an all-zero shared secret from a crafted public key
        raise IntegrityError(record, field) from exc
    wrapping = _wrapping_key(shared, ephemeral_public, private.public_key().public_bytes_raw())
    return unwrap_key(wrapping, wrapped, aad, record=record, field=field)
