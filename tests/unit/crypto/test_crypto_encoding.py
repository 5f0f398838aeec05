"""Fixed-width and free-text encodings: exact lengths, None apart from "", clear refusals."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from meldpunt.crypto.encoding import (
    MAX_FIXED_WIDTH,
    decode_codes,
    decode_fixed,
    decode_text,
    encode_codes,
    encode_fixed,
    encode_text,
)

WIDTH = 24


def test_fixed_width_layout() -> None:
    assert encode_fixed("ras", 8) == b"\x00\x03ras" + bytes(5)
    assert encode_fixed("", 4) == b"\x00\x00" + bytes(4)
    assert encode_fixed(None, 4) == b"\xff\xff" + bytes(4)
    assert encode_fixed("éé", 4) == b"\x00\x04" + "éé".encode()


@given(st.one_of(st.none(), st.text(max_size=WIDTH)))
def test_fixed_width_round_trip_at_exact_width(value: str | None) -> None:
    assume(value is None or len(value.encode()) <= WIDTH)
    data = encode_fixed(value, WIDTH)
    assert len(data) == WIDTH + 2
    assert decode_fixed(data) == value


def test_not_given_is_not_the_empty_string() -> None:
    assert encode_fixed(None, 10) != encode_fixed("", 10)
    assert decode_fixed(encode_fixed(None, 10)) is None
    assert decode_fixed(encode_fixed("", 10)) == ""
    assert decode_fixed(encode_fixed(None, 0)) is None


def test_value_longer_than_width_is_refused_without_echoing_it() -> None:
    with pytest.raises(ValueError, match="longer than the fixed width of 5 bytes") as info:
        encode_fixed("seksuele_orientatie", 5)
    assert "seksuele" not in str(info.value)
    # Width counts UTF-8 bytes: three characters, six bytes.
    with pytest.raises(ValueError, match="fixed width"):
        encode_fixed("ééé", 5)


@pytest.mark.parametrize("width", [-1, MAX_FIXED_WIDTH + 1, 0xFFFF, True])
def test_width_out_of_range_is_refused(width: int) -> None:
    with pytest.raises(ValueError, match="fixed width must be"):
        encode_fixed("", width)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x00",
        b"\x00\x05abc",  # length beyond the frame
        b"\x00\x01a\x00\x01",  # non-zero padding
        b"\xff\xff\x00\x01",  # "not given" with non-zero padding
        b"\x00\x02\xff\xfe",  # not UTF-8
    ],
)
def test_decode_fixed_refuses_what_encode_fixed_cannot_make(data: bytes) -> None:
    with pytest.raises(ValueError):
        decode_fixed(data)


def test_decode_errors_do_not_carry_the_bytes() -> None:
    with pytest.raises(ValueError, match="UTF-8") as info:
        decode_fixed(b"\x00\x05Zo\xebe!")
    assert info.value.__suppress_context__
    assert "Zo" not in str(info.value)


codes = st.text(
    alphabet=st.characters(blacklist_characters=";", blacklist_categories=["Cs"]),
    min_size=1,
    max_size=8,
)


@given(st.lists(codes, max_size=6))
def test_code_lists_round_trip_at_one_length(values: list[str]) -> None:
    width = 6 * 4 * 8 + 5
    data = encode_codes(values, width)
    assert len(data) == width + 2
    assert decode_codes(data) == values


def test_code_list_examples() -> None:
    assert encode_codes(["ras", "afkomst"], 16) == encode_fixed("ras;afkomst", 16)
    assert decode_codes(encode_codes([], 16)) == []
    assert decode_codes(encode_codes(["x"], 16)) == ["x"]


@pytest.mark.parametrize("bad", [["a;b"], ["a", ""], [""]])
def test_ambiguous_codes_are_refused(bad: list[str]) -> None:
    with pytest.raises(ValueError, match="code"):
        encode_codes(bad, 16)


def test_a_single_string_is_not_a_code_list() -> None:
    with pytest.raises(TypeError, match="sequence of codes"):
        encode_codes("ras", 16)


def test_not_given_is_not_a_code_list() -> None:
    with pytest.raises(ValueError, match="not given"):
        decode_codes(encode_fixed(None, 16))


@given(st.one_of(st.none(), st.text()))
def test_free_text_round_trips(value: str | None) -> None:
    assert decode_text(encode_text(value)) == value


@pytest.mark.parametrize(
    "value", ["", "\x00", "\x00\x00", "🙂", "مرحبا", "עברית", "a\u200fb", "\r\n\t", "x" * 100_000]
)
def test_free_text_examples_round_trip(value: str) -> None:
    assert decode_text(encode_text(value)) == value


def test_free_text_keeps_none_and_empty_apart() -> None:
    assert encode_text(None) == b"\x00"
    assert encode_text("") == b"\x01"
    assert decode_text(b"\x00") is None
    assert decode_text(b"\x01") == ""


@pytest.mark.parametrize("value", ["\ud800", "Jan\udc00ssens", "a\ud83d"])
def test_lone_surrogates_are_refused_clearly(value: str) -> None:
    with pytest.raises(ValueError, match="lone surrogate") as info:
        encode_text(value)
    assert "Jan" not in str(info.value)
    assert info.value.__suppress_context__
    with pytest.raises(ValueError, match="lone surrogate"):
        encode_fixed(value, 32)


@pytest.mark.parametrize("data", [b"", b"\x02abc", b"\x00\x00", b"\x01\xff"])
def test_decode_text_refuses_unknown_frames(data: bytes) -> None:
    with pytest.raises(ValueError):
        decode_text(data)
