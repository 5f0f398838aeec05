"""Blind indexes for exact search on encrypted identity fields: normalise, then keyed HMAC.

The index is HMAC-SHA256 under a per-field key derived from the identity class key, so a
reader of the database without that key cannot test guesses, and equal values in different
fields (an e-mail and a name) give unrelated indexes. The full 64-hex-digit digest is kept:
truncation would only add false matches, and the key, not the length, is what protects it.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from meldpunt.crypto.keys import KEY_BYTES, check_key

INDEX_KEY_INFO_PREFIX = b"meldpunt blind index v1|"
COUNTERPARTY_SEPARATOR = "|"


def derive_index_key(identity_class_key: bytes, field: str) -> bytes:
    """The 32-byte blind-index key of `field` (e.g. "person.email"), by HKDF-SHA256."""
    check_key(identity_class_key, "identity class key")
    if not field:
        raise ValueError("blind index field name is empty")
    hkdf = HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=None,
        info=INDEX_KEY_INFO_PREFIX + field.encode("utf-8"),
    )
    return hkdf.derive(identity_class_key)


def blind_index(index_key: bytes, normalized: str) -> str:
    """HMAC-SHA256 of an already normalised value, as 64 lower-case hex digits.

    An empty value is refused: every record without the value would share one index. Store
    no index for a value whose normaliser returned "" or None.
    """
    check_key(index_key, "index key")
    if not normalized:
        raise ValueError("refusing to index an empty value")
    try:
        data = normalized.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(f"value has a lone surrogate at position {exc.start}") from None
    return hmac.new(index_key, data, hashlib.sha256).hexdigest()


# --- normalisers -------------------------------------------------------------------------


def normalize_email(s: str) -> str:
    """Trimmed, case-folded, NFKC: "  Jan.Peeters@Example.BE " -> "jan.peeters@example.be".

    The local part is case-folded too: mail servers may treat it as case-sensitive, but for
    finding earlier reports by the same person a case difference is noise.
    """
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", s).casefold()).strip()


_PHONE_SEPARATORS = frozenset("/.-()")
_TRUNK_ZERO_IN_BRACKETS = re.compile(r"\(\s*0\s*\)")
BELGIUM = "32"


def normalize_phone(s: str, default_country: str = BELGIUM) -> str | None:
    """A phone number in E.164 ("+32470123456"), or None when it cannot be one.

    Accepts spaces, "/", ".", "-", brackets, "+32 (0)470 ...", "0032 ...", the national
    trunk 0 ("0470 12 34 56" with `default_country`), full-width and other decimal digits.
    Refuses letters, extensions and numbers without "+", "00" or a trunk 0 (ambiguous).
    Belgian numbers must have 8 (landline) or 9 (mobile) digits after +32; others 7 to 15
    digits in all, as E.164 allows.
    """
    if not (
        default_country.isascii()
        and default_country.isdigit()
        and 1 <= len(default_country) <= 3
        and not default_country.startswith("0")
    ):
        raise ValueError("default_country must be a country calling code such as '32'")
    text = unicodedata.normalize("NFKC", s).strip()
    if text[:4].lower() == "tel:":
        text = text[4:].strip()
    # "+32 (0)470 ..." shows national callers the trunk 0; it is not part of the number.
    text = _TRUNK_ZERO_IN_BRACKETS.sub("", text)
    international = text.startswith("+")
    if international:
        text = text[1:]
    digits: list[str] = []
    for ch in text:
        if ch.isdecimal():
            digits.append(str(unicodedata.decimal(ch)))
        elif not (ch.isspace() or ch in _PHONE_SEPARATORS):
            return None
    number = "".join(digits)
    if not international:
        if number.startswith("00"):
            number = number[2:]
        elif number.startswith("0"):
            number = default_country + number[1:]
        else:
            return None
    if not number or number.startswith("0"):
        return None
    if number.startswith(BELGIUM):
        national = number[len(BELGIUM) :]
        # "+32 0470 ..." is a common way of writing the trunk 0 after the country code.
        if national.startswith("0"):
            national = national[1:]
        if len(national) not in (8, 9) or national.startswith("0"):
            return None
        return f"+{BELGIUM}{national}"
    if not 7 <= len(number) <= 15:
        return None
    return "+" + number


# Apostrophes join what they separate ("D'Hondt" -> "dhondt"); other punctuation separates.
_APOSTROPHES = dict.fromkeys(map(ord, "'`´ʹʻʼʽ‘’‛′＇"), None)
# Letters that are not base letter + accent in Unicode, so NFKD does not take them apart.
_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "ı": "i"})


def normalize_name(s: str) -> str:
    """A name for exact comparison: no accents, case-folded, words separated by one space.

    "  Émile   DE-Smet." -> "emile de smet"; "D'Hondt" -> "dhondt"; "Øbrink" -> "obrink".
    Letters and digits of every script are kept (Arabic vowel marks, like accents, go).
    """
    text = s.translate(_APOSTROPHES)
    text = unicodedata.normalize("NFKD", text).translate(_APOSTROPHES).casefold()
    # casefold can produce new combining marks ("İ" -> "i" + dot), so decompose once more.
    text = unicodedata.normalize("NFKD", text).translate(_LETTERS)
    out: list[str] = []
    for ch in text:
        category = unicodedata.category(ch)
        if category[0] in "LN":
            out.append(ch)
        elif category[0] != "M":
            out.append(" ")
    return " ".join("".join(out).split())


# Street-name abbreviations, written alone ("Naamse str.") or at the end of a word
# ("Naamsestr."), are spelled out; a street-type word written apart is joined to the word
# before it ("Naamse straat" -> "naamsestraat"), as Dutch street names are one word.
_STREET_WORDS = ("straat", "laan", "steenweg", "plein")
_STREET_ABBREVIATIONS = {"str": "straat", "ln": "laan", "stwg": "steenweg", "stw": "steenweg"}
_STREET_SUFFIX_ABBREVIATIONS = {"str": "straat", "ln": "laan", "stwg": "steenweg"}
_STANDALONE_ONLY_ABBREVIATIONS = {"pl": "plein"}
_NUMBER_WORDS = frozenset({"nr", "nummer"})


def normalize_address(s: str) -> str:
    """A Belgian street address for exact comparison (normalize_name plus street rules).

    Rules, kept few on purpose: "str"/"ln"/"stwg"/"stw"/"pl" spelled out when written alone;
    "...str"/"...ln"/"...stwg" at the end of a word spelled out; "straat"/"laan"/"steenweg"/
    "plein" written apart joined to the previous word; "nr"/"nummer" before a number dropped.
    "Naamsestr. nr. 12" and "Naamse straat 12" both give "naamsestraat 12".
    """
    tokens = normalize_name(s).split()
    spelled: list[str] = []
    for token in tokens:
        if token in _STREET_ABBREVIATIONS:
            token = _STREET_ABBREVIATIONS[token]
        elif token in _STANDALONE_ONLY_ABBREVIATIONS:
            token = _STANDALONE_ONLY_ABBREVIATIONS[token]
        else:
            for short, full in _STREET_SUFFIX_ABBREVIATIONS.items():
                if (
                    token.endswith(short)
                    and len(token) > len(short)
                    and token[: -len(short)].isalpha()
                ):
                    token = token[: -len(short)] + full
                    break
        spelled.append(token)
    out: list[str] = []
    for i, token in enumerate(spelled):
        if token in _STREET_WORDS and out and out[-1].isalpha():
            out[-1] += token
        elif token in _NUMBER_WORDS and i + 1 < len(spelled) and spelled[i + 1][:1].isdigit():
            continue
        else:
            out.append(token)
    return " ".join(out)


def normalize_counterparty(name: str, address: str | None = None) -> str:
    """Name and address of a counterparty as one value: "name|address" (both normalised).

    Returns "" when both are blank, so `blind_index` refuses it instead of giving every
    blank counterparty the same index.
    """
    name_part = normalize_name(name)
    address_part = normalize_address(address or "")
    if not name_part and not address_part:
        return ""
    return f"{name_part}{COUNTERPARTY_SEPARATOR}{address_part}"
