"""Discrepancies found by sync, as the investigator sees and resolves them.

A resolution is an event (``sync.discrepancy_resolved``): it names the discrepancy, the
decision and the reason, and travels to the other laptops like any event. It does not
rewrite the read models: where the held side is the true one, the record is put right by
the usual correction events, which then carry their own reason and signature.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from infusion_app.domain.events import EventDraft
from infusion_app.domain.messages import Listing
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.roles import Role
from infusion_app.services.context import Accepted, Actor, Outcome, Workspace
from infusion_app.services.declarations import user_action
from infusion_app.store.sync_state import CHANGED_ON_SERVER, DISCREPANCY_RESOLVED, UNSENDABLE

DECISIONS = {
    "applied_side_stands": "the side applied on this laptop is the true record",
    "held_side_stands": "the held side is the true record (a correction follows)",
    "both_stand": "both records are true and stay as they are",
}
PERMISSION = "resolve_discrepancy"
__all__ = [
    "CHANGED_ON_SERVER",
    "DECISIONS",
    "UNSENDABLE",
    "Discrepancy",
    "Side",
    "discrepancies",
    "resolve_discrepancy",
]


@dataclass(frozen=True)
class Side:
    """One side of a clash: the event as recorded on its laptop."""

    event_id: str
    device_id: str
    actor: str
    type: str
    occurred_at: str
    payload: dict[str, Any]


@dataclass(frozen=True)
class Discrepancy:
    """A clash between two laptops' records, and its resolution once decided."""

    id: str
    kind: str
    summary: str
    record_key: str | None
    participant: str | None
    session: str | None
    found_at: str
    applied: Side | None
    held: Side
    decision: str | None
    reason: str | None
    resolved_by: str | None
    resolved_at: str | None


def _side(ws: Workspace, event_id: str | None) -> Side | None:
    row = ws.db.execute(
        "SELECT id, device_id, actor, type, occurred_at, payload FROM events WHERE id = ?",
        [event_id],
    ).fetchone()
    if row is None:
        return None
    return Side(row[0], row[1], row[2], row[3], row[4], json.loads(row[5]))


def discrepancies(ws: Workspace, *, open_only: bool = False) -> list[Discrepancy]:
    """Every discrepancy found here, oldest first, with both sides and any resolution."""
    rows = ws.db.execute(
        "SELECT d.id, d.kind, d.summary, d.record_key, d.participant, d.session, d.found_at, "
        "d.applied_event_id, d.held_event_id, r.decision, r.reason, r.resolved_by, "
        "r.resolved_at FROM discrepancies d "
        "LEFT JOIN discrepancy_resolutions r ON r.discrepancy_id = d.id "
        + ("WHERE r.discrepancy_id IS NULL " if open_only else "")
        + "ORDER BY d.found_at, d.id"
    ).fetchall()
    found = []
    for row in rows:
        held = _side(ws, row[8])
        assert held is not None, "a discrepancy's held event is in the log"
        found.append(
            Discrepancy(
                id=row[0],
                kind=row[1],
                summary=row[2],
                record_key=row[3],
                participant=row[4],
                session=row[5],
                found_at=row[6],
                applied=_side(ws, row[7]),
                held=held,
                decision=row[9],
                reason=row[10],
                resolved_by=row[11],
                resolved_at=row[12],
            )
        )
    return found


@user_action("resolve discrepancy", Role.INVESTIGATOR, replay=False)
def resolve_discrepancy(
    ws: Workspace, actor: Actor, *, discrepancy_id: str, decision: str, reason: str
) -> Outcome:
    """The investigator's decision on a discrepancy, recorded as an event with the reason."""
    row = ws.db.execute(
        "SELECT d.participant, d.session, r.discrepancy_id FROM discrepancies d "
        "LEFT JOIN discrepancy_resolutions r ON r.discrepancy_id = d.id WHERE d.id = ?",
        [discrepancy_id],
    ).fetchone()
    if row is None:
        return Refusal(
            "unknown_discrepancy",
            "No discrepancy {discrepancy_id} is known here.",
            discrepancy_id=discrepancy_id,
        )
    if row[2] is not None:
        return Refusal("already_resolved", "This discrepancy is already resolved.")
    if decision not in DECISIONS:
        choices = Listing(DECISIONS)
        return Refusal("bad_decision", "Choose one of: {choices}.", choices=choices)
    if not reason.strip():
        return Refusal("missing_reason", "Give the reason for the decision.")
    payload = {"discrepancy_id": discrepancy_id, "decision": decision, "reason": reason.strip()}
    draft = EventDraft(DISCREPANCY_RESOLVED, actor.username, payload, row[0], row[1])
    return Accepted(tuple(ws.store.append([draft])), {"discrepancy_id": discrepancy_id})
