"""Byte encodings of field values before encryption: fixed width for codes, marked free text.

Fixed width hides coded values behind equal ciphertext lengths; both encodings keep "not
given" (None) apart from the empty string, because an unanswered field is encrypted too.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence

_LENGTH = struct.Struct(">H")
#: Length field value meaning "not given" (None); no real value can be this long.
NOT_GIVEN_LENGTH = 0xFFFF
MAX_FIXED_WIDTH = NOT_GIVEN_LENGTH - 1
CODE_SEPARATOR = ";"

_TEXT_NOT_GIVEN = b"\x00"
_TEXT_GIVEN = b"\x01"


def _utf8(value: str, what: str) -> bytes:
    try:
        return value.encode("utf-8")
    except UnicodeEncodeError as exc:
        # `from None`: the UnicodeEncodeError carries the whole value in `.object`.
        raise ValueError(
            f"{what} contains a lone surrogate (half of a UTF-16 pair) at position "
            f"{exc.start}; it cannot be stored"
        ) from None


def _from_utf8(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # `from None`: the UnicodeDecodeError carries the decrypted bytes in `.object`.
        raise ValueError(f"{what} is not valid UTF-8 (byte {exc.start})") from None


def _check_width(width: int) -> None:
    if isinstance(width, bool) or not 0 <= width <= MAX_FIXED_WIDTH:
        raise ValueError(f"fixed width must be 0 to {MAX_FIXED_WIDTH} bytes")


def encode_fixed(value: str | None, width: int) -> bytes:
    """`value` as exactly `width + 2` bytes: uint16 length, UTF-8, zero padding.

    `width` counts UTF-8 bytes, not characters. None ("not given") has its own length value,
    so it never decodes as "". A value longer than `width` bytes raises ValueError.
    """
    _check_width(width)
    if value is None:
        return _LENGTH.pack(NOT_GIVEN_LENGTH) + bytes(width)
    data = _utf8(value, "value")
    if len(data) > width:
        raise ValueError(f"value is longer than the fixed width of {width} bytes")
    return _LENGTH.pack(len(data)) + data + bytes(width - len(data))


def _all_zero(data: bytes) -> bool:
    # One comparison in C; any() walks a 2 KB padding byte by byte, which the annual report
    # does twice for each of thousands of reports.
    return data == bytes(len(data))


def decode_fixed(data: bytes) -> str | None:
    """The value `encode_fixed` encoded; ValueError on anything it cannot have produced."""
    if len(data) < _LENGTH.size:
        raise ValueError("fixed-width value is too short")
    (length,) = _LENGTH.unpack_from(data)
    body = data[_LENGTH.size :]
    if length == NOT_GIVEN_LENGTH:
        if not _all_zero(body):
            raise ValueError("fixed-width 'not given' value has non-zero padding")
        return None
    if length > len(body):
        raise ValueError("fixed-width value is longer than its frame")
    if not _all_zero(body[length:]):
        raise ValueError("fixed-width value has non-zero padding")
    return _from_utf8(body[:length], "fixed-width value")


def encode_codes(codes: Sequence[str], width: int) -> bytes:
    """A list of taxonomy codes as one fixed-width value (joined with ";").

    Codes must be non-empty and contain no ";" ([""] would otherwise read back as []).
    `width` must hold the longest allowed combination, e.g. every code of the field.
    """
    if isinstance(codes, str):
        raise TypeError("encode_codes takes a sequence of codes, not one string")
    for code in codes:
        if not code:
            raise ValueError("a code is empty")
        if CODE_SEPARATOR in code:
            raise ValueError(f"a code contains '{CODE_SEPARATOR}'")
    return encode_fixed(CODE_SEPARATOR.join(codes), width)


def decode_codes(data: bytes) -> list[str]:
    """The codes `encode_codes` encoded, in the same order."""
    joined = decode_fixed(data)
    if joined is None:
        raise ValueError("a code list was encoded as 'not given'; use decode_fixed for that")
    return joined.split(CODE_SEPARATOR) if joined else []


def encode_text(value: str | None) -> bytes:
    """Free text (any length): a marker byte, then UTF-8. None and "" stay distinct.

    Any Unicode text is accepted (NUL, emoji, right-to-left); a lone surrogate cannot be
    encoded in UTF-8 and raises ValueError (the domain layer should have refused it).
    """
    if value is None:
        return _TEXT_NOT_GIVEN
    return _TEXT_GIVEN + _utf8(value, "text")


def decode_text(data: bytes) -> str | None:
    """The text `encode_text` encoded; ValueError on an unknown marker."""
    if data == _TEXT_NOT_GIVEN:
        return None
    if data[:1] != _TEXT_GIVEN:
        raise ValueError("free text has an unknown marker byte")
    return _from_utf8(data[1:], "free text")
