"""Local bookkeeping for sync with the central server: settings, cursors, pulled events, clashes.

None of these tables is a read model: ``rebuild`` neither empties nor refills them, except
``discrepancy_resolutions``, which the ``sync.discrepancy_resolved`` event projects (the
projector below is idempotent, so replaying the log leaves it as it was).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from infusion_app.domain.events import Event, EventType
from infusion_app.store.rows import insert_row

DISCREPANCY_RESOLVED = EventType.DISCREPANCY_RESOLVED
UNSENDABLE = "unsendable"  # the kind of discrepancy of an event this laptop could not send
# The kind of discrepancy of events the server changed after they were synced (its copy no
# longer matches a receipt it issued).
CHANGED_ON_SERVER = "changed_on_server"

SYNC_SCHEMA = """
CREATE TABLE sync_settings (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    conninfo TEXT NOT NULL,
    sslmode TEXT,
    sslrootcert TEXT,
    role_name TEXT NOT NULL,
    site_code TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE sync_state (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    acked_device_seq INTEGER NOT NULL DEFAULT 0,
    pull_cursor INTEGER NOT NULL DEFAULT 0,
    last_attempt_at TEXT,
    last_success_at TEXT,
    last_error TEXT
);
CREATE TABLE pulled_events (
    event_id TEXT PRIMARY KEY,
    server_seq INTEGER NOT NULL UNIQUE,
    pulled_at TEXT NOT NULL,
    applied INTEGER NOT NULL,
    held_reason TEXT
);
CREATE INDEX pulled_events_held ON pulled_events (applied) WHERE applied = 0;
CREATE TABLE discrepancies (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    record_key TEXT,
    participant TEXT,
    session TEXT,
    summary TEXT NOT NULL,
    applied_event_id TEXT,
    held_event_id TEXT NOT NULL UNIQUE,
    found_at TEXT NOT NULL
);
CREATE TABLE discrepancy_resolutions (
    discrepancy_id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL,
    decision TEXT NOT NULL,
    reason TEXT NOT NULL,
    resolved_by TEXT NOT NULL,
    resolved_at TEXT NOT NULL
);
"""

_NAMESPACE = uuid.UUID("6f1f3c1e-4b0e-4f6b-9a53-2d1c0b8e9a71")


@dataclass(frozen=True)
class SyncSettings:
    """Where and as whom this laptop syncs; never the password (that is in the OS keyring)."""

    conninfo: str
    role_name: str
    site_code: str
    sslmode: str | None = None
    sslrootcert: str | None = None


@dataclass(frozen=True)
class SyncStatus:
    """What the status line shows: times are UTC ISO 8601 text, ``pending`` counts events."""

    pending: int
    last_success_at: str | None
    last_attempt_at: str | None
    last_error: str | None


def save_settings(db: Database, settings: SyncSettings, now: str) -> None:
    """Store (or replace) the sync settings."""
    db.execute(
        "INSERT OR REPLACE INTO sync_settings (singleton, conninfo, sslmode, sslrootcert, "
        "role_name, site_code, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?)",
        [
            settings.conninfo,
            settings.sslmode,
            settings.sslrootcert,
            settings.role_name,
            settings.site_code,
            now,
        ],
    )


def load_settings(db: Database) -> SyncSettings | None:
    """The stored settings, or None when this laptop was never enrolled."""
    row = db.execute(
        "SELECT conninfo, role_name, site_code, sslmode, sslrootcert FROM sync_settings"
    ).fetchone()
    return SyncSettings(*row) if row else None


def _state_row(db: Database) -> tuple[Any, ...]:
    db.execute("INSERT OR IGNORE INTO sync_state (singleton) VALUES (1)")
    row = db.execute(
        "SELECT acked_device_seq, pull_cursor, last_attempt_at, last_success_at, last_error "
        "FROM sync_state"
    ).fetchone()
    return tuple(row)


def acked_seq(db: Database) -> int:
    """The last of this device's sequence numbers the server is known to have committed."""
    return int(_state_row(db)[0])


def set_acked_seq(db: Database, seq: int) -> None:
    """Record the server's acknowledgement (never moves backwards)."""
    _state_row(db)
    db.execute("UPDATE sync_state SET acked_device_seq = max(acked_device_seq, ?)", [seq])


def pull_cursor(db: Database) -> int:
    """The server sequence number of the last event pulled."""
    return int(_state_row(db)[1])


def set_pull_cursor(db: Database, server_seq: int) -> None:
    _state_row(db)
    db.execute("UPDATE sync_state SET pull_cursor = max(pull_cursor, ?)", [server_seq])


def receipt_cursor(db: Database) -> int:
    """The number of the last receipt the server issued to this site that was looked at."""
    _state_row(db)
    return int(db.execute("SELECT receipt_cursor FROM sync_state").fetchone()[0])


def set_receipt_cursor(db: Database, receipt_no: int) -> None:
    _state_row(db)
    db.execute("UPDATE sync_state SET receipt_cursor = max(receipt_cursor, ?)", [receipt_no])


def record_attempt(db: Database, now: str, error: str | None) -> None:
    """Note a sync run's end: its time, and its error (None when it succeeded)."""
    _state_row(db)
    if error is None:
        db.execute(
            "UPDATE sync_state SET last_attempt_at = ?, last_success_at = ?, last_error = NULL",
            [now, now],
        )
    else:
        db.execute("UPDATE sync_state SET last_attempt_at = ?, last_error = ?", [now, error])


def pending_count(db: Database, device: str) -> int:
    """How many of this device's events the server has not acknowledged."""
    head = db.execute(
        "SELECT last_device_seq FROM chain_heads WHERE device_id = ?", [device]
    ).fetchone()
    return max(0, (int(head[0]) if head else 0) - acked_seq(db))


def status(db: Database, device: str) -> SyncStatus:
    """Last sync, pending count and last error, for the status widget."""
    _, _, attempt, success, error = _state_row(db)
    return SyncStatus(pending_count(db, device), success, attempt, error)


def mark_pulled(
    db: Database, event_id: str, server_seq: int, now: str, held_reason: str | None
) -> None:
    """Remember a pulled event; ``held_reason`` set means it was kept out of the read models."""
    db.execute(
        "INSERT INTO pulled_events (event_id, server_seq, pulled_at, applied, held_reason) "
        "VALUES (?, ?, ?, ?, ?)",
        [event_id, server_seq, now, 0 if held_reason else 1, held_reason],
    )


def held_event_ids(db: Database) -> set[str]:
    """Pulled events that were not projected (a clash): a rebuild must skip them too."""
    rows = db.execute("SELECT event_id FROM pulled_events WHERE applied = 0")
    return {str(row[0]) for row in rows}


def discrepancy_id(applied_event_id: str | None, held_event_id: str) -> str:
    """The same on every laptop that sees the clash, whichever side it applied."""
    sides = sorted(x for x in (applied_event_id, held_event_id) if x)
    return str(uuid.uuid5(_NAMESPACE, "|".join(sides)))


def add_discrepancy(db: Database, row: dict[str, Any]) -> str:
    """Store a clash found while pulling; returns its id."""
    ident = discrepancy_id(row.get("applied_event_id"), row["held_event_id"])
    insert_row(db, "discrepancies", {"id": ident, **row}, ignore=True)
    return ident


def _open(db: Database, kind: str, column: str) -> list[str]:
    rows = db.execute(
        f"SELECT d.{column} FROM discrepancies d "
        "LEFT JOIN discrepancy_resolutions r ON r.discrepancy_id = d.id "
        "WHERE d.kind = ? AND r.discrepancy_id IS NULL ORDER BY d.found_at DESC, d.id",
        [kind],
    )
    return [str(row[0]) for row in rows]


def unsent_summaries(db: Database) -> list[str]:
    """Why each of this laptop's set-aside events was not sent, latest first, while its
    discrepancy is open (the status line shows them)."""
    return _open(db, UNSENDABLE, "summary")


def changed_on_server(db: Database) -> list[str]:
    """The laptops whose events the server changed after sync (open discrepancies), latest
    first."""
    return list(dict.fromkeys(_open(db, CHANGED_ON_SERVER, "record_key")))


@dataclass(frozen=True)
class RevokedLaptop:
    """A laptop of the site that the server shut out: when (UTC ISO 8601) and why."""

    device_id: str
    revoked_at: str
    reason: str


def note_revoked(db: Database, device: str, revoked_at: str, reason: str, seen_at: str) -> None:
    """Remember that the server shut ``device`` out (the first notice stands)."""
    db.execute(
        "INSERT OR IGNORE INTO revoked_devices (device_id, revoked_at, reason, seen_at) "
        "VALUES (?, ?, ?, ?)",
        [device, revoked_at, reason, seen_at],
    )


def revoked_laptops(db: Database) -> list[RevokedLaptop]:
    """The site's laptops the server shut out, latest first."""
    rows = db.execute(
        "SELECT device_id, revoked_at, reason FROM revoked_devices "
        "ORDER BY revoked_at DESC, device_id"
    )
    return [RevokedLaptop(*row) for row in rows]


def _resolved(db: Database, event: Event) -> None:
    """The first resolution of a discrepancy stands; a later one stays in the log only."""
    p = event.payload
    db.execute(
        "INSERT OR IGNORE INTO discrepancy_resolutions (discrepancy_id, event_id, decision, "
        "reason, resolved_by, resolved_at) VALUES (?, ?, ?, ?, ?, ?)",
        [p["discrepancy_id"], event.id, p["decision"], p["reason"], event.actor, event.occurred_at],
    )


SYNC_PROJECTORS: dict[str, Callable[[Database, Event], None]] = {
    DISCREPANCY_RESOLVED: _resolved,
}
