"""Store benchmarks: a durable event write, and a participant's history in a large file."""

from __future__ import annotations

import gc
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from infusion_app.domain.clock import SystemClock
from infusion_app.domain.events import EventDraft, EventType
from infusion_app.store.cipher import new_key
from infusion_app.store.database import connect
from infusion_app.store.event_store import EventStore

PASSWORD = "ward-laptop-2026"  # admin.zhou's: the window's self-test opens the file with it
WARM_UP = 300  # writes each before measuring: both WAL files at their steady size


def _ms(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[int(len(ordered) * 0.99) - 1] * 1000


class _RawWriter:
    """The baseline: one row of the same size as an event row, INSERT + COMMIT, in WAL with
    ``synchronous=FULL`` (each commit fsyncs), on the same file system as the app's file."""

    def __init__(self, path: Path, row_bytes: int) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=FULL")
        self.conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, payload TEXT)")
        self.row_bytes = row_bytes

    def write(self, i: int) -> None:
        self.conn.execute("BEGIN")
        self.conn.execute("INSERT INTO t (payload) VALUES (?)", [f"{i:012d}".ljust(self.row_bytes)])
        self.conn.execute("COMMIT")


def _draft(i: int) -> EventDraft:
    return EventDraft(
        EventType.USER_ADDED,
        "admin",
        {"username": f"user{i}", "full_name": "Bench", "role": "nurse", "password_hash": "x"},
    )


def _row_bytes(db: Database) -> int:
    """Bytes of the last event row, all columns."""
    row = db.execute(
        "SELECT length(id) + length(device_id) + 8 + length(actor) + length(type) "
        "+ length(payload) + length(occurred_at) + length(recorded_at) + length(prev_hash) "
        "+ length(hash) FROM events ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    return int(row[0])


class _Checkpoints:
    """Which writes ran a WAL checkpoint: the main file changes only when one copies pages."""

    def __init__(self, path: Path) -> None:
        self.path, self.last = path, path.stat().st_mtime_ns

    def happened(self) -> bool:
        now = self.path.stat().st_mtime_ns
        changed, self.last = now != self.last, now
        return changed


def durable_write(n: int) -> dict[str, float]:
    """An event with its chain head and a read-model row, vs a raw INSERT + COMMIT (WAL, FULL).

    The two alternate write by write after a warm-up, so a burst of load from other programs
    falls on both alike. Also counted: writes that ran a WAL checkpoint, and the app's p99
    without them, and Python GC passes during the app's writes.
    """
    folder = Path(tempfile.mkdtemp(prefix="bench-write-"))
    db = connect(folder / "app.db", new_key())  # encrypted, as every file of the app
    store = EventStore(db, SystemClock())
    store.append([_draft(-1)])
    raw = _RawWriter(folder / "raw.db", _row_bytes(db))
    for i in range(WARM_UP):
        raw.write(i)
        store.append([_draft(i)])
    checkpoints = _Checkpoints(folder / "app.db")
    gc_passes = [0]

    def count_gc(phase: str, _info: dict[str, int]) -> None:
        gc_passes[0] += phase == "start"

    raws: list[float] = []
    ours: list[float] = []
    plain: list[float] = []
    for i in range(WARM_UP, WARM_UP + n):
        start = time.perf_counter()
        raw.write(i)
        raws.append(time.perf_counter() - start)
        gc.callbacks.append(count_gc)
        start = time.perf_counter()
        store.append([_draft(i)])
        ours.append(time.perf_counter() - start)
        gc.callbacks.remove(count_gc)
        if not checkpoints.happened():
            plain.append(ours[-1])
    raw.conn.close()
    db.close()
    shutil.rmtree(folder, ignore_errors=True)
    raw_median, raw_p99 = _ms(raws)
    ours_median, ours_p99 = _ms(ours)
    return {
        "writes": n,
        "row_bytes": raw.row_bytes,
        "raw_median_ms": raw_median,
        "raw_p99_ms": raw_p99,
        "ours_median_ms": ours_median,
        "ours_p99_ms": ours_p99,
        "ours_max_ms": max(ours) * 1000,
        "checkpoints": n - len(plain),
        "ours_p99_without_checkpoints_ms": _ms(plain)[1],
        "gc_passes": gc_passes[0],
    }


def participant_history(total: int) -> dict[str, Any]:
    """Time to open one participant's trail (first page + count) in a file of ``total`` events,
    through the same services the audit-trail screen uses."""
    from infusion_app.domain.outcomes import Refusal
    from infusion_app.domain.roles import Role
    from infusion_app.protocol_files import default_protocol_path, load_protocol
    from infusion_app.services.audit_trail import TrailFilter, count_trail, trail_page
    from infusion_app.services.context import Actor, Workspace
    from infusion_app.services.users import initialize_site
    from infusion_app.store.key_slots import Keyring

    folder = Path(tempfile.mkdtemp(prefix="bench-history-"))
    key = new_key()
    db = connect(folder / "big.db", key)
    store = EventStore(db, SystemClock())
    reader = {
        "username": "dr.wang",
        "full_name": "Wang Fang",
        "role": "investigator",
        "password_hash": "x",
    }
    store.append([EventDraft(EventType.USER_ADDED, "admin", reader)])
    keys = Keyring(folder / "big.db", key)
    ws = Workspace(db, store, load_protocol(default_protocol_path()), SystemClock(), keys)
    set_up = initialize_site(  # a set-up laptop: the window opens on its sign-in screen
        ws, site_code="SH-TJ01", username="admin.zhou", full_name="Zhou Min", password=PASSWORD
    )
    assert not isinstance(set_up, Refusal), set_up
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
    size = sum(p.stat().st_size for p in folder.glob("big.db*")) / 2**20  # with its WAL
    db.close()
    return {
        "events": total,
        "open_ms": open_ms,
        "scan_ms": scan_ms,
        "size_mib": size,
        "path": str(folder / "big.db"),
    }


def sign_in_cost(runs: int) -> dict[str, float]:
    """The first sign-in of a run: the key unwrapped from the person's slot (argon2id) and the
    password checked against its hash (argon2id), vs the password check alone; production
    costs, medians of ``runs``."""
    from infusion_app.services.passwords import hash_password, password_matches
    from infusion_app.store.key_slots import Keyring, unwrap_with_password

    folder = Path(tempfile.mkdtemp(prefix="bench-sign-in-"))
    db_path = folder / "ward.db"
    password_hash = hash_password(PASSWORD)
    Keyring(db_path, new_key()).set_user("nurse.li", PASSWORD, password_hash)
    both: list[float] = []
    alone: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        assert unwrap_with_password(db_path, "nurse.li", PASSWORD) is not None
        assert password_matches(password_hash, PASSWORD)
        both.append(time.perf_counter() - start)
        start = time.perf_counter()
        assert password_matches(password_hash, PASSWORD)
        alone.append(time.perf_counter() - start)
    shutil.rmtree(folder, ignore_errors=True)
    return {"sign_in_ms": _ms(both)[0], "check_ms": _ms(alone)[0]}
