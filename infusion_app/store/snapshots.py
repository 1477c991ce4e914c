"""Reading one consistent snapshot of the file, and opening it where it cannot be written.

In WAL mode every statement outside a transaction sees the latest commit, so a check that
reads the log and then the chain heads in two statements can see a writer's commit in between
and cry wolf. :func:`read_snapshot` holds one read transaction: every statement inside sees the
file as it was at the first read, whatever another thread or program commits meanwhile.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from infusion_app.store.cipher import OperationalError, known_key, open_connection, remember_key


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


def open_read_only(path: Path, key: bytes | None = None) -> Database:
    """A connection that cannot write to ``path`` (SQLite's read-only open flag), keyed with
    ``key`` (None: the key this process opened ``path`` with, if any).

    On read-only media SQLite cannot create the ``-shm`` file a WAL database needs; when no
    journal is left beside the file, nothing can change it, so it is opened as immutable.
    """
    resolved = Path(path).resolve()
    key = key or known_key(resolved)
    uri = resolved.as_uri() + "?mode=ro"
    try:
        conn = open_connection(uri, key, uri=True, check_same_thread=False)
    except OperationalError:
        if not on_read_only_media(resolved) or _journal_present(resolved):
            raise
        conn = open_connection(uri + "&immutable=1", key, uri=True, check_same_thread=False)
    if key is not None:
        remember_key(resolved, key)  # a full check's scratch copy is encrypted as its source
    return Database(conn, execute_plugins=False)  # no plugins, as store.database.connect
