"""Registering participants and scheduling sessions: refusals say what to fix."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.protocol import ScheduleSpec
from infusion_app.services import participants
from infusion_app.services.context import Accepted, Actor, Workspace

GOOD: dict[str, Any] = {
    "subject_code": "HPV-002",
    "initials": "ZY",
    "year_of_birth": 1990,
    "arm": "placebo",
    "consent_date": "2026-11-23",
}


def test_an_investigator_registers_a_participant(site: Workspace, investigator: Actor) -> None:
    result = participants.register_participant(site, investigator, **GOOD)
    assert isinstance(result, Accepted)
    row = site.db.execute("SELECT initials, arm, registered_by FROM participants").fetchone()
    assert tuple(row) == ("ZY", "placebo", "dr.wang")


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"subject_code": "P-2"}, "bad_subject_code"),
        ({"initials": "Zhang Yan"}, "bad_initials"),
        ({"year_of_birth": 2010}, "age_outside_protocol"),
        ({"year_of_birth": "1990"}, "bad_year_of_birth"),
        ({"arm": "vitamin"}, "bad_arm"),
        ({"consent_date": "23/11/2026"}, "bad_consent_date"),
        ({"consent_date": "2026-12-01"}, "consent_in_future"),
    ],
)
def test_bad_registrations_are_refused_and_nothing_is_written(
    site: Workspace, investigator: Actor, change: dict[str, Any], code: str
) -> None:
    before = site.store.count()
    result = participants.register_participant(site, investigator, **{**GOOD, **change})
    assert isinstance(result, Refusal) and result.code == code, result
    assert site.store.count() == before


def test_a_nurse_may_not_register_or_allocate_an_arm(site: Workspace, nurse: Actor) -> None:
    result = participants.register_participant(site, nurse, **GOOD)
    assert isinstance(result, Refusal) and result.code == "not_permitted"
    assert "investigator" in result.reason


def test_a_subject_code_is_registered_once(site: Workspace, investigator: Actor) -> None:
    participants.register_participant(site, investigator, **GOOD)
    again = participants.register_participant(site, investigator, **GOOD)
    assert isinstance(again, Refusal) and again.code == "duplicate_subject"


def test_one_session_per_participant_as_the_protocol_says(
    site: Workspace, investigator: Actor, session_id: str
) -> None:
    second = participants.schedule_session(
        site, investigator, subject_code="HPV-001", scheduled_for="2026-12-01"
    )
    assert isinstance(second, Refusal) and second.code == "too_many_sessions"


def test_registration_schedules_the_protocols_sessions(
    site: Workspace, investigator: Actor
) -> None:
    site.protocol = replace(site.protocol, schedule=ScheduleSpec(3, 28))
    result = participants.register_participant(
        site, investigator, **GOOD, first_session_date="2026-11-25"
    )
    assert isinstance(result, Accepted) and len(result.created["session_ids"]) == 3
    days = [r[0] for r in site.db.execute("SELECT scheduled_for FROM sessions ORDER BY number")]
    assert days == ["2026-11-25", "2026-12-23", "2027-01-20"]


@pytest.mark.parametrize(
    ("subject", "day", "code"),
    [("HPV-404", "2026-11-25", "unknown_subject"), ("HPV-001", "2026-11-23", "date_in_past")],
)
def test_bad_schedules_are_refused(
    site: Workspace, investigator: Actor, session_id: str, subject: str, day: str, code: str
) -> None:
    result = participants.schedule_session(
        site, investigator, subject_code=subject, scheduled_for=day
    )
    assert isinstance(result, Refusal) and result.code == code
