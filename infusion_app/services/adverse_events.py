"""Adverse events: recorded with a CTCAE v5 grade, seriousness, action and outcome, linked to
the vital signs measured around the onset."""

from __future__ import annotations

from dataclasses import dataclass

from infusion_app.domain.adverse_events import (
    CLOSED_OUTCOMES,
    OTHER_TERM,
    AeAction,
    AeOutcome,
    check_grade,
    is_serious,
    linked,
    term,
)
from infusion_app.domain.clock import parse_utc_iso, utc_iso
from infusion_app.domain.events import EventDraft, EventType
from infusion_app.domain.outcomes import Refusal
from infusion_app.services.context import Accepted, Actor, Outcome, Workspace, requires
from infusion_app.store.ids import new_id

OPEN_STATES = ("checking", "ready", "infusing", "paused", "ended", "observing")


def _choice_problem(action: str, outcome: str) -> Refusal | None:
    if action not in AeAction.__members__.values():
        return Refusal("bad_action", "Choose what was done with the infusion.")
    if outcome not in AeOutcome.__members__.values():
        return Refusal("bad_outcome", "Choose the outcome.")
    return None


@requires("record_adverse_event")
def record_adverse_event(
    ws: Workspace,
    actor: Actor,
    *,
    session_id: str,
    term_code: str,
    grade: int,
    onset_at: str,
    action: str,
    outcome: str,
    serious_criteria: list | None = None,
    other_term: str = "",
    description: str = "",
) -> Outcome:
    """Record an adverse event of this session, graded by CTCAE v5.0."""
    row = ws.db.execute(
        "SELECT state, subject_code FROM sessions WHERE id = ?", [session_id]
    ).fetchone()
    if row is None or row[0] not in OPEN_STATES:
        return Refusal("session_closed", "Adverse events are added to an open session.")
    problem = check_grade(term_code, grade, other_term) or _choice_problem(action, outcome)
    if problem:
        return problem
    try:
        onset = parse_utc_iso(onset_at)
    except ValueError:
        return Refusal("bad_onset", "The onset must be a date and time with its zone.")
    if onset > ws.clock.now():
        return Refusal("onset_in_future", "The onset cannot be in the future.")
    measured = [
        (str(r[0]), parse_utc_iso(r[1]))
        for r in ws.db.execute(
            "SELECT event_id, measured_at FROM vitals WHERE session = ?", [session_id]
        )
    ]
    found = term(term_code)
    criteria = [str(c) for c in serious_criteria or []]
    payload = {
        "ae_id": new_id(),
        "term": term_code,
        "term_name": other_term.strip() if term_code == OTHER_TERM else found.name,  # type: ignore[union-attr]
        "grade": grade,
        "grade_definition": "" if found is None else found.grades[grade],
        "onset_at": utc_iso(onset),
        "serious": is_serious(grade, criteria),
        "serious_criteria": criteria,
        "action": action,
        "outcome": outcome,
        "description": description,
        "linked_vitals": linked(onset, measured),
    }
    draft = EventDraft(
        EventType.ADVERSE_EVENT_RECORDED, actor.username, payload, row[1], session_id
    )
    created = {
        "ae_id": payload["ae_id"],
        "serious": payload["serious"],
        "linked_vitals": payload["linked_vitals"],
    }
    return Accepted(tuple(ws.store.append([draft])), created)


@requires("update_adverse_event")
def update_adverse_event(
    ws: Workspace, actor: Actor, *, ae_id: str, outcome: str, grade: int, note: str = ""
) -> Outcome:
    """Record a change of outcome or grade as the event evolves (the first record stays)."""
    row = ws.db.execute(
        "SELECT session, subject_code, term, serious FROM adverse_events WHERE id = ?", [ae_id]
    ).fetchone()
    if row is None:
        return Refusal("unknown_adverse_event", "No adverse event {ae_id} exists.", ae_id=ae_id)
    problem = _choice_problem(AeAction.NONE.value, outcome) or check_grade(row[2], grade, "x")
    if problem:
        return problem
    payload = {
        "ae_id": ae_id,
        "outcome": outcome,
        "grade": grade,
        "note": note,
        "serious": bool(row[3]) or is_serious(grade, []),
    }
    draft = EventDraft(EventType.ADVERSE_EVENT_UPDATED, actor.username, payload, row[1], row[0])
    return Accepted(tuple(ws.store.append([draft])), {"outcome": outcome})


@dataclass(frozen=True)
class AdverseEventRow:
    """An adverse event as the session screen lists it."""

    id: str
    term_name: str
    grade: int
    serious: bool
    onset_at: str
    outcome: str

    @property
    def is_open(self) -> bool:
        return self.outcome not in CLOSED_OUTCOMES


def adverse_events(ws: Workspace, session_id: str) -> list[AdverseEventRow]:
    """The session's adverse events, by onset."""
    rows = ws.db.execute(
        "SELECT id, term_name, grade, serious, onset_at, outcome FROM adverse_events "
        "WHERE session = ? ORDER BY onset_at",
        [session_id],
    ).fetchall()
    return [AdverseEventRow(r[0], r[1], int(r[2]), bool(r[3]), r[4], r[5]) for r in rows]
