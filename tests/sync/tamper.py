"""What an insider does to a log: change an event and recompute every hash after it.

The same rewrite serves a laptop's SQLite file (triggers dropped) and the server's table (its
triggers disabled by an administrator): the rows come back chained again, so nothing but a
witness outside the rewritten copy can tell.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import psycopg
from sqlite_utils import Database

from infusion_app.domain.events import canonical_json, event_hash

FIELDS = (
    "id, device_id, device_seq, actor, participant, session, type, payload, occurred_at, "
    "recorded_at, prev_hash, hash"
)
Change = Callable[[dict[str, Any]], dict[str, Any]]


def _rechained(rows: list[dict[str, Any]], change: Change) -> list[dict[str, Any]]:
    """``rows`` (one device's, from the changed one on) with the payload changed and every hash
    and link recomputed."""
    out: list[dict[str, Any]] = []
    for number, row in enumerate(rows):
        row = dict(row)
        if number == 0:
            row["payload"] = canonical_json(change(json.loads(row["payload"])))
        else:
            row["prev_hash"] = out[-1]["hash"]
        fields = {k: v for k, v in row.items() if k not in ("hash", "payload")}
        row["hash"] = event_hash(**fields, payload_json=row["payload"])
        out.append(row)
    return out


def rewrite_local(db: Database, device: str, device_seq: int, change: Change) -> None:
    """Change the payload of ``device``'s event ``device_seq`` in a laptop's file and re-chain."""
    names = [name.strip() for name in FIELDS.split(",")]
    rows = [
        dict(zip(names, row, strict=True))
        for row in db.execute(
            f"SELECT {FIELDS} FROM events WHERE device_id = ? AND device_seq >= ? "
            "ORDER BY device_seq",
            [device, device_seq],
        )
    ]
    db.execute("DROP TRIGGER IF EXISTS events_no_update")
    for row in _rechained(rows, change):
        db.execute(
            "UPDATE events SET payload = ?, prev_hash = ?, hash = ? WHERE id = ?",
            [row["payload"], row["prev_hash"], row["hash"], row["id"]],
        )
        db.execute(
            "UPDATE chain_heads SET last_hash = ? WHERE device_id = ? AND last_device_seq = ?",
            [row["hash"], device, row["device_seq"]],
        )


def cut_tail(db: Database, device: str, keep: int) -> None:
    """Delete ``device``'s events after ``keep`` and set its chain head back."""
    last = db.execute(
        "SELECT hash FROM events WHERE device_id = ? AND device_seq = ?", [device, keep]
    ).fetchone()[0]
    db.execute("DROP TRIGGER IF EXISTS events_no_delete")
    db.execute("DELETE FROM events WHERE device_id = ? AND device_seq > ?", [device, keep])
    db.execute(
        "UPDATE chain_heads SET last_device_seq = ?, last_hash = ? WHERE device_id = ?",
        [keep, last, device],
    )


def rewrite_on_server(url: str, device: str, device_seq: int, change: Change) -> None:
    """The server's administrator changes an event and re-chains the device's later ones."""
    names = [name.strip() for name in FIELDS.split(",")]
    with psycopg.connect(url, autocommit=False) as conn:
        rows = [
            dict(zip(names, row, strict=True))
            for row in conn.execute(
                f"SELECT {FIELDS} FROM infusion.events WHERE device_id = %s AND device_seq >= %s "
                "ORDER BY device_seq",
                [device, device_seq],
            )
        ]
        conn.execute("ALTER TABLE infusion.events DISABLE TRIGGER USER")
        for row in _rechained(rows, change):
            conn.execute(
                "UPDATE infusion.events SET payload = %s, prev_hash = %s, hash = %s WHERE id = %s",
                [row["payload"], row["prev_hash"], row["hash"], row["id"]],
            )
        conn.execute("ALTER TABLE infusion.events ENABLE TRIGGER USER")
        conn.commit()
