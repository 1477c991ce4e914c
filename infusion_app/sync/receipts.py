"""Receipts at push: the server's record of this laptop's chain head, kept here.

Taken after the push's last batch is committed and acknowledged (a small step of its own, one
round trip): the server says which of this laptop's events it holds last and with what hash,
the laptop checks that this is its own event, and keeps the receipt for ``audit verify``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

import psycopg
from sqlite_utils import Database

from infusion_app.store import sync_state
from infusion_app.store.receipts import Receipt, keep_receipt, latest_receipt, short_hash
from infusion_app.sync.errors import ChainRefusedError

log = logging.getLogger("log.sync")


def utc_words(utc_iso_text: str) -> str:
    """``2026-11-24T01:30:00.123456Z`` as ``2026-11-24 01:30 UTC``: a time a person reads."""
    return utc_iso_text[:16].replace("T", " ") + " UTC"


def ask_server(
    conn: psycopg.Connection, query: str, params: Sequence[Any] = ()
) -> list[tuple[Any, ...]] | None:
    """The rows of a receipts query, or None from a server set up by an earlier version (no
    receipts there until ``server init`` runs again: sync goes on without them)."""
    try:
        with conn.cursor() as cur:
            rows = cur.execute(query, params).fetchall()
    except psycopg.errors.UndefinedFunction:
        conn.rollback()
        log.warning("the sync server issues no receipts: run infusion-app server init on it")
        return None
    conn.commit()
    return rows


def take_receipt(
    db: Database, conn: psycopg.Connection, device: str, now: Callable[[], str]
) -> Receipt | None:
    """Ask the server for a receipt of ``device``'s chain head and keep it; None when the
    server holds none of its events. Skipped (the latest receipt returned) when the laptop
    already holds a receipt for everything acknowledged."""
    held = latest_receipt(db, device)
    if held is not None and held.device_seq >= sync_state.acked_seq(db):
        return held
    rows = ask_server(conn, "SELECT * FROM infusion.issue_receipt()")
    if not rows:
        return None
    row = rows[0]
    receipt = Receipt(str(row[0]), int(row[1]), str(row[2]), str(row[3]))
    local = db.execute(
        "SELECT hash FROM events WHERE device_id = ? AND device_seq = ?",
        [device, receipt.device_seq],
    ).fetchone()
    if receipt.device_id != device or local is None or local[0] != receipt.hash:
        raise ChainRefusedError(
            f"The server's receipt for this laptop's event #{receipt.device_seq} "
            f"(hash {short_hash(receipt.hash)}…) does not match the event held here: the two "
            "logs have forked. Call the data manager."
        )
    with db.atomic():
        keep_receipt(db, receipt, now())
    return receipt
