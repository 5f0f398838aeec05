"""Ed25519 on raw keys: signatures verify, anything edited does not, nothing raises."""

from __future__ import annotations

import pytest

from meldpunt.crypto.signing import generate_signing_key, public_key, sign, verify

MESSAGE = b'{"seq":1,"action":"report.view","object":"r-1","fields":["narrative"]}'


def test_sign_and_verify() -> None:
    private = generate_signing_key()
    public = public_key(private)
    signature = sign(private, MESSAGE)
    assert (len(private), len(public), len(signature)) == (32, 32, 64)
    assert verify(public, MESSAGE, signature)
    assert sign(private, MESSAGE) == signature  # Ed25519 is deterministic
    assert generate_signing_key() != private


def test_every_bit_flip_of_the_signature_fails() -> None:
    private = generate_signing_key()
    public = public_key(private)
    signature = sign(private, MESSAGE)
    for bit in range(len(signature) * 8):
        edited = bytearray(signature)
        edited[bit // 8] ^= 1 << (bit % 8)
        assert not verify(public, MESSAGE, bytes(edited))


def test_edited_message_or_other_key_fails() -> None:
    private = generate_signing_key()
    signature = sign(private, MESSAGE)
    assert not verify(public_key(private), MESSAGE + b" ", signature)
    assert not verify(public_key(private), MESSAGE.replace(b"1", b"2"), signature)
    assert not verify(public_key(generate_signing_key()), MESSAGE, signature)


@pytest.mark.parametrize(
    ("public", "signature"),
    [
        (b"", bytes(64)),
        (bytes(31), bytes(64)),
        (bytes(33), bytes(64)),
        (bytes(32), b""),
        (bytes(32), bytes(63)),
        (bytes(32), bytes(64)),
        (b"\xff" * 32, bytes(64)),
    ],
)
def test_malformed_keys_and_signatures_fail_without_raising(
    public: bytes, signature: bytes
) -> None:
    assert verify(public, MESSAGE, signature) is False


@pytest.mark.parametrize("length", [0, 31, 33, 64])
def test_private_key_of_wrong_length_is_refused(length: int) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        sign(bytes(length), MESSAGE)
    with pytest.raises(ValueError, match="32 bytes"):
        public_key(bytes(length))
