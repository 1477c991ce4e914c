"""Reading the audit trail: filtered, a page at a time (by sequence, never OFFSET), and to CSV."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, fields
from pathlib import Path

from infusion_app.domain.event_text import describe
from infusion_app.domain.events import Event
from infusion_app.domain.messages import Message
from infusion_app.domain.roles import Role
from infusion_app.services.context import Actor, Workspace
from infusion_app.services.declarations import user_action
from infusion_app.store.queries.audit_trail import (
    LoggedEvent,
    TrailFilter,
    count_events,
    events_page,
)
from infusion_app.store.queries.audit_trail import event_types as logged_event_types


@dataclass(frozen=True)
class TrailRow:
    """One audit-trail line."""

    seq: int
    event_id: str
    recorded_at: str
    occurred_at: str
    actor: str
    participant: str
    session: str
    type: str
    what: str
    payload: str
    message: Message  # ``what`` before it is put in English, for the screens to translate


def shown_payload(event: Event) -> str:
    """The event's payload as JSON text, without any password hash."""
    shown = {k: v for k, v in event.payload.items() if k != "password_hash"}
    return json.dumps(shown, ensure_ascii=False, sort_keys=True)


def _row(logged: LoggedEvent) -> TrailRow:
    e = logged.event
    message = describe(e.type, e.payload)
    return TrailRow(
        logged.seq,
        e.id,
        e.recorded_at,
        e.occurred_at,
        e.actor,
        e.participant or "",
        e.session or "",
        e.type,
        str(message),
        shown_payload(e),
        message,
    )


view_audit_trail = user_action(
    "view audit trail", Role.INVESTIGATOR, Role.ADMIN, permission="view_audit_trail", replay=False
)
"""The three reads of the audit trail share one permission."""


@view_audit_trail
def count_trail(ws: Workspace, actor: Actor, *, where: TrailFilter) -> int:
    """How many events match."""
    return count_events(ws.db, where)


@view_audit_trail
def trail_page(
    ws: Workspace, actor: Actor, *, where: TrailFilter, after_seq: int = 0, limit: int = 500
) -> list[TrailRow]:
    """Up to ``limit`` matching events recorded after ``after_seq``, in log order."""
    return [_row(logged) for logged in events_page(ws.db, where, after_seq, limit)]


@view_audit_trail
def export_trail_csv(ws: Workspace, actor: Actor, *, where: TrailFilter, path: Path) -> int:
    """Write the filtered trail to a UTF-8 CSV file with a header; return the number of rows."""
    count, after = 0, 0
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow([f.name for f in fields(TrailRow)])
        while page := trail_page(ws, actor, where=where, after_seq=after, limit=2000):
            writer.writerows([[getattr(row, f.name) for f in fields(TrailRow)] for row in page])
            count, after = count + len(page), page[-1].seq
    return count


def event_types(ws: Workspace) -> list[str]:
    """The event types present in the log, for the viewer's filter."""
    return logged_event_types(ws.db)
