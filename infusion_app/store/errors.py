"""Storage errors split the way qutebrowser splits them: the environment's fault, or a bug.

The environment's fault (disk full, read-only file or folder, file locked by another program,
input/output error, damaged file) is not a bug: the user can act on it, nothing was saved, and
the entry stays on screen. Anything else from SQLite is a bug and is raised unchanged.
"""

from __future__ import annotations

import sqlite3
from enum import StrEnum

from infusion_app.store import cipher
from infusion_app.store.database import StoreError

# SQLite's primary result codes (https://sqlite.org/rescode.html).
SQLITE_READONLY = 8
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


class Cause(StrEnum):
    """Why the environment stopped a write."""

    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    LOCKED = "locked"
    IO_ERROR = "io_error"
    CANNOT_OPEN = "cannot_open"
    DAMAGED = "damaged"


KEEP = "your entry is still on screen."
MESSAGES: dict[Cause, str] = {
    Cause.DISK_FULL: f"The disk is full: nothing was saved. Free space or call IT; {KEEP}",
    Cause.READ_ONLY: "The database cannot be written (it is read-only): nothing was saved. "
    f"Call IT; {KEEP}",
    Cause.LOCKED: "The database is in use by another program: nothing was saved. Close the "
    f"other program or wait a moment and try again; {KEEP}",
    Cause.IO_ERROR: f"The disk reported an error while saving: nothing was saved. Call IT; {KEEP}",
    Cause.CANNOT_OPEN: "The database file cannot be opened for writing (a read-only or "
    f"missing folder, or no permission): nothing was saved. Call IT; {KEEP}",
    Cause.DAMAGED: "The database file is damaged: nothing was saved. Do not close the app; "
    f"call IT (the last backup can be restored); {KEEP}",
}

CAUSE_OF_CODE: dict[int, Cause] = {
    SQLITE_FULL: Cause.DISK_FULL,
    SQLITE_READONLY: Cause.READ_ONLY,
    SQLITE_BUSY: Cause.LOCKED,
    SQLITE_LOCKED: Cause.LOCKED,
    SQLITE_IOERR: Cause.IO_ERROR,
    SQLITE_CANTOPEN: Cause.CANNOT_OPEN,
    SQLITE_CORRUPT: Cause.DAMAGED,
    SQLITE_NOTADB: Cause.DAMAGED,
}


class StoreEnvironmentError(StoreError):
    """The environment (not the app) stopped a write; ``message`` is for the person at the screen.

    Nothing of the failed write is stored: the transaction was rolled back.
    """

    def __init__(self, cause: Cause, detail: str = "") -> None:
        self.cause = cause
        self.message = MESSAGES[cause]
        self.detail = detail  # SQLite's own words, for the log
        super().__init__(self.message)


def environment_cause(error: BaseException) -> Cause | None:
    """The environment's fault behind an SQLite error, or None when it is a bug."""
    if isinstance(error, OSError):
        return Cause.DISK_FULL if error.errno == 28 else Cause.IO_ERROR  # 28: ENOSPC
    if not isinstance(error, (sqlite3.Error, cipher.Error)):
        return None
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return CAUSE_OF_CODE.get(code & 0xFF)
    return None


def classified(error: BaseException) -> StoreEnvironmentError | None:
    """A :class:`StoreEnvironmentError` for ``error`` when it is the environment's fault."""
    cause = environment_cause(error)
    return StoreEnvironmentError(cause, str(error)) if cause else None


DatabaseClosed = cipher.ProgrammingError
"""Raised by a read on a connection already closed (a window or screen going away)."""
