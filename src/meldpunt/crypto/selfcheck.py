"""Known-answer checks of the primitives this machine's `cryptography` build provides."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from meldpunt.crypto import aead, signing
from meldpunt.crypto.errors import IntegrityError
from meldpunt.crypto.keys import KeyClass


def _aes_gcm_nist() -> bool:
    # McGrew & Viega, "The Galois/Counter Mode of Operation", test case 14.
    sealed = AESGCM(bytes(32)).encrypt(bytes(12), bytes(16), None)
    expected = bytes.fromhex(
        "cea7403d4d606b6e074ec5d3baf39d18"  # ciphertext
        "d0d1c8a799996bf0265b98b5d48ab919"  # tag
    )
    return sealed == expected and AESGCM(bytes(32)).decrypt(bytes(12), sealed, None) == bytes(16)


def _argon2id_rfc9106() -> bool:
    # RFC 9106 §5.3; below Meldpunt's floor on purpose (32 KiB), so Argon2id is called directly.
    tag = Argon2id(
        salt=b"\x02" * 16,
        length=32,
        iterations=3,
        lanes=4,
        memory_cost=32,
        ad=b"\x04" * 12,
        secret=b"\x03" * 8,
    ).derive(b"\x01" * 32)
    return tag == bytes.fromhex("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659")


def _hmac_sha256_rfc4231() -> bool:
    # RFC 4231 test case 2 (the blind index uses the standard library's HMAC).
    mac = hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha256).hexdigest()
    return mac == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"


def _hkdf_sha256_rfc5869() -> bool:
    # RFC 5869 test case 1 (recovery slot keys and blind-index keys).
    okm = HKDF(
        algorithm=hashes.SHA256(),
        length=42,
        salt=bytes(range(13)),
        info=bytes(range(0xF0, 0xFA)),
    ).derive(b"\x0b" * 22)
    return okm == bytes.fromhex(
        "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"
    )


def _ed25519_rfc8032() -> bool:
    # RFC 8032 §7.1 test 1: empty message.
    private = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
    public = bytes.fromhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
    expected = bytes.fromhex(
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555"
        "fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
    )
    return (
        signing.public_key(private) == public
        and signing.sign(private, b"") == expected
        and signing.verify(public, b"", expected)
        and not signing.verify(public, b"x", expected)
    )


def _field_cipher_round_trip() -> bool:
    # Meldpunt's own framing: a value opens in its place and nowhere else.
    key = bytes(range(32))
    aad = aead.field_aad("selftest", "value", "row-1")
    blob = aead.encrypt(key, b"self-test", aad, key_class=KeyClass.CASE, key_version=1)
    if aead.decrypt(key, blob, aad, record="row-1", field="value") != b"self-test":
        return False
    try:
        aead.decrypt(key, blob, aead.field_aad("selftest", "value", "row-2"), record="", field="")
    except IntegrityError:
        return True
    return False


CHECKS: tuple[tuple[str, Callable[[], bool]], ...] = (
    ("AES-256-GCM (GCM spec test case 14)", _aes_gcm_nist),
    ("Argon2id (RFC 9106)", _argon2id_rfc9106),
    ("HMAC-SHA256 (RFC 4231 case 2)", _hmac_sha256_rfc4231),
    ("HKDF-SHA256 (RFC 5869 case 1)", _hkdf_sha256_rfc5869),
    ("Ed25519 (RFC 8032 test 1)", _ed25519_rfc8032),
    ("field cipher round trip and tamper check", _field_cipher_round_trip),
)


def known_answer_checks() -> list[tuple[str, bool]]:
    """(name, passed) for every check; never raises, a crash counts as a failure."""
    results: list[tuple[str, bool]] = []
    for name, check in CHECKS:
        try:
            ok = bool(check())
        except Exception:  # a self-test reports every failure; it never crashes
            ok = False
        results.append((name, ok))
    return results
