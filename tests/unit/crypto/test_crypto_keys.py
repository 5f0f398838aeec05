"""Key classes and fresh keys."""

from __future__ import annotations

import pytest

from meldpunt.crypto.keys import KEY_BYTES, KeyClass, check_key, random_key


def test_key_class_numbers_are_stable() -> None:
    # The numbers are written into every ciphertext header: they must never change.
    assert [(k.name, int(k)) for k in KeyClass] == [
        ("IDENTITY", 1),
        ("SPECIAL", 2),
        ("CASE", 3),
        ("BACKUP", 4),
    ]


@pytest.mark.parametrize(
    ("key_class", "code"),
    [
        (KeyClass.IDENTITY, "identity"),
        (KeyClass.SPECIAL, "special"),
        (KeyClass.CASE, "case"),
        (KeyClass.BACKUP, "backup"),
    ],
)
def test_code_round_trip(key_class: KeyClass, code: str) -> None:
    assert key_class.code == code
    assert KeyClass.from_code(code) is key_class


@pytest.mark.parametrize("code", ["", "IDENTITY", "narrative", "1"])
def test_unknown_code_is_refused(code: str) -> None:
    with pytest.raises(ValueError, match="unknown key class"):
        KeyClass.from_code(code)


def test_random_keys_are_32_distinct_bytes() -> None:
    keys = {random_key() for _ in range(1000)}
    assert len(keys) == 1000
    assert all(len(k) == KEY_BYTES == 32 for k in keys)


@pytest.mark.parametrize("key", [b"", bytes(16), bytes(31), bytes(33), bytearray(32)])
def test_check_key_refuses_anything_but_32_bytes(key: bytes) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        check_key(key)
