"""Pulled history checked against the server's receipts: a server-side rewrite is a
discrepancy, never a silent update.

Before a sync pushes anything, the laptop asks the server what it holds now at the events its
receipts vouch for (the latest receipt of each device first; every receipt of a device whose
latest no longer matches, to find where the change lies), and for the receipts the server
issued to the site's other laptops since the last sync, with what it holds now at each. A
receipt the server no longer matches means the server's copy of that laptop's events was
changed after they were synced (with the hashes recomputed, or the chain would have been
refused anyway):

* this laptop's own events: a discrepancy, and the sync stops before pushing (the server's
  chain is no longer this laptop's; the data manager restores the server's copy);
* another laptop's events: a discrepancy, and that laptop's events from the first one no
  receipt vouches for are held out of the read models when they are pulled (kept in the log
  when they follow the local chain, not stored when they do not).

Receipts the server still matches are kept here once the laptop holds the events they vouch
for, so ``audit verify`` checks the pulled events against them too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import psycopg
from sqlite_utils import Database

from infusion_app.domain.messages import Message
from infusion_app.store import sync_state
from infusion_app.store.receipts import Receipt, keep_receipt, receipts, short_hash
from infusion_app.sync.errors import ChainRefusedError
from infusion_app.sync.receipts import ask_server, utc_words

log = logging.getLogger("log.sync")

CHANGED_ON_SERVER = sync_state.CHANGED_ON_SERVER
PAGE = 5000
SITE_RECEIPTS = "SELECT * FROM infusion.site_receipts(%s, %s)"
SERVER_HASHES = """
SELECT e.device_id, e.device_seq, e.hash
  FROM unnest(%s::text[], %s::bigint[]) AS asked (device_id, device_seq)
  JOIN infusion.events e USING (device_id, device_seq)
"""


@dataclass(frozen=True)
class Rewrite:
    """The server's copy of ``device_id``'s events no longer matches ``receipt``: an event from
    ``since`` to ``receipt.device_seq`` was changed there after it was synced."""

    device_id: str
    since: int
    receipt: Receipt
    server_hash: str | None

    def summary(self, own: bool) -> Message:
        """The discrepancy in words."""
        last = self.receipt.device_seq
        fields: dict[str, Any] = {
            "span": f"#{last}" if self.since >= last else f"#{self.since}-#{last}",
            "issued": utc_words(self.receipt.issued_at),
            "receipt": short_hash(self.receipt.hash),
            "now": short_hash(self.server_hash) if self.server_hash else "—",
        }
        if own:
            return Message(
                "The sync server's copy of this laptop's events {span} was changed "
                "after they were synced: it no longer matches the receipt the server issued on "
                "{issued} (hash {receipt}, now {now}). This laptop keeps its own copy and "
                "sends nothing until the data manager restores the server's copy.",
                **fields,
            )
        return Message(
            "The sync server's copy of laptop {device}'s events {span} was changed "
            "after they were synced: it no longer matches the receipt the server issued on "
            "{issued} (hash {receipt}, now {now}). Those events are held back here, not "
            "applied.",
            device=self.device_id,
            **fields,
        )


@dataclass
class ReceiptCheck:
    """What the receipts say before a pull: the rewritten devices, and the receipts to keep."""

    rewrites: dict[str, Rewrite] = field(default_factory=dict)
    vouching: list[Receipt] = field(default_factory=list)
    cursor: int = 0
    reported: set[str] = field(default_factory=set)  # devices with a discrepancy already
    new: int = 0  # discrepancies recorded by the check

    def held_from(self, device: str) -> int | None:
        """The first sequence number of ``device`` to hold back, or None."""
        rewrite = self.rewrites.get(device)
        return rewrite.since if rewrite else None


def _server_hashes(
    conn: psycopg.Connection, asked: Iterable[tuple[str, int]]
) -> dict[tuple[str, int], str]:
    pairs = list(asked)
    if not pairs:
        return {}
    rows = ask_server(conn, SERVER_HASHES, [[p[0] for p in pairs], [p[1] for p in pairs]])
    return {(str(r[0]), int(r[1])): str(r[2]) for r in rows or []}


def _first_unmatched(
    held: Sequence[Receipt], now: dict[tuple[str, int], str]
) -> tuple[int, Receipt] | None:
    """(first sequence number not vouched for, the receipt) of the first receipt in ``held``
    (one device's, in order) that the server's hashes ``now`` no longer match."""
    since = 1
    for receipt in held:
        if now.get((receipt.device_id, receipt.device_seq)) != receipt.hash:
            return since, receipt
        since = receipt.device_seq + 1
    return None


def _check_held(db: Database, conn: psycopg.Connection, found: ReceiptCheck) -> None:
    """The receipts held here against the server's hashes now (the latest of each device;
    all of a device whose latest does not match)."""
    latest = db.execute(
        "SELECT device_id, max(device_seq) FROM sync_receipts GROUP BY device_id"
    ).fetchall()
    now = _server_hashes(conn, [(str(r[0]), int(r[1])) for r in latest])
    for device, seq in latest:
        held = receipts(db, str(device))
        if now.get((str(device), int(seq))) == held[-1].hash:
            continue
        now_all = _server_hashes(conn, [(r.device_id, r.device_seq) for r in held])
        unmatched = _first_unmatched(held, now_all)
        if unmatched:
            since, receipt = unmatched
            found.rewrites[str(device)] = Rewrite(
                str(device), since, receipt, now_all.get((str(device), receipt.device_seq))
            )


def _check_issued(db: Database, conn: psycopg.Connection, own: str, found: ReceiptCheck) -> None:
    """The receipts the server issued to the site's other laptops since the last sync."""
    found.cursor = sync_state.receipt_cursor(db)
    issued: dict[str, list[tuple[Receipt, str | None]]] = {}
    while True:
        rows = ask_server(conn, SITE_RECEIPTS, [found.cursor, PAGE]) or []
        for number, device, seq, digest, issued_at, now in rows:
            found.cursor = max(found.cursor, int(number))
            if device != own:
                receipt = Receipt(str(device), int(seq), str(digest), str(issued_at))
                issued.setdefault(str(device), []).append((receipt, now))
        if len(rows) < PAGE:
            break
    for device, listed in issued.items():
        if device in found.rewrites:
            continue
        vouched = [r.device_seq for r in receipts(db, device)]
        since = (max(vouched) if vouched else 0) + 1
        for receipt, now in sorted(listed, key=lambda item: item[0].device_seq):
            if now != receipt.hash:
                found.rewrites[device] = Rewrite(device, since, receipt, now)
                break
            found.vouching.append(receipt)
            since = receipt.device_seq + 1


