"""Electronic signatures on a session: the nurse signs (performed), an investigator countersigns.

Each signature re-authenticates with the password, carries its meaning and the signer's
printed name and role, and is bound to the record by the hash of the record's last event.
"""

from __future__ import annotations

from infusion_app.domain.events import EventDraft, EventType
from infusion_app.domain.messages import Listing
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.roles import Role
from infusion_app.domain.session_state import SessionAction, SessionState
from infusion_app.domain.signatures import (
    SignatureMeaning,
    check_meaning,
    check_second_signer,
)
from infusion_app.services import observation
from infusion_app.services.auth import check_credentials
from infusion_app.services.context import Accepted, Actor, Outcome, Workspace
from infusion_app.services.declarations import user_action
from infusion_app.services.records import known_session
from infusion_app.services.session_flow import move_session
from infusion_app.services.signature_keys import with_signature
from infusion_app.store.queries.audit_trail import last_session_event_hash
from infusion_app.store.queries.signatures import SignatureShown, signatures_in_force

FIRST_MEANINGS = (SignatureMeaning.PERFORMED,)
COUNTER_MEANINGS = (SignatureMeaning.REVIEWED, SignatureMeaning.APPROVED)


def record_hash(ws: Workspace, session_id: str) -> str:
    """The hash of the session's latest event: what a signature made now covers."""
    return last_session_event_hash(ws.db, session_id)


def _meaning_problem(meaning: str, allowed: tuple[SignatureMeaning, ...]) -> Refusal | None:
    if problem := check_meaning(meaning):
        return problem
    if meaning not in allowed:
        words = Listing((m.value for m in allowed), " or ")
        return Refusal(
            "meaning_not_allowed", "This signature's meaning must be {words}.", words=words
        )
    return None


def _password_check(ws: Workspace, actor: Actor, password: str) -> Refusal | None:
    user = check_credentials(ws, actor.username, password, EventType.SIGNATURE_FAILED)
    return user if isinstance(user, Refusal) else None


def _manifest(
    ws: Workspace, actor: Actor, session_id: str, meaning: str, signed: tuple[str, str]
) -> dict[str, str]:
    """``signed``: the event type and the password, for the Ed25519 signature."""
    manifest = {
        "meaning": meaning,
        "full_name": actor.full_name,
        "role": actor.role.value,
        "record_hash": record_hash(ws, session_id),
    }
    return with_signature(ws, actor, manifest, *signed)


@user_action("sign session", Role.NURSE, Role.INVESTIGATOR)
def sign_session(
    ws: Workspace, actor: Actor, *, session_id: str, password: str, meaning: str = "performed"
) -> Outcome:
    """Sign the observed session (meaning: performed); the session is then locked.

    Refused until observation is over: every post-infusion check done, or ended early.
    """
    if problem := _meaning_problem(meaning, FIRST_MEANINGS):
        return problem
    return move_session(
        ws,
        actor,
        session_id,
        SessionAction.SIGN,
        _manifest(ws, actor, session_id, meaning, (EventType.SESSION_SIGNED, password)),
        before_recording=lambda: (
            observation.not_over(ws, session_id) or _password_check(ws, actor, password)
        ),
    )


def _countersign_problem(ws: Workspace, actor: Actor, session_id: str) -> Refusal | None:
    header = known_session(ws, session_id)
    if isinstance(header, Refusal):
        return header
    if header.state is not SessionState.SIGNED:
        return Refusal("not_signed", "Only a session the nurse has signed can be countersigned.")
    signers = signatures(ws, session_id)
    performer = next((s.username for s in signers if s.meaning == "performed"), None)
    if any(s.meaning in COUNTER_MEANINGS for s in signers):
        return Refusal("already_countersigned", "This session is already countersigned.")
    return check_second_signer(performer, actor.username)


@user_action("countersign session", Role.INVESTIGATOR)
def countersign_session(
    ws: Workspace, actor: Actor, *, session_id: str, password: str, meaning: str = "reviewed"
) -> Outcome:
    """An investigator, not the nurse who signed, countersigns (reviewed or approved)."""
    problem = _meaning_problem(meaning, COUNTER_MEANINGS)
    problem = problem or _countersign_problem(ws, actor, session_id)
    problem = problem or _password_check(ws, actor, password)
    if problem:
        return problem
    header = known_session(ws, session_id)
    assert not isinstance(header, Refusal), header
    draft = EventDraft(
        EventType.SESSION_COUNTERSIGNED,
        actor.username,
        _manifest(ws, actor, session_id, meaning, (EventType.SESSION_COUNTERSIGNED, password)),
        header.subject_code,
        session_id,
    )
    return Accepted(tuple(ws.store.append([draft])), {"meaning": meaning})


def signatures(ws: Workspace, session_id: str) -> list[SignatureShown]:
    """The signatures in force on a session (a correction supersedes earlier ones), oldest first."""
    return signatures_in_force(ws.db, "session", session_id)
