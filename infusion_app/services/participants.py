"""Registering participants and scheduling their sessions."""

from __future__ import annotations

from uuid6 import uuid7

from infusion_app.domain.events import EventDraft, EventType
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.participants import (
    check_consent_date,
    check_initials,
    check_subject_code,
    check_year_of_birth,
    parse_iso_date,
)
from infusion_app.services.context import Accepted, Actor, Outcome, Workspace, requires


def _participant_problem(
    ws: Workspace, subject_code: str, initials: str, year_of_birth: object, arm: str
) -> Refusal | None:
    site = ws.protocol.site
    ages = ws.protocol.checks.age_years
    return (
        check_subject_code(subject_code, site.subject_code_pattern, site.subject_code_example)
        or check_initials(initials)
        or check_year_of_birth(year_of_birth, ws.site_today(), int(ages.low), int(ages.high))
        or (
            None
            if any(a.code == arm for a in ws.protocol.arms)
            else Refusal(
                "bad_arm",
                "The arm must be one of: " + ", ".join(a.code for a in ws.protocol.arms) + ".",
            )
        )
    )


@requires("register_participant")
def register_participant(
    ws: Workspace,
    actor: Actor,
    *,
    subject_code: str,
    initials: str,
    year_of_birth: int,
    arm: str,
    consent_date: str,
) -> Outcome:
    """Register a participant by subject code and initials (never a name), with arm and consent."""
    if problem := _participant_problem(ws, subject_code, initials, year_of_birth, arm):
        return problem
    consent = parse_iso_date(consent_date, "consent date")
    if isinstance(consent, Refusal):
        return consent
    if problem := check_consent_date(consent, ws.site_today()):
        return problem
    if ws.db.execute(
        "SELECT 1 FROM participants WHERE subject_code = ?", [subject_code]
    ).fetchone():
        return Refusal("duplicate_subject", f"{subject_code} is already registered.")
    payload = {
        "subject_code": subject_code,
        "initials": initials,
        "year_of_birth": year_of_birth,
        "arm": arm,
        "consent_date": consent.isoformat(),
    }
    draft = EventDraft(EventType.PARTICIPANT_REGISTERED, actor.username, payload, subject_code)
    return Accepted(tuple(ws.store.append([draft])), {"subject_code": subject_code})


@requires("schedule_session")
def schedule_session(
    ws: Workspace, actor: Actor, *, subject_code: str, scheduled_for: str
) -> Outcome:
    """Put an infusion session for a registered participant on a day (site-local date)."""
    day = parse_iso_date(scheduled_for, "session date")
    if isinstance(day, Refusal):
        return day
    if not ws.db.execute(
        "SELECT 1 FROM participants WHERE subject_code = ?", [subject_code]
    ).fetchone():
        return Refusal("unknown_subject", f"No participant {subject_code} is registered.")
    if day < ws.site_today():
        return Refusal("date_in_past", "A session cannot be scheduled on a day that has passed.")
    number = ws.db.execute(
        "SELECT coalesce(max(number), 0) + 1 FROM sessions WHERE subject_code = ?", [subject_code]
    ).fetchone()[0]
    session_id = str(uuid7())
    draft = EventDraft(
        EventType.SESSION_SCHEDULED,
        actor.username,
        {"number": number, "scheduled_for": day.isoformat()},
        participant=subject_code,
        session=session_id,
    )
    return Accepted(tuple(ws.store.append([draft])), {"session_id": session_id, "number": number})