def check_receipts(
    db: Database, conn: psycopg.Connection, own: str, now: Callable[[], str]
) -> ReceiptCheck:
    """Compare the server with the receipts before anything is pushed; record a discrepancy
    for each rewrite found on events held here. Raises :class:`ChainRefusedError` when the
    server changed this laptop's own events (after recording it)."""
    found = ReceiptCheck()
    _check_held(db, conn, found)
    _check_issued(db, conn, own, found)
    stamp = now()
    with db.atomic():
        for rewrite in found.rewrites.values():
            local = db.execute(
                "SELECT id, participant, session FROM events WHERE device_id = ? "
                "AND device_seq = ?",
                [rewrite.device_id, rewrite.since],
            ).fetchone()
            if local is not None:
                found.new += report_rewrite(
                    db, rewrite, tuple(local), stamp, own=rewrite.device_id == own
                )
                found.reported.add(rewrite.device_id)
    mine = found.rewrites.get(own)
    if mine is not None:
        raise ChainRefusedError(str(mine.summary(own=True)))
    return found


def report_rewrite(
    db: Database, rewrite: Rewrite, held: Sequence[Any], now: str, *, own: bool = False
) -> bool:
    """A discrepancy for ``rewrite``, its held side the event ``held`` (id, participant,
    session) of this log; False when it was recorded already."""
    summary = rewrite.summary(own=own)
    before = db.execute("SELECT count(*) FROM discrepancies").fetchone()[0]
    sync_state.add_discrepancy(
        db,
        {
            "kind": CHANGED_ON_SERVER,
            "record_key": rewrite.device_id,
            "participant": held[1],
            "session": held[2],
            "summary": str(summary),
            "applied_event_id": None,
            "held_event_id": held[0],
            "found_at": now,
        },
    )
    log.warning("sync receipts: %s", summary)
    return bool(db.execute("SELECT count(*) FROM discrepancies").fetchone()[0] - before)


def keep_vouched(db: Database, found: ReceiptCheck, now: str) -> None:
    """After a whole pull: keep each receipt whose event is held here with its hash, and move
    the receipts cursor (one transaction)."""
    with db.atomic():
        for receipt in found.vouching:
            row = db.execute(
                "SELECT hash FROM events WHERE device_id = ? AND device_seq = ?",
                [receipt.device_id, receipt.device_seq],
            ).fetchone()
            if row is not None and row[0] == receipt.hash:
                keep_receipt(db, receipt, now)
            else:
                log.warning(
                    "receipt of %s #%d not kept: the event here differs or is missing",
                    receipt.device_id,
                    receipt.device_seq,
                )
        sync_state.set_receipt_cursor(db, found.cursor)
