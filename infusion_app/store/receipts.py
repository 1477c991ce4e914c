"""Receipts of this site's chain heads, as the sync server issued them (``store.audit`` checks
the log against them).

At each push the server records the laptop's chain head (device, sequence number, hash) and
returns it: a receipt. The laptop keeps every receipt it got for its own events, and those the
server issued to other laptops of the site once it holds the events they vouch for. The table is
append-only (triggers, as on ``events``; ``check`` reports a dropped trigger as damage).

A receipt vouches for the whole chain up to its event: an event changed after it was synced,
even with every later hash recomputed, changes the hash at the receipt's sequence number; a
synced tail deleted (and the chain head set back) leaves a receipt past the end of the log.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

RECEIPTS_SCHEMA = """
CREATE TABLE sync_receipts (
    device_id TEXT NOT NULL,
    device_seq INTEGER NOT NULL,
    hash TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (device_id, device_seq)
);
CREATE TRIGGER sync_receipts_no_update BEFORE UPDATE ON sync_receipts
BEGIN SELECT RAISE(ABORT, 'receipts are append-only'); END;
CREATE TRIGGER sync_receipts_no_delete BEFORE DELETE ON sync_receipts
BEGIN SELECT RAISE(ABORT, 'receipts are append-only: nothing may be deleted'); END;
ALTER TABLE sync_state ADD COLUMN receipt_cursor INTEGER NOT NULL DEFAULT 0;
CREATE TABLE revoked_devices (
    device_id TEXT PRIMARY KEY,
    revoked_at TEXT NOT NULL,
    reason TEXT NOT NULL,
    seen_at TEXT NOT NULL
);
"""
SHORT = 12  # hex digits of a hash shown to a person


@dataclass(frozen=True)
class Receipt:
    """The server's word that it held ``device_id``'s chain up to ``device_seq`` ending in
    ``hash``, at ``issued_at`` (UTC ISO 8601)."""

    device_id: str
    device_seq: int
    hash: str
    issued_at: str


def short_hash(digest: str) -> str:
    """The first hex digits of a hash, as printed for a person to compare."""
    return digest[:SHORT]


def keep_receipt(db: Database, receipt: Receipt, received_at: str) -> bool:
    """Store ``receipt`` (call inside a transaction); False when it was held already."""
    cursor = db.execute(
        "INSERT OR IGNORE INTO sync_receipts (device_id, device_seq, hash, issued_at, "
        "received_at) VALUES (?, ?, ?, ?, ?)",
        [receipt.device_id, receipt.device_seq, receipt.hash, receipt.issued_at, received_at],
    )
    return bool(cursor.rowcount)


def latest_receipt(db: Database, device: str) -> Receipt | None:
    """The receipt of ``device`` with the highest sequence number held here."""
    row = db.execute(
        "SELECT device_id, device_seq, hash, issued_at FROM sync_receipts WHERE device_id = ? "
        "ORDER BY device_seq DESC LIMIT 1",
        [device],
    ).fetchone()
    return Receipt(*row) if row else None


def receipts(db: Database, device: str | None = None) -> list[Receipt]:
    """Every receipt held here (of ``device`` only, if given), by device and sequence."""
    if not db["sync_receipts"].exists():  # a file from before receipts (an old backup)
        return []
    where, params = ("WHERE device_id = ? ", [device]) if device else ("", [])
    rows = db.execute(
        "SELECT device_id, device_seq, hash, issued_at FROM sync_receipts "
        f"{where}ORDER BY device_id, device_seq",
        params,
    )
    return [Receipt(*row) for row in rows]
