"""The headless start's database key, unwrapped in a thread while the window's code loads.

With ``--user NAME`` and the password on standard input (the self-test, a scripted start), the
key derivation from the password (argon2id; argon2-cffi releases the GIL) ran only after Qt and
the screens were imported. It now begins as soon as the password is read, on the other core,
and the start-up check of the file follows in the same thread with that key (see
:mod:`infusion_app.store.early_check`). The window's start still takes the answer before it
opens anything: a wrong password opens nothing, as before. The sign-in dialog of a normal start
asks first and derives the key after, so it does not use this.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

# The store's own functions, not services.file_keys: that module imports the workspace (and
# through it most of the store), which would hold the thread back until it had loaded.
from infusion_app.store.cipher import is_plain_sqlite
from infusion_app.store.key_slots import slots_file, unwrap_with_password


class EarlyUnlock:
    """``username``'s password, read from standard input, and the key it unwraps (a thread)."""

    def __init__(self, db_path: Path, username: str, password: str) -> None:
        self.path = Path(db_path)
        self.username, self.password = username, password
        self._key: bytes | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="early unlock", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._key = unwrap_with_password(self.path, self.username, self.password)
        except BaseException as error:  # re-raised in the thread that asks for the key
            self._error = error

    def key(self) -> bytes | None:
        """Wait for the key; None when the password does not open the user's slot."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._key

    def answers_for(self, path: Path) -> bool:
        """True when this key was unwrapped for the file at ``path``."""
        return self.path.resolve() == Path(path).resolve()


def _encrypted_with_slots(path: Path) -> bool:
    """``FileState.ENCRYPTED`` of ``services.file_keys.file_state``: an encrypted file whose
    key file holds the people's slots."""
    if not path.exists() or path.stat().st_size == 0 or is_plain_sqlite(path):
        return False
    return slots_file(path).exists()


def begin_unlock(
    db_path: Path, username: str | None, recovery_key_file: Path | None
) -> EarlyUnlock | None:
    """Read the password and begin unwrapping, for an encrypted file opened with ``--user``;
    None otherwise (a new or plain file, or the recovery key: the window's start does those)."""
    if username is None or recovery_key_file is not None:
        return None
    if not _encrypted_with_slots(Path(db_path)):
        return None
    password = sys.stdin.readline().rstrip("\r\n")
    return EarlyUnlock(db_path, username, password)
