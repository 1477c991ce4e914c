"""Refused or partial observations, as Open-eObs records them: a scheduled set not taken, or
partly taken, with a reason from the protocol's list. The slot counts as attempted, never
missed; a follow-up is due after the protocol's interval; a partial set's NEWS2 is incomplete,
never a low score, and still raises the escalation and stop alerts its measured values call
for. Driven through replay lines, as the screens' service calls are."""

from __future__ import annotations

from datetime import timedelta

import pytest

from infusion_app.domain.clock import utc_iso
from infusion_app.services.context import Workspace
from infusion_app.services.vitals import schedule_status
from infusion_app.services.vitals_sets import session_vitals
from infusion_app.store.audit import verify_log
from infusion_app.store.rebuild import rebuild_check
from tests.conftest import GOOD_VITALS
from tests.services.replay_day import Day

ASLEEP_NOTE = "sleeping after the night shift; did not wake her"


@pytest.fixture
def day(site: Workspace) -> Day:
    """A session infusing since 09:10 with a 20 gtt/mL set."""
    day = Day(site)
    day.prepare()
    assert day.mark_ready()["status"] == "accepted"
    assert day.start()["status"] == "accepted"
    return day


def _ended(day: Day) -> None:
    """The infusion completed after 30 min and the end set taken."""
    day.clock.advance(30 * 60)
    day.ok("complete_infusion", session_id=day.session_id, bag_empty=True, line_flushed=True)
    day.ok("record_vitals", session_id=day.session_id, vitals=GOOD_VITALS)


def _slot(day: Day, key: str):  # type: ignore[no-untyped-def]
    return next(s for s in schedule_status(day.ws, day.session_id) if s.key == key)


def test_a_set_not_taken_is_attempted_with_its_reason_never_missed(day: Day) -> None:
    day.clock.advance(15 * 60)
    answer = day.ok(
        "record_vitals_not_taken", session_id=day.session_id, reason="asleep", note=ASLEEP_NOTE
    )
    assert answer["created"]["slot_key"] == "during@15"
    slot = _slot(day, "during@15")
    assert slot.state.value == "not_taken" and slot.is_done and not slot.is_waiting
    assert slot.attempt is not None and slot.attempt.reason.en == "Participant asleep"
    assert slot.attempt.reason.zh == "受试者正在睡觉" and slot.attempt.note == ASLEEP_NOTE
    day.clock.advance(10 * 60)
    day.ok("complete_infusion", session_id=day.session_id, bag_empty=True, line_flushed=True)
    assert _slot(day, "during@15").state.value == "not_taken"  # not "missed" once ended
    assert verify_log(day.ws.db).ok and rebuild_check(day.ws.db) == []


def test_a_follow_up_is_due_after_the_protocols_interval(day: Day) -> None:
    _ended(day)
    end = day.clock.now()
    day.clock.advance(30 * 60)
    answer = day.ok("record_vitals_not_taken", session_id=day.session_id, reason="away")
    assert answer["created"]["slot_key"] == "post_30"
    assert day.ws.protocol.vitals_not_taken.follow_up_min == 15
    waiting = [s for s in schedule_status(day.ws, day.session_id) if s.is_waiting]
    assert [(s.slot_id, s.due_at - end) for s in waiting] == [
        ("follow_up", timedelta(minutes=45)),
        ("post_60", timedelta(minutes=60)),
        ("post_120", timedelta(minutes=120)),
    ]
    assert waiting[0].label.en == "Follow-up of a set not taken (Participant away from the bed)"
    day.clock.advance(14 * 60)
    taken = day.ok("record_vitals", session_id=day.session_id, vitals=GOOD_VITALS)
    assert taken["created"]["slot_id"] == "follow_up"
    states = {s.slot_id: s.state.value for s in schedule_status(day.ws, day.session_id)}
    assert states["post_30"] == "not_taken" and states["follow_up"] == "done"


def test_observation_waits_for_the_follow_up_of_the_last_set(day: Day) -> None:
    _ended(day)
    day.ok("begin_observation", session_id=day.session_id)
    for _ in ("post_30", "post_60"):
        day.clock.advance(30 * 60)
        day.ok("record_vitals", session_id=day.session_id, vitals=GOOD_VITALS)
    day.clock.advance(60 * 60)
    day.ok("record_vitals_not_taken", session_id=day.session_id, reason="refused")
    day.as_user("nurse.li")
    refused = day.line("sign_session", session_id=day.session_id, password="demo-password-2026")
    assert refused["code"] == "observation_not_over"  # the follow-up of post_120 is left


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"reason": "bored"}, "unknown_reason"),
        ({"reason": ""}, "unknown_reason"),
        ({"reason": "asleep", "slot_key": "post_30"}, "no_set_due"),
    ],
)
def test_a_set_not_taken_needs_a_listed_reason_and_a_set_due(
    day: Day, fields: dict, code: str
) -> None:
    day.clock.advance(15 * 60)
    answer = day.line("record_vitals_not_taken", session_id=day.session_id, **fields)
    assert answer["status"] == "refused" and answer["code"] == code
    if code == "unknown_reason":
        assert (
            "asleep, refused, away, emergency_elsewhere, equipment_unavailable"
            in (answer["reason"])
        )


