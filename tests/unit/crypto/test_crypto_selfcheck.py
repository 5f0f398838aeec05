"""Known-answer checks: all pass here, and a broken check is reported, not raised."""

from __future__ import annotations

import pytest

from meldpunt.crypto import selfcheck
from meldpunt.crypto.selfcheck import known_answer_checks


def test_all_known_answer_checks_pass() -> None:
    results = known_answer_checks()
    assert [ok for _, ok in results] == [True] * len(results)
    names = [name for name, _ in results]
    assert len(set(names)) == len(names)
    for standard in ("AES-256-GCM", "Argon2id", "HMAC-SHA256", "Ed25519"):
        assert any(name.startswith(standard) for name in names)


def test_a_failing_or_crashing_check_is_reported_not_raised(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def crashes() -> bool:
        raise RuntimeError("backend missing")

    monkeypatch.setattr(
        selfcheck, "CHECKS", (("crashes", crashes), ("fails", lambda: False), ("ok", lambda: True))
    )
    assert known_answer_checks() == [("crashes", False), ("fails", False), ("ok", True)]


def test_checks_notice_a_wrong_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    # The comparison is real: a backend giving other bytes fails the check.
    class BrokenAESGCM:
        def __init__(self, key: bytes) -> None:
            pass

        def encrypt(self, nonce: bytes, data: bytes, aad: bytes | None) -> bytes:
            return bytes(32)

        def decrypt(self, nonce: bytes, data: bytes, aad: bytes | None) -> bytes:
            return bytes(16)

    monkeypatch.setattr(selfcheck, "AESGCM", BrokenAESGCM)
    results = dict(known_answer_checks())
    assert results["AES-256-GCM (GCM spec test case 14)"] is False
    assert results["Ed25519 (RFC 8032 test 1)"] is True
