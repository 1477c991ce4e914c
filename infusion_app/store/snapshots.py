"""Reading one consistent snapshot of the file, and opening it where it cannot be written.

In WAL mode every statement outside a transaction sees the latest commit, so a check that
reads the log and then the chain heads in two statements can see a writer's commit in between
and cry wolf. :func:`read_snapshot` holds one read transaction: every statement inside sees the
file as it was at the first read, whatever another thread or program commits meanwhile.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database


@contextmanager
def read_snapshot(db: Database) -> Iterator[Database]:
    """Every read inside sees one snapshot of ``db`` (a no-op inside an open transaction)."""
    if db.conn.in_transaction:
        yield db
        return
    db.execute("BEGIN")
    try:
        yield db
    finally:
        db.execute("ROLLBACK")  # a read transaction: nothing to keep


def on_read_only_media(path: Path) -> bool:
    """True when the file's folder cannot be written: a read-only mount or no permission."""
    folder = Path(path).resolve().parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return True
    except OSError:
        return False
    return not os.access(folder, os.W_OK)


def _journal_present(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    return wal.exists() and wal.stat().st_size > 0


def open_read_only(path: Path) -> Database:
    """A connection that cannot write to ``path`` (SQLite's read-only open flag).

    On read-only media SQLite cannot create the ``-shm`` file a WAL database needs; when no
    journal is left beside the file, nothing can change it, so it is opened as immutable.
    """
    resolved = Path(path).resolve()
    uri = resolved.as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        conn.close()
        if not on_read_only_media(resolved) or _journal_present(resolved):
            raise
        conn = sqlite3.connect(
            uri + "&immutable=1", uri=True, isolation_level=None, check_same_thread=False
        )
    return Database(conn, execute_plugins=False)  # no plugins, as store.database.connect
