"""Field cipher and key wrapping: round trips, distinct blobs, and every kind of tampering."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from meldpunt.crypto import aead
from meldpunt.crypto.aead import (
    FieldCipher,
    PlainCipher,
    blob_header,
    decrypt,
    encrypt,
    field_aad,
    unwrap_key,
    wrap_key,
)
from meldpunt.crypto.encoding import decode_text, encode_codes, encode_fixed, encode_text
from meldpunt.crypto.errors import IntegrityError
from meldpunt.crypto.keys import KeyClass, random_key

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))
ROW = "0b6f6a8e-6f4c-4a0c-9a57-5d1b8d3f2e10"
OTHER_ROW = "7d3c1b2a-0000-4000-8000-000000000001"
AAD = field_aad("person", "legal_name", ROW)
CANARY = "Canarywoman Zoë Vandersmissen"


def seal(plaintext: bytes, aad: bytes = AAD) -> bytes:
    return encrypt(KEY, plaintext, aad, key_class=KeyClass.IDENTITY, key_version=7)


def open_(blob: bytes, aad: bytes = AAD, key: bytes = KEY) -> bytes:
    return decrypt(key, blob, aad, record=ROW, field="legal_name")


# --- associated data ---------------------------------------------------------------------


def test_field_aad_joins_table_column_and_row() -> None:
    assert field_aad("report", "narrative", "r-1") == b"report|narrative|r-1"
    assert field_aad("persoon", "naam", "ü-1") == "persoon|naam|ü-1".encode()


@pytest.mark.parametrize(
    "parts",
    [("a|b", "c", "d"), ("a", "b|c", "d"), ("a", "b", "c|d"), ("", "b", "c"), ("a", "", "c")],
)
def test_field_aad_refuses_ambiguous_parts(parts: tuple[str, str, str]) -> None:
    with pytest.raises(ValueError, match="field_aad"):
        field_aad(*parts)


# --- round trips -------------------------------------------------------------------------


@given(st.binary(max_size=4096))
def test_any_bytes_round_trip(plaintext: bytes) -> None:
    assert open_(seal(plaintext)) == plaintext


@given(st.one_of(st.none(), st.text()))
def test_any_text_round_trips(value: str | None) -> None:
    assert decode_text(open_(seal(encode_text(value)))) == value


@pytest.mark.parametrize(
    "value",
    [
        "",
        "\x00",
        "a\x00b",
        "👩🏽‍⚖️ 🏳️‍🌈",
        "أحمد بن علي",
        "שלום עולם",
        "\u202eevil\u202c",
        "\ufeff",
        None,
    ],
)
def test_awkward_text_round_trips(value: str | None) -> None:
    assert decode_text(open_(seal(encode_text(value)))) == value


def test_one_megabyte_of_text_round_trips() -> None:
    value = ("Ik werd geweigerd omdat ik 🧕 draag. عربي " * 30_000)[: 1024 * 1024]
    assert decode_text(open_(seal(encode_text(value)))) == value


def test_ten_thousand_encryptions_of_one_value_are_all_different() -> None:
    plaintext = encode_text(CANARY)
    blobs = {seal(plaintext) for _ in range(10_000)}
    assert len(blobs) == 10_000
    nonces = {b[aead.HEADER_BYTES : aead.HEADER_BYTES + aead.NONCE_BYTES] for b in blobs}
    assert len(nonces) == 10_000


def test_every_code_of_a_field_gives_the_same_blob_length() -> None:
    # Coded facts must not be told apart by ciphertext length (security.md, special class).
    criteria = ["", "ras", "afkomst", "nationaliteit", "seksuele_orientatie", "handicap"]
    width = max(len(c.encode()) for c in criteria)
    values: list[str | None] = [None, *criteria]
    single = {len(seal(encode_fixed(v, width))) for v in values}
    assert single == {width + 2 + aead.OVERHEAD_BYTES}

    all_codes = criteria[1:]
    list_width = len(";".join(all_codes).encode())
    subsets = [[], all_codes[:1], all_codes[1:3], all_codes[::2], all_codes]
    lengths = {len(seal(encode_codes(s, list_width))) for s in subsets}
    assert lengths == {list_width + 2 + aead.OVERHEAD_BYTES}


def test_blob_layout() -> None:
    blob = encrypt(KEY, b"abc", AAD, key_class=KeyClass.SPECIAL, key_version=0x01020304)
    assert blob[:6] == bytes([0x01, 0x02, 0x01, 0x02, 0x03, 0x04])
    assert len(blob) == 1 + 1 + 4 + 12 + 3 + 16 == 3 + aead.OVERHEAD_BYTES
    assert blob_header(blob) == (KeyClass.SPECIAL, 0x01020304)
    assert CANARY.encode() not in seal(CANARY.encode())


@pytest.mark.parametrize("key_class", list(KeyClass))
@pytest.mark.parametrize("key_version", [0, 1, 2**32 - 1])
def test_header_names_the_key(key_class: KeyClass, key_version: int) -> None:
    blob = encrypt(KEY, b"x", AAD, key_class=key_class, key_version=key_version)
    assert blob_header(blob) == (key_class, key_version)
    assert type(blob_header(blob)[0]) is KeyClass


def test_database_drivers_bytes_like_blobs_are_accepted() -> None:
    blob = seal(b"value")
    assert open_(memoryview(blob)) == b"value"  # type: ignore[arg-type]
    assert open_(bytearray(blob)) == b"value"  # type: ignore[arg-type]
    assert blob_header(memoryview(blob)) == (KeyClass.IDENTITY, 7)  # type: ignore[arg-type]


# --- tampering ---------------------------------------------------------------------------


def flips(blob: bytes) -> list[bytes]:
    out = []
    for bit in range(len(blob) * 8):
        edited = bytearray(blob)
        edited[bit // 8] ^= 1 << (bit % 8)
        out.append(bytes(edited))
    return out


def test_every_single_bit_flip_of_a_field_blob_is_detected() -> None:
    blob = seal(b"F")
    assert len(blob) * 8 == 280
    for edited in flips(blob):
        with pytest.raises(IntegrityError) as info:
            open_(edited)
        assert (info.value.record, info.value.field) == (ROW, "legal_name")


def test_every_single_bit_flip_of_a_wrapped_key_is_detected() -> None:
    aad = b"report_key|" + ROW.encode() + b"|identity"
    blob = wrap_key(KEY, OTHER_KEY, aad, key_class=KeyClass.IDENTITY, key_version=1)
    assert unwrap_key(KEY, blob, aad, record=ROW, field="data_key") == OTHER_KEY
    for edited in flips(blob):
        with pytest.raises(IntegrityError):
            unwrap_key(KEY, edited, aad, record=ROW, field="data_key")


@pytest.mark.parametrize(
    "wrong_aad",
    [
        field_aad("person", "legal_name", OTHER_ROW),  # copied to another row
        field_aad("person", "chosen_name", ROW),  # swapped into another column
        field_aad("counterparty", "legal_name", ROW),  # moved to another table
        b"",
        AAD + b" ",
    ],
)
def test_ciphertext_in_another_place_is_refused(wrong_aad: bytes) -> None:
    with pytest.raises(IntegrityError):
        open_(seal(b"value"), wrong_aad)


def test_wrong_key_is_refused() -> None:
    with pytest.raises(IntegrityError):
        open_(seal(b"value"), key=OTHER_KEY)
    with pytest.raises(IntegrityError):
        open_(seal(b"value"), key=random_key())


def test_every_truncation_and_an_extension_are_refused() -> None:
    blob = seal(b"some value")
    for length in range(len(blob)):
        with pytest.raises(IntegrityError):
            open_(blob[:length])
    with pytest.raises(IntegrityError):
        open_(blob + b"\x00")


def test_header_edits_are_detected_even_when_well_formed() -> None:
    blob = seal(b"value")
    for key_class in KeyClass:
        for version in (0, 6, 8):
            header = bytes([0x01, key_class]) + version.to_bytes(4, "big")
            with pytest.raises(IntegrityError):
                open_(header + blob[6:])


@pytest.mark.parametrize(
    "garbage",
    [
        b"",
        b"\x01",
        bytes(33),
        b"\x02" + bytes(40),
        b"\x01\x05" + bytes(40),
        b"\x01\x00" + bytes(40),
    ],
)
def test_garbage_is_an_integrity_error(garbage: bytes) -> None:
    with pytest.raises(IntegrityError):
        open_(garbage)
    with pytest.raises(IntegrityError) as info:
        blob_header(garbage, record="r9", field="f9")
    assert (info.value.record, info.value.field) == ("r9", "f9")


@pytest.mark.parametrize("not_a_blob", [None, "text", 12])
def test_null_or_wrong_type_in_an_encrypted_column_is_damage(not_a_blob: object) -> None:
    with pytest.raises(IntegrityError):
        open_(not_a_blob)  # type: ignore[arg-type]
    with pytest.raises(IntegrityError):
        blob_header(not_a_blob)  # type: ignore[arg-type]


def test_blob_header_without_names_uses_placeholders() -> None:
    with pytest.raises(IntegrityError, match=r"record \?, field \?"):
        blob_header(b"")


def test_integrity_error_carries_no_plaintext() -> None:
    blob = seal(CANARY.encode())
    with pytest.raises(IntegrityError) as info:
        open_(blob, key=OTHER_KEY)
    text = f"{info.value!s} {info.value!r} {info.value.args!r}"
    assert CANARY not in text
    assert "Zoë" not in text
    assert info.value.__cause__ is None
    assert info.value.__suppress_context__


# --- key wrapping ------------------------------------------------------------------------


def test_wrap_round_trip_and_wrong_aad() -> None:
    data_key = random_key()
    aad = b"report_key|r-1|case"
    blob = wrap_key(KEY, data_key, aad, key_class=KeyClass.CASE, key_version=3)
    assert len(blob) == 32 + aead.OVERHEAD_BYTES
    assert blob_header(blob) == (KeyClass.CASE, 3)
    assert unwrap_key(KEY, blob, aad, record="r-1", field="case") == data_key
    for wrong in (b"report_key|r-2|case", b"report_key|r-1|identity", b""):
        with pytest.raises(IntegrityError):
            unwrap_key(KEY, blob, wrong, record="r-1", field="case")
    with pytest.raises(IntegrityError):
        unwrap_key(OTHER_KEY, blob, aad, record="r-1", field="case")


def test_wrapped_keys_and_field_values_cannot_stand_in_for_each_other() -> None:
    aad = b"same|place|1"
    wrapped = wrap_key(KEY, OTHER_KEY, aad, key_class=KeyClass.CASE, key_version=1)
    field = encrypt(KEY, OTHER_KEY, aad, key_class=KeyClass.CASE, key_version=1)
    with pytest.raises(IntegrityError):
        decrypt(KEY, wrapped, aad, record="r", field="f")
    with pytest.raises(IntegrityError):
        unwrap_key(KEY, field, aad, record="r", field="f")


def test_unwrap_refuses_a_key_of_the_wrong_length() -> None:
    # Only an attacker holding the wrapping key could make this; check it anyway.
    blob = aead._seal(KEY, bytes(16), b"a", aead._PURPOSE_WRAP, KeyClass.CASE, 1)
    with pytest.raises(IntegrityError):
        unwrap_key(KEY, blob, b"a", record="r", field="f")


@pytest.mark.parametrize("length", [0, 16, 31, 33, 64])
def test_only_32_byte_keys_are_wrapped_or_used(length: int) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        wrap_key(KEY, bytes(length), b"a", key_class=KeyClass.CASE, key_version=1)
    with pytest.raises(ValueError, match="32 bytes"):
        wrap_key(bytes(length), KEY, b"a", key_class=KeyClass.CASE, key_version=1)
    with pytest.raises(ValueError, match="32 bytes"):
        encrypt(bytes(length), b"x", b"a", key_class=KeyClass.CASE, key_version=1)
    with pytest.raises(ValueError, match="32 bytes"):
        decrypt(bytes(length), seal(b"x"), AAD, record="r", field="f")


@pytest.mark.parametrize("key_version", [-1, 2**32, True])
def test_key_version_must_fit_the_header(key_version: int) -> None:
    with pytest.raises(ValueError, match="key_version"):
        encrypt(KEY, b"x", AAD, key_class=KeyClass.CASE, key_version=key_version)


def test_key_class_must_be_a_key_class() -> None:
    with pytest.raises(TypeError, match="KeyClass"):
        encrypt(KEY, b"x", AAD, key_class=3, key_version=1)  # type: ignore[arg-type]


# --- cipher objects ----------------------------------------------------------------------


def test_field_cipher_object_matches_the_functions() -> None:
    cipher = FieldCipher()
    blob = cipher.encrypt(KEY, b"value", AAD, KeyClass.CASE, 2)
    assert open_(blob) == b"value"
    assert cipher.decrypt(KEY, seal(b"value"), AAD, ROW, "legal_name") == b"value"
    with pytest.raises(IntegrityError):
        cipher.decrypt(KEY, blob, field_aad("person", "legal_name", OTHER_ROW), ROW, "x")


@pytest.mark.parametrize("value", [None, "", "1", "tests", "BENCHMARK", "benchmark "])
def test_plain_cipher_refuses_to_exist_outside_benchmarks(
    monkeypatch: pytest.MonkeyPatch, value: str | None
) -> None:
    if value is None:
        monkeypatch.delenv(aead.PLAIN_CIPHER_ENV, raising=False)
    else:
        monkeypatch.setenv(aead.PLAIN_CIPHER_ENV, value)
    with pytest.raises(RuntimeError, match="benchmark"):
        PlainCipher()


def test_plain_cipher_frames_like_the_real_one_but_never_mixes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MELDPUNT_ALLOW_PLAIN_CIPHER", "benchmark")
    plain = PlainCipher()
    real = FieldCipher()
    frame = plain.encrypt(KEY, b"value", AAD, KeyClass.SPECIAL, 1)
    blob = real.encrypt(KEY, b"value", AAD, KeyClass.SPECIAL, 1)
    assert len(frame) == len(blob)
    assert plain.decrypt(KEY, frame, AAD, ROW, "f") == b"value"
    assert plain.decrypt(KEY, plain.encrypt(KEY, b"", AAD, KeyClass.CASE, 1), AAD, ROW, "f") == b""
    with pytest.raises(IntegrityError):
        real.decrypt(KEY, frame, AAD, ROW, "f")
    with pytest.raises(IntegrityError):
        plain.decrypt(KEY, blob, AAD, ROW, "f")
    with pytest.raises(IntegrityError):
        blob_header(frame)
