"""Opening the local database file (SQLCipher, see :mod:`infusion_app.store.cipher`): WAL,
``synchronous=FULL``, migrations by ``user_version``."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlite_utils import Database

from infusion_app.store.cipher import (
    DatabaseError,
    WrongKeyError,
    known_key,
    open_connection,
    remember_key,
)
from infusion_app.store.migrations import migrate

log = logging.getLogger("log.store")


WAL_AUTOCHECKPOINT_PAGES = 4000  # about 16 MB of WAL at 4 KiB pages


def checkpoint_idle(db: Database) -> None:
    """Copy the WAL into the database without waiting for readers (a PASSIVE checkpoint);
    called when nothing is being entered, so that writes seldom run one themselves."""
    db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()


class StoreError(Exception):
    """The database cannot be used; the message says why in words a user can act on."""


class WrongDatabaseKeyError(StoreError):
    """The key does not open the database file: nothing was opened."""


def connect(path: Path | str, key: bytes | None = None) -> Database:
    """Open (creating if needed) the database at ``path`` and bring its schema up to date.

    ``key``: the file's 256-bit SQLCipher key (None: the key this process already opened the
    file with, if any; otherwise a plain SQLite file or ``:memory:``).
    Raises :class:`WrongDatabaseKeyError` when the key does not open the file.
    """
    path = Path(path)
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
        key = key or known_key(path)
    try:
        conn = open_connection(path, key, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        # The WAL is copied into the file by the housekeeping tick (checkpoint_idle); a write
        # starts a checkpoint only past 4000 pages, so an entry at the bedside rarely waits
        # for one (at SQLite's default of 1000 pages, 1 write in 75 did: the p99 of a write).
        conn.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")
        conn.execute("PRAGMA foreign_keys=ON")
        # No sqlite-utils plugins: the clinical file gets no code from whatever else is
        # installed (and the start-up skips their entry-point scan, 15–35 ms).
        db = Database(conn, execute_plugins=False)
        migrate(db)
    except WrongKeyError as error:
        raise WrongDatabaseKeyError(f"The key does not open the database {path.name}.") from error
    except DatabaseError as error:
        from infusion_app.store.errors import classified  # errors imports StoreError from here

        if environment := classified(error):
            log.warning("cannot open %s: %s", path, error)
            raise environment from error
        raise StoreError(f"Cannot open the database {path}: {error}") from error
    if str(path) != ":memory:":
        remember_key(path, key)
    log.info("opened %s", path)
    return db


def schema_version(db: Database) -> int:
    """The schema version stored in ``PRAGMA user_version``."""
    return int(db.execute("PRAGMA user_version").fetchone()[0])
