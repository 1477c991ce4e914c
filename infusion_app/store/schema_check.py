"""Is the file's schema the one the app's migrations make? A dropped trigger is damage.

The append-only triggers on ``events`` are what stops an UPDATE or DELETE of the record; a file
without them (or with a changed table, or an extra trigger) is reported as damaged. The
expected schema is built by running the app's own migrations, up to the file's
``user_version``, in memory.
"""

from __future__ import annotations

import functools
import sqlite3

from sqlite_utils import Database

from infusion_app.store.migrations import MIGRATIONS

_IGNORED = ("sqlite_stat",)  # ANALYZE's statistics tables may come and go


def _objects(conn: sqlite3.Connection | Database) -> dict[tuple[str, str], str | None]:
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    return {(t, n): s for t, n, s in rows if not n.startswith(_IGNORED)}


@functools.cache
def expected_objects(version: int) -> dict[tuple[str, str], str | None]:
    """The tables, indexes and triggers the first ``version`` migrations create."""
    db = Database(sqlite3.connect(":memory:", isolation_level=None), execute_plugins=False)
    try:
        for step in MIGRATIONS[:version]:
            step(db)
        return _objects(db.conn)
    finally:
        db.close()


def schema_problems(db: Database) -> list[str]:
    """Sentences for every table, index or trigger missing, changed or added."""
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version > len(MIGRATIONS):
        return []  # a newer app's file: opening it is refused with its own message
    expected, found = expected_objects(version), _objects(db)
    problems = []
    for key in sorted(set(expected) | set(found)):
        kind, name = key
        if key not in found:
            why = " (the log could be changed)" if kind == "trigger" else ""
            problems.append(f"schema: the {kind} {name} is missing{why}")
        elif key not in expected:
            problems.append(f"schema: an unexpected {kind} {name} was added")
        elif found[key] != expected[key]:
            problems.append(f"schema: the {kind} {name} was changed")
    return problems
