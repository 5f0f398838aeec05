"""The list cache's plain format: chunked lines that round-trip every entry (no database)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meldpunt.services.listing import (
    _CACHE_CHUNK,
    CodedFacts,
    _cache_entry,
    _decode_cache,
    _encode_cache,
)

codes = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_.", min_size=1, max_size=20)
facts = st.builds(
    CodedFacts,
    received_on=st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31))),
    domain=st.one_of(st.none(), codes),
    criteria=st.lists(codes, max_size=4).map(tuple),
    modifiers=st.lists(codes, max_size=3).map(tuple),
    forms=st.lists(codes, max_size=3).map(tuple),
    area=st.one_of(st.none(), codes),
    counterparty_type=st.one_of(st.none(), codes),
    reporter_role=st.one_of(st.none(), codes),
)


def _entries(cache: dict[str, tuple[int, CodedFacts]]) -> list[list[object]]:
    return [_cache_entry(i, v, f) for i, (v, f) in cache.items()]


@settings(max_examples=60)
@given(st.dictionaries(st.uuids().map(str), st.tuples(st.integers(1, 10**6), facts), max_size=30))
def test_every_entry_round_trips(cache: dict[str, tuple[int, CodedFacts]]) -> None:
    assert _decode_cache(_encode_cache(_entries(cache))) == cache


def test_a_large_cache_is_cut_into_lines_that_parse_quickly() -> None:
    one = CodedFacts(dt.date(2025, 3, 1), "housing.rental", ("disability",), (), ("refusal",))
    cache = {f"r{i:06d}": (1, one) for i in range(2 * _CACHE_CHUNK + 500)}
    plain = _encode_cache(_entries(cache))
    header, *lines = plain.split(b"\n")
    assert json.loads(header) == {"format": 2, "entries": len(cache)}
    assert [len(json.loads(line)) for line in lines] == [_CACHE_CHUNK, _CACHE_CHUNK, 500]
    assert _decode_cache(plain) == cache


def test_an_old_or_cut_off_cache_is_refused_not_half_read() -> None:
    one = CodedFacts(dt.date(2025, 3, 1), "housing.rental")
    entries = _entries({f"r{i}": (1, one) for i in range(_CACHE_CHUNK + 1)})
    old_format = json.dumps({"format": 1, "entries": entries}).encode()
    with pytest.raises(ValueError, match="format"):
        _decode_cache(old_format)
    cut_off = _encode_cache(entries).rsplit(b"\n", 1)[0]
    with pytest.raises(ValueError, match="incomplete"):
        _decode_cache(cut_off)
