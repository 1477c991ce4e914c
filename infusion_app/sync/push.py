"""Push: this laptop's events after the last acknowledged one, in batches, idempotently.

One batch is one server transaction: the rows are copied into a temporary table, inserted
with ``ON CONFLICT (id) DO NOTHING`` (the server's triggers check the hash chain of what is
inserted), compared with what the server holds under the same ids, and committed. Only then
is the acknowledgement written locally. A cut anywhere leaves either the batch uncommitted
(pushed again next time) or committed but unacknowledged (found on the server next time, by
the device's head, and by id if sent again): nothing lost, nothing twice.

While the server inserts and checks one batch (on a helper thread), the next one is read from
SQLite on the calling thread; the local database is only ever touched by the calling thread,
and a batch is acknowledged only after its own commit returned.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import psycopg
from sqlite_utils import Database

from infusion_app.domain.messages import Message
from infusion_app.store import sync_state
from infusion_app.sync.errors import ChainRefusedError, ServerOlderError, SyncError
from infusion_app.sync.set_aside import (
    refused_events,
    server_lacks,
    server_older,
    set_aside,
    set_aside_ids,
    stand_in,
    unstorable,
)

COLUMNS = (
    "id, device_id, device_seq, actor, participant, session, type, payload, "
    "occurred_at, recorded_at, prev_hash, hash"
)
STAGING = """
CREATE TEMP TABLE IF NOT EXISTS push_staging (
    id text, device_id text, device_seq bigint, actor text, participant text, session text,
    type text, payload text, occurred_at text, recorded_at text, prev_hash text, hash text
) ON COMMIT DELETE ROWS
"""
STAGING_TYPES = ["text"] * 2 + ["int8"] + ["text"] * 9
INSERT_STAGED = f"""
INSERT INTO infusion.events (site, {COLUMNS})
SELECT %s, {COLUMNS} FROM push_staging ORDER BY device_seq
ON CONFLICT (id) DO NOTHING
"""
MISMATCH = """
SELECT s.device_seq FROM push_staging s JOIN infusion.events e USING (id)
WHERE (e.device_id, e.device_seq, e.hash) IS DISTINCT FROM (s.device_id, s.device_seq, s.hash)
ORDER BY s.device_seq LIMIT 1
"""

BatchDone = Callable[[int], None]
FIRST_BATCH = 1000


def server_head(conn: psycopg.Connection, device: str) -> tuple[int, str | None]:
    """The server's last (device_seq, hash) of ``device``, or (0, None)."""
    with conn.cursor() as cur:
        row = cur.execute(
            "SELECT device_seq, hash FROM infusion.events WHERE device_id = %s "
            "ORDER BY device_seq DESC LIMIT 1",
            [device],
        ).fetchone()
    conn.commit()
    return (int(row[0]), str(row[1])) if row else (0, None)


def reconcile_ack(db: Database, conn: psycopg.Connection, device: str) -> int:
    """Take the server's head as acknowledged (a commit whose reply was lost); check it is ours."""
    seq, digest = server_head(conn, device)
    if seq == 0:
        return sync_state.acked_seq(db)
    local = db.execute(
        "SELECT hash FROM events WHERE device_id = ? AND device_seq = ?", [device, seq]
    ).fetchone()
    if local is None:
        raise SyncError(
            f"The server holds {seq} events of this laptop but its database has fewer: "
            "was it restored from an older backup? Nothing was pushed; call the data manager."
        )
    if local[0] != digest:
        raise ChainRefusedError(
            f"The server's event #{seq} of this laptop differs from the local one: "
            "the two logs have forked. Nothing was pushed."
        )
    with db.atomic():
        sync_state.set_acked_seq(db, seq)
    return sync_state.acked_seq(db)


def unacked(db: Database, device: str, after: int, limit: int) -> list[tuple[Any, ...]]:
    """Up to ``limit`` of this device's events after sequence ``after``, in order."""
    rows: list[tuple[Any, ...]] = db.execute(
        f"SELECT {COLUMNS} FROM events WHERE device_id = ? AND device_seq > ? "
        "ORDER BY device_seq LIMIT ?",
        [device, after, limit],
    ).fetchall()
    return rows


def create_staging(conn: psycopg.Connection) -> None:
    """The session's temporary staging table (emptied at every commit); safe to repeat."""
    with conn.cursor() as cur:
        # Only this session's temporary table is created: its commit need not wait for the
        # server's disk (a crash ends the session, and the table with it).
        cur.execute("SET LOCAL synchronous_commit TO OFF")
        cur.execute(STAGING)
    conn.commit()


