"""A deliberately broken child, to show the harness notices a torn write.

``EventStore.append`` here writes without a transaction: the event, its chain head and its
read-model rows each commit on their own, with a few milliseconds between them. A kill in
between leaves a log whose read models or chain head disagree, and the checks must say so.
Never used by the app; only ``tests/reliability/test_kill_anywhere.py`` runs it.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence

from argon2 import PasswordHasher

from infusion_app.app import main
from infusion_app.domain.events import Event, EventDraft
from infusion_app.services import passwords
from infusion_app.store import event_store

_project = event_store.project


def _slow_project(db: object, event: Event) -> None:
    time.sleep(0.01)
    _project(db, event)  # type: ignore[arg-type]


def _torn_append(self: event_store.EventStore, drafts: Sequence[EventDraft]) -> list[Event]:
    return [self._append_one(draft) for draft in drafts]  # no transaction: autocommit


if __name__ == "__main__":
    passwords._hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    event_store.project = _slow_project  # type: ignore[assignment]
    event_store.EventStore.append = _torn_append  # type: ignore[method-assign]
    sys.exit(main())
