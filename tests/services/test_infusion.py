"""Drip readings three ways, guardrails, and a status that survives a restart."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from infusion_app.domain.clock import FakeClock
from infusion_app.domain.guardrails import Band
from infusion_app.domain.outcomes import Refusal
from infusion_app.services import infusion
from infusion_app.services import session_flow as flow
from infusion_app.services.context import Accepted, Actor, Workspace
from infusion_app.services.workspace_factory import open_workspace
from tests.conftest import pass_all_checks


@pytest.fixture
def infusing(site: Workspace, nurse: Actor, session_id: str) -> str:
    pass_all_checks(site, nurse, session_id)
    flow.mark_ready(site, nurse, session_id=session_id)
    assert isinstance(flow.start_infusion(site, nurse, session_id=session_id), Accepted)
    return session_id


def test_three_ways_to_read_a_rate_each_stored_with_its_method(
    site: Workspace, nurse: Actor, infusing: str
) -> None:
    taps = [0.0, 0.86, 1.71, 2.57, 3.43]
    tapped = infusion.record_tap_reading(site, nurse, session_id=infusing, tap_times_s=taps)
    counted = infusion.record_count_reading(site, nurse, session_id=infusing, drops=35, seconds=30)
    pumped = infusion.record_pump_reading(site, nurse, session_id=infusing, ml_per_hour=210)
    for result in (tapped, counted, pumped):
        assert isinstance(result, Accepted) and result.created["band"] == "in_band"
    rows = site.db.execute("SELECT method, round(rate_gtt_min) FROM drip_readings").fetchall()
    assert [tuple(r) for r in rows] == [("tap", 70.0), ("timed_count", 70.0), ("pump", 70.0)]


def test_out_of_band_is_amber_with_a_recount_due(
    site: Workspace, nurse: Actor, infusing: str, clock: FakeClock
) -> None:
    result = infusion.record_count_reading(site, nurse, session_id=infusing, drops=23, seconds=15)
    assert isinstance(result, Accepted) and result.created["band"] == "out_of_band"
    assert "adjust the clamp and recount" in result.created["message"]
    status = infusion.infusion_status(site, infusing)
    assert status.recount_due_at == clock.now() + timedelta(minutes=2)


def test_outside_hard_limits_needs_an_acknowledgement(
    site: Workspace, nurse: Actor, infusing: str
) -> None:
    refused = infusion.record_count_reading(site, nurse, session_id=infusing, drops=40, seconds=15)
    assert isinstance(refused, Refusal) and refused.code == "acknowledgement_needed"
    assert "160 gtt/min is outside" in refused.reason  # 40 drops in 15 s, as counted
    taken = infusion.record_count_reading(
        site,
        nurse,
        session_id=infusing,
        drops=40,
        seconds=15,
        acknowledgement="clamp opened by participant; re-set and recounting",
    )
    assert isinstance(taken, Accepted) and taken.created["rate_gtt_min"] == 160.0


def test_readings_only_while_infusing(site: Workspace, nurse: Actor, infusing: str) -> None:
    flow.pause_infusion(site, nurse, session_id=infusing, reason="occlusion")
    refused = infusion.record_count_reading(site, nurse, session_id=infusing, drops=18, seconds=15)
    assert isinstance(refused, Refusal) and refused.code == "not_infusing"


def test_completing_needs_an_empty_bag_and_a_flushed_line(
    site: Workspace, nurse: Actor, infusing: str
) -> None:
    refused = flow.complete_infusion(
        site, nurse, session_id=infusing, bag_empty=True, line_flushed=False
    )
    assert isinstance(refused, Refusal) and refused.code == "not_finished"


def _paused_from_5_to_8_minutes(
    site: Workspace, nurse: Actor, session_id: str, clock: FakeClock
) -> None:
    """A reading of 60 gtt/min at the start, a pause 5 minutes in, resumed 3 minutes later."""
    infusion.record_count_reading(site, nurse, session_id=session_id, drops=60, seconds=60)
    clock.advance(5 * 60)
    flow.pause_infusion(site, nurse, session_id=session_id, reason="participant_request")
    clock.advance(3 * 60)
    flow.resume_infusion(site, nurse, session_id=session_id)


def test_the_status_is_right_after_a_restart(
    site: Workspace, nurse: Actor, infusing: str, clock: FakeClock, db_path: Path
) -> None:
    _paused_from_5_to_8_minutes(site, nurse, infusing, clock)
    clock.advance(5 * 60)
    site.db.close()  # the laptop's battery dies
    clock.advance(2 * 60)
    reopened = open_workspace(db_path, clock)
    status = infusion.infusion_status(reopened, infusing)
    assert status.state.value == "infusing" and status.last_band is Band.IN_BAND
    assert status.volume is not None
    assert status.volume.running_minutes == pytest.approx(12)
    assert status.volume.infused_ml == pytest.approx(36)  # 12 min × 60 gtt/min ÷ 20 gtt/mL
    assert status.volume.projected_end == clock.now() + timedelta(minutes=64 / 3)
    reopened.db.close()


def test_pauses_are_read_once_for_the_status_the_chart_and_the_screen(
    site: Workspace, nurse: Actor, infusing: str, clock: FakeClock
) -> None:
    """Paused 09:05-09:08, then paused again at 09:10 and still paused: the chart's span, the
    screen's "paused since" and the volume (paused time counts for nothing) agree."""
    from infusion_app.services import records

    started = clock.now()
    _paused_from_5_to_8_minutes(site, nurse, infusing, clock)
    clock.advance(2 * 60)
    flow.pause_infusion(site, nurse, session_id=infusing, reason="occlusion")
    clock.advance(4 * 60)

    span = records.infusion_span(site, infusing)
    assert span.started_at == started and span.ended_at is None
    assert [(p.since - started, p.until and p.until - started) for p in span.pauses] == [
        (timedelta(minutes=5), timedelta(minutes=8)),
        (timedelta(minutes=10), None),
    ]
    assert records.paused_since(site, infusing) == started + timedelta(minutes=10)
    status = infusion.infusion_status(site, infusing)
    assert status.paused and status.volume is not None
    assert status.volume.running_minutes == pytest.approx(7)  # 14 min less 3 and 4 paused

    flow.resume_infusion(site, nurse, session_id=infusing)
    assert records.paused_since(site, infusing) is None