def send_batch(conn: psycopg.Connection, site: str, rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert ``rows`` on the server in one transaction and commit it (staging table made)."""
    with conn.cursor() as cur:
        with cur.copy(f"COPY push_staging ({COLUMNS}) FROM STDIN (FORMAT BINARY)") as copy:
            copy.set_types(STAGING_TYPES)
            for row in rows:
                copy.write_row(row)
        inserted = cur.execute(INSERT_STAGED, [site]).rowcount
        # Rows skipped as already there must be the very same events.
        clash = cur.execute(MISMATCH).fetchone() if inserted != len(rows) else None
        if clash:
            conn.rollback()
            raise ChainRefusedError(
                f"The server already holds a different event under the id of this laptop's "
                f"event #{clash[0]}: refused."
            )
    conn.commit()


class _Sendable:
    """Turns unacknowledged rows into what is sent: a set-aside event as its stand-in."""

    def __init__(self, db: Database, device: str, now: Callable[[], str]) -> None:
        self.db, self.device, self.now = db, device, now
        self.aside = set_aside_ids(db, device)

    def __call__(self, rows: Sequence[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        unfit = {
            row[0]: problem
            for row in rows
            if row[0] not in self.aside and (problem := unstorable(row))
        }
        if unfit:
            self.put_aside(unfit, rows)
        return [stand_in(row, self.aside[row[0]]) if row[0] in self.aside else row for row in rows]

    def put_aside(self, refused: Mapping[str, Message], rows: Sequence[tuple[Any, ...]]) -> None:
        """Record the refused events of ``rows`` as not sent (one local transaction)."""
        with self.db.atomic():
            for row in rows:
                if row[0] in refused and row[0] not in self.aside:
                    set_aside(self.db, row, refused[row[0]], self.now())
        self.aside = set_aside_ids(self.db, self.device)


def _finish(
    conn: psycopg.Connection,
    site: str,
    rows: Sequence[tuple[Any, ...]],
    sendable: _Sendable,
    sending: Future[None],
) -> tuple[int, str | None]:
    """Wait for the batch; while the server refuses events of it (IC003), set those aside and
    send the batch again. Returns once it is committed on the server: how many of ``rows``
    went, and the first type the server does not know yet, if any (the rows from that event on
    wait for the server's upgrade: a newer laptop's event is not set aside)."""
    try:
        sending.result()
        return len(rows), None
    except psycopg.Error as error:
        problem = error
    lacking: str | None = None
    while True:
        conn.rollback()
        if newer := server_lacks(problem):
            cut = next(i for i, row in enumerate(rows) if row[0] in newer)
            lacking, rows = newer[rows[cut][0]], rows[:cut]
            if not rows:
                return 0, lacking
        else:
            refused = refused_events(problem)
            if not refused or refused.keys() <= sendable.aside.keys():
                raise problem
            sendable.put_aside(refused, rows)
        try:
            send_batch(conn, site, sendable(rows))
            return len(rows), lacking
        except psycopg.Error as error:
            problem = error


def push_events(
    db: Database,
    conn: psycopg.Connection,
    *,
    device: str,
    site: str,
    batch_size: int,
    now: Callable[[], str],
    on_batch: BatchDone | None = None,
) -> int:
    """Push every unacknowledged event of ``device``; return how many went up (set-aside ones
    included: their stand-ins went up in their place)."""
    acked = reconcile_ack(db, conn, device)
    create_staging(conn)
    sendable = _Sendable(db, device, now)
    pushed = 0
    # A short first batch: the server starts on it while the next, full one is read here.
    rows = unacked(db, device, acked, min(batch_size, FIRST_BATCH))
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-push") as sender:
        while rows:
            sending = sender.submit(send_batch, conn, site, sendable(rows))
            last = int(rows[-1][2])
            following = unacked(db, device, last, batch_size)  # while the server works
            # committed on the server (or raises): only now acknowledge
            went, lacking = _finish(conn, site, rows, sendable, sending)
            if went:
                with db.atomic():
                    sync_state.set_acked_seq(db, int(rows[went - 1][2]) if lacking else last)
            pushed += went
            if on_batch:
                on_batch(pushed)
            if lacking:
                raise ServerOlderError(str(server_older(lacking)))
            rows = following
    return pushed
