"""AES-256-GCM field encryption and key wrapping, bound to their place by associated data.

Blob layout (all integers big endian)::

    version (1 byte, 0x01) | key class (1 byte) | key version (uint32) | nonce (12) | ct+tag

The header names the key that opens the blob, so a reader can pick the right class key
version after a rotation. The header is authenticated too: the GCM associated data is
``header | purpose | caller aad``, so editing the key class or version is detected, and a
wrapped key cannot be opened as a field value (or the other way round).
"""

from __future__ import annotations

import os
import struct

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from meldpunt.crypto.errors import IntegrityError
from meldpunt.crypto.keys import KEY_BYTES, KeyClass, check_key

FORMAT_VERSION = 0x01
#: Version byte of PlainCipher frames: never accepted by the real cipher.
PLAIN_FORMAT_VERSION = 0x00
NONCE_BYTES = 12
TAG_BYTES = 16
_HEADER = struct.Struct(">BBI")
HEADER_BYTES = _HEADER.size
#: Bytes a blob adds to its plaintext (header, nonce, tag).
OVERHEAD_BYTES = HEADER_BYTES + NONCE_BYTES + TAG_BYTES
MAX_KEY_VERSION = 2**32 - 1

# Domain separation between the two uses of the same format.
_PURPOSE_FIELD = b"field\x00"
_PURPOSE_WRAP = b"wrap\x00"

AAD_SEPARATOR = "|"
PLAIN_CIPHER_ENV = "MELDPUNT_ALLOW_PLAIN_CIPHER"
PLAIN_CIPHER_ENV_VALUE = "benchmark"


def field_aad(table: str, column: str, row_id: str) -> bytes:
    """Associated data ``table|column|row_id`` binding a ciphertext to its place.

    A part containing "|" (or an empty part) is refused: it would make two places share
    one associated data.
    """
    parts = (table, column, row_id)
    for name, part in zip(("table", "column", "row_id"), parts, strict=True):
        if not part:
            raise ValueError(f"field_aad: {name} is empty")
        if AAD_SEPARATOR in part:
            raise ValueError(f"field_aad: {name} contains '{AAD_SEPARATOR}'")
    return AAD_SEPARATOR.join(parts).encode("utf-8")


def _header(version: int, key_class: KeyClass, key_version: int) -> bytes:
    if not isinstance(key_class, KeyClass):
        raise TypeError("key_class must be a KeyClass")
    if isinstance(key_version, bool) or not 0 <= key_version <= MAX_KEY_VERSION:
        raise ValueError(f"key_version must be 0 to {MAX_KEY_VERSION}")
    return _HEADER.pack(version, int(key_class), key_version)


def _as_bytes(blob: object, record: str, field: str) -> bytes:
    # Some database drivers hand back memoryview or bytearray; NULL (None) in an encrypted
    # column is damage, since "not given" values are encrypted too.
    if isinstance(blob, bytes):
        return blob
    if isinstance(blob, bytearray | memoryview):
        return bytes(blob)
    raise IntegrityError(record, field)


def _parse_header(blob: bytes, version: int, record: str, field: str) -> tuple[KeyClass, int]:
    if len(blob) < OVERHEAD_BYTES:
        raise IntegrityError(record, field)
    blob_version, class_byte, key_version = _HEADER.unpack_from(blob)
    if blob_version != version:
        raise IntegrityError(record, field)
    try:
        key_class = KeyClass(class_byte)
    except ValueError:
        raise IntegrityError(record, field) from None
    return key_class, key_version


def blob_header(blob: bytes, *, record: str = "?", field: str = "?") -> tuple[KeyClass, int]:
    """The key class and key version named in `blob`, to find the key that opens it.

    The header is not authenticated until `decrypt` succeeds; use it only to choose a key.
    Raises IntegrityError(record, field) when the blob is too short or the header unknown.
    """
    return _parse_header(_as_bytes(blob, record, field), FORMAT_VERSION, record, field)


def _seal(
    key: bytes, plaintext: bytes, aad: bytes, purpose: bytes, key_class: KeyClass, key_version: int
) -> bytes:
    check_key(key)
    header = _header(FORMAT_VERSION, key_class, key_version)
    # A random 96-bit nonce per encryption: safe far beyond the number of values one data
    # key ever encrypts (NIST SP 800-38D limit of 2**32 per key).
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(key).encrypt(nonce, plaintext, header + purpose + aad)
    return header + nonce + sealed


