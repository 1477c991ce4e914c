"""Every connection to a database file is opened here: SQLCipher 4, keyed with a raw key.

SQLCipher (the ``sqlcipher3`` binding, SQLite with page-level AES-256 and an HMAC on every page)
encrypts the database, its WAL and every backup. The key is 32 random bytes given as a raw key
(``PRAGMA key = "x'…'"``): opening costs no key derivation, because the key is derived once, when
a person's password unwraps it from the key slots (:mod:`infusion_app.store.key_slots`).

``key=None`` opens a plain SQLite file (an in-memory database, a scratch copy, or a database
made by an earlier version, which is converted at its first start).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

KEY_BYTES = 32
PLAIN_HEADER = b"SQLite format 3\x00"

# The one family of errors of every connection the app opens (sqlcipher3 raises its own classes,
# not the standard library's sqlite3 ones).
Error = sqlcipher.Error
DatabaseError = sqlcipher.DatabaseError
OperationalError = sqlcipher.OperationalError
IntegrityError = sqlcipher.IntegrityError
ProgrammingError = sqlcipher.ProgrammingError
Connection = sqlcipher.Connection
complete_statement = sqlcipher.complete_statement


class WrongKeyError(Exception):
    """The key does not open the file (or the file is not a database at all)."""


def new_key() -> bytes:
    """A random 256-bit database key."""
    return os.urandom(KEY_BYTES)


def _key_pragma(key: bytes, schema: str = "") -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    prefix = f"{schema}." if schema else ""
    return f"PRAGMA {prefix}key = \"x'{key.hex()}'\""


def open_connection(
    target: Path | str,
    key: bytes | None,
    *,
    uri: bool = False,
    check_same_thread: bool = True,
    timeout: float = 5.0,
) -> Any:
    """A connection to ``target`` (a path, or a ``file:`` URI with ``uri=True``), keyed with
    ``key`` (None: a plain file). Autocommit (``isolation_level=None``), as the store expects.

    The key is checked by reading the schema: a wrong key raises :class:`WrongKeyError` and
    leaves nothing open.
    """
    conn = sqlcipher.connect(
        str(target),
        uri=uri,
        isolation_level=None,
        check_same_thread=check_same_thread,
        timeout=timeout,
    )
    try:
        # A wrong key is an answer, not a fault: SQLCipher would also print it to stderr.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            conn.execute(_key_pragma(key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as error:
        conn.close()
        if getattr(error, "sqlite_errorcode", None) == 26:  # SQLITE_NOTADB
            raise WrongKeyError(str(error)) from error
        raise
    return conn


def is_plain_sqlite(path: Path) -> bool:
    """True when the file at ``path`` is an unencrypted SQLite database."""
    try:
        with open(path, "rb") as file:
            return file.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except FileNotFoundError:
        return False


def copy_database(source: Any, target_path: Path, key: bytes | None) -> None:
    """Copy what is committed in the connection ``source`` into a new file ``target_path``,
    keyed with ``key`` (the source's own key: SQLite's backup API copies pages), as one
    self-contained file (no WAL)."""
    target = open_connection(target_path, key)
    try:
        source.backup(target)  # one step: one read transaction, one consistent snapshot
        target.execute("PRAGMA journal_mode=DELETE")
    finally:
        target.close()


def export_encrypted(plain_path: Path, target_path: Path, key: bytes) -> None:
    """Write an encrypted copy of the plain database at ``plain_path`` (``sqlcipher_export``)."""
    source = open_connection(plain_path, None)
    try:
        target = str(target_path).replace("'", "''")
        source.execute(f"ATTACH DATABASE '{target}' AS encrypted KEY \"x'{key.hex()}'\"")
        try:
            source.execute("SELECT sqlcipher_export('encrypted')").fetchall()
            version = int(source.execute("PRAGMA main.user_version").fetchone()[0])
            source.execute(f"PRAGMA encrypted.user_version = {version}")
        finally:
            source.execute("DETACH DATABASE encrypted")
    finally:
        source.close()


# The key of each database file opened in this process (resolved path -> key): backups, checks
# and restores of that file open it with the same key without asking for it again. Only this
# process's memory holds it, as the open connection does.
_KEYS: dict[Path, bytes] = {}


def remember_key(path: Path | str, key: bytes | None) -> None:
    """Note the key that opened the file at ``path`` (None forgets it: a plain file)."""
    resolved = Path(path).resolve()
    if key is None:
        _KEYS.pop(resolved, None)
    else:
        _KEYS[resolved] = key


def known_key(path: Path | str) -> bytes | None:
    """The key that opened the file at ``path`` in this process (None: plain, or never opened)."""
    return _KEYS.get(Path(path).resolve())
