"""The administrator's connection for ``server init`` and ``enrol``: never a password in a URL.

A command line is readable by every user of the computer (``ps``, ``/proc/PID/cmdline``), so a
URL that holds a password is refused before anything connects. The password comes instead
from, in this order:

1. the first line of standard input (``--password-stdin``, for scripts);
2. libpq's own files, read by libpq itself: the password file (``~/.pgpass`` or
   ``PGPASSFILE``) and the connection service file (``PGSERVICE``, ``service=`` in the URL);
3. a prompt that does not echo, when the server asks for a password and a person is at the
   terminal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TextIO

import psycopg
from psycopg.conninfo import conninfo_to_dict

from infusion_app.sync.errors import SyncError

Ask = Callable[[], str]

PASSWORD_IN_URL = (
    "The address holds a password, which any user of this computer can read in the list of "
    "running commands (/proc/PID/cmdline). Give the address without it: the password is then "
    "asked for, read from standard input (--password-stdin), or taken from libpq's password "
    "file (~/.pgpass, PGPASSFILE) or service file (PGSERVICE)."
)
WANTS_PASSWORD = (
    "The server wants the administrator's password: run the command at a terminal to be asked "
    "for it, give it on the first line of standard input (--password-stdin), or keep it in "
    "libpq's password file (~/.pgpass, PGPASSFILE) or service file (PGSERVICE)."
)
NEEDS_PASSWORD = ("no password supplied", "password authentication failed")


def refuse_password_in(url: str) -> None:
    """Raise :class:`SyncError` when ``url`` holds a password (or is not an address)."""
    try:
        parts = conninfo_to_dict(url)
    except psycopg.ProgrammingError as error:
        raise SyncError(f"Not a PostgreSQL address: {error}") from error
    if parts.get("password"):
        raise SyncError(PASSWORD_IN_URL)


def first_line(stream: TextIO) -> str:
    """The password as the first line of ``stream`` (its line ending removed)."""
    line = stream.readline()
    password = line.removesuffix("\n").removesuffix("\r")
    if not password:
        raise SyncError("No password on the first line of standard input.")
    return password


def open_admin(
    url: str, *, password: str | None = None, ask: Ask | None = None, **options: Any
) -> psycopg.Connection:
    """An autocommit connection as the administrator of ``url`` (which holds no password).

    Without ``password`` libpq looks in its password and service files; if the server still
    wants one and ``ask`` is given, the password ``ask()`` returns is tried once.
    """
    refuse_password_in(url)
    given: dict[str, Any] = {**options}
    if password is not None:
        given["password"] = password
    try:
        return psycopg.connect(url, autocommit=True, **given)
    except psycopg.OperationalError as error:
        wanted = any(words in str(error) for words in NEEDS_PASSWORD)
        if password is not None or not wanted:
            raise
        if ask is None:
            raise SyncError(WANTS_PASSWORD) from error
    return psycopg.connect(url, autocommit=True, password=ask(), **options)
