"""Upgrade in place: a plain database made by an earlier version becomes an encrypted one.

At its first start after the upgrade, once a person has signed in with a password the plain
file's users table accepts:

1. a backup of the plain file is taken (``backups/…-manual.sqlite3``) and fully checked
   (integrity, the whole hash chain, the read models); nothing goes on if it fails;
2. ``sqlcipher_export`` writes an encrypted copy under a new random key, which is checked too
   and then renamed over the database;
3. the plain files — the database, its WAL, and the plain backups — are overwritten with zeros
   and deleted (a file manager's bin cannot bring them back; a forensic tool on a copy-on-write
   or wear-levelled disk might: see docs/security.md);
4. ``<db>.keys`` gets a recovery key (returned, to be shown once) and a slot for the person who
   signed in; the other users get theirs at their next sign-in on this laptop.

The events are copied as they are: ``audit verify`` holds across the upgrade.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from infusion_app.services.passwords import password_matches
from infusion_app.store.backups import fsync_path, list_backups, make_backup
from infusion_app.store.cipher import (
    export_encrypted,
    is_plain_sqlite,
    new_key,
    open_connection,
    remember_key,
)
from infusion_app.store.database import StoreError
from infusion_app.store.integrity import check_file
from infusion_app.store.key_slots import Keyring

log = logging.getLogger("log.services")


class UpgradeRefusedError(StoreError):
    """The plain file was left as it was; the message says why."""


@dataclass(frozen=True)
class Upgraded:
    """The file is encrypted now: its key, and the recovery key's text (show it once)."""

    key: bytes
    recovery_key_text: str


def needs_upgrade(db_path: Path) -> bool:
    """True for a plain SQLite file (made by a version before encryption)."""
    return is_plain_sqlite(Path(db_path))


def plain_password_hash(db_path: Path, username: str, password: str) -> str | None:
    """``username``'s stored hash in the plain file, if they are active and ``password`` is
    theirs (None otherwise)."""
    conn = open_connection(Path(db_path).resolve().as_uri() + "?mode=ro", None, uri=True)
    try:
        exists = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'users'").fetchone()
        row = (
            conn.execute(
                "SELECT password_hash FROM users WHERE username = ? AND active = 1", [username]
            ).fetchone()
            if exists
            else None
        )
    finally:
        conn.close()
    if row is None or not password_matches(str(row[0]), password):
        return None
    return str(row[0])


def shred(path: Path) -> None:
    """Overwrite a file with zeros, flush it, and delete it (nothing if it is not there)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with open(path, "r+b") as file:
        chunk = b"\0" * (1 << 20)
        left = size
        while left > 0:
            left -= file.write(chunk[: min(left, len(chunk))])
        file.flush()
        os.fsync(file.fileno())
    path.unlink()


def encrypt_in_place(db_path: Path, now: datetime, username: str, password: str) -> Upgraded:
    """Convert the plain database at ``db_path`` (closed by the caller) to an encrypted one."""
    db_path = Path(db_path)
    password_hash = plain_password_hash(db_path, username, password)
    if password_hash is None:
        raise UpgradeRefusedError(
            "The user name or password is not right: the database was not upgraded."
        )
    plain_backups = {b.path for b in list_backups(db_path)}
    safety = make_backup(db_path, "manual", now)  # a plain copy, checked before anything else
    report = check_file(safety, full=True)
    if not report.ok:
        raise UpgradeRefusedError(
            f"The backup before the upgrade fails its check ({report.problems[0]}): "
            "the database was left as it was. Call IT."
        )
    key = new_key()
    encrypted = db_path.with_name(db_path.name + ".encrypting")
    encrypted.unlink(missing_ok=True)
    export_encrypted(db_path, encrypted, key)
    report = check_file(encrypted, full=True, key=key)
    if not report.ok:
        shred(encrypted)
        raise UpgradeRefusedError(f"The encrypted copy fails its check: {report.problems[0]}")
    fsync_path(encrypted)
    # The slots first: from here on, the encrypted file can always be opened.
    keyring = Keyring(db_path, key)
    recovery = keyring.set_recovery_key()
    keyring.set_user(username, password, password_hash)
    old = leftover(db_path)
    old.unlink(missing_ok=True)
    os.link(db_path, old)  # the plain pages keep a name until they are overwritten
    for suffix in ("-wal", "-shm"):
        shred(Path(str(db_path) + suffix))
    os.replace(encrypted, db_path)
    fsync_path(db_path.parent)
    remember_key(db_path, key)
    for plain in sorted(plain_backups | {safety, old}):
        shred(plain)
    make_backup(db_path, "manual", now)  # an encrypted backup in place of the plain ones
    log.info("upgraded %s to an encrypted database", db_path.name)
    return Upgraded(key, recovery)


def leftover(db_path: Path) -> Path:
    """Where the plain file's pages wait to be overwritten (removed at the next start if a
    stop came in between)."""
    return db_path.with_name(db_path.name + ".plain-before-upgrade")


def shred_leftovers(db_path: Path) -> None:
    """Overwrite and remove what an interrupted upgrade left of the plain file."""
    shred(leftover(Path(db_path)))
