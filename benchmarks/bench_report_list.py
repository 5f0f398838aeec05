"""Report list benchmark: first screen after unlock and filter changes, 1 000 to 100 000 reports.

A script, not a test: prints a table and never fails a build. Run headless with
``.venv/bin/python benchmarks/bench_report_list.py`` (``--sizes 1000 10000`` for a quick run).
Targets (issue "Intake at the desk"): with 100 000 reports the first screen shows in
<= 0.5 s after unlock and a filter change applies in <= 0.2 s.

"Shows" and "applies" mean: every row inside the table's viewport displays its decrypted
facts (no placeholder left), measured from the unlock signal or the combo-box change.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import PySide6
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox

from meldpunt.demo.generator import generate_office
from meldpunt.domain.model import Report, report_from_import_dict
from meldpunt.services.accounts import Accounts
from meldpunt.services.container import build_services
from meldpunt.storage.database import open_database
from meldpunt.ui.context import AppContext
from meldpunt.ui.models.report_table import NUMBER
from meldpunt.ui.reports.list_page import ReportListPage
from meldpunt.ui.tasks import wait_for_tasks

# PySide6 6.12.0 drops a reference to None at every call of a method returning void when
# Python is older than 3.12 (where None became immortal); after a few thousand calls None is
# "deallocated" and Python aborts. The waiting loops below make hundreds of thousands of such
# calls, so the benchmark holds extra references; 6.11.3 does not have the bug.
_NONE_BALLAST = [None] * 20_000_000 if sys.version_info < (3, 12) else []

USER, PASSPHRASE = "bench", "benchmark passphrase 2026"
# Sixteen years of reports, about 6 250 a year.
YEARS = (2010, 2025)
INSERT_CHUNK = 5_000
WINDOW = (1280, 900)
REPEATS = 3


def machine() -> str:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = f", load {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
    return (
        f"{cpu}, {os.cpu_count()} cores{load}; Python {platform.python_version()}, "
        f"PySide6 {PySide6.__version__}, SQLite {sqlite3.sqlite_version}, {sys.platform}"
    )


def build_office(path: Path, n: int) -> None:
    """An office with ``n`` demo reports and their workflow status, inserted in chunks."""
    database = open_database(f"sqlite:///{path}")
    office = Accounts(database.sessions).create_office("Benchmark", USER, PASSPHRASE)
    services = build_services(database.sessions)
    start = time.perf_counter()
    demo = generate_office(n, years=YEARS, seed=11)
    rng = random.Random(5)
    reports: list[Report] = []
    for data, flow in zip(demo.reports, demo.workflow, strict=True):
        report = report_from_import_dict(data)
        assigned = office.ring.user_id if flow.get("assigned_to") and rng.random() < 0.3 else None
        reports.append(dataclasses.replace(report, status=flow["status"], assigned_to=assigned))
    print(f"  generated {n} reports in {time.perf_counter() - start:.1f} s", flush=True)
    start = time.perf_counter()
    for first in range(0, n, INSERT_CHUNK):
        services.importing.store(office.ring, reports[first : first + INSERT_CHUNK])
        done = min(first + INSERT_CHUNK, n)
        print(f"  stored {done:>7}/{n}  {time.perf_counter() - start:6.1f} s", flush=True)
    office.ring.wipe()
    database.dispose()


class Bench:
    """One page on one office; every measurement waits for the screen the user sees."""

    def __init__(self, app: QApplication, path: Path) -> None:
        self.app = app
        self.database = open_database(f"sqlite:///{path}")
        self.services = build_services(self.database.sessions)
        self.context = AppContext(self.services, language="nl")
        self.page = ReportListPage(self.context)
        self.page.resize(*WINDOW)
        self.page.show()
        QTest.qWaitForWindowExposed(self.page)

    def close(self) -> None:
        self.context.lock()
        self.page.close()
        self.page.deleteLater()
        self.pause(50)
        self.database.dispose()

    def pause(self, ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def wait(
        self, condition: Callable[[], bool], *, step_ms: int = 1, timeout: float = 900.0
    ) -> float:
        """Run the event loop until ``condition``, checking every ``step_ms``.

        An event loop, as in the application: QTest.qWait keeps the interpreter lock while it
        sleeps and would starve the background tasks (100 times fewer worker steps).
        """
        start = time.perf_counter()
        while not condition():
            if time.perf_counter() - start > timeout:
                raise TimeoutError("the list did not get there in time")
            self.pause(step_ms)
        return time.perf_counter() - start

    def screen_shown(self) -> bool:
        """Every row in the viewport shows its facts (and the view has painted them)."""
        table, proxy, model = self.page.table, self.page.proxy, self.page.model
        if proxy.is_waiting_for_facts():
            return False
        count = proxy.rowCount()
        if count == 0:
            return self.page.stack.currentWidget() is self.page.empty_label
        first = max(table.rowAt(0), 0)
        last = table.rowAt(table.viewport().height() - 1)
        last = count - 1 if last < 0 else last
        for row in range(first, last + 1):
            if model.is_pending(proxy.mapToSource(proxy.index(row, 0)).row()):
                return False
        return True

    def timed(self, action: Callable[[], None]) -> float:
        start = time.perf_counter()
        action()
        self.wait(self.screen_shown)
        return time.perf_counter() - start

    def settle(self) -> None:
        """Until the whole list is loaded and no background work is left."""
        self.wait(lambda: self.page.model.is_complete() and self.screen_shown(), step_ms=20)
        self.pause(50)

    def unlock(self) -> tuple[float, float]:
        ring = self.services.accounts.unlock(USER, PASSPHRASE)  # the KDF is not counted
        start = time.perf_counter()
        self.context.set_unlocked(ring)  # the page reloads on this signal
        self.wait(self.screen_shown)
        first = time.perf_counter() - start
        self.wait(self.page.model.is_complete, step_ms=10)
        return first, time.perf_counter() - start

    def choose(self, combo: QComboBox, code: str) -> float:
        index = combo.findData(code)
        assert index >= 0, code
        took = self.timed(lambda: combo.setCurrentIndex(index))
        self.settle()
        combo.setCurrentIndex(0)
        self.settle()
        return took

    def load_all_criteria(self) -> float:
        start = time.perf_counter()
        self.page.criterion_filter.setCurrentIndex(self.page.criterion_filter.findData("wealth"))
        self.wait(lambda: not self.page.proxy.is_waiting_for_facts(), step_ms=50)
        took = time.perf_counter() - start
        self.page.criterion_filter.setCurrentIndex(0)
        self.settle()
        return took

    def sort_by_number(self) -> float:
        header = self.page.table.horizontalHeader()

        def click() -> None:
            self.page.table.sortByColumn(NUMBER, Qt.SortOrder.AscendingOrder)

        took = self.timed(click)
        self.page.table.sortByColumn(NUMBER, Qt.SortOrder.DescendingOrder)
        self.settle()
        assert header.sortIndicatorSection() == NUMBER
        return took


def best(values: list[float]) -> str:
    return f"{min(values) * 1000:6.0f} ms (median {statistics.median(values) * 1000:.0f})"


def run(app: QApplication, n: int, folder: Path) -> dict[str, str]:
    path = folder / f"office-{n}.db"
    print(f"N = {n}: building the office", flush=True)
    build_office(path, n)
    results: dict[str, list[float]] = {}
    complete: list[float] = []
    for attempt in range(REPEATS):
        bench = Bench(app, path)
        try:
            first, whole = bench.unlock()
            results.setdefault("first screen after unlock", []).append(first)
            complete.append(whole)
            bench.settle()
            page = bench.page
            for label, combo, code in (
                ("status filter (open)", page.status_filter, "@open"),
                ("status filter (closed)", page.status_filter, "closed"),
                ("domain filter (housing)", page.domain_filter, "housing"),
                ("domain filter (leisure)", page.domain_filter, "leisure"),
            ):
                results.setdefault(label, []).append(bench.choose(combo, code))
            # The first session decrypts every report and writes the list cache; the next
            # ones read the cache after unlock.
            label = (
                "every row's criteria, first time (no cache)"
                if attempt == 0
                else "every row's criteria, from the list cache"
            )
            results.setdefault(label, []).append(bench.load_all_criteria())
            wait_for_tasks()  # the cache is written in the background
            for code in ("disability", "national_ethnic_origin"):
                label = f"criterion filter, warm ({code})"
                results.setdefault(label, []).append(bench.choose(page.criterion_filter, code))
            results.setdefault("sort by number (header)", []).append(bench.sort_by_number())
        finally:
            bench.close()
    table = {label: best(values) for label, values in results.items()}
    cold = table.pop("every row's criteria, first time (no cache)")
    table["every row's criteria, first time (no cache)"] = cold
    table["whole list loaded (background)"] = best(complete)
    path.unlink(missing_ok=True)
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    tables: dict[int, dict[str, str]] = {}
    with tempfile.TemporaryDirectory(prefix="meldpunt-list-bench-") as tmp:
        for n in args.sizes:
            tables[n] = run(app, n, Path(tmp))
    print()
    print(f"Machine: {machine()}")
    print(f"Window {WINDOW[0]}x{WINDOW[1]} (offscreen), best of {REPEATS} runs")
    labels = list(next(iter(tables.values())))
    width = max(len(label) for label in labels)
    print(f"{'':{width}}  " + "  ".join(f"{f'N = {n:,}':>26}" for n in tables))
    for label in labels:
        print(f"{label:{width}}  " + "  ".join(f"{tables[n][label]:>26}" for n in tables))
    if _NONE_BALLAST:
        # Freeing the extra references at exit would still "deallocate" None (see above).
        sys.stdout.flush()
        os._exit(0)


if __name__ == "__main__":
    main()
