"""Checks that this machine can run Meldpunt: migrations, cryptography and PDF output."""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str = ""


def _check(name: str, fn: Callable[[], str | None]) -> CheckResult:
    try:
        detail = fn() or ""
    except Exception as exc:  # a self-test reports every failure; it never crashes
        return CheckResult(name, False, f"{type(exc).__name__}: {exc}")
    return CheckResult(name, True, detail)


def _migrations() -> str:
    from meldpunt.storage.engine import make_engine
    from meldpunt.storage.migrate import upgrade_database

    with tempfile.TemporaryDirectory(prefix="meldpunt-selftest-") as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'selftest.db'}")
        try:
            result = upgrade_database(engine)
        finally:
            engine.dispose()
    if result.after is None:
        raise RuntimeError("no migrations found")
    return f"schema {result.after}"


def _crypto() -> str:
    from meldpunt.crypto.selfcheck import known_answer_checks

    results = known_answer_checks()
    failed = [name for name, ok in results if not ok]
    if failed:
        raise RuntimeError("known-answer checks failed: " + ", ".join(failed))
    return ", ".join(name for name, _ in results)


def _pdf() -> str:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    canvas.drawString(72, 720, "Meldpunt self-test")
    canvas.showPage()
    canvas.save()
    data = buffer.getvalue()
    if not data.startswith(b"%PDF-"):
        raise RuntimeError("reportlab produced no PDF")
    return f"{len(data)} bytes"


def core_checks() -> list[CheckResult]:
    return [
        _check("migrations", _migrations),
        _check("cryptography", _crypto),
        _check("pdf", _pdf),
    ]
