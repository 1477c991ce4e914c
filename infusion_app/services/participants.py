"""Registering participants and scheduling their sessions."""

from __future__ import annotations

from datetime import date, timedelta

from infusion_app.domain.events import EventDraft, EventType
from infusion_app.domain.messages import Listing, Message
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.participants import (
    check_consent_date,
    check_initials,
    check_subject_code,
    check_year_of_birth,
    parse_iso_date,
)
from infusion_app.domain.roles import Role
from infusion_app.services.context import Accepted, Actor, Outcome, Workspace
from infusion_app.services.declarations import user_action
from infusion_app.services.randomization import allocated_arm
from infusion_app.services.session_protocols import keep_protocol_drafts
from infusion_app.store.ids import new_id
from infusion_app.store.queries.participants import participant
from infusion_app.store.queries.sessions import next_session_number


def _arm_problem(ws: Workspace, subject_code: str, arm: str) -> str | Refusal:
    """The arm to record: the one typed, checked against the randomization list if imported."""
    codes = [a.code for a in ws.protocol.arms]
    allocated = allocated_arm(ws, subject_code)
    if not arm:
        if allocated is None:
            return Refusal(
                "no_arm",
                "{subject_code} is not on the randomization list: enter the arm.",
                subject_code=subject_code,
            )
        return allocated
    if arm not in codes:
        return Refusal("bad_arm", "The arm must be one of: {codes}.", codes=Listing(codes))
    if allocated is not None and allocated != arm:
        return Refusal(
            "arm_differs_from_list",
            "The randomization list allocates {subject_code} to {allocated}, not {arm}.",
            subject_code=subject_code,
            allocated=allocated,
            arm=arm,
        )
    return arm


def _participant_problem(
    ws: Workspace, subject_code: str, initials: str, year_of_birth: object
) -> Refusal | None:
    site = ws.protocol.site
    ages = ws.protocol.checks.age_years
    return (
        check_subject_code(subject_code, site.subject_code_pattern, site.subject_code_example)
        or check_initials(initials)
        or check_year_of_birth(year_of_birth, ws.site_today(), int(ages.low), int(ages.high))
    )


def _known(ws: Workspace, subject_code: str) -> bool:
    return participant(ws.db, subject_code) is not None


@user_action("register participant", Role.INVESTIGATOR)
def register_participant(
    ws: Workspace,
    actor: Actor,
    *,
    subject_code: str,
    initials: str,
    year_of_birth: int,
    consent_date: str,
    arm: str = "",
    first_session_date: str = "",
) -> Outcome:
    """Register a participant by subject code and initials (never a name), arm and consent.

    The arm comes from the randomization list when it was imported (leave it empty), or is
    entered by the investigator. With ``first_session_date`` the protocol's sessions are
    scheduled at once.
    """
    if problem := _participant_problem(ws, subject_code, initials, year_of_birth):
        return problem
    resolved_arm = _arm_problem(ws, subject_code, arm)
    consent = parse_iso_date(consent_date, Message("consent date"), "bad_consent_date")
    for refusal in (resolved_arm, consent):
        if isinstance(refusal, Refusal):
            return refusal
    assert isinstance(consent, date) and isinstance(resolved_arm, str)
    if problem := check_consent_date(consent, ws.site_today()):
        return problem
    if _known(ws, subject_code):
        return Refusal(
            "duplicate_subject", "{subject_code} is already registered.", subject_code=subject_code
        )
    payload = {
        "subject_code": subject_code,
        "initials": initials,
        "year_of_birth": year_of_birth,
        "arm": resolved_arm,
        "consent_date": consent.isoformat(),
    }
    drafts = [EventDraft(EventType.PARTICIPANT_REGISTERED, actor.username, payload, subject_code)]
    sessions = _protocol_sessions(ws, actor, subject_code, first_session_date, consent)
    if isinstance(sessions, Refusal):
        return sessions
    kept = keep_protocol_drafts(ws, actor) if sessions else []
    events = ws.store.append(drafts + kept + sessions)
    scheduled = [e.session for e in events if e.type == EventType.SESSION_SCHEDULED]
    created = {"subject_code": subject_code, "session_ids": scheduled}
    return Accepted(tuple(events), created)


def _protocol_sessions(
    ws: Workspace, actor: Actor, subject_code: str, first: str, consent: date
) -> list[EventDraft] | Refusal:
    """Drafts for every session the protocol gives, ``interval_days`` apart from ``first``."""
    if not first:
        return []
    day = parse_iso_date(first, Message("first session date"), "bad_first_session_date")
    if isinstance(day, Refusal):
        return day
    if day < ws.site_today() or day < consent:
        return Refusal("date_in_past", "The first session cannot be before today or the consent.")
    spec = ws.protocol.schedule
    return [
        _session_draft(
            ws, actor, subject_code, n, day + timedelta(days=spec.interval_days * (n - 1))
        )
        for n in range(1, spec.infusions_per_participant + 1)
    ]


def _session_draft(
    ws: Workspace, actor: Actor, subject_code: str, number: int, day: date
) -> EventDraft:
    """A session scheduled under the protocol file in use: its id, version and SHA-256."""
    protocol = {
        "protocol_id": ws.protocol.id,
        "protocol_version": ws.protocol.version,
        "protocol_sha256": ws.protocol.sha256,
    }
    return EventDraft(
        EventType.SESSION_SCHEDULED,
        actor.username,
        {"number": number, "scheduled_for": day.isoformat(), **protocol},
        participant=subject_code,
        session=new_id(),
    )


@user_action("schedule session", Role.NURSE, Role.INVESTIGATOR)
def schedule_session(
    ws: Workspace, actor: Actor, *, subject_code: str, scheduled_for: str
) -> Outcome:
    """Put the participant's next infusion session on a day (site-local date)."""
    day = parse_iso_date(scheduled_for, Message("session date"))
    if isinstance(day, Refusal):
        return day
    if not _known(ws, subject_code):
        return Refusal(
            "unknown_subject",
            "No participant {subject_code} is registered.",
            subject_code=subject_code,
        )
    if day < ws.site_today():
        return Refusal("date_in_past", "A session cannot be scheduled on a day that has passed.")
    number = next_session_number(ws.db, subject_code)
    allowed = ws.protocol.schedule.infusions_per_participant
    if number > allowed:
        return Refusal(
            "too_many_sessions",
            "The protocol gives {allowed} infusion session(s) per participant; "
            "{subject_code} has them all.",
            allowed=allowed,
            subject_code=subject_code,
        )
    draft = _session_draft(ws, actor, subject_code, number, day)
    events = ws.store.append([*keep_protocol_drafts(ws, actor), draft])
    return Accepted(tuple(events), {"session_id": draft.session, "number": number})
