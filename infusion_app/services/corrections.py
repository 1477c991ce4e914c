"""Correcting a recorded value: a new event names the old one, old → new, who, when and why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from infusion_app.domain.corrections import (
    CorrectableField,
    check_correction_reason,
    correctable,
    normalize_value,
)
from infusion_app.domain.events import EventDraft, EventType
from infusion_app.domain.field_ranges import range_problem
from infusion_app.domain.messages import Listing, Word
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.participants import check_consent_date
from infusion_app.domain.roles import Role
from infusion_app.domain.session_state import SessionState
from infusion_app.services.context import Accepted, Actor, Outcome, Workspace
from infusion_app.services.declarations import user_action
from infusion_app.store.queries.sessions import session_state


@dataclass(frozen=True)
class _Target:
    event_id: str
    participant: str | None
    session: str | None
    spec: CorrectableField


def _target(ws: Workspace, event_id: str, field: str) -> _Target | Refusal:
    row = ws.db.execute(
        "SELECT type, participant, session FROM events WHERE id = ?", [event_id]
    ).fetchone()
    if row is None:
        return Refusal("unknown_event", "No recorded entry {event_id} exists.", event_id=event_id)
    spec = correctable(row[0], field)
    if spec is None:
        return Refusal(
            "not_correctable", "The field {field!r} of this entry cannot be corrected.", field=field
        )
    return _Target(event_id, row[1], row[2], spec)


def _current_value(ws: Workspace, target: _Target) -> object:
    spec = target.spec
    key_column = "subject_code" if spec.table == "participants" else "id"
    key = target.participant if spec.key == "participant" else target.session
    row = ws.db.execute(
        f"SELECT {spec.column} FROM {spec.table} WHERE {key_column} = ?", [key]
    ).fetchone()
    return row[0] if row else None


def _session_state(ws: Workspace, session_id: str | None) -> str | None:
    state = session_state(ws.db, session_id) if session_id else None
    return state.value if state else None


def current_value(ws: Workspace, event_id: str, field: str) -> object | Refusal:
    """The value in force now for a recorded entry's field (after any earlier corrections)."""
    target = _target(ws, event_id, field)
    if isinstance(target, Refusal):
        return target
    return _current_value(ws, target)


def _entry_problem(ws: Workspace, field: str, new: object) -> Refusal | None:
    """The rules the value met when first entered: its field's range, and a consent date not
    after today (a correction never makes a value what the entry itself would refuse)."""
    today = ws.site_today()
    if problem := range_problem(field, new, ws.clock.now(), today):
        return problem
    if field == "consent_date" and isinstance(new, str):
        return check_consent_date(date.fromisoformat(new), today)
    return None


@user_action("correct value", Role.NURSE, Role.INVESTIGATOR)
def correct_value(
    ws: Workspace,
    actor: Actor,
    *,
    event_id: str,
    field: str,
    new_value: str,
    reason: str,
    reason_text: str = "",
) -> Outcome:
    """Correct one recorded value, with a reason; a signed session reopens for a new signature."""
    target = _target(ws, event_id, field)
    if isinstance(target, Refusal):
        return target
    if actor.role not in target.spec.roles:
        who = Listing(sorted(r.value for r in target.spec.roles), " or ")
        label = target.spec.label
        return Refusal(
            "not_permitted",
            "Only {who} may correct the {field}.",
            who=who,
            field=Word(label, "Texts", label.lower()),
        )
    if problem := check_correction_reason(reason, reason_text):
        return problem
    new = normalize_value(target.spec.kind, new_value)
    if isinstance(new, Refusal):
        return new
    if problem := _entry_problem(ws, field, new):
        return problem
    old = _current_value(ws, target)
    if old == new:
        return Refusal("unchanged", "The new value is the same as the recorded one.")
    spec = target.spec
    payload = {
        "target_event_id": event_id,
        "field": field,
        "label": spec.label,
        "old": old,
        "new": new,
        "reason": reason,
        "reason_text": reason_text,
        "target_type": spec.event_type,
        "reopens_session": _session_state(ws, target.session) == SessionState.SIGNED,
    }
    draft = EventDraft(
        EventType.RECORD_CORRECTED, actor.username, payload, target.participant, target.session
    )
    return Accepted(tuple(ws.store.append([draft])), {"old": old, "new": new})
