"""The guided pre-infusion checks: answer a step, let an investigator decide, read the checklist."""

from __future__ import annotations

import json
from dataclasses import dataclass
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


def _session(ws: Workspace, session_id: str) -> tuple[str, str] | Refusal:
    """(state, subject code) of a session, or a refusal."""
    row = ws.db.execute(
        "SELECT state, subject_code FROM sessions WHERE id = ?", [session_id]
    ).fetchone()
    if row is None:
        return Refusal("unknown_session", "No session {session_id} exists.", session_id=session_id)
    return str(row[0]), str(row[1])


def _step(ws: Workspace, step: str) -> CheckStep | Refusal:
    if step not in [s.value for s in ws.protocol.checks.steps]:
        return Refusal("unknown_step", "The protocol has no check called {step!r}.", step=step)
    return CheckStep(step)


def facts(ws: Workspace, subject_code: str) -> ParticipantFacts:
    """The participant's identifiers the checks compare with."""
    row = ws.db.execute(
        "SELECT subject_code, initials, year_of_birth, consent_date FROM participants "
        "WHERE subject_code = ?",
        [subject_code],
    ).fetchone()
    return ParticipantFacts(row[0], row[1], int(row[2]), row[3])


def checklist(ws: Workspace, session_id: str) -> ChecklistResult:
    """Every step of the session's checklist, judged against the protocol now."""
    subject = ws.db.execute(
        "SELECT subject_code FROM sessions WHERE id = ?", [session_id]
    ).fetchone()[0]
    answers = {
        CheckStep(r[0]): RecordedAnswer(r[1], json.loads(r[2]))
        for r in ws.db.execute(
            "SELECT step, event_id, answer FROM check_answers WHERE session = ?", [session_id]
        )
    }
    decisions = {
        CheckStep(r[0]): RecordedDecision(r[1], Decision(r[2]), r[3])
        for r in ws.db.execute(
            "SELECT step, answer_event_id, decision, reason FROM check_decisions WHERE session = ?",
            [session_id],
        )
    }
    return evaluate(ws.protocol, facts(ws, subject), answers, decisions)


@user_action("answer check", Role.NURSE, Role.INVESTIGATOR)
def answer_check(
    ws: Workspace, actor: Actor, *, session_id: str, step: str, answer: dict
) -> Outcome:
    """Record the answer to one check; the result says whether the step now holds."""
    session = _session(ws, session_id)
    if isinstance(session, Refusal):
        return session
    if session[0] != SessionState.CHECKING:
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
        session[1],
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
    session = _session(ws, session_id)
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
    draft = EventDraft(EventType.CHECK_DECIDED, actor.username, payload, session[1], session_id)
    return Accepted(tuple(ws.store.append([draft])), {"decision": decision})


@dataclass(frozen=True)
class SessionHeader:
    """What the checklist's title shows, and the state that decides whether checks begin."""

    subject_code: str
    number: int
    scheduled_for: str
    state: SessionState


def session_header(ws: Workspace, session_id: str) -> SessionHeader | None:
    """The session's subject, number, day and state; None for an unknown session."""
    row = ws.db.execute(
        "SELECT subject_code, number, scheduled_for, state FROM sessions WHERE id = ?",
        [session_id],
    ).fetchone()
    return SessionHeader(row[0], int(row[1]), row[2], SessionState(row[3])) if row else None


def recorded_answers(ws: Workspace, session_id: str) -> dict[str, dict[str, Any]]:
    """The latest answer of each step already recorded for the session, by step value."""
    rows = ws.db.execute(
        "SELECT step, answer FROM check_answers WHERE session = ?", [session_id]
    ).fetchall()
    return {str(step): json.loads(answer) for step, answer in rows}
