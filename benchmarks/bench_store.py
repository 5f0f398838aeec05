"""Storage benchmark: bulk import with and without encryption, and exact lookup by e-mail.

Prints a table; never fails a build. Run: .venv/bin/python benchmarks/bench_store.py
Targets (2-core machine): >= 1 000 reports/s encrypted, encryption <= 2x the pass-through
run, e-mail lookup among 100 000 reports <= 50 ms.
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("MELDPUNT_ALLOW_PLAIN_CIPHER", "benchmark")

from meldpunt.crypto.aead import PlainCipher
from meldpunt.demo.generator import generate_reports
from meldpunt.domain.model import report_from_import_dict
from meldpunt.services.accounts import Accounts
from meldpunt.services.importing import ImportService
from meldpunt.services.reports import ReportService
from meldpunt.storage.database import open_database

PASSPHRASE = "benchmark passphrase 2026"


def machine() -> str:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {sys.platform}"


def make_reports(n: int, seed: int) -> list:
    return [report_from_import_dict(d) for d in generate_reports(n, years=(2016, 2025), seed=seed)]


def import_run(n: int, *, plain: bool, url: str | None = None) -> tuple[float, object]:
    tmp = Path(tempfile.mkdtemp(prefix="meldpunt-bench-"))
    database = open_database(url or f"sqlite:///{tmp / 'office.db'}")
    office = Accounts(database.sessions).create_office("Bench", "bench", PASSPHRASE)
    reports = make_reports(n, seed=7)
    service = ImportService(database.sessions, cipher=PlainCipher() if plain else None)
    start = time.perf_counter()
    service.store(office.ring, reports)
    elapsed = time.perf_counter() - start
    return elapsed, (database, office, reports)


def main() -> None:
    n = int(os.environ.get("BENCH_REPORTS", "10000"))
    big = int(os.environ.get("BENCH_LOOKUP_REPORTS", "100000"))
    print(f"Machine: {machine()}")
    print()
    rows = []
    enc, _ = import_run(n, plain=False)
    rows.append((f"import {n} reports, encrypted", f"{enc:.2f} s", f"{n / enc:,.0f} reports/s"))
    plain, _ = import_run(n, plain=True)
    rows.append(
        (f"import {n} reports, pass-through", f"{plain:.2f} s", f"{n / plain:,.0f} reports/s")
    )
    rows.append(("encryption cost", f"{enc / plain:.2f}x", "target <= 2x"))

    print(f"(building an office of {big} reports for the lookup …)", flush=True)
    elapsed, (database, office, reports) = import_run(big, plain=False)
    rows.append(
        (f"import {big} reports, encrypted", f"{elapsed:.1f} s", f"{big / elapsed:,.0f} reports/s")
    )
    service = ReportService(database.sessions)
    emails = [r.reporter.email for r in reports if r.reporter.email][:200]
    timings = []
    for email in emails:
        start = time.perf_counter()
        found = service.find(office.ring, "email", email)
        timings.append((time.perf_counter() - start) * 1000)
        assert found
    rows.append(
        (
            f"lookup by e-mail among {big}",
            f"{statistics.median(timings):.2f} ms median",
            f"{max(timings):.2f} ms max, target <= 50 ms",
        )
    )
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'result':>16}  note")
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>16}  {note}")


if __name__ == "__main__":
    main()
