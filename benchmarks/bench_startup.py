"""Start-up benchmark: seconds from launch to the visible login window, bundle and source.

Prints a table; never fails a build. Needs Xvfb and xdotool (apt-get install xvfb xdotool);
the bundle is measured when dist/meldpunt exists (make package).
Run: .venv/bin/python benchmarks/bench_startup.py
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "meldpunt"
RUNS = 5
PASSPHRASE = "benchmark passphrase 2026"
TIMEOUT_S = 60.0


def folder_size(folder: Path) -> int:
    """Bytes on disk, as du counts them."""
    return sum(p.lstat().st_blocks * 512 for p in folder.rglob("*") if not p.is_symlink())


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """An X server on a free display number well away from :0 and xvfb-run's :99."""
    # The X server's own fixed paths, not temporary files of ours.
    lock = "/tmp/.X{}-lock"  # noqa: S108
    number = next(n for n in range(150, 200) if not Path(lock.format(n)).exists())
    server = subprocess.Popen(
        # -noreset: by default the server resets when its last client leaves, and a start
        # that falls into the reset cannot connect.
        ["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-noreset"],
        stderr=subprocess.DEVNULL,
    )
    socket = Path(f"/tmp/.X11-unix/X{number}")  # noqa: S108
    deadline = time.perf_counter() + 10
    while not socket.exists() and time.perf_counter() < deadline:
        time.sleep(0.05)
    return server, f":{number}"


def environment(home: Path, display: str | None) -> dict[str, str]:
    """Nothing of this shell: its own user folders, no machine-wide settings file."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "MELDPUNT_HOME": str(home),
        "MELDPUNT_CONFIG": str(home / "no-machine-settings.json"),
        "LANG": "C.UTF-8",
    }
    if display is None:
        env["QT_QPA_PLATFORM"] = "offscreen"
    else:
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    return env


def cpu_seconds(pid: int) -> float:
    """User and system time the process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def time_to_window(command: list[str], home: Path, display: str) -> tuple[float, float]:
    """Wall-clock and CPU seconds until the window shows. CPU time hardly depends on what
    else the machine is doing; wall-clock time does."""
    started = time.perf_counter()
    app = subprocess.Popen(
        command,
        env=environment(home, display),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while time.perf_counter() - started < TIMEOUT_S:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "^Meldpunt$"],
                env={"DISPLAY": display},
                capture_output=True,
                check=False,
            )
            if found.returncode == 0:
                return time.perf_counter() - started, cpu_seconds(app.pid)
            if app.poll() is not None:
                raise RuntimeError(f"{command[0]} exited with {app.returncode}")
            time.sleep(0.02)
        raise RuntimeError(f"no window after {TIMEOUT_S:.0f} s")
    finally:
        app.terminate()
        app.wait(timeout=20)


def measure(name: str, command: list[str], display: str) -> str:
    with tempfile.TemporaryDirectory(prefix="meldpunt-bench-") as tmp:
        home = Path(tmp)
        # An office, so the window opens on the login page rather than the first-run wizard.
        subprocess.run(
            [*command, "init", "--office", "Benchmark", "--admin", "coord"],
            env={**environment(home, None), "MELDPUNT_PASSWORD": PASSPHRASE},
            stdout=subprocess.DEVNULL,
            check=True,
        )
        runs = [time_to_window(command, home, display) for _ in range(RUNS)]
    wall = [w for w, _ in runs]
    cpu = statistics.median(c for _, c in runs[1:])
    return (
        f"| {name} | {wall[0]:.2f} s | {statistics.median(wall[1:]):.2f} s "
        f"| {min(wall):.2f} s | {cpu:.2f} s |"
    )


def main() -> int:
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if missing:
        print(f"bench_startup: skipped, needs {' and '.join(missing)} (apt-get install)")
        return 0
    targets = [("source tree (python -m meldpunt)", [sys.executable, "-m", "meldpunt"])]
    if (BUNDLE / "meldpunt").is_file():
        size = folder_size(BUNDLE) / 2**20
        print(f"bundle dist/meldpunt: {size:.0f} MiB on disk")
        targets.insert(0, ("PyInstaller bundle", [str(BUNDLE / "meldpunt")]))
    else:
        print("bench_startup: no dist/meldpunt (make package); measuring the source tree only")
    server, display = start_xvfb()
    try:
        print(
            f"\n| start to login window (Xvfb, xcb) | first | median of next {RUNS - 1} "
            "| best | CPU time, median |"
        )
        print("| --- | --- | --- | --- | --- |")
        for name, command in targets:
            try:
                print(measure(name, command, display))
            except (RuntimeError, subprocess.SubprocessError) as exc:
                print(f"| {name} | failed: {exc} | | | |")
    finally:
        server.terminate()
        server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
