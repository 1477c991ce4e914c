"""The database key: unwrapped from a person's key slot (or the recovery key) to open the file,
and the slots kept in step with the users once it is open.

See :mod:`infusion_app.store.key_slots` for the slots themselves. A slot is written when a user
is added or has their password reset (the administrator types the new password, so it can be
wrapped), and at a user's sign-in when they have none yet on this laptop (a user added on
another laptop and pulled by sync); a deactivation or a password change, made here or pulled,
drops the slot it makes stale.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from infusion_app.services.context import Workspace
from infusion_app.store.backups import move_aside
from infusion_app.store.cipher import Error as DatabaseFileError
from infusion_app.store.cipher import is_plain_sqlite, known_key, new_key, remember_key
from infusion_app.store.key_slots import (
    KeySlotsError,
    SlotUser,
    parse_recovery_key,
    read_slots,
    slots_file,
    unwrap_with_password,
    unwrap_with_recovery_key,
)

log = logging.getLogger("log.services")


@dataclass(frozen=True)
class FailureBeforeOpen:
    """A sign-in refused before the file was open: recorded once it is."""

    username: str
    why: str
    at: datetime


def key_from_password(db_path: Path, username: str, password: str) -> bytes | None:
    """The database key from ``username``'s slot (None: no slot, or not the password)."""
    return unwrap_with_password(db_path, username, password)


def why_not_opened(db_path: Path, username: str) -> str:
    """For the record: the user has no slot on this laptop, or the password was wrong."""
    slots = read_slots(db_path) or {}
    return "wrong password" if f"user:{username}" in slots else "no key on this laptop"


def key_from_recovery_key(db_path: Path, text: str) -> bytes | None:
    """The database key from the recovery key's printed text (None: not the right key)."""
    recovery_key = parse_recovery_key(text)
    return None if recovery_key is None else unwrap_with_recovery_key(db_path, recovery_key)


def keep_slots(ws: Workspace, username: str | None = None, password: str | None = None) -> None:
    """Drop stale slots; give ``username`` a slot for ``password`` (already checked against
    their stored hash) if they have none for it. Never fails an action already recorded: a
    side file that cannot be written is logged, and the next sign-in writes it again."""
    if ws.keys is None:
        return
    rows = ws.db.execute("SELECT username, active, password_hash FROM users").fetchall()
    users = [SlotUser(str(r[0]), bool(r[1]), str(r[2])) for r in rows]
    try:
        ws.keys.drop_stale(users)
        if username is None or password is None:
            return
        user = next((u for u in users if u.username == username and u.active), None)
        if user is not None and not ws.keys.has_slot(username, user.password_hash):
            ws.keys.set_user(username, password, user.password_hash)
    except (OSError, KeySlotsError) as error:
        log.warning("key slots not written: %s", error)


class FileState(StrEnum):
    """What a window start finds at the database's path."""

    NEW = "new"  # no file yet: set-up creates it, encrypted
    PLAIN = "plain"  # a plain file of an earlier version: encrypted at the first sign-in
    ENCRYPTED = "encrypted"  # opens with a person's password or the recovery key
    UNFINISHED = "unfinished"  # encrypted without a key file: a first set-up never completed


def file_state(db_path: Path) -> FileState:
    """Which of :class:`FileState` the file at ``db_path`` is in."""
    db_path = Path(db_path)
    if not db_path.exists() or db_path.stat().st_size == 0:
        return FileState.NEW
    if is_plain_sqlite(db_path):
        return FileState.PLAIN
    # A key file with only the recovery slot (a laptop enrolled before set-up) opens with the
    # recovery key; with no key file at all, no one can open it.
    return FileState.ENCRYPTED if slots_file(db_path).exists() else FileState.UNFINISHED


# What the window's start needs of the store, through this service (screens never import it).
UNREADABLE_KEYS = (KeySlotsError, OSError, DatabaseFileError)
"""Errors reading a key file or a database: shown as they are, nothing opened."""


def use_key(db_path: Path, key: bytes) -> None:
    """The key opens ``db_path`` for the rest of this run (every later open finds it)."""
    remember_key(db_path, key)


def start_new_file(db_path: Path) -> None:
    """A new database at ``db_path`` will be created encrypted under a new random key."""
    remember_key(db_path, new_key())


def key_is_known(db_path: Path) -> bool:
    """True when this run already holds the key of ``db_path``."""
    return known_key(db_path) is not None


def set_aside_unfinished(db_path: Path, now: datetime) -> Path:
    """An encrypted file no one can open (its set-up never finished) is renamed with its key
    file, never deleted; returns where it went."""
    aside = move_aside(Path(db_path), "unfinished", now)
    keys = slots_file(db_path)
    if keys.exists():
        os.replace(keys, slots_file(aside))
    log.warning("set aside %s: its set-up never finished", aside.name)
    return aside
