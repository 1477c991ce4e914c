"""Post-infusion observation: how far it is, and an investigator ending it early."""

from __future__ import annotations

from infusion_app.domain.clock import parse_utc_iso
from infusion_app.domain.event_types import ObservationEndedEarly
from infusion_app.domain.observation import (
    EarlyEnd,
    ObservationProgress,
    early_end_refusal,
    observation_progress,
    observation_refusal,
)
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.roles import Role
from infusion_app.domain.session_state import SessionState
from infusion_app.services.context import Accepted, Actor, Outcome, Workspace
from infusion_app.services.declarations import user_action
from infusion_app.services.records import known_session, session_header
from infusion_app.services.vitals import schedule_status


def progress(ws: Workspace, session_id: str) -> ObservationProgress:
    """The session's post-infusion slots now, and whether an investigator ended it early."""
    header = session_header(ws, session_id)
    early = None
    if header is not None and header.observation_ended_early_by:
        early = EarlyEnd(
            header.observation_ended_early_by,
            parse_utc_iso(str(header.observation_ended_early_at)),
            str(header.observation_end_reason),
        )
    return observation_progress(schedule_status(ws, session_id), early)


def not_over(ws: Workspace, session_id: str) -> Refusal | None:
    """None when observation is over (the session may be signed); otherwise why not."""
    return observation_refusal(progress(ws, session_id))


@user_action("end observation early", Role.INVESTIGATOR)
def end_observation_early(ws: Workspace, actor: Actor, *, session_id: str, reason: str) -> Outcome:
    """An investigator ends post-infusion observation before its last check, with a reason."""
    header = known_session(ws, session_id)
    if isinstance(header, Refusal):
        return header
    if problem := early_end_refusal(header.state, progress(ws, session_id), reason):
        return problem
    draft = ObservationEndedEarly(reason=reason.strip()).draft(
        actor.username, header.subject_code, session_id
    )
    return Accepted(tuple(ws.store.append([draft])), {"state": SessionState.OBSERVING.value})
