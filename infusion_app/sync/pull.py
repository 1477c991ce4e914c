"""Pull: the site's events from other laptops since the server cursor, into the local log.

Each pulled event keeps its own device, sequence and hashes; it is checked (hash recomputed,
link to that device's local chain head) before it is stored, then projected into the read
models unless it clashes (see :mod:`infusion_app.sync.clashes`). A batch, its chain heads,
its projections and the cursor are one SQLite transaction, so a cut repeats the batch whole.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import psycopg
from sqlite_utils import Database

from infusion_app.domain.events import GENESIS_HASH, Event, event_hash
from infusion_app.store import sync_state
from infusion_app.store.cipher import Error as StoreSQLError
from infusion_app.store.event_store import INSERT_EVENT, row_to_event
from infusion_app.store.read_models import PROJECTORS, project
from infusion_app.sync.clashes import Clash, find_clash
from infusion_app.sync.errors import ChainRefusedError, SyncError
from infusion_app.sync.push import COLUMNS
from infusion_app.sync.receipt_check import ReceiptCheck, report_rewrite
from infusion_app.sync.set_aside import original, problem_of

log = logging.getLogger("log.sync")

# Other laptops' events after the cursor, and in the same statement (one snapshot) the last
# server_seq after it, this laptop's own events included: when the batch is not full the
# cursor moves there, past this laptop's own events, which are never sent back. (They were
# sent back as rows of NULLs, a round trip and a local transaction per thousand, which took a
# fifth of a push of 20 000 events.) The server numbers events under one lock held until each
# push commits, so no event below that number can still appear.
SELECT_NEW = f"""
SELECT o.server_seq, {", ".join("o." + c.strip() for c in COLUMNS.split(","))}, t.top
FROM (SELECT max(server_seq) AS top FROM infusion.events WHERE server_seq > %(cursor)s) t
LEFT JOIN LATERAL (
    SELECT server_seq, {COLUMNS} FROM infusion.events
    WHERE server_seq > %(cursor)s AND device_id <> %(device)s
    ORDER BY server_seq LIMIT %(limit)s
) o ON true
ORDER BY o.server_seq
"""
COUNT_NEW = "SELECT count(*) FROM infusion.events WHERE server_seq > %s AND device_id <> %s"

BatchDone = Callable[[int], None]


def count_new(conn: psycopg.Connection, device: str, cursor: int) -> int:
    """How many events the next pull would bring (this site's, other devices')."""
    with conn.cursor() as cur:
        row = cur.execute(COUNT_NEW, [cursor, device]).fetchone()
    conn.commit()
    return int(row[0]) if row else 0


def fetch(
    conn: psycopg.Connection, device: str, cursor: int, limit: int
) -> tuple[list[tuple[Any, ...]], int]:
    """Up to ``limit`` other laptops' events after ``cursor``, as (server_seq, *fields), and
    the cursor after them (``cursor`` itself when nothing is new)."""
    with conn.cursor() as cur:
        params = {"device": device, "cursor": cursor, "limit": limit}
        found = cur.execute(SELECT_NEW, params).fetchall()
    conn.commit()
    top = found[0][-1] if found else None
    rows = [tuple(row[:-1]) for row in found if row[0] is not None]
    if top is None:
        return rows, cursor
    return rows, int(rows[-1][0]) if len(rows) == limit else int(top)


def _check(db: Database, event: Event, payload_json: str) -> None:
    """Refuse an event whose hash or link to its device's local chain is wrong."""
    expected = event_hash(
        id=event.id,
        device_id=event.device_id,
        device_seq=event.device_seq,
        actor=event.actor,
        participant=event.participant,
        session=event.session,
        type=event.type,
        payload_json=payload_json,
        occurred_at=event.occurred_at,
        recorded_at=event.recorded_at,
        prev_hash=event.prev_hash,
    )
    head = db.execute(
        "SELECT last_device_seq, last_hash FROM chain_heads WHERE device_id = ?", [event.device_id]
    ).fetchone()
    seq, digest = (head[0], head[1]) if head else (0, GENESIS_HASH)
    where = f"pulled event {event.id} (device {event.device_id}, #{event.device_seq})"
    if expected != event.hash:
        raise ChainRefusedError(f"{where} does not match its hash: refused.")
    if event.device_seq != seq + 1 or event.prev_hash != digest:
        raise ChainRefusedError(f"{where} does not follow #{seq} held here: refused.")


def _store(db: Database, row: tuple[Any, ...]) -> Event:
    fields = dict(zip([c.strip() for c in COLUMNS.split(",")], row, strict=True))
    db.execute(INSERT_EVENT, fields)
    db.execute(
        "INSERT INTO chain_heads (device_id, last_device_seq, last_hash) VALUES (?, ?, ?) "
        "ON CONFLICT (device_id) DO UPDATE SET last_device_seq = excluded.last_device_seq, "
        "last_hash = excluded.last_hash",
        [fields["device_id"], fields["device_seq"], fields["hash"]],
    )
    return row_to_event(row)


def _hold(db: Database, event: Event, clash: Clash, now: str) -> str:
    if not clash.silent:
        sync_state.add_discrepancy(
            db,
            {
                "kind": clash.kind,
                "record_key": clash.record_key,
                "participant": event.participant,
                "session": event.session,
                "summary": clash.summary,
                "applied_event_id": clash.applied_event_id,
                "held_event_id": event.id,
                "found_at": now,
            },
        )
    log.warning("pulled event %s held: %s", event.id, clash.summary)
    return clash.kind