def _open(key: bytes, blob: bytes, aad: bytes, purpose: bytes, record: str, field: str) -> bytes:
    check_key(key)
    blob = _as_bytes(blob, record, field)
    _parse_header(blob, FORMAT_VERSION, record, field)
    header = blob[:HEADER_BYTES]
    nonce = blob[HEADER_BYTES : HEADER_BYTES + NONCE_BYTES]
    try:
        # GCM verifies the tag before returning anything: there is no partial plaintext.
        return AESGCM(key).decrypt(
            nonce, blob[HEADER_BYTES + NONCE_BYTES :], header + purpose + aad
        )
    except InvalidTag:
        raise IntegrityError(record, field) from None


def encrypt(
    key: bytes, plaintext: bytes, aad: bytes, *, key_class: KeyClass, key_version: int
) -> bytes:
    """Encrypt a field value with a 32-byte data key; `aad` is usually `field_aad(...)`.

    Every call uses a fresh random nonce, so equal values give different blobs.
    """
    return _seal(key, plaintext, aad, _PURPOSE_FIELD, key_class, key_version)


def decrypt(key: bytes, blob: bytes, aad: bytes, *, record: str, field: str) -> bytes:
    """Open a blob made by `encrypt`; any failure raises IntegrityError(record, field).

    Short blob, unknown version or key class, edited bytes, wrong key and wrong associated
    data all give the same error. A key that is not 32 bytes is a bug and raises ValueError.
    """
    return _open(key, blob, aad, _PURPOSE_FIELD, record, field)


def wrap_key(
    wrapping_key: bytes, key: bytes, aad: bytes, *, key_class: KeyClass, key_version: int
) -> bytes:
    """Wrap a 32-byte key (data key, class key, signing key) under `wrapping_key`.

    `key_class` and `key_version` name the wrapping key, as for `encrypt`. `aad` should name
    the place of the wrapped key (for example its slot or report and class) so wrapped keys
    cannot be swapped between places.
    """
    check_key(key, "key to wrap")
    return _seal(wrapping_key, key, aad, _PURPOSE_WRAP, key_class, key_version)


def unwrap_key(wrapping_key: bytes, blob: bytes, aad: bytes, *, record: str, field: str) -> bytes:
    """Open a blob made by `wrap_key`; any failure (or a result that is not 32 bytes) raises
    IntegrityError(record, field)."""
    key = _open(wrapping_key, blob, aad, _PURPOSE_WRAP, record, field)
    if len(key) != KEY_BYTES:
        raise IntegrityError(record, field)
    return key


class FieldCipher:
    """The field cipher as an object, so a service can be given another one in a benchmark."""

    def encrypt(
        self, key: bytes, plaintext: bytes, aad: bytes, key_class: KeyClass, key_version: int
    ) -> bytes:
        return encrypt(key, plaintext, aad, key_class=key_class, key_version=key_version)

    def decrypt(self, key: bytes, blob: bytes, aad: bytes, record: str, field: str) -> bytes:
        return decrypt(key, blob, aad, record=record, field=field)


class PlainCipher(FieldCipher):
    """Frames values like FieldCipher but does not encrypt: ONLY for measuring encryption cost.

    Its frames have the same length as real blobs but version byte 0x00, so the real cipher
    never accepts one. It refuses to exist unless MELDPUNT_ALLOW_PLAIN_CIPHER=benchmark.
    """

    def __init__(self) -> None:
        if os.environ.get(PLAIN_CIPHER_ENV) != PLAIN_CIPHER_ENV_VALUE:
            raise RuntimeError(
                "PlainCipher stores data unencrypted and runs only in benchmarks "
                f"({PLAIN_CIPHER_ENV}={PLAIN_CIPHER_ENV_VALUE})"
            )

    def encrypt(
        self, key: bytes, plaintext: bytes, aad: bytes, key_class: KeyClass, key_version: int
    ) -> bytes:
        check_key(key)
        header = _header(PLAIN_FORMAT_VERSION, key_class, key_version)
        return header + bytes(NONCE_BYTES) + plaintext + bytes(TAG_BYTES)

    def decrypt(self, key: bytes, blob: bytes, aad: bytes, record: str, field: str) -> bytes:
        check_key(key)
        blob = _as_bytes(blob, record, field)
        _parse_header(blob, PLAIN_FORMAT_VERSION, record, field)
        return blob[HEADER_BYTES + NONCE_BYTES : len(blob) - TAG_BYTES]
