"""The start-up check, begun in a thread as soon as the database's path is known.

``PRAGMA quick_check`` reads the whole file: on a year's record (300 000 events, 164 MiB) it
took 0.3 s with the file in the page cache and 2 s right after a reboot, before any window
appeared. SQLite releases the GIL while it reads, so the check now runs while the window's code
is imported; the window path waits for its answer before it opens the file for writing, so the
order "check read-only, then open" is unchanged.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from infusion_app.store.cipher import is_plain_sqlite, known_key
from infusion_app.store.integrity import DamagedDatabase, damage


class EarlyCheck:
    """:func:`infusion_app.store.integrity.damage` of one file, run in a background thread.

    ``key``: for an encrypted file, where its key comes from (called in the thread: the key
    unwrapped from the password given at start, see ``services.early_unlock``); the check waits
    for it. Without one, an encrypted file whose key is not known yet is not checked here: it
    is checked when it is opened with its key.
    """

    def __init__(self, path: Path, key: Callable[[], bytes | None] | None = None) -> None:
        self.path = Path(path)
        self._key = key
        self._found: DamagedDatabase | None = None
        self._error: BaseException | None = None
        self._unchecked = key is None and not is_plain_sqlite(self.path)
        self._unchecked = self._unchecked and known_key(self.path) is None
        self._thread = threading.Thread(target=self._run, name="start-up check", daemon=True)
        self._thread.start()

    @property
    def skipped(self) -> bool:
        """True when the file was not checked here (its key was not had): check it on opening."""
        if self._key is not None:
            self._thread.join()
        return self._unchecked

    def _run(self) -> None:
        try:
            key = self._key() if self._key is not None else None
            if self._key is not None and key is None:
                self._unchecked = True  # the password did not open it: nothing is opened
                return
            self._found = damage(self.path, key) if key is not None else damage(self.path)
        except BaseException as error:  # re-raised in the thread that asks for the result
            self._error = error

    def result(self) -> DamagedDatabase | None:
        """Wait for the check; the damage it found (None: sound, or no file yet)."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._found

    def answers_for(self, path: Path) -> bool:
        """True when this check was made of ``path``."""
        return self.path.resolve() == Path(path).resolve()
