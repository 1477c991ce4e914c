"""Receipts at push: the server's record of this laptop's chain head, kept here.

Taken after the push's last batch is committed and acknowledged (a small step of its own, one
round trip): the server says which of this laptop's events it holds last and with what hash,
the laptop checks that this is its own event, and keeps the receipt for ``audit verify``.
"""

from __future__ import annotations

from collections.abc import Callable

import psycopg
from sqlite_utils import Database

from infusion_app.store import sync_state
from infusion_app.store.receipts import Receipt, keep_receipt, latest_receipt, short_hash
from infusion_app.sync.errors import ChainRefusedError


def take_receipt(
    db: Database, conn: psycopg.Connection, device: str, now: Callable[[], str]
) -> Receipt | None:
    """Ask the server for a receipt of ``device``'s chain head and keep it; None when the
    server holds none of its events. Skipped (the latest receipt returned) when the laptop
    already holds a receipt for everything acknowledged."""
    held = latest_receipt(db, device)
    if held is not None and held.device_seq >= sync_state.acked_seq(db):
        return held
    with conn.cursor() as cur:
        row = cur.execute("SELECT * FROM infusion.issue_receipt()").fetchone()
    conn.commit()
    if row is None:
        return None
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