def test_nothing_due_yet_cannot_be_not_taken(day: Day) -> None:
    day.clock.advance(5 * 60)  # the first set is due at 15 min
    answer = day.line("record_vitals_not_taken", session_id=day.session_id, reason="asleep")
    assert answer["code"] == "no_set_due"


def test_only_the_bedside_roles_record_a_set_not_taken(day: Day) -> None:
    day.clock.advance(15 * 60)
    day.as_user("pharm.zhao")
    answer = day.line("record_vitals_not_taken", session_id=day.session_id, reason="asleep")
    assert answer["code"] == "not_permitted"
    day.as_user("dr.wang")
    day.ok("record_vitals_not_taken", session_id=day.session_id, reason="asleep")


PARTIAL = {**GOOD_VITALS, "systolic_mmhg": "", "diastolic_mmhg": "", "temperature_c": None}
PARTIAL.pop("consciousness")


def test_a_partial_set_needs_a_reason(day: Day) -> None:
    day.clock.advance(15 * 60)
    answer = day.line("record_vitals", session_id=day.session_id, vitals=PARTIAL)
    assert answer["code"] == "bad_systolic_mmhg"
    noted = day.line(
        "record_vitals", session_id=day.session_id, vitals=PARTIAL, partial_note="cuff broken"
    )
    assert noted["code"] == "note_without_reason"


def test_a_partial_set_scores_an_incomplete_news2_and_asks_for_a_follow_up(day: Day) -> None:
    _ended(day)
    day.clock.advance(30 * 60)
    answer = day.ok(
        "record_vitals",
        session_id=day.session_id,
        vitals=PARTIAL,
        partial_reason="equipment_unavailable",
        partial_note="cuff broken",
    )
    created = answer["created"]
    assert created["news2_parameters"] == 4  # no blood pressure, temperature or consciousness
    assert created["partial_reason"] == "equipment_unavailable" and created["escalation"] is None
    row = session_vitals(day.ws, day.session_id)[-1]
    assert row.is_partial and not row.news2_complete and row.news2_parameters == 4
    assert row.systolic_mmhg is None and row.temperature_c is None and row.consciousness is None
    assert row.partial_reason_en == "Equipment unavailable" and row.partial_note == "cuff broken"
    assert _slot(day, "post_30").state.value == "partial"
    waiting = [s for s in schedule_status(day.ws, day.session_id) if s.is_waiting]
    assert waiting[0].slot_id == "follow_up"
    assert waiting[0].label.en == "Follow-up of a set partly taken (Equipment unavailable)"
    assert verify_log(day.ws.db).ok and rebuild_check(day.ws.db) == []


def test_a_partial_set_already_high_raises_the_escalation_and_the_stop(day: Day) -> None:
    day.clock.advance(15 * 60)
    high = {**PARTIAL, "resp_rate_per_min": 26, "spo2_pct": 91, "heart_rate_bpm": 125}
    answer = day.ok(
        "record_vitals", session_id=day.session_id, vitals=high, partial_reason="refused"
    )
    created = answer["created"]
    assert created["news2_total"] == 8 and created["news2_parameters"] == 4
    assert created["escalation"] == "emergency"
    assert created["alert_ids"] == ["tachycardia", "desaturation"]


@pytest.mark.parametrize(
    ("vitals", "code"),
    [
        ({"on_oxygen": False}, "nothing_measured"),
        (GOOD_VITALS, "nothing_missing"),
        ({**PARTIAL, "heart_rate_bpm": 72.5}, "precision_heart_rate_bpm"),
        ({**PARTIAL, "consciousness": "Z"}, "bad_consciousness"),
    ],
)
def test_a_partial_set_is_checked_like_a_full_one(day: Day, vitals: dict, code: str) -> None:
    day.clock.advance(15 * 60)
    answer = day.line(
        "record_vitals", session_id=day.session_id, vitals=vitals, partial_reason="asleep"
    )
    assert answer["code"] == code


def test_a_set_not_taken_entered_late_needs_a_reason(day: Day) -> None:
    day.clock.advance(100 * 60)
    tried = utc_iso(day.clock.now() - timedelta(minutes=85))  # the 15-min set, tried at 09:25
    late = day.line(
        "record_vitals_not_taken", session_id=day.session_id, reason="asleep", attempted_at=tried
    )
    assert late["code"] == "backdated_without_reason"
    answer = day.ok(
        "record_vitals_not_taken",
        session_id=day.session_id,
        reason="asleep",
        attempted_at=tried,
        backdate_reason="written on the paper chart during the night round",
    )
    assert answer["created"]["slot_key"] == "during@15"
    event = list(day.ws.store.events(session=day.session_id))[-1]
    assert event.payload["backdated"]["reason"].startswith("written on the paper chart")
    assert verify_log(day.ws.db).ok and rebuild_check(day.ws.db) == []
