"""The child: ``infusion-app replay -`` fed one line at a time, its answers read per line."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

ANSWER_TIMEOUT_S = 60.0

# The harness's database is encrypted as the app's are, with a key the harness holds (as a
# laptop holds its key once someone has signed in): the children open and create it with it,
# the checks read it with it. The real ``infusion-app`` child would need a key slot instead.
HARNESS_KEY = bytes(range(32))


def use_harness_key(argv: list[str]) -> None:
    """In a child: the ``--db`` of its command line opens (or is created) with the key."""
    from infusion_app.store.cipher import remember_key

    if "--db" in argv:
        remember_key(Path(argv[argv.index("--db") + 1]), HARNESS_KEY)


CHILD_MODULES = {
    "app": "infusion_app",  # the real ``infusion-app``
    "fast": "tools.harness.child",  # the same, argon2 at its lowest cost
    "torn": "tools.harness.torn_child",  # a deliberately non-atomic append
}


ROOT = Path(__file__).resolve().parents[2]  # the checkout: ``tools`` is importable from it


def replay_command(db_path: Path, child: str = "app") -> list[str]:
    """The child's command line: ``python -m infusion_app replay - --db PATH``."""
    return [sys.executable, "-m", CHILD_MODULES[child], "replay", "-", "--db", str(db_path)]


class Child:
    """A running ``replay -``: send a JSON line, read its JSON answer, or SIGKILL it."""

    def __init__(self, command: list[str], log_path: Path) -> None:
        self._log = open(log_path, "ab")  # noqa: SIM115 - closed in finish()
        path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
        self.process = subprocess.Popen(
            command,
            env={**os.environ, "PYTHONPATH": path},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            text=True,
            encoding="utf-8",
            bufsize=1,
        )
        self._answers: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._answers.put(line)
        self._answers.put(None)

    def send(self, line: dict[str, Any]) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(line, ensure_ascii=False) + "\n")
        self.process.stdin.flush()

    def answer(self) -> dict[str, Any] | None:
        """The next answer, or None when the child ended without one."""
        text = self._answers.get(timeout=ANSWER_TIMEOUT_S)
        return json.loads(text) if text is not None else None

    def kill(self) -> list[dict[str, Any]]:
        """SIGKILL the child; return the answers it had printed that were not yet read."""
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()
        printed = []
        while (text := self._answers.get(timeout=ANSWER_TIMEOUT_S)) is not None:
            printed.append(json.loads(text))
        self.finish()
        return printed

    def finish(self) -> int:
        """Close its input, wait for it to end; its exit status."""
        try:
            if self.process.stdin and not self.process.stdin.closed:
                self.process.stdin.close()
        except BrokenPipeError:
            pass
        status = self.process.wait(timeout=ANSWER_TIMEOUT_S)
        self._reader.join(timeout=ANSWER_TIMEOUT_S)
        if self.process.stdout is not None:
            self.process.stdout.close()
        self._log.close()
        return status
