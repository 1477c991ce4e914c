"""A deliberately broken child, to show the harness notices a torn write.

Its event store is a test double: ``append`` writes without a transaction, so the event, its
chain head and its read-model rows each commit on their own, with a few milliseconds between
them. A kill in between leaves a log whose read models or chain head disagree, and the checks
must say so. Only ``tests/reliability/test_kill_anywhere.py`` runs it; the app's own code is
used unchanged (``infusion-app replay`` on a workspace holding this store).
"""

from __future__ import annotations

import dataclasses
import sys
import time
from collections.abc import Sequence

from argon2 import PasswordHasher

from infusion_app.cli import build_parser
from infusion_app.cli.common import open_for
from infusion_app.cli.site import replay_with
from infusion_app.domain.events import Event, EventDraft
from infusion_app.services import passwords
from infusion_app.store.event_store import EventStore
from tools.harness.child_process import use_harness_key


class TornEventStore(EventStore):
    """Appends each event in autocommit, the read models a moment later."""

    def append(self, drafts: Sequence[EventDraft]) -> list[Event]:
        return [self._append_one(draft) for draft in drafts]  # no transaction: autocommit

    def _project(self, event: Event) -> None:
        time.sleep(0.01)  # widen the window between the event and its read models
        super()._project(event)


def main(argv: Sequence[str]) -> int:
    """``replay - --db PATH`` as the app runs it, on a workspace holding the torn store."""
    args = build_parser().parse_args(argv)
    ws = open_for(args)
    ws = dataclasses.replace(ws, store=TornEventStore(ws.db, ws.clock))
    try:
        return replay_with(ws, args.file)
    finally:
        ws.db.close()


if __name__ == "__main__":
    passwords._hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    use_harness_key(sys.argv[1:])
    sys.exit(main(sys.argv[1:]))
