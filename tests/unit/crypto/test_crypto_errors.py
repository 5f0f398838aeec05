"""Crypto errors: one integrity error naming record and field, and messages without values."""

from __future__ import annotations

import pickle

import pytest

from meldpunt.crypto.errors import (
    CryptoError,
    IntegrityError,
    InvalidRecoveryKey,
    WeakKdfParameters,
    WrongPassphrase,
)


def test_integrity_error_names_record_and_field() -> None:
    exc = IntegrityError("3f0c-row", "person.email")
    assert exc.record == "3f0c-row"
    assert exc.field == "person.email"
    assert str(exc) == (
        "record 3f0c-row, field person.email: data damaged or not readable with this key"
    )


def test_integrity_error_survives_pickling() -> None:
    # Errors may cross a process boundary (a worker or a crash report).
    exc = pickle.loads(pickle.dumps(IntegrityError("r1", "f1")))  # noqa: S301
    assert (exc.record, exc.field, str(exc)) == ("r1", "f1", str(IntegrityError("r1", "f1")))


def test_wrong_passphrase_does_not_say_which_part_was_wrong() -> None:
    assert str(WrongPassphrase()) == "Wrong user name or passphrase."


@pytest.mark.parametrize(
    "error", [IntegrityError, WeakKdfParameters, WrongPassphrase, InvalidRecoveryKey]
)
def test_every_error_is_a_crypto_error(error: type[Exception]) -> None:
    assert issubclass(error, CryptoError)
