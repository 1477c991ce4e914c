"""A completed, corrected and twice-signed session made through the services, for the exports."""

from __future__ import annotations

import pytest

from infusion_app.domain.clock import FakeClock, utc_iso
from infusion_app.reports.session_record import SessionRecord, gather
from infusion_app.services import (
    adverse_events,
    corrections,
    infusion,
    participants,
    session_flow,
    signing,
    vitals,
)
from infusion_app.services.context import Accepted, Actor, Workspace
from tests.conftest import GOOD_VITALS, PASSWORD, complete, pass_all_checks


def _ok(result: object) -> Accepted:
    assert isinstance(result, Accepted), result
    return result


def _vitals(ws: Workspace, nurse: Actor, session_id: str, **change: object) -> None:
    _ok(vitals.record_vitals(ws, nurse, session_id=session_id, vitals={**GOOD_VITALS, **change}))


def _infuse(ws: Workspace, clock: FakeClock, nurse: Actor, session_id: str) -> str:
    """Start, two readings, vitals at 15 min, a mild chill, complete at 29 min; the start id."""
    _ok(session_flow.mark_ready(ws, nurse, session_id=session_id))
    started = _ok(session_flow.start_infusion(ws, nurse, session_id=session_id))
    clock.advance(60)
    _ok(infusion.record_count_reading(ws, nurse, session_id=session_id, drops=70, seconds=60))
    clock.advance(14 * 60)
    _vitals(ws, nurse, session_id, heart_rate_bpm=84, temperature_c=37.1)
    clock.advance(60)
    _ok(infusion.record_count_reading(ws, nurse, session_id=session_id, drops=17, seconds=15))
    _ok(
        adverse_events.record_adverse_event(
            ws,
            nurse,
            session_id=session_id,
            term_code="chills",
            grade=1,
            onset_at=utc_iso(clock.now()),
            action="none",
            outcome="recovered",
            description="mild shivering, settled with a blanket",
        )
    )
    clock.advance(13 * 60)
    _ok(complete(ws, nurse, session_id=session_id))
    return started.events[0].id


def _observe(ws: Workspace, clock: FakeClock, nurse: Actor, session_id: str) -> None:
    _vitals(ws, nurse, session_id, heart_rate_bpm=78)
    _ok(session_flow.begin_observation(ws, nurse, session_id=session_id))
    for minutes in (30, 30, 60):
        clock.advance(minutes * 60)
        _vitals(ws, nurse, session_id)


def _sign(ws: Workspace, nurse: Actor, investigator: Actor, session_id: str) -> None:
    _ok(signing.sign_session(ws, nurse, session_id=session_id, password=PASSWORD))
    _ok(signing.countersign_session(ws, investigator, session_id=session_id, password=PASSWORD))


@pytest.fixture
def signed_session(site: Workspace, clock: FakeClock, nurse: Actor, investigator: Actor) -> str:
    """HPV-001's session: infused, observed, signed, corrected (start time), signed again."""
    _ok(
        participants.register_participant(
            site,
            investigator,
            subject_code="HPV-001",
            initials="LXM",
            year_of_birth=1985,
            arm="huc_msc",
            consent_date="2026-11-20",
        )
    )
    scheduled = _ok(
        participants.schedule_session(
            site, investigator, subject_code="HPV-001", scheduled_for="2026-11-24"
        )
    )
    session_id = str(scheduled.created["session_id"])
    pass_all_checks(site, nurse, session_id)
    start_id = _infuse(site, clock, nurse, session_id)
    _observe(site, clock, nurse, session_id)
    _sign(site, nurse, investigator, session_id)
    clock.advance(600)
    _ok(
        corrections.correct_value(
            site,
            nurse,
            event_id=start_id,
            field="occurred_at",
            new_value="2026-11-24T00:59:00Z",
            reason="wrong_time",
        )
    )
    _sign(site, nurse, investigator, session_id)
    return session_id


@pytest.fixture
def record(site: Workspace, signed_session: str) -> SessionRecord:
    return gather(site, signed_session)
