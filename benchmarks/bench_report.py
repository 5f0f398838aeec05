"""Annual report benchmark: one year's PDF from a busy office and from ten years of reports.

Prints a table; never fails a build. Run: .venv/bin/python benchmarks/bench_report.py
Targets (2-core machine): one year of 10 000 reports gives its PDF in <= 3 s; an office of
100 000 reports over ten years gives one year's PDF in <= 5 s.

Offices are built through the bulk import (ImportService.store), and the one-year office a
second time through DemoLoader, with case files and workflow (slower to build; set
BENCH_CASE_FILES=0 to leave it out). Set BENCH_CACHE to a folder to keep the built offices
between runs, and BENCH_PROFILE=1 to print the twenty most expensive calls of one report.
"""

from __future__ import annotations

import cProfile
import io
import os
import platform
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from pypdf import PdfReader

from meldpunt.crypto.keyring import KeyRing
from meldpunt.demo.generator import generate_reports
from meldpunt.domain.model import report_from_import_dict
from meldpunt.reports.disclosure import publish
from meldpunt.reports.pdf import build_annual_pdf
from meldpunt.reports.statistics import compute_annual
from meldpunt.services.accounts import Accounts
from meldpunt.services.demo_office import DemoLoader
from meldpunt.services.importing import ImportService
from meldpunt.services.statistics import StatisticsService
from meldpunt.storage.database import Database, open_database

USER = "bench"
PASSPHRASE = "benchmark passphrase 2026"
YEAR = 2025
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
T = TypeVar("T")


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


def office(name: str, n: int, years: tuple[int, int], *, case_files: bool) -> Database:
    """An office of ``n`` reports; reused from BENCH_CACHE when it was built before."""
    cache = os.environ.get("BENCH_CACHE")
    folder = Path(cache) if cache else Path(tempfile.mkdtemp(prefix="meldpunt-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}-{n}-{years[0]}-{years[1]}{'-files' if case_files else ''}.db"
    ready = path.with_suffix(".ready")
    if ready.exists():
        return open_database(f"sqlite:///{path}")
    path.unlink(missing_ok=True)
    database = open_database(f"sqlite:///{path}")
    created = Accounts(database.sessions).create_office("Bench", USER, PASSPHRASE)
    print(f"(building {name}: {n} reports in {years[0]}–{years[1]} …)", flush=True)
    start = time.perf_counter()
    if case_files:
        DemoLoader(database.sessions).load(created.ring, n, years=years, seed=11)
    else:
        reports = [report_from_import_dict(d) for d in generate_reports(n, years=years, seed=11)]
        ImportService(database.sessions).store(created.ring, reports)
    created.ring.wipe()
    print(f"(built in {time.perf_counter() - start:.0f} s)", flush=True)
    ready.touch()
    return database


Timing = tuple[float, float]  # wall-clock and CPU seconds


def timed(fn: Callable[[], T]) -> tuple[Timing, T]:
    """Wall-clock and CPU time: on a shared machine the CPU time shows the work alone."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return (time.perf_counter() - wall, time.process_time() - cpu), result


def one_run(service: StatisticsService, ring: KeyRing) -> tuple[dict[str, Timing], int, int]:
    """Time per phase, then end to end; and how many reports were read, pages made."""
    timings: dict[str, Timing] = {}
    timings["facts"], (facts, _damaged) = timed(lambda: service.facts(ring, [YEAR - 1, YEAR]))
    this_year = [f for f in facts if f.year == YEAR]
    previous = [f for f in facts if f.year == YEAR - 1] or None
    timings["stats"], published = timed(
        lambda: publish(
            compute_annual(this_year, YEAR, service.taxonomy, previous_year_facts=previous),
            service.threshold(),
        )
    )
    timings["pdf"], pdf = timed(
        lambda: build_annual_pdf(
            published, year=YEAR, lang="nl", office_name="Bench", taxonomy=service.taxonomy
        )
    )
    timings["annual"], _ = timed(lambda: service.annual(ring, YEAR, lang="nl", office_name="Bench"))
    return timings, len(facts), len(PdfReader(io.BytesIO(pdf)).pages)


Row = tuple[str, str, str, str]


def measure(label: str, database: Database, target: str) -> list[Row]:
    ring: KeyRing = Accounts(database.sessions).unlock(USER, PASSPHRASE)
    service = StatisticsService(database.sessions)
    phases: dict[str, list[Timing]] = {"facts": [], "stats": [], "pdf": [], "annual": []}
    rows = pages = 0
    for _ in range(RUNS):
        timings, rows, pages = one_run(service, ring)
        for key, value in timings.items():
            phases[key].append(value)
    if os.environ.get("BENCH_PROFILE"):
        profile = cProfile.Profile()
        profile.runcall(service.annual, ring, YEAR, lang="nl", office_name="Bench")
        pstats.Stats(profile).sort_stats("cumulative").print_stats(20)
    ring.wipe()

    def median(key: str, which: int) -> str:
        return f"{statistics.median(t[which] for t in phases[key]):.2f} s"

    names = {
        "facts": f"facts decryption ({rows} reports of {YEAR - 1}–{YEAR})",
        "stats": "statistics + suppression",
        "pdf": f"PDF ({pages} pages)",
        "annual": "StatisticsService.annual, end to end",
    }
    return [
        (f"{label}: {name}", median(key, 0), median(key, 1), target if key == "annual" else "")
        for key, name in names.items()
    ]


def main() -> None:
    n_year = int(os.environ.get("BENCH_YEAR_REPORTS", "10000"))
    n_office = int(os.environ.get("BENCH_OFFICE_REPORTS", "100000"))
    case_files = os.environ.get("BENCH_CASE_FILES", "1") == "1"
    print(f"Machine: {machine()}")
    print(f"Median of {RUNS} runs; report year {YEAR}, Dutch.")
    print()
    offices = [
        ("(a)", office("one-year", n_year, (YEAR, YEAR), case_files=False), "target <= 3 s"),
        (
            "(b)",
            office("ten-years", n_office, (YEAR - 9, YEAR), case_files=False),
            "target <= 5 s",
        ),
    ]
    if case_files:
        with_files = office("one-year", n_year, (YEAR, YEAR), case_files=True)
        offices.insert(1, ("(a, with case files)", with_files, "target <= 3 s"))
    load = os.getloadavg()[0]
    rows: list[Row] = []
    for label, database, target in offices:
        reports = n_office if label == "(b)" else n_year
        years = f"{YEAR - 9}–{YEAR}" if label == "(b)" else str(YEAR)
        rows += measure(f"{label} {reports} reports in {years}", database, target)
        database.dispose()
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'wall':>7}  {'CPU':>7}  note")
    for name, wall, cpu, note in rows:
        print(f"{name:<{width}}  {wall:>7}  {cpu:>7}  {note}")
    print(f"Load average (1 min) before / after: {load:.1f} / {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