def _project_guarded(db: Database, event: Event) -> Clash | None:
    """Project in a savepoint; a projector that still fails leaves no half-written rows."""
    try:
        with db.atomic():
            project(db, event)
    except (StoreSQLError, KeyError, TypeError, ValueError) as error:
        return Clash(
            "not_applicable", f"{event.type} could not be applied here: {error}", None, None
        )
    return None


def apply_pulled(
    db: Database,
    server_seq: int,
    row: tuple[Any, ...],
    now: str,
    receipts: ReceiptCheck | None = None,
) -> bool:
    """Store one pulled event and project it unless it clashes; True when a clash was found.
    ``receipts``: what the server's receipts said before the pull (a laptop whose events the
    server changed after sync has its events from there on held back)."""
    known = db.execute("SELECT hash FROM events WHERE id = ?", [row[0]]).fetchone()
    if known is not None:
        if known[0] != row[11]:
            raise ChainRefusedError(f"pulled event {row[0]} differs from the copy held here.")
        db.execute(
            "INSERT OR IGNORE INTO pulled_events (event_id, server_seq, pulled_at, "
            "applied) VALUES (?, ?, ?, 1)",
            [row[0], server_seq, now],
        )
        return False
    since = receipts.held_from(str(row[1])) if receipts else None
    if receipts is not None and since is not None and int(row[2]) >= since:
        return _hold_unvouched(db, server_seq, row, receipts, now)
    try:
        carried = original(row)
    except (ValueError, KeyError, TypeError) as error:
        raise ChainRefusedError(
            f"pulled event {row[0]} is a stand-in of no event: {error}"
        ) from error
    if carried is not None:
        return _store_set_aside(db, server_seq, row, carried, now)
    event = row_to_event(row)
    if event.type not in PROJECTORS:
        raise SyncError(
            f"Another laptop recorded events of type {event.type!r}, which this version of the "
            "app does not know: update the app, then sync again."
        )
    _check(db, event, row[7])
    clash = find_clash(db, event)  # before storing: the event must not clash with itself
    _store(db, row)
    clash = clash or _project_guarded(db, event)
    held = _hold(db, event, clash, now) if clash else None
    sync_state.mark_pulled(db, event.id, server_seq, now, held)
    return clash is not None and not clash.silent


def _store_set_aside(
    db: Database, server_seq: int, row: tuple[Any, ...], carried: tuple[Any, ...], now: str
) -> bool:
    """Keep the event a stand-in carries in the log (its chain stays whole here), held out of
    the read models: its laptop could not send it, and says why."""
    if carried[:3] != row[:3] or carried[10:] != row[10:]:
        raise ChainRefusedError(f"pulled event {row[0]} does not carry its own fields: refused.")
    names = [column.strip() for column in COLUMNS.split(",")]
    fields = dict(zip(names, carried, strict=True))
    event = Event(**{**fields, "payload": {}})  # the payload is checked as text, not read
    _check(db, event, carried[7])
    _store(db, carried)
    reason = f"not sent by its laptop: {problem_of(row)}"
    sync_state.mark_pulled(db, event.id, server_seq, now, reason)
    log.warning("pulled event %s held: %s", event.id, reason)
    return False


def _hold_unvouched(
    db: Database, server_seq: int, row: tuple[Any, ...], receipts: ReceiptCheck, now: str
) -> bool:
    """An event of a laptop whose copy on the server no longer matches a receipt: kept in the
    log when it follows the chain held here (a stand-in's event as it carries it), never
    applied; True when its discrepancy is new."""
    rewrite = receipts.rewrites[str(row[1])]
    try:
        stored = original(row) or row
    except (ValueError, KeyError, TypeError):
        stored = row
    names = [column.strip() for column in COLUMNS.split(",")]
    event = Event(**{**dict(zip(names, stored, strict=True)), "payload": {}})
    try:
        _check(db, event, stored[7])
    except ChainRefusedError:
        if rewrite.device_id not in receipts.reported:
            raise
        # The server's changed chain does not follow the copy held here: not stored at all.
    else:
        _store(db, stored)
    new = False
    if rewrite.device_id not in receipts.reported:
        new = report_rewrite(db, rewrite, (event.id, event.participant, event.session), now)
        receipts.reported.add(rewrite.device_id)
    sync_state.mark_pulled(db, event.id, server_seq, now, str(rewrite.summary(own=False)))
    log.warning("pulled event %s held: its laptop's copy on the server was changed", event.id)
    return new


def pull_events(
    db: Database,
    conn: psycopg.Connection,
    *,
    device: str,
    batch_size: int,
    now: Callable[[], str],
    on_batch: BatchDone | None = None,
    receipts: ReceiptCheck | None = None,
) -> tuple[int, int]:
    """Pull and apply everything new; return (events pulled, discrepancies found)."""
    pulled = found = 0
    cursor = sync_state.pull_cursor(db)
    while True:
        rows, after = fetch(conn, device, cursor, batch_size)
        if after == cursor:
            return pulled, found
        stamp = now()
        with db.atomic():
            for row in rows:
                found += apply_pulled(db, int(row[0]), tuple(row[1:]), stamp, receipts)
            sync_state.set_pull_cursor(db, after)  # past this laptop's own too
        pulled += len(rows)
        cursor = after
        if on_batch and rows:
            on_batch(pulled)
