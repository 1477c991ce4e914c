"""Vital signs: refused when impossible, on the schedule, NEWS2 and stop criteria at once."""

from __future__ import annotations

import pytest

from infusion_app.domain.clock import FakeClock
from infusion_app.domain.outcomes import Refusal
from infusion_app.services import session_flow as flow
from infusion_app.services import vitals
from infusion_app.services.context import Accepted, Actor, Workspace
from tests.conftest import GOOD_VITALS, complete, pass_all_checks


@pytest.fixture
def infusing(site: Workspace, nurse: Actor, session_id: str) -> str:
    pass_all_checks(site, nurse, session_id)
    flow.mark_ready(site, nurse, session_id=session_id)
    flow.start_infusion(site, nurse, session_id=session_id)
    return session_id


def _record(ws: Workspace, who: Actor, session_id: str, **change: object) -> Accepted | Refusal:
    measured = str(change.pop("measured_at", ""))
    confirmed = bool(change.pop("confirmed_unusual", False))
    return vitals.record_vitals(
        ws,
        who,
        session_id=session_id,
        vitals={**GOOD_VITALS, **change},
        measured_at=measured,
        confirmed_unusual=confirmed,
    )


def _states(ws: Workspace, session_id: str) -> dict[str, str]:
    return {s.key: s.state.value for s in vitals.schedule_status(ws, session_id)}


def test_the_schedule_follows_the_infusion(
    site: Workspace, nurse: Actor, infusing: str, clock: FakeClock
) -> None:
    assert _states(site, infusing) == {"baseline": "done", "during@15": "upcoming"}
    clock.advance(15 * 60)
    assert _states(site, infusing)["during@15"] == "due"
    clock.advance(6 * 60)
    assert _states(site, infusing)["during@15"] == "overdue"
    assert vitals.next_due(site, infusing).key == "during@15"  # type: ignore[union-attr]
    late = _record(site, nurse, infusing)
    assert isinstance(late, Accepted)
    assert (late.created["slot_key"], late.created["late"]) == ("during@15", True)
    assert _states(site, infusing)["during@15"] == "done_late"


def test_end_and_post_infusion_slots_appear_when_it_ends(
    site: Workspace, nurse: Actor, infusing: str, clock: FakeClock
) -> None:
    clock.advance(14 * 60)
    on_time = _record(site, nurse, infusing)
    assert isinstance(on_time, Accepted) and on_time.created["slot_key"] == "during@15"
    assert not on_time.created["late"]
    clock.advance(16 * 60)
    complete(site, nurse, session_id=infusing)
    keys = list(_states(site, infusing))
    assert keys[-4:] == ["end", "post_30", "post_60", "post_120"]


def test_news2_and_a_fever_alert_come_back_at_once(
    site: Workspace, nurse: Actor, infusing: str
) -> None:
    result = _record(site, nurse, infusing, temperature_c=38.4, heart_rate_bpm=112)
    assert isinstance(result, Accepted)
    assert result.created["news2_total"] == 3 and result.created["news2_band"] == "low"
    assert any("38" in text for text in result.created["alerts"])


def test_a_fall_from_baseline_raises_its_alert(
    site: Workspace, nurse: Actor, infusing: str
) -> None:
    result = _record(site, nurse, infusing, systolic_mmhg=86, diastolic_mmhg=50)
    assert isinstance(result, Accepted)
    assert len(result.created["alerts"]) == 2  # below 90, and more than 30 below 118


def test_impossible_refused_unusual_confirmed(site: Workspace, nurse: Actor, infusing: str) -> None:
    impossible = _record(site, nurse, infusing, spo2_pct=104)
    assert isinstance(impossible, Refusal) and "allowed 50–100 %" in impossible.reason
    unusual = _record(site, nurse, infusing, temperature_c=40.5)
    assert isinstance(unusual, Refusal) and unusual.code == "confirm_unusual"
    confirmed = _record(site, nurse, infusing, temperature_c=40.5, confirmed_unusual=True)
    assert isinstance(confirmed, Accepted)


def test_the_time_measured_can_be_set_back_and_the_entry_time_is_kept(
    site: Workspace, nurse: Actor, infusing: str, clock: FakeClock
) -> None:
    clock.advance(20 * 60)
    result = _record(site, nurse, infusing, measured_at="2026-11-24T01:14:00Z")
    assert isinstance(result, Accepted) and result.created["slot_key"] == "during@15"
    row = site.db.execute("SELECT measured_at, recorded_at FROM vitals").fetchone()
    assert tuple(row) == ("2026-11-24T01:14:00.000000Z", "2026-11-24T01:20:00.000000Z")
    future = _record(site, nurse, infusing, measured_at="2026-11-24T02:00:00Z")
    assert isinstance(future, Refusal) and future.code == "time_in_future"
