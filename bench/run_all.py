"""The benchmark suite: every figure is a ratio against a baseline measured in the same run.

Usage: python bench/run_all.py [--quick] [--out docs/benchmarks.md]
--quick runs the same measurements with fewer repetitions and smaller sizes in about a minute
(CI runs it so the suite cannot rot); the full run is what docs/benchmarks.md reports. Nothing
is written unless --out is given. Exits 1 when a benchmark crashes (its row says so), never
because a figure misses its target: on a loaded machine those are only printed.
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
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.bench_store import (  # noqa: E402
    PASSWORD,
    durable_write,
    participant_history,
    sign_in_cost,
)
from bench.figures import Row, chart_rows, infusion_rows, sync_rows  # noqa: E402

BARE_WINDOW = (
    "import sys, resource\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv)\n"
    "w = QMainWindow(); w.show(); app.processEvents()\n"
    "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
)


def _timed(command: list[str], env: dict[str, str], stdin: str = "") -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, input=stdin, text=True)
    return time.perf_counter() - start


def _start_env(folder: Path) -> dict[str, str]:
    env = {**os.environ, "XDG_DATA_HOME": str(folder), "XDG_STATE_HOME": str(folder)}
    # An installed app starts from compiled bytecode (the PyInstaller bundle ships it): cache
    # it in a scratch folder even where PYTHONDONTWRITEBYTECODE is set, for both programs.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    return env


def start_times(db: Path, runs: int) -> dict[str, float]:
    """Seconds to the window on the encrypted ``db`` (self-test, opened with admin.zhou's
    password: key unwrap, password check, sign-in) vs a bare PySide6 QMainWindow, medians of
    ``runs`` alternating starts."""
    env = _start_env(Path(tempfile.mkdtemp(prefix="bench-start-")))
    app = [sys.executable, "-m", "infusion_app", "--self-test", "--db", str(db)]
    app += ["--user", "admin.zhou"]
    password = PASSWORD + "\n"
    _timed(app, env, password)  # the first start compiles the bytecode: not a cold start
    _timed([sys.executable, "-c", BARE_WINDOW], env)
    bare, ours = [], []
    for _ in range(runs):
        bare.append(_timed([sys.executable, "-c", BARE_WINDOW], env))
        ours.append(_timed(app, env, password))
    return {"bare_s": statistics.median(bare), "app_s": statistics.median(ours)}


def cold_start(runs: int) -> dict[str, float]:
    """Seconds to the sign-in window of a set-up laptop vs a bare PySide6 QMainWindow."""
    folder = Path(tempfile.mkdtemp(prefix="bench-start-"))
    db = folder / "ward.sqlite3"
    # A laptop whose site is set up opens on the sign-in screen (an empty file would open on
    # the first-run set-up screen instead), as `infusion-app init` leaves it.
    init = ["init", "--db", str(db), "--site", "SH-TJ01", "--admin", "admin.zhou"]
    subprocess.run(
        [sys.executable, "-m", "infusion_app", *init],
        input=PASSWORD + "\n",
        text=True,
        check=True,
        env=_start_env(folder),
        stdout=subprocess.DEVNULL,
    )
    return start_times(db, runs)


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


def start_rows(quick: bool) -> list[Row]:
    start = cold_start(2 if quick else 7)
    return [
        (
            "Cold start to the window, its encrypted file opened with a password",
            f"{start['app_s']:.2f} s",
            f"bare QMainWindow {start['bare_s']:.2f} s",
            f"{start['app_s'] / start['bare_s']:.2f}× (target ≤ 2.5×)",
        )
    ]


def sign_in_rows(quick: bool) -> list[Row]:
    cost = sign_in_cost(5 if quick else 21)
    return [
        (
            "First sign-in of a run: key unwrap + password check (argon2id twice), median",
            f"{cost['sign_in_ms']:.0f} ms",
            f"password check alone {cost['check_ms']:.0f} ms",
            "target ≤ 150 ms",
        )
    ]


def store_rows(quick: bool) -> list[Row]:
    write = durable_write(300 if quick else 3000)
    history = participant_history(20_000 if quick else 300_000)
    big = start_times(Path(history["path"]), 2 if quick else 5)
    return [
        (
            "Durable event write (event + chain + read model), median",
            f"{write['ours_median_ms']:.2f} ms",
            f"raw INSERT+COMMIT of a {write['row_bytes']:.0f}-byte row "
            f"{write['raw_median_ms']:.2f} ms",
            f"{write['ours_median_ms'] / write['raw_median_ms']:.2f}× (target ≤ 3×)",
        ),
        (
            "Durable event write, p99",
            f"{write['ours_p99_ms']:.2f} ms",
            f"raw p99 {write['raw_p99_ms']:.2f} ms",
            f"target p99 ≤ 5 ms; {write['checkpoints']:.0f} of {write['writes']:.0f} writes ran "
            f"a WAL checkpoint, p99 of the others {write['ours_p99_without_checkpoints_ms']:.2f} "
            f"ms; max {write['ours_max_ms']:.1f} ms",
        ),
        (
            f"Participant history, {history['events']:,} events in the file",
            f"{history['open_ms']:.1f} ms",
            f"full scan {history['scan_ms']:.1f} ms",
            f"{history['open_ms'] / history['scan_ms']:.3f}× of a scan (target ≤ 50 ms); "
            f"file {history['size_mib']:.0f} MiB",
        ),
        (
            f"Cold start to the sign-in window, that file of {history['events']:,} events",
            f"{big['app_s']:.2f} s",
            f"bare QMainWindow {big['bare_s']:.2f} s",
            f"{big['app_s'] / big['bare_s']:.2f}× (the file's start-up check runs while the "
            "window's code loads; page cache warm)",
        ),
    ]


def memory_rows(quick: bool) -> list[Row]:
    memory = peak_memory()
    return [
        (
            "Peak memory, running session with its chart, screen unlocked once",
            f"{memory['app_mib']:.0f} MiB",
            f"bare window {memory['bare_mib']:.0f} MiB",
            f"{memory['app_mib'] / memory['bare_mib']:.2f}× (target ≤ 3×)",
        )
    ]


BENCHMARKS: list[tuple[str, Callable[[bool], list[Row]]]] = [
    ("cold start", start_rows),
    ("sign-in", sign_in_rows),
    ("store", store_rows),
    ("memory", memory_rows),
    ("infusion", infusion_rows),
    ("sync", sync_rows),
    ("chart", chart_rows),
]


def _rows(quick: bool) -> tuple[list[Row], list[str]]:
    """Every benchmark's rows; a crash becomes a row of its own and a name in the second list."""
    rows: list[Row] = []
    crashed: list[str] = []
    for name, run in BENCHMARKS:
        began = time.perf_counter()
        try:
            rows += run(quick)
        except Exception as error:  # one crash must not hide the other figures
            traceback.print_exc()
            detail = str(error).strip().splitlines()[0] if str(error).strip() else ""
            rows.append((f"{name} benchmark", "CRASHED", type(error).__name__, detail[:120]))
            crashed.append(name)
        print(f"[{name}: {time.perf_counter() - began:.1f} s]", file=sys.stderr)
    return rows, crashed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    load_at_start = os.getloadavg()[0]  # other work on the machine shows in every figure
    rows, crashed = _rows(args.quick)
    lines = [
        f"Measured {date.today()} on {platform.machine()} with {os.cpu_count()} cores, "
        f"Python {platform.python_version()}{' (quick mode)' if args.quick else ''}; "
        f"load average {load_at_start:.1f} at the start and {os.getloadavg()[0]:.1f} at the end.",
        "",
        "| measurement | this app | baseline in the same run | ratio |",
        "|---|---|---|---|",
        *(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows),
    ]
    print("\n".join(lines))
    if args.out:
        header = (ROOT / "bench" / "benchmarks_header.md").read_text(encoding="utf-8")
        args.out.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    if crashed:
        print(f"benchmarks that crashed: {', '.join(crashed)}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
