"""NEWS2 escalation tasks (RCP 2017): raised by a set, open until the nurse records whom she
informed and when; the protocol's interval shortens the remaining schedule."""

from __future__ import annotations

from datetime import timedelta

import pytest

from infusion_app.domain.clock import utc_iso
from infusion_app.services.context import Workspace
from infusion_app.services.escalation import open_escalations, session_escalations
from infusion_app.services.vitals import schedule_status
from infusion_app.store.audit import verify_log
from infusion_app.store.rebuild import rebuild_check
from tests.conftest import GOOD_VITALS
from tests.services.replay_day import Day

URGENT = {**GOOD_VITALS, "heart_rate_bpm": 135}  # pulse 3: a single 3, urgent
EMERGENCY = {**GOOD_VITALS, "resp_rate_per_min": 26, "spo2_pct": 91, "heart_rate_bpm": 115}


@pytest.fixture
def day(site: Workspace) -> Day:
    """A session infusing since 09:10 with a 20 gtt/mL set."""
    day = Day(site)
    day.prepare()
    assert day.mark_ready()["status"] == "accepted"
    assert day.start()["status"] == "accepted"
    return day


@pytest.mark.parametrize(
    ("vitals", "level"),
    [
        (URGENT, "urgent"),
        (
            {**GOOD_VITALS, "heart_rate_bpm": 115, "resp_rate_per_min": 22, "temperature_c": 38.5},
            "urgent",
        ),  # 2 + 2 + 1 = 5
        (EMERGENCY, "emergency"),
        (GOOD_VITALS, None),
    ],
)
def test_a_set_raises_the_response_its_news2_calls_for(day: Day, vitals: dict, level: str) -> None:
    answer = day.ok("record_vitals", session_id=day.session_id, vitals=vitals)
    assert answer["created"]["escalation"] == level
    tasks = open_escalations(day.ws, day.session_id)
    assert [t.level.value for t in tasks] == ([level] if level else [])


def test_the_task_stays_open_until_whom_and_when_is_recorded(day: Day) -> None:
    raised = day.ok("record_vitals", session_id=day.session_id, vitals=EMERGENCY)
    vitals_id = raised["event_ids"][0]
    refused = day.line(
        "acknowledge_escalation", session_id=day.session_id, vitals_event_id=vitals_id
    )
    assert refused["code"] == "missing_informed"
    no_time = day.line(
        "acknowledge_escalation",
        session_id=day.session_id,
        vitals_event_id=vitals_id,
        informed="Dr Wang (investigator)",
    )
    assert no_time["code"] == "missing_informed_at"
    assert len(open_escalations(day.ws)) == 1
    day.clock.advance(7 * 60)
    informed_at = utc_iso(day.clock.now() - timedelta(minutes=3))
    done = day.ok(
        "acknowledge_escalation",
        session_id=day.session_id,
        vitals_event_id=vitals_id,
        informed="Dr Wang (investigator)",
        informed_at=informed_at,
    )
    assert done["created"] == {"level": "emergency", "minutes": 4}
    assert open_escalations(day.ws) == []
    task = session_escalations(day.ws, day.session_id)[0]
    assert task.acknowledgement is not None and task.minutes_to_acknowledgement == 4
    assert task.acknowledgement.informed == "Dr Wang (investigator)"
    again = day.line(
        "acknowledge_escalation",
        session_id=day.session_id,
        vitals_event_id=vitals_id,
        not_informed_reason="twice",
    )
    assert again["code"] == "already_acknowledged"
    assert verify_log(day.ws.db).ok and rebuild_check(day.ws.db) == []


def test_no_one_informed_is_recorded_with_its_reason(day: Day) -> None:
    raised = day.ok("record_vitals", session_id=day.session_id, vitals=URGENT)
    done = day.ok(
        "acknowledge_escalation",
        session_id=day.session_id,
        vitals_event_id=raised["event_ids"][0],
        not_informed_reason="investigator in theatre; rapid response team called instead",
    )
    assert done["created"]["minutes"] is None
    assert open_escalations(day.ws) == []


def test_an_emergency_shortens_the_remaining_schedule(day: Day) -> None:
    day.clock.advance(16 * 60)  # the 15-min set is due at 09:25
    day.ok("record_vitals", session_id=day.session_id, vitals=GOOD_VITALS)
    day.clock.advance(4 * 60)
    day.ok("record_vitals", session_id=day.session_id, vitals=URGENT)  # urgent: 60 min
    keys = [s.key for s in schedule_status(day.ws, day.session_id) if s.is_waiting]
    assert not any(k.startswith("escalation@") for k in keys)  # the 15-min schedule is sooner
    assert day.ws.protocol.news2_escalation.emergency_interval_min == 15
    assert day.ws.protocol.news2_escalation.urgent_interval_min == 60


def test_after_the_infusion_an_emergency_shortens_the_rest_of_the_schedule(day: Day) -> None:
    day.clock.advance(30 * 60)
    day.ok("complete_infusion", session_id=day.session_id, bag_empty=True, line_flushed=True)
    end = day.clock.now()
    day.ok("record_vitals", session_id=day.session_id, vitals=EMERGENCY)  # the end slot
    waiting = [s for s in schedule_status(day.ws, day.session_id) if s.is_waiting]
    minutes = [int((s.due_at - end).total_seconds() // 60) for s in waiting]
    # Every 15 min until the last planned set (120 min), the protocol's own slots included.
    assert minutes == [15, 30, 45, 60, 75, 90, 105, 120]
    follow = [s for s in waiting if s.slot_id == "escalation"]
    assert follow[0].label.en == "Repeat within 15 min of NEWS2 8"
    day.clock.advance(10 * 60)
    answer = day.ok("record_vitals", session_id=day.session_id, vitals=GOOD_VITALS)
    assert answer["created"]["slot_id"] == "escalation"
    # A set scoring lower ends the shortened schedule: the protocol's slots are left.
    waiting = [s for s in schedule_status(day.ws, day.session_id) if s.is_waiting]
    assert [s.slot_id for s in waiting] == ["post_30", "post_60", "post_120"]
    done = [s for s in schedule_status(day.ws, day.session_id) if s.slot_id == "escalation"]
    assert [s.state.value for s in done] == ["done"]


def test_a_set_still_high_keeps_the_schedule_short_from_its_own_time(day: Day) -> None:
    day.clock.advance(30 * 60)
    day.ok("complete_infusion", session_id=day.session_id, bag_empty=True, line_flushed=True)
    end = day.clock.now()
    day.ok("record_vitals", session_id=day.session_id, vitals=EMERGENCY)
    day.clock.advance(18 * 60)  # three minutes late for the 15-min follow-up
    late = day.ok("record_vitals", session_id=day.session_id, vitals=EMERGENCY)
    assert late["created"]["slot_id"] == "escalation" and late["created"]["late"] is False
    waiting = [s for s in schedule_status(day.ws, day.session_id) if s.is_waiting]
    minutes = [int((s.due_at - end).total_seconds() // 60) for s in waiting]
    assert minutes == [30, 48, 60, 78, 93, 108, 120]  # from the set at 18 min, every 15 min
    day.clock.advance(12 * 60)
    day.ok("record_vitals", session_id=day.session_id, vitals=URGENT)  # lower: every 60 min
    waiting = [s for s in schedule_status(day.ws, day.session_id) if s.is_waiting]
    assert [s.slot_id for s in waiting] == ["post_60", "post_120"]  # sooner than 60 min apart
    assert verify_log(day.ws.db).ok and rebuild_check(day.ws.db) == []
