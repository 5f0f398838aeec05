"""Slot-key derivation: the Argon2id floor, stored parameters, and passphrase normalisation."""

from __future__ import annotations

import dataclasses
import json
import unicodedata
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from meldpunt.crypto import kdf
from meldpunt.crypto.errors import WeakKdfParameters
from meldpunt.crypto.kdf import (
    DEFAULT_LANES,
    MIN_ITERATIONS,
    MIN_MEMORY_KIB,
    KdfParams,
    derive_slot_key,
    new_params,
    recovery_slot_key,
)

# One fixed set of parameters at the floor, so each derivation costs what a real unlock does.
PARAMS = KdfParams(salt=bytes(range(16)), memory_kib=65536, iterations=3, lanes=4)


def test_new_params_are_at_the_floor_with_a_fresh_salt() -> None:
    a, b = new_params(), new_params()
    assert (a.memory_kib, a.iterations, a.lanes) == (MIN_MEMORY_KIB, MIN_ITERATIONS, DEFAULT_LANES)
    assert (MIN_MEMORY_KIB, MIN_ITERATIONS, DEFAULT_LANES) == (65536, 3, 4)
    assert len(a.salt) == 16
    assert a.salt != b.salt
    a.check_floor()


@pytest.mark.parametrize(
    ("change", "what"),
    [
        ({"salt": bytes(15)}, "salt"),
        ({"salt": b""}, "salt"),
        ({"memory_kib": 65535}, "memory"),
        ({"memory_kib": 19456}, "memory"),
        ({"iterations": 2}, "iterations"),
        ({"iterations": 0}, "iterations"),
        ({"lanes": 0}, "lanes"),
        # Ceilings: an edited row must not turn unlocking into exhausting memory or time.
        ({"memory_kib": 64 * 1024 * 1024}, "memory"),
        ({"iterations": 10_000}, "iterations"),
        ({"lanes": 1000}, "lanes"),
        ({"salt": bytes(65)}, "salt"),
    ],
)
def test_params_outside_the_accepted_range_are_refused(change: dict[str, Any], what: str) -> None:
    weak = dataclasses.replace(PARAMS, **change)
    with pytest.raises(WeakKdfParameters, match=what):
        weak.check_floor()
    with pytest.raises(WeakKdfParameters, match=what):
        derive_slot_key("correct horse battery staple", weak)


def test_weak_params_are_refused_before_any_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_work(**_: object) -> None:
        raise AssertionError("Argon2id ran for parameters below the floor")

    monkeypatch.setattr(kdf, "Argon2id", no_work)
    weak = dataclasses.replace(PARAMS, iterations=1)
    with pytest.raises(WeakKdfParameters):
        derive_slot_key("passphrase", weak)


def test_params_at_the_floor_pass() -> None:
    PARAMS.check_floor()
    dataclasses.replace(PARAMS, lanes=1, salt=bytes(32), memory_kib=262144).check_floor()


def test_to_dict_is_json_and_round_trips() -> None:
    params = new_params()
    stored = json.loads(json.dumps(params.to_dict()))
    assert stored["algorithm"] == "argon2id"
    assert isinstance(stored["salt"], str)
    assert KdfParams.from_dict(stored) == params


@given(
    salt=st.binary(max_size=80),
    memory_kib=st.integers(min_value=0, max_value=2**40),
    iterations=st.integers(min_value=0, max_value=2**20),
    lanes=st.integers(min_value=0, max_value=2**10),
)
def test_any_params_round_trip_through_dict(
    salt: bytes, memory_kib: int, iterations: int, lanes: int
) -> None:
    # from_dict does not judge strength: derive_slot_key does, so weak rows stay readable.
    params = KdfParams(salt=salt, memory_kib=memory_kib, iterations=iterations, lanes=lanes)
    assert KdfParams.from_dict(json.loads(json.dumps(params.to_dict()))) == params


def test_from_dict_without_algorithm_means_argon2id() -> None:
    stored = PARAMS.to_dict()
    del stored["algorithm"]
    assert KdfParams.from_dict(stored) == PARAMS


@pytest.mark.parametrize(
    "edit",
    [
        {"algorithm": "pbkdf2"},
        {"salt": "not base64!"},
        {"salt": 12},
        {"salt": None},
        {"memory_kib": "65536"},
        {"iterations": 3.0},
        {"lanes": True},
        {"iterations": None},
    ],
)
def test_malformed_stored_params_are_refused(edit: dict[str, Any]) -> None:
    stored = {**PARAMS.to_dict(), **edit}
    with pytest.raises(WeakKdfParameters, match=r"malformed|algorithm"):
        KdfParams.from_dict(stored)


@pytest.mark.parametrize("missing", ["salt", "memory_kib", "iterations", "lanes"])
def test_stored_params_with_a_missing_entry_are_refused(missing: str) -> None:
    stored = PARAMS.to_dict()
    del stored[missing]
    with pytest.raises(WeakKdfParameters, match="malformed"):
        KdfParams.from_dict(stored)


def test_from_dict_refuses_a_non_mapping() -> None:
    with pytest.raises(WeakKdfParameters, match="malformed"):
        KdfParams.from_dict(["salt"])  # type: ignore[arg-type]


def test_derivation_is_deterministic_and_depends_on_passphrase_and_salt() -> None:
    key = derive_slot_key("Zeven zonnige zeilboten", PARAMS)
    assert len(key) == 32
    assert derive_slot_key("Zeven zonnige zeilboten", PARAMS) == key
    assert derive_slot_key("Zeven zonnige zeilboten!", PARAMS) != key
    other_salt = dataclasses.replace(PARAMS, salt=bytes(range(1, 17)))
    assert derive_slot_key("Zeven zonnige zeilboten", other_salt) != key


def test_composed_and_decomposed_passphrases_give_the_same_key() -> None:
    composed = unicodedata.normalize("NFC", "Crème brûlée à Liège")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert derive_slot_key(composed, PARAMS) == derive_slot_key(decomposed, PARAMS)


def test_lone_surrogate_passphrase_is_refused_without_echoing_it() -> None:
    with pytest.raises(ValueError, match="lone surrogate") as info:
        derive_slot_key("geheim\ud800wachtwoord", PARAMS)
    assert "geheim" not in str(info.value)
    assert info.value.__suppress_context__


def test_recovery_slot_key_is_hkdf_of_the_recovery_key() -> None:
    recovery = bytes(range(32))
    slot = recovery_slot_key(recovery)
    assert len(slot) == 32
    assert slot != recovery
    assert recovery_slot_key(recovery) == slot
    assert recovery_slot_key(bytes(32)) != slot


@pytest.mark.parametrize("length", [0, 16, 31, 33])
def test_recovery_slot_key_refuses_wrong_length(length: int) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        recovery_slot_key(bytes(length))
