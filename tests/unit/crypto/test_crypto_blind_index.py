"""Blind indexes: normalisation of Belgian phone numbers, e-mails, names and addresses."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from meldpunt.crypto.blind_index import (
    blind_index,
    derive_index_key,
    normalize_address,
    normalize_counterparty,
    normalize_email,
    normalize_name,
    normalize_phone,
)

IDENTITY_KEY = bytes(range(32))


# --- phone numbers -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("0470 12 34 56", "+32470123456"),
        ("0470123456", "+32470123456"),
        ("+32 470/12.34.56", "+32470123456"),
        ("+32470123456", "+32470123456"),
        ("0032470123456", "+32470123456"),
        ("0032 470 12 34 56", "+32470123456"),
        ("+32 (0)470 12 34 56", "+32470123456"),
        ("+32 0470 12 34 56", "+32470123456"),
        ("0470-12-34-56", "+32470123456"),
        ("(0470) 12 34 56", "+32470123456"),
        ("  0470\u00a012\u00a034\u00a056 ", "+32470123456"),
        ("０４７０ １２ ３４ ５６", "+32470123456"),  # full-width digits
        ("tel:+32470123456", "+32470123456"),
        ("016 27 26 00", "+3216272600"),
        ("016/27.26.00", "+3216272600"),
        ("+32 16 27 26 00", "+3216272600"),
        ("02 511 11 11", "+3225111111"),
        ("0800 12 345", "+3280012345"),
        ("+31 20 123 4567", "+31201234567"),
        ("0031 6 12345678", "+31612345678"),
        ("+44 20 7946 0958", "+442079460958"),
    ],
)
def test_phone_numbers_become_e164(typed: str, e164: str) -> None:
    assert normalize_phone(typed) == e164


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "geen",
        "call me after 5",
        "0470 12 34 56 ext. 12",
        "470 12 34 56",  # no trunk 0, no country code: ambiguous
        "0",
        "012",
        "0470 12 34 567 8",  # too many digits for Belgium
        "+32 12 34",
        "+32 0",
        "+0 123456789",
        "+1 2",
        "+12345678901234567",  # longer than E.164 allows
        "04+70123456",
    ],
)
def test_what_cannot_be_a_phone_number_gives_none(typed: str) -> None:
    assert normalize_phone(typed) is None


def test_default_country_is_used_for_the_trunk_zero() -> None:
    assert normalize_phone("020 123 4567", default_country="31") == "+31201234567"
    assert normalize_phone("+32 470 12 34 56", default_country="31") == "+32470123456"


@pytest.mark.parametrize("country", ["", "+32", "032", "1234", "ab", "３２"])
def test_default_country_must_be_a_calling_code(country: str) -> None:
    with pytest.raises(ValueError, match="calling code"):
        normalize_phone("0470 12 34 56", default_country=country)


@given(st.text(alphabet="0123456789 +/.-()", max_size=24))
def test_phone_normalisation_is_stable(typed: str) -> None:
    once = normalize_phone(typed)
    if once is not None:
        assert once.startswith("+") and once[1:].isdigit()
        assert normalize_phone(once) == once


# --- e-mail ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("Jan.Peeters@Example.BE", "jan.peeters@example.be"),
        ("  jan.peeters@example.be\n", "jan.peeters@example.be"),
        ("JAN.PEETERS@EXAMPLE.BE", "jan.peeters@example.be"),
        ("Straße@Example.de", "strasse@example.de"),
        ("ｊａｎ@example.be", "jan@example.be"),  # full-width letters
        ("Zoë@example.be", "zoë@example.be"),
    ],
)
def test_email_normalisation(typed: str, normal: str) -> None:
    assert normalize_email(typed) == normal


def test_email_composed_and_decomposed_are_one() -> None:
    assert normalize_email("zoe\u0308@example.be") == normalize_email("zo\u00eb@example.be")


@given(st.text())
def test_email_normalisation_is_idempotent(typed: str) -> None:
    once = normalize_email(typed)
    assert normalize_email(once) == once


# --- names -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("Jan Peeters", "jan peeters"),
        ("  jan   PEETERS  ", "jan peeters"),
        ("Jan\tPeeters\n", "jan peeters"),
        ("Émile De-Smet", "emile de smet"),
        ("Emile de Smet.", "emile de smet"),
        ("Peeters, Jan", "peeters jan"),
        ("Françoise Müller-Lüdenscheidt", "francoise muller ludenscheidt"),
        ("D'Hondt", "dhondt"),
        ("D’Hondt", "dhondt"),
        ("Søren Øbrink", "soren obrink"),
        ("Łukasz Wałęsa", "lukasz walesa"),
        ("Nguyễn Thị Ngọc Trâm", "nguyen thi ngoc tram"),
        ("İlker Yıldız", "ilker yildiz"),
        ("STRAUß", "strauss"),
        ("محمّد", "محمد"),  # Arabic vowel marks go like accents
        ("Zoë\u00a0Van\u2003den Bossche", "zoe van den bossche"),
        ("---", ""),
    ],
)
def test_name_normalisation(typed: str, normal: str) -> None:
    assert normalize_name(typed) == normal


@given(st.text())
def test_name_normalisation_is_idempotent_and_tidy(typed: str) -> None:
    once = normalize_name(typed)
    assert normalize_name(once) == once
    assert once == once.strip()
    assert "  " not in once


# --- addresses and counterparties --------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "Naamsestraat 12",
        "Naamsestr. 12",
        "naamsestr 12",
        "Naamse straat 12",
        "Naamse str. 12",
        "NAAMSESTRAAT nr. 12",
        "Naamsestraat, 12",
    ],
)
def test_street_spellings_agree(typed: str) -> None:
    assert normalize_address(typed) == "naamsestraat 12"


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("Bondgenotenln. 5", "bondgenotenlaan 5"),
        ("Bondgenoten laan 5", "bondgenotenlaan 5"),
        ("Tiense stwg 3", "tiensesteenweg 3"),
        ("Tiensesteenweg 3", "tiensesteenweg 3"),
        ("Ladeuze pl. 1", "ladeuzeplein 1"),
        ("Grote Markt 1, 3000 Leuven", "grote markt 1 3000 leuven"),
        ("Rue de la Loi 16", "rue de la loi 16"),
        ("", ""),
    ],
)
def test_address_normalisation(typed: str, normal: str) -> None:
    assert normalize_address(typed) == normal


def test_counterparty_joins_name_and_address() -> None:
    assert (
        normalize_counterparty("Café De Zon BV", "Naamsestr. 1")
        == normalize_counterparty("cafe de zon bv", "Naamse straat 1")
        == "cafe de zon bv|naamsestraat 1"
    )
    assert normalize_counterparty("Immo Leuven", None) == "immo leuven|"
    assert normalize_counterparty("  ", None) == ""
    assert normalize_counterparty("", "Naamsestraat 1") == "|naamsestraat 1"


# --- keys and indexes --------------------------------------------------------------------


def test_each_field_gets_its_own_index_key() -> None:
    fields = ["person.email", "person.phone", "person.name", "counterparty.name_address"]
    keys = [derive_index_key(IDENTITY_KEY, f) for f in fields]
    assert len(set(keys)) == len(fields)
    assert all(len(k) == 32 for k in keys)
    assert derive_index_key(IDENTITY_KEY, "person.email") == keys[0]
    assert derive_index_key(bytes(32), "person.email") != keys[0]
    assert IDENTITY_KEY not in keys


def test_index_is_keyed_stable_and_64_hex_digits() -> None:
    key = derive_index_key(IDENTITY_KEY, "person.phone")
    index = blind_index(key, "+32470123456")
    assert len(index) == 64
    assert int(index, 16) >= 0 and index == index.lower()
    assert blind_index(key, "+32470123456") == index
    assert blind_index(key, "+32470123457") != index
    other_field = derive_index_key(IDENTITY_KEY, "person.phone2")
    assert blind_index(other_field, "+32470123456") != index


def test_spellings_of_one_value_share_one_index() -> None:
    phone_key = derive_index_key(IDENTITY_KEY, "person.phone")
    spellings = ["0470 12 34 56", "+32 470/12.34.56", "0032470123456"]
    indexes = set()
    for s in spellings:
        normal = normalize_phone(s)
        assert normal is not None
        indexes.add(blind_index(phone_key, normal))
    assert len(indexes) == 1

    name_key = derive_index_key(IDENTITY_KEY, "person.name")
    assert blind_index(name_key, normalize_name("Émile  De-Smet")) == blind_index(
        name_key, normalize_name("emile de smet")
    )


def test_index_is_not_an_unkeyed_hash() -> None:
    import hashlib

    key = derive_index_key(IDENTITY_KEY, "person.email")
    assert blind_index(key, "a@b.be") != hashlib.sha256(b"a@b.be").hexdigest()


def test_empty_values_and_bad_keys_are_refused() -> None:
    key = derive_index_key(IDENTITY_KEY, "person.email")
    with pytest.raises(ValueError, match="empty"):
        blind_index(key, "")
    with pytest.raises(ValueError, match="empty"):
        derive_index_key(IDENTITY_KEY, "")
    with pytest.raises(ValueError, match="32 bytes"):
        blind_index(bytes(16), "x")
    with pytest.raises(ValueError, match="32 bytes"):
        derive_index_key(bytes(16), "person.email")
    with pytest.raises(ValueError, match="lone surrogate"):
        blind_index(key, "a\ud800")
