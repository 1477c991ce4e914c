"""Adverse events: recorded with a CTCAE v5 grade, seriousness, action and outcome, linked to
the vital signs measured around the onset."""

from __future__ import annotations

from infusion_app.domain.adverse_events import (
    OTHER_TERM,
    AeAction,
    AeOutcome,
    check_grade,
    is_serious,
    linked,
    term,
)
from infusion_app.domain.clock import parse_utc_iso, utc_iso
from infusion_app.domain.event_types import AdverseEventRecorded, AdverseEventUpdated
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.roles import Role
from infusion_app.services.context import Accepted, Actor, Outcome, Workspace
from infusion_app.services.declarations import user_action
from infusion_app.store.ids import new_id
from infusion_app.store.queries.adverse_events import AdverseEventRow
from infusion_app.store.queries.adverse_events import adverse_events as session_adverse_events
from infusion_app.store.queries.sessions import session_header

OPEN_STATES = ("checking", "ready", "infusing", "paused", "ended", "observing")


def _choice_problem(action: str, outcome: str) -> Refusal | None:
    if action not in AeAction.__members__.values():
        return Refusal("bad_action", "Choose what was done with the infusion.")
    if outcome not in AeOutcome.__members__.values():
        return Refusal("bad_outcome", "Choose the outcome.")
    return None


@user_action("record adverse event", Role.NURSE, Role.INVESTIGATOR)
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
    header = session_header(ws.db, session_id)
    if header is None or header.state not in OPEN_STATES:
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
    recorded = AdverseEventRecorded(
        ae_id=new_id(),
        term=term_code,
        term_name=other_term.strip() if term_code == OTHER_TERM else found.name,  # type: ignore[union-attr]
        grade=grade,
        grade_definition="" if found is None else found.grades[grade],
        onset_at=utc_iso(onset),
        serious=is_serious(grade, criteria),
        serious_criteria=criteria,
        action=action,
        outcome=outcome,
        description=description,
        linked_vitals=linked(onset, measured),
    )
    draft = recorded.draft(actor.username, header.subject_code, session_id)
    created = {
        "ae_id": recorded.ae_id,
        "serious": recorded.serious,
        "linked_vitals": recorded.linked_vitals,
    }
    return Accepted(tuple(ws.store.append([draft])), created)


@user_action("update adverse event", Role.NURSE, Role.INVESTIGATOR)
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
    update = AdverseEventUpdated(
        ae_id=ae_id,
        outcome=outcome,
        grade=grade,
        note=note,
        serious=bool(row[3]) or is_serious(grade, []),
    )
    draft = update.draft(actor.username, row[1], row[0])
    return Accepted(tuple(ws.store.append([draft])), {"outcome": outcome})


def adverse_events(ws: Workspace, session_id: str) -> list[AdverseEventRow]:
    """The session's adverse events, by onset."""
    return session_adverse_events(ws.db, session_id)
