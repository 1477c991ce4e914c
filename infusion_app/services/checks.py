"""The guided pre-infusion checks: answer a step, let an investigator decide, read the checklist."""

from __future__ import annotations

from typing import Any

from infusion_app.domain.checklist import (
    ChecklistResult,
    Decision,
    ParticipantFacts,
    RecordedAnswer,
    RecordedDecision,
    evaluate,
)
from infusion_app.domain.checklist_rules import Status, answer_problem
from infusion_app.domain.events import EventDraft, EventType
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.protocol import CheckStep
from infusion_app.domain.roles import Role
from infusion_app.domain.session_state import SessionState
from infusion_app.services.auth import check_credentials
from infusion_app.services.context import Accepted, Actor, Outcome, Workspace
from infusion_app.services.declarations import user_action
from infusion_app.services.records import known_session, session_header
from infusion_app.store.queries.checks import check_answers, check_decisions
from infusion_app.store.queries.participants import participant


def _step(ws: Workspace, step: str) -> CheckStep | Refusal:
    if step not in [s.value for s in ws.protocol.checks.steps]:
        return Refusal("unknown_step", "The protocol has no check called {step!r}.", step=step)
    return CheckStep(step)


def facts(ws: Workspace, subject_code: str) -> ParticipantFacts:
    """The participant's identifiers the checks compare with."""
    person = participant(ws.db, subject_code)
    assert person is not None, subject_code
    return ParticipantFacts(
        person.subject_code, person.initials, person.year_of_birth, person.consent_date
    )


def checklist(ws: Workspace, session_id: str) -> ChecklistResult:
    """Every step of the session's checklist, judged against the protocol now."""
    header = session_header(ws, session_id)
    assert header is not None, session_id
    answers = {
        CheckStep(step): RecordedAnswer(a.event_id, a.answer)
        for step, a in check_answers(ws.db, session_id).items()
    }
    decisions = {
        CheckStep(step): RecordedDecision(d.answer_event_id, Decision(d.decision), d.reason)
        for step, d in check_decisions(ws.db, session_id).items()
    }
    return evaluate(ws.protocol, facts(ws, header.subject_code), answers, decisions)


@user_action("answer check", Role.NURSE, Role.INVESTIGATOR)
def answer_check(
    ws: Workspace, actor: Actor, *, session_id: str, step: str, answer: dict
) -> Outcome:
    """Record the answer to one check; the result says whether the step now holds."""
    session = known_session(ws, session_id)
    if isinstance(session, Refusal):
        return session
    if session.state is not SessionState.CHECKING:
        return Refusal("not_checking", "Checks are answered while the session is in its checks.")
    check = _step(ws, step)
    if isinstance(check, Refusal):
        return check
    if problem := answer_problem(ws.protocol, check, answer):
        return problem
    draft = EventDraft(
        EventType.CHECK_ANSWERED,
        actor.username,
        {"step": check.value, "answer": answer},
        session.subject_code,
        session_id,
    )
    events = ws.store.append([draft])
    result = checklist(ws, session_id).step(check)
    return Accepted(tuple(events), {"status": result.status.value, "message": str(result.message)})


@user_action("decide check", Role.INVESTIGATOR)
def decide_check(
    ws: Workspace,
    actor: Actor,
    *,
    session_id: str,
    step: str,
    decision: str,
    reason: str,
    password: str,
) -> Outcome:
    """An investigator decides, with a signature, to proceed or defer where the protocol allows."""
    session = known_session(ws, session_id)
    check = _step(ws, step)
    if isinstance(session, Refusal) or isinstance(check, Refusal):
        return session if isinstance(session, Refusal) else check  # type: ignore[return-value]
    current = checklist(ws, session_id).step(check)
    if current.status is not Status.NEEDS_DECISION:
        return Refusal("no_decision_needed", "This check does not wait for a decision.")
    if decision not in (d.value for d in Decision):
        return Refusal("bad_decision", "Decide to proceed or to defer.")
    if not reason.strip():
        return Refusal("missing_reason", "Give the reason for the decision.")
    user = check_credentials(ws, actor.username, password, EventType.SIGNATURE_FAILED)
    if isinstance(user, Refusal):
        return user
    payload = {
        "step": check.value,
        "decision": decision,
        "reason": reason,
        "answer_event_id": current.answer_event_id,
        "record_type": f"check:{check.value}",
        "meaning": "approved",
        "full_name": actor.full_name,
        "role": actor.role.value,
        "record_hash": current.answer_event_id,
    }
    draft = EventDraft(
        EventType.CHECK_DECIDED, actor.username, payload, session.subject_code, session_id
    )
    return Accepted(tuple(ws.store.append([draft])), {"decision": decision})


def recorded_answers(ws: Workspace, session_id: str) -> dict[str, dict[str, Any]]:
    """The latest answer of each step already recorded for the session, by step value."""
    return {step: row.answer for step, row in check_answers(ws.db, session_id).items()}
