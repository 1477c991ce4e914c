"""Numbered schema migrations; ``PRAGMA user_version`` holds the last one applied."""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database

from infusion_app.store.cipher import complete_statement
from infusion_app.store.local_secret import SCHEMA as LOCAL_SECRET_SCHEMA
from infusion_app.store.read_models import READ_MODEL_SCHEMA
from infusion_app.store.receipts import RECEIPTS_SCHEMA
from infusion_app.store.schema import OBSERVATION_END_COLUMNS, VITALS_PARTIAL
from infusion_app.store.sync_state import SYNC_SCHEMA

EVENTS_SCHEMA = """
CREATE TABLE events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    device_id TEXT NOT NULL,
    device_seq INTEGER NOT NULL,
    actor TEXT NOT NULL,
    participant TEXT,
    session TEXT,
    type TEXT NOT NULL,
    payload TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    UNIQUE (device_id, device_seq)
);
CREATE INDEX events_participant ON events (participant, seq);
CREATE INDEX events_session ON events (session, seq);
CREATE INDEX events_actor ON events (actor, seq);
CREATE INDEX events_type ON events (type, seq);
CREATE INDEX events_recorded_at ON events (recorded_at);
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only: record a correction instead'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only: nothing may be deleted'); END;
CREATE TABLE chain_heads (
    device_id TEXT PRIMARY KEY,
    last_device_seq INTEGER NOT NULL,
    last_hash TEXT NOT NULL
);
CREATE TABLE device (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    device_id TEXT NOT NULL,
    created_at TEXT NOT NULL
);
"""


def run_script(db: Database, script: str) -> None:
    """Run SQL statements one by one (``executescript`` would commit the open transaction)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if complete_statement(pending):
            db.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement: {pending!r}")


def _v1_events_and_read_models(db: Database) -> None:
    run_script(db, EVENTS_SCHEMA + READ_MODEL_SCHEMA)


def _v2_sync_bookkeeping(db: Database) -> None:
    run_script(db, SYNC_SCHEMA)


def _v3_observation_ended_early(db: Database) -> None:
    run_script(db, OBSERVATION_END_COLUMNS)


def _v4_local_secret(db: Database) -> None:
    run_script(db, LOCAL_SECRET_SCHEMA)


def _v5_sync_receipts(db: Database) -> None:
    run_script(db, RECEIPTS_SCHEMA)


def _v6_partial_vitals(db: Database) -> None:
    run_script(db, VITALS_PARTIAL)


MIGRATIONS: list[Callable[[Database], None]] = [
    _v1_events_and_read_models,
    _v2_sync_bookkeeping,
    _v3_observation_ended_early,
    _v4_local_secret,
    _v5_sync_receipts,
    _v6_partial_vitals,
]


def migrate(db: Database) -> None:
    """Apply every migration newer than the file's ``user_version``, each in its own transaction."""
    current = int(db.execute("PRAGMA user_version").fetchone()[0])
    if current > len(MIGRATIONS):
        raise RuntimeError(
            f"This database was written by a newer version of the app (schema {current}); "
            "update the app before opening it."
        )
    for number, step in enumerate(MIGRATIONS[current:], start=current + 1):
        with db.atomic():
            step(db)
            db.execute(f"PRAGMA user_version = {number}")
