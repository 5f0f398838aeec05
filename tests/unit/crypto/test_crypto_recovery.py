"""Recovery keys: readable groups, forgiving parsing, and every single typo caught."""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from meldpunt.crypto import recovery
from meldpunt.crypto.errors import InvalidRecoveryKey
from meldpunt.crypto.recovery import (
    ALPHABET,
    format_recovery_key,
    new_recovery_key,
    parse_recovery_key,
)

KEY = bytes.fromhex("00ff10e2" * 8)
keys = st.binary(min_size=32, max_size=32)


def test_new_recovery_keys_are_32_random_bytes() -> None:
    a, b = new_recovery_key(), new_recovery_key()
    assert len(a) == len(b) == 32
    assert a != b


@given(keys)
def test_format_shape_and_round_trip(key: bytes) -> None:
    text = format_recovery_key(key)
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){10}", text)
    assert parse_recovery_key(text) == key


@pytest.mark.parametrize("key", [bytes(32), b"\xff" * 32, bytes(31) + b"\x01"])
def test_extreme_keys_round_trip(key: bytes) -> None:
    assert parse_recovery_key(format_recovery_key(key)) == key


def test_parsing_forgives_case_spacing_and_confusables() -> None:
    text = format_recovery_key(KEY)
    groups = text.split("-")
    variants = [
        text.lower(),
        " ".join(groups),
        "".join(groups),
        "\n".join(" ".join(groups[i : i + 4]) for i in range(0, 11, 4)),
        "  " + text + "\r\n",
        "\u00a0".join(groups),
        text.replace("0", "O").replace("1", "I"),
        text.replace("0", "o").replace("1", "l"),
        text.replace("1", "L"),
        "--".join(groups),
    ]
    for variant in variants:
        assert parse_recovery_key(variant) == KEY, variant


@given(key=keys, data=st.data())
def test_every_single_character_typo_is_detected(key: bytes, data: st.DataObject) -> None:
    chars = format_recovery_key(key).replace("-", "")
    position = data.draw(st.integers(min_value=0, max_value=len(chars) - 1))
    typo = data.draw(st.sampled_from(ALPHABET).filter(lambda c: c != chars[position]))
    typed = chars[:position] + typo + chars[position + 1 :]
    with pytest.raises(InvalidRecoveryKey, match="typo"):
        parse_recovery_key(typed)


def test_every_single_character_typo_of_one_key_is_detected() -> None:
    chars = format_recovery_key(KEY).replace("-", "")
    for position, original in enumerate(chars):
        for typo in ALPHABET:
            if typo != original:
                with pytest.raises(InvalidRecoveryKey):
                    parse_recovery_key(chars[:position] + typo + chars[position + 1 :])


@given(key=keys, position=st.integers(min_value=0, max_value=53))
def test_swapped_neighbours_are_detected(key: bytes, position: int) -> None:
    chars = format_recovery_key(key).replace("-", "")
    assume(chars[position] != chars[position + 1])
    typed = chars[:position] + chars[position + 1] + chars[position] + chars[position + 2 :]
    with pytest.raises(InvalidRecoveryKey, match="typo"):
        parse_recovery_key(typed)


@pytest.mark.parametrize("cut", [1, 5, 54])
def test_missing_characters_are_refused_by_length(cut: int) -> None:
    chars = format_recovery_key(KEY).replace("-", "")
    with pytest.raises(InvalidRecoveryKey, match="55 characters"):
        parse_recovery_key(chars[:-cut])


def test_extra_character_and_empty_input_are_refused() -> None:
    with pytest.raises(InvalidRecoveryKey, match="this one has 56"):
        parse_recovery_key(format_recovery_key(KEY) + "7")
    with pytest.raises(InvalidRecoveryKey, match="this one has 0"):
        parse_recovery_key("  - ")


@pytest.mark.parametrize("bad", ["U", "*", "é", "?"])
def test_characters_outside_the_alphabet_are_refused_by_position(bad: str) -> None:
    chars = format_recovery_key(KEY).replace("-", "")
    typed = chars[:9] + bad + chars[10:]
    with pytest.raises(InvalidRecoveryKey, match="Character 10 ") as info:
        parse_recovery_key(typed)
    assert chars[:5] not in str(info.value)


def test_messages_never_repeat_the_key() -> None:
    text = format_recovery_key(KEY)
    typo = ("1" if text[0] != "1" else "2") + text[1:]
    with pytest.raises(InvalidRecoveryKey) as info:
        parse_recovery_key(typo)
    for group in text.split("-"):
        assert group not in str(info.value)


def test_non_canonical_check_value_is_refused() -> None:
    # For the all-zero key the check is 0; all ones (the prime itself) is also divisible,
    # but never written by format_recovery_key.
    number = recovery._CHECK_PRIME
    chars = "".join(ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(55)))
    with pytest.raises(InvalidRecoveryKey, match="typo"):
        parse_recovery_key(chars)


@pytest.mark.parametrize("length", [0, 16, 31, 33])
def test_only_32_byte_keys_are_formatted(length: int) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        format_recovery_key(bytes(length))
