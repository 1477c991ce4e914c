"""Do the ``users`` rows (roles, passwords, active flags) agree with the log?

Permission checks read a user's role from the ``users`` read model. Anyone who can write the
file could ``UPDATE users SET role = 'investigator'``; the log is hash-chained and that read
model is not. So the start-up check and ``infusion-app check`` rebuild ``site`` and ``users``
from the log's own events in memory and report any difference as damage.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database

from infusion_app.domain.events import EventType
from infusion_app.store.event_store import EVENT_COLUMNS, row_to_event
from infusion_app.store.migrations import MIGRATIONS
from infusion_app.store.people_projections import PEOPLE_PROJECTORS

# Who a user is and may be: the few events that set these columns (sign-ins, which set only the
# lockout counters, are many; ``check --full`` compares those with the rest of the read models).
_USER_EVENTS = (
    EventType.SITE_INITIALIZED,
    EventType.USER_ADDED,
    EventType.USER_PASSWORD_RESET,
    EventType.USER_DEACTIVATED,
)
_COLUMNS = {
    "site": "*",
    "users": "username, full_name, role, password_hash, active, added_at, added_by, "
    "deactivated_at, deactivated_by, deactivation_reason",
}


def _rebuilt_people(db: Database) -> Database:
    scratch = Database(sqlite3.connect(":memory:", isolation_level=None), execute_plugins=False)
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    for step in MIGRATIONS[:version]:  # the same columns as the file's tables
        step(scratch)
    held = _held(db)
    marks = ", ".join("?" for _ in _USER_EVENTS)
    rows = db.execute(
        f"SELECT {EVENT_COLUMNS} FROM events WHERE type IN ({marks}) ORDER BY seq", _USER_EVENTS
    )
    for row in rows:
        if row[0] not in held:
            event = row_to_event(row)
            PEOPLE_PROJECTORS[event.type](scratch, event)
    return scratch


def _held(db: Database) -> set[str]:
    if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'pulled_events'").fetchone():
        return set()
    rows = db.execute("SELECT event_id FROM pulled_events WHERE applied = 0")
    return {str(row[0]) for row in rows}


def _rows(db: Database, table: str) -> set[tuple]:  # type: ignore[type-arg]
    return {tuple(row) for row in db.execute(f"SELECT {_COLUMNS[table]} FROM {table}")}


def people_problems(db: Database) -> list[str]:
    """One sentence per ``site``/``users`` row whose identity, role, password or active flag
    the log does not give (or gives otherwise)."""
    scratch = _rebuilt_people(db)
    problems = []
    try:
        for table in _COLUMNS:
            stored, rebuilt = _rows(db, table), _rows(scratch, table)
            for row in sorted(stored - rebuilt, key=repr):
                problems.append(f"{table}: the row for {row[0]!r} differs from the log")
            for row in sorted(rebuilt - stored, key=repr):
                if row[0] not in {r[0] for r in stored}:
                    problems.append(f"{table}: the row for {row[0]!r} is missing")
    finally:
        scratch.close()
    return problems
