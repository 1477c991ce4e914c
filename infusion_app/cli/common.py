"""What the command groups share: opening the named database with its key, reading a secret.

An encrypted file opens with ``--user NAME`` (the password at a prompt, or the first line of
standard input) or with ``--recovery-key-file FILE``; a wrong password is refused and nothing
is opened. A plain file made by an earlier version is encrypted in place at its first opening
with ``--user`` (see :mod:`infusion_app.services.upgrade`).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from infusion_app.domain.outcomes import Refusal
from infusion_app.paths import default_db_path
from infusion_app.protocol_files import default_protocol_path, load_protocol
from infusion_app.services.auth import check_credentials
from infusion_app.services.context import Workspace
from infusion_app.services.file_keys import key_from_password, key_from_recovery_key
from infusion_app.services.upgrade import encrypt_in_place, needs_upgrade, shred_leftovers
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.store.cipher import known_key, new_key, remember_key
from infusion_app.store.database import StoreError

NOT_OPENED = "nothing was opened"


def add_key_options(db_option: argparse.ArgumentParser) -> None:
    """``--user`` and ``--recovery-key-file`` on every command that opens the database."""
    db_option.add_argument(
        "--user",
        default=argparse.SUPPRESS,
        metavar="NAME",
        help="who opens the encrypted database (password at a prompt or on the first line of "
        "standard input)",
    )
    db_option.add_argument(
        "--recovery-key-file",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="FILE",
        help="open the database with the site's recovery key, read from FILE",
    )


def database_path(args: argparse.Namespace) -> Path:
    """The file ``--db`` names, or the default one."""
    return Path(getattr(args, "db", None) or default_db_path())


def user_password(args: argparse.Namespace) -> str:
    """The ``--user``'s password, read once (later askers get the same answer)."""
    if getattr(args, "_password", None) is None:
        args._password = read_secret(f"Password for {args.user}: ")
    return str(args._password)


def _is_encrypted(path: Path) -> bool:
    return path.exists() and path.stat().st_size > 0 and not needs_upgrade(path)


def unlock(args: argparse.Namespace, path: Path) -> bytes | None:
    """The key of the encrypted file at ``path`` (None: a plain file, or none yet), noted for
    the rest of this process. Raises ``StoreError`` when it cannot be unwrapped."""
    shred_leftovers(path)
    if not _is_encrypted(path):
        return None
    key_file = getattr(args, "recovery_key_file", None)
    user = getattr(args, "user", None)
    if user is None and key_file is None and (known := known_key(path)) is not None:
        return known  # opened earlier in this same process (a command run from a script)
    if key_file is not None:
        try:
            text = Path(key_file).read_text(encoding="utf-8")
        except OSError as error:
            raise StoreError(f"Cannot read the recovery key file: {error}") from error
        key = key_from_recovery_key(path, text)
        if key is None:
            raise StoreError(f"The recovery key does not open {path.name}: {NOT_OPENED}.")
    elif user is not None:
        key = key_from_password(path, user, user_password(args))
        if key is None:
            raise StoreError(f"The user name or password is not right: {NOT_OPENED}.")
    else:
        raise StoreError(
            f"{path.name} is encrypted: open it with --user NAME (the password is asked) or "
            f"--recovery-key-file FILE; {NOT_OPENED}."
        )
    remember_key(path, key)
    return key


def _upgrade(args: argparse.Namespace, path: Path) -> bytes:
    """Encrypt the plain file of an earlier version; its recovery key is shown once."""
    user = getattr(args, "user", None)
    if user is None:
        raise StoreError(
            f"{path.name} is a plain database of an earlier version: open it once with --user "
            f"NAME to encrypt it; {NOT_OPENED}."
        )
    upgraded = encrypt_in_place(path, datetime.now(UTC), user, user_password(args))
    show_recovery_key(upgraded.recovery_key_text, sys.stderr)
    return upgraded.key


def show_recovery_key(text: str, stream: object = None) -> None:
    """The recovery key, shown this once: the principal investigator keeps it on paper."""
    out = stream or sys.stdout
    print(
        "RECOVERY KEY (shown only now; the principal investigator keeps it on paper, away "
        f"from the laptop; it opens the database if every password is lost):\n  {text}",
        file=out,  # type: ignore[arg-type]
    )


def open_for(args: argparse.Namespace, *, create: bool = False) -> Workspace:
    """The workspace a command's ``--db`` and ``--protocol`` name (or the defaults), opened
    with its key. Raises ``StoreError`` (nothing opened) when the key cannot be had.

    ``create``: a missing file is created, encrypted under a new key, and its recovery key
    shown once (a laptop enrolled for sync before it is set up); otherwise it is refused.
    """
    path = database_path(args)
    load_protocol(getattr(args, "protocol", None) or default_protocol_path())  # its faults first
    new_file = not path.exists() and known_key(path) is None
    if new_file and not create:
        raise StoreError(f"There is no database {path}: set one up with `infusion-app init`.")
    if new_file:
        remember_key(path, new_key())
        ws = open_workspace(path, protocol_path=getattr(args, "protocol", None))
        if ws.keys is not None:
            show_recovery_key(ws.keys.set_recovery_key())
        return ws
    key = _upgrade(args, path) if needs_upgrade(path) else unlock(args, path)
    ws = open_workspace(path, protocol_path=getattr(args, "protocol", None), key=key)
    user = getattr(args, "user", None)
    if user is not None and getattr(args, "recovery_key_file", None) is None:
        checked = check_credentials(ws, user, user_password(args))
        if isinstance(checked, Refusal):  # deactivated or locked out since the slot was made
            ws.db.close()
            raise StoreError(f"{checked.reason} ({NOT_OPENED})")
    return ws


@contextmanager
def opened(args: argparse.Namespace, *, create: bool = False) -> Iterator[Workspace]:
    """``open_for(args)``, closed again when the command is done."""
    ws = open_for(args, create=create)
    try:
        yield ws
    finally:
        ws.db.close()


def read_secret(prompt: str) -> str:
    """A password from a prompt on a terminal, or from the next line of standard input."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass(prompt)
