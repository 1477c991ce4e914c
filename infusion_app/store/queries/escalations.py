"""NEWS2 escalation tasks, read from the log: each set that called for a response, and its
acknowledgement (whom the nurse informed and when) once recorded."""

from __future__ import annotations

import json

from sqlite_utils import Database

from infusion_app.domain.clock import parse_utc_iso
from infusion_app.domain.escalation import Acknowledgement, Escalation, EscalationTask
from infusion_app.domain.events import EventType


def log_position(db: Database) -> int:
    """The sequence number of the log's last event (0 when empty): it moves with every write."""
    return int(db.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()[0])


def escalation_tasks(db: Database, session_id: str | None = None) -> list[EscalationTask]:
    """Every escalation of the session (of every session when None), oldest first."""
    where, params = ("AND session = ?", [session_id]) if session_id else ("", [])
    raised = db.execute(
        "SELECT id, session, participant, occurred_at, json_extract(payload, '$.escalation'), "
        "json_extract(payload, '$.news2_total') FROM events WHERE type = ? "
        f"AND json_extract(payload, '$.escalation') IS NOT NULL {where} ORDER BY occurred_at",
        [EventType.VITALS_RECORDED, *params],
    ).fetchall()
    answered: dict[str, Acknowledgement] = {}
    for payload, actor, recorded_at in db.execute(
        f"SELECT payload, actor, recorded_at FROM events WHERE type = ? {where} ORDER BY seq",
        [EventType.ESCALATION_ACKNOWLEDGED, *params],
    ):
        p = json.loads(payload)
        at = p.get("informed_at")
        answered.setdefault(
            p["vitals_event_id"],
            Acknowledgement(
                p.get("informed", ""),
                parse_utc_iso(at) if at else None,
                p.get("not_informed_reason", ""),
                actor,
                parse_utc_iso(recorded_at),
            ),
        )
    return [
        EscalationTask(
            str(r[0]),
            str(r[1]),
            str(r[2]),
            Escalation(r[4]),
            int(r[5]),
            parse_utc_iso(r[3]),
            answered.get(str(r[0])),
        )
        for r in raised
    ]
