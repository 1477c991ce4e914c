"""The append-only event log and its hash chain.

``append`` writes events, their chain head and their read-model rows in one transaction:
either all of it reaches the disk (``synchronous=FULL``) or none of it does.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlite_utils import Database

from infusion_app.domain.clock import Clock, utc_iso
from infusion_app.domain.events import (
    GENESIS_HASH,
    Event,
    EventDraft,
    canonical_json,
    event_hash,
)
from infusion_app.store.cipher import DatabaseError
from infusion_app.store.errors import classified
from infusion_app.store.ids import new_id
from infusion_app.store.read_models import project

log = logging.getLogger("log.store")

EVENT_COLUMNS = (
    "id, device_id, device_seq, actor, participant, session, type, payload, "
    "occurred_at, recorded_at, prev_hash, hash"
)

INSERT_EVENT = "INSERT INTO events ({}) VALUES ({})".format(
    EVENT_COLUMNS, ", ".join(":" + name.strip() for name in EVENT_COLUMNS.split(","))
)


# The same statements at every append: sqlite's statement cache keeps them prepared.
INSERT_EVENT_VALUES = "INSERT INTO events ({}) VALUES ({})".format(
    EVENT_COLUMNS, ", ".join("?" * len(EVENT_COLUMNS.split(",")))
)
SELECT_HEAD = "SELECT last_device_seq, last_hash FROM chain_heads WHERE device_id = ?"
UPSERT_HEAD = (
    "INSERT INTO chain_heads (device_id, last_device_seq, last_hash) VALUES (?, ?, ?) "
    "ON CONFLICT (device_id) DO UPDATE SET last_device_seq = excluded.last_device_seq, "
    "last_hash = excluded.last_hash"
)


def device_id(db: Database, clock: Clock) -> str:
    """This database's device id, made once when the file is first used."""
    row = db.execute("SELECT device_id FROM device").fetchone()
    if row:
        return str(row[0])
    made = new_id()
    with db.atomic():
        db.execute(
            "INSERT INTO device (singleton, device_id, created_at) VALUES (1, ?, ?)",
            [made, utc_iso(clock.now())],
        )
    return made


def row_to_event(row: Sequence[Any]) -> Event:
    """An :class:`Event` from a row selected with :data:`EVENT_COLUMNS`."""
    return Event(
        id=row[0],
        device_id=row[1],
        device_seq=row[2],
        actor=row[3],
        participant=row[4],
        session=row[5],
        type=row[6],
        payload=json.loads(row[7]),
        occurred_at=row[8],
        recorded_at=row[9],
        prev_hash=row[10],
        hash=row[11],
    )


class EventStore:
    """Appends events of this device and reads the log back."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        try:
            self.device_id = device_id(db, clock)
        except DatabaseError as error:
            if environment := classified(error):
                raise environment from error
            raise

    def append(self, drafts: Sequence[EventDraft]) -> list[Event]:
        """Record ``drafts`` and their read-model changes as one transaction; return the events.

        Raises ``StoreEnvironmentError`` (disk full, read-only, locked, I/O error, damaged file)
        after rolling back, so nothing of the entry is stored; other errors are bugs.
        """
        try:
            with self._immediate():
                events = [self._append_one(draft) for draft in drafts]
        except DatabaseError as error:
            if environment := classified(error):
                log.warning("append refused by the environment: %s", error)
                raise environment from error
            raise
        return events

    @contextmanager
    def _immediate(self) -> Iterator[None]:
        """BEGIN IMMEDIATE: take the write lock first, so another connection (the sync worker)
        makes this wait (busy timeout) instead of failing the clinical write half-way.

        The statements of an append go to the connection itself: inside the transaction,
        sqlite-utils' ``execute`` would only add its checks for an implicit transaction."""
        conn = self.db.conn
        if conn.in_transaction:  # already inside a caller's transaction
            with self.db.atomic():
                yield
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def _append_one(self, draft: EventDraft) -> Event:
        conn = self.db.conn
        head = conn.execute(SELECT_HEAD, (self.device_id,)).fetchone()
        seq, prev_hash = (head[0] + 1, head[1]) if head else (1, GENESIS_HASH)
        recorded_at = utc_iso(self.clock.now())
        payload_json = canonical_json(draft.payload)
        event_id = new_id()
        occurred_at = draft.occurred_at or recorded_at
        digest = event_hash(
            id=event_id,
            device_id=self.device_id,
            device_seq=seq,
            actor=draft.actor,
            participant=draft.participant,
            session=draft.session,
            type=draft.type,
            payload_json=payload_json,
            occurred_at=occurred_at,
            recorded_at=recorded_at,
            prev_hash=prev_hash,
        )
        values = (
            event_id,
            self.device_id,
            seq,
            draft.actor,
            draft.participant,
            draft.session,
            draft.type,
            payload_json,
            occurred_at,
            recorded_at,
            prev_hash,
            digest,
        )
        conn.execute(INSERT_EVENT_VALUES, values)
        conn.execute(UPSERT_HEAD, (self.device_id, seq, digest))
        event = row_to_event(values)
        self._project(event)
        return event

    def _project(self, event: Event) -> None:
        """Apply ``event`` to the read models, inside the append's transaction."""
        project(self.db, event)

    def events(self, *, session: str | None = None) -> Iterator[Event]:
        """The log in the order it was recorded here, optionally one session's events."""
        where, params = ("WHERE session = ?", [session]) if session else ("", [])
        cursor = self.db.execute(f"SELECT {EVENT_COLUMNS} FROM events {where} ORDER BY seq", params)
        for row in cursor:
            yield row_to_event(row)

    def count(self) -> int:
        """How many events the log holds."""
        return int(self.db.execute("SELECT count(*) FROM events").fetchone()[0])


def is_append_only_error(error: DatabaseError) -> bool:
    """True when SQLite refused a change because the events table is append-only."""
    return "append-only" in str(error)
