"""Store benchmarks: a durable event write, and a participant's history in a large file."""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from infusion_app.domain.clock import SystemClock
from infusion_app.domain.events import EventDraft, EventType
from infusion_app.store.database import connect
from infusion_app.store.event_store import EventStore


def _ms(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[int(len(ordered) * 0.99) - 1] * 1000


def _raw_writes(path: Path, n: int) -> list[float]:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, payload TEXT)")
    samples = []
    for i in range(n):
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("INSERT INTO t (payload) VALUES (?)", [f'{{"n": {i}}}'])
        conn.execute("COMMIT")
        samples.append(time.perf_counter() - start)
    conn.close()
    return samples


def durable_write(n: int) -> dict[str, float]:
    """An event with its chain head and a read-model row, vs a raw INSERT + COMMIT (WAL, FULL)."""
    folder = Path(tempfile.mkdtemp(prefix="bench-write-"))
    raw_median, raw_p99 = _ms(_raw_writes(folder / "raw.db", n))
    store = EventStore(connect(folder / "app.db"), SystemClock())
    samples = []
    for i in range(n):
        draft = EventDraft(
            EventType.USER_ADDED,
            "admin",
            {"username": f"user{i}", "full_name": "Bench", "role": "nurse", "password_hash": "x"},
        )
        start = time.perf_counter()
        store.append([draft])
        samples.append(time.perf_counter() - start)
    ours_median, ours_p99 = _ms(samples)
    return {
        "raw_median_ms": raw_median,
        "raw_p99_ms": raw_p99,
        "ours_median_ms": ours_median,
        "ours_p99_ms": ours_p99,
    }


def participant_history(total: int) -> dict[str, float]:
    """Time to open one participant's trail (first page + count) in a file of ``total`` events,
    through the same services the audit-trail screen uses."""
    from infusion_app.domain.roles import Role
    from infusion_app.protocol_files import default_protocol_path, load_protocol
    from infusion_app.services.audit_trail import TrailFilter, count_trail, trail_page
    from infusion_app.services.context import Actor, Workspace

    folder = Path(tempfile.mkdtemp(prefix="bench-history-"))
    db = connect(folder / "big.db")
    store = EventStore(db, SystemClock())
    reader = {
        "username": "dr.wang",
        "full_name": "Wang Fang",
        "role": "investigator",
        "password_hash": "x",
    }
    store.append([EventDraft(EventType.USER_ADDED, "admin", reader)])
    ws = Workspace(db, store, load_protocol(default_protocol_path()), SystemClock())
    actor = Actor("dr.wang", "Wang Fang", Role.INVESTIGATOR)
    for start in range(0, total, 5000):
        store.append(
            [
                EventDraft(EventType.USER_SIGNED_OUT, "nurse.li", {"n": i}, f"HPV-{i % 1000:03d}")
                for i in range(start, min(total, start + 5000))
            ]
        )
    where = TrailFilter(participant="HPV-042")
    begin = time.perf_counter()
    count = count_trail(ws, actor, where=where)
    page = trail_page(ws, actor, where=where, limit=500)
    open_ms = (time.perf_counter() - begin) * 1000
    begin = time.perf_counter()
    db.execute("SELECT count(*) FROM events WHERE payload LIKE '%\"n\": 42}%'").fetchone()
    scan_ms = (time.perf_counter() - begin) * 1000
    assert count == total // 1000 and len(page) == min(500, count)
    size = (folder / "big.db").stat().st_size / 2**20
    db.close()
    return {"events": total, "open_ms": open_ms, "scan_ms": scan_ms, "size_mib": size}
