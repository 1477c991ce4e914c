"""The benchmark suite: every figure is a ratio against a baseline measured in the same run.

Usage: python bench/run_all.py [--quick] [--out docs/benchmarks.md]
--quick runs the same measurements with fewer repetitions and a smaller database (CI runs
it so the suite cannot rot); the full run is what docs/benchmarks.md reports.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.bench_store import durable_write, participant_history  # noqa: E402

BARE_WINDOW = (
    "import sys, resource\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv)\n"
    "w = QMainWindow(); w.show(); app.processEvents()\n"
    "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
)


def _timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def cold_start(runs: int) -> dict[str, float]:
    """Seconds to the sign-in window (self-test) vs a bare PySide6 QMainWindow, medians."""
    folder = Path(tempfile.mkdtemp(prefix="bench-start-"))
    env = {**os.environ, "XDG_DATA_HOME": str(folder), "XDG_STATE_HOME": str(folder)}
    # An installed app starts from compiled bytecode (the PyInstaller bundle ships it): cache
    # it in a scratch folder even where PYTHONDONTWRITEBYTECODE is set, for both programs.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    app = [sys.executable, "-m", "infusion_app", "--self-test", "--db", str(folder / "s.db")]
    _timed(app, env)  # first run creates the database and the bytecode: not a start-up
    _timed([sys.executable, "-c", BARE_WINDOW], env)
    bare, ours = [], []
    for _ in range(runs):
        bare.append(_timed([sys.executable, "-c", BARE_WINDOW], env))
        ours.append(_timed(app, env))
    return {"bare_s": statistics.median(bare), "app_s": statistics.median(ours)}


def peak_memory() -> dict[str, float]:
    """Peak resident MiB: the app with a running session and its chart vs a bare window."""
    bare = subprocess.run(
        [sys.executable, "-c", BARE_WINDOW], check=True, capture_output=True, text=True
    )
    ours = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "memory_probe.py")],
        check=True,
        capture_output=True,
        text=True,
    )
    return {
        "bare_mib": int(bare.stdout.split()[-1]) / 1024,
        "app_mib": int(ours.stdout.split()[-1]) / 1024,
    }


def _rows(quick: bool) -> list[tuple[str, str, str, str]]:
    start = cold_start(3 if quick else 7)
    write = durable_write(200 if quick else 2000)
    history = participant_history(20_000 if quick else 300_000)
    memory = peak_memory()
    return [
        (
            "Cold start to the sign-in window",
            f"{start['app_s']:.2f} s",
            f"bare QMainWindow {start['bare_s']:.2f} s",
            f"{start['app_s'] / start['bare_s']:.2f}× (target ≤ 2.5×)",
        ),
        (
            "Durable event write, median",
            f"{write['ours_median_ms']:.2f} ms",
            f"raw INSERT+COMMIT {write['raw_median_ms']:.2f} ms",
            f"{write['ours_median_ms'] / write['raw_median_ms']:.2f}× (target ≤ 3×)",
        ),
        (
            "Durable event write, p99",
            f"{write['ours_p99_ms']:.2f} ms",
            f"raw p99 {write['raw_p99_ms']:.2f} ms",
            "target p99 ≤ 5 ms",
        ),
        (
            f"Participant history, {history['events']:,} events in the file",
            f"{history['open_ms']:.1f} ms",
            f"full scan {history['scan_ms']:.1f} ms",
            f"{history['open_ms'] / history['scan_ms']:.3f}× of a scan (target ≤ 50 ms); "
            f"file {history['size_mib']:.0f} MiB",
        ),
        (
            "Peak memory, running session with its chart",
            f"{memory['app_mib']:.0f} MiB",
            f"bare window {memory['bare_mib']:.0f} MiB",
            f"{memory['app_mib'] / memory['bare_mib']:.2f}× (target ≤ 3×)",
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    rows = _rows(args.quick)
    lines = [
        f"Measured {date.today()} on {platform.machine()} with {os.cpu_count()} cores, "
        f"Python {platform.python_version()}{' (quick mode)' if args.quick else ''}.",
        "",
        "| measurement | this app | baseline in the same run | ratio |",
        "|---|---|---|---|",
        *(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows),
    ]
    print("\n".join(lines))
    if args.out:
        header = (ROOT / "bench" / "benchmarks_header.md").read_text(encoding="utf-8")
        args.out.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
