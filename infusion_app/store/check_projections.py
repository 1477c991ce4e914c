"""Read-model writers for the pre-infusion checklist: latest answer and decision per step."""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database

from infusion_app.domain.events import Event, EventType, canonical_json
from infusion_app.store.session_projections import signature


def _answered(db: Database, event: Event) -> None:
    db.execute(
        "INSERT INTO check_answers (session, step, event_id, answer, answered_by, answered_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (session, step) DO UPDATE SET "
        "event_id = excluded.event_id, answer = excluded.answer, "
        "answered_by = excluded.answered_by, answered_at = excluded.answered_at",
        [
            event.session,
            event.payload["step"],
            event.id,
            canonical_json(event.payload["answer"]),
            event.actor,
            event.occurred_at,
        ],
    )


def _decided(db: Database, event: Event) -> None:
    p = event.payload
    db.execute(
        "INSERT OR REPLACE INTO check_decisions (session, step, answer_event_id, decision, "
        "reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            event.session,
            p["step"],
            p["answer_event_id"],
            p["decision"],
            p["reason"],
            event.actor,
            event.occurred_at,
        ],
    )
    signature(db, event)


CHECK_PROJECTORS: dict[str, Callable[[Database, Event], None]] = {
    EventType.CHECK_ANSWERED: _answered,
    EventType.CHECK_DECIDED: _decided,
}
