"""Rebuilding the read models from the log in a scratch copy, and comparing."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from infusion_app.store.backups import database_file
from infusion_app.store.cipher import copy_database, known_key, new_key, open_connection
from infusion_app.store.event_store import EVENT_COLUMNS, row_to_event
from infusion_app.store.migrations import migrate
from infusion_app.store.read_models import READ_MODEL_TABLES, project
from infusion_app.store.sync_state import held_event_ids


@dataclass(frozen=True)
class Difference:
    """A row that differs between the stored and the rebuilt read model."""

    table: str
    stored: tuple | None  # type: ignore[type-arg]
    rebuilt: tuple | None  # type: ignore[type-arg]

    def __str__(self) -> str:
        return f"{self.table}: stored {self.stored!r}, rebuilt {self.rebuilt!r}"


def rebuild_read_models(db: Database) -> int:
    """Empty the read models of ``db`` and replay the whole log into them; return events applied."""
    count = 0
    with db.atomic():
        # Rows reference each other (sessions → participants): checked at commit, not while
        # the tables are emptied and refilled one by one.
        db.execute("PRAGMA defer_foreign_keys = ON")
        for table in READ_MODEL_TABLES:
            db.execute(f"DELETE FROM {table}")
        held = held_event_ids(db)  # pulled events kept out of the read models (discrepancies)
        for row in db.execute(f"SELECT {EVENT_COLUMNS} FROM events ORDER BY seq").fetchall():
            if row[0] in held:
                continue
            project(db, row_to_event(row))
            count += 1
    return count


def table_rows(db: Database, table: str) -> list[tuple]:  # type: ignore[type-arg]
    """Every row of ``table`` as a tuple, in a stable order."""
    return sorted((tuple(row) for row in db.execute(f"SELECT * FROM {table}")), key=repr)


def compare_read_models(stored: Database, rebuilt: Database) -> list[Difference]:
    """Rows present in one database's read models and not the other's."""
    return compare_rows({t: table_rows(stored, t) for t in READ_MODEL_TABLES}, rebuilt)


def compare_rows(
    stored: dict[str, list[tuple]],  # type: ignore[type-arg]
    rebuilt: Database,
) -> list[Difference]:
    """Rows of ``stored`` (by table) missing from ``rebuilt``'s read models, and the reverse."""
    differences: list[Difference] = []
    for table in READ_MODEL_TABLES:
        old, new = set(stored[table]), set(table_rows(rebuilt, table))
        only_old = sorted(old - new, key=repr)
        only_new = sorted(new - old, key=repr)
        for index in range(max(len(only_old), len(only_new))):
            differences.append(
                Difference(
                    table,
                    only_old[index] if index < len(only_old) else None,
                    only_new[index] if index < len(only_new) else None,
                )
            )
    return differences


def rebuild_check(db: Database) -> list[Difference]:
    """Copy ``db`` to a scratch file, rebuild its read models there, report what differs.

    The copy is one snapshot (the backup API); the stored read models compared are the
    copy's, read before its rebuild, so a writer committing meanwhile is never a difference.
    A file of an older schema (checked before it is upgraded, or a backup) is migrated in the
    copy first: the projectors write today's tables.
    """
    with tempfile.TemporaryDirectory(prefix="infusion-rebuild-") as folder:
        # An encrypted file's scratch copy is encrypted too, with a key of its own, known only
        # to this process (SQLite's backup API copies between two plain or two encrypted files).
        path = database_file(db)
        scratch_key = new_key() if path is not None and known_key(path) else None
        copy_database(db.conn, Path(folder) / "scratch.db", scratch_key)
        scratch_conn = open_connection(Path(folder) / "scratch.db", scratch_key)
        scratch = Database(scratch_conn, execute_plugins=False)
        migrate(scratch)
        stored = {table: table_rows(scratch, table) for table in READ_MODEL_TABLES}
        rebuild_read_models(scratch)
        differences = compare_rows(stored, scratch)
        scratch_conn.close()
    return differences
