"""When post-infusion observation is over, and ending it early (pure domain rules)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from infusion_app.domain.observation import (
    ALREADY_ENDED,
    ALREADY_OVER,
    MISSING_REASON,
    NOT_OBSERVING,
    NOT_OVER,
    EarlyEnd,
    early_end_refusal,
    observation_progress,
    observation_refusal,
)
from infusion_app.domain.session_state import SessionState
from infusion_app.domain.vitals_schedule import SlotState, instances, match_slot, statuses
from infusion_app.protocol_files import default_protocol_path, load_protocol

START = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)
END = START + timedelta(minutes=50)


def _statuses(done: dict[str, bool], minutes_after_end: float) -> list:
    protocol = load_protocol(default_protocol_path())
    now = END + timedelta(minutes=minutes_after_end)
    return statuses(instances(protocol, START, END, now), done, now)


def test_observation_waits_for_every_slot_anchored_at_the_end() -> None:
    progress = observation_progress(_statuses({"baseline": False, "during@15": False}, 1))
    assert [s.key for s in progress.slots] == ["end", "post_30", "post_60", "post_120"]
    assert (progress.total, len(progress.left), progress.is_over) == (4, 4, False)
    refusal = observation_refusal(progress)
    assert refusal is not None and refusal.code == NOT_OVER
    assert "4 of 4" in refusal.reason and "next: End of infusion" in refusal.reason


def test_a_late_set_matched_to_its_slot_counts() -> None:
    done = {"end": False, "post_30": True, "post_60": False, "post_120": True}  # two late
    progress = observation_progress(_statuses(done, 200))
    assert {s.state for s in progress.slots} == {SlotState.DONE, SlotState.DONE_LATE}
    assert progress.is_over and observation_refusal(progress) is None


def test_the_next_slot_is_the_first_one_left() -> None:
    progress = observation_progress(_statuses({"end": False}, 45))
    assert progress.next_slot is not None and progress.next_slot.key == "post_30"
    assert progress.next_slot.state is SlotState.OVERDUE
    assert len(progress.left) == 3


def test_an_early_end_makes_observation_over() -> None:
    early = EarlyEnd("dr.wang", END + timedelta(minutes=40), "transferred to the ward")
    progress = observation_progress(_statuses({"end": False}, 40), early)
    assert progress.is_over and not progress.all_done
    assert observation_refusal(progress) is None


@pytest.mark.parametrize(
    ("state", "done", "early", "reason", "code"),
    [
        (SessionState.ENDED, {}, False, "transferred", NOT_OBSERVING),
        (SessionState.SIGNED, {}, False, "transferred", NOT_OBSERVING),
        (SessionState.OBSERVING, {}, False, "   ", MISSING_REASON),
        (SessionState.OBSERVING, {}, True, "again", ALREADY_ENDED),
        (
            SessionState.OBSERVING,
            {"end": False, "post_30": False, "post_60": False, "post_120": False},
            False,
            "nothing left",
            ALREADY_OVER,
        ),
        (SessionState.OBSERVING, {"end": False}, False, "transferred", None),
    ],
)
def test_ending_early_needs_observation_running_and_a_reason(
    state: SessionState, done: dict[str, bool], early: bool, reason: str, code: str | None
) -> None:
    early_end = EarlyEnd("dr.wang", END, "earlier") if early else None
    progress = observation_progress(_statuses(done, 40), early_end)
    refusal = early_end_refusal(state, progress, reason)
    assert (refusal.code if refusal else None) == code
    if refusal:
        assert refusal.reason.endswith(".")


def test_after_the_end_a_set_serves_the_post_infusion_slots_not_a_missed_one() -> None:
    """A during-infusion slot missed stays missed: it must not take the end-of-infusion set."""
    protocol = load_protocol(default_protocol_path())
    now = END + timedelta(minutes=1)
    open_slots = statuses(instances(protocol, START, END, now), {"baseline": False}, now)
    open_slots = [s for s in open_slots if not s.is_done]
    assert open_slots[0].key == "during@15"  # overdue, never done
    matched = match_slot(open_slots, now, END)
    assert matched is not None and matched.key == "end"
    during = match_slot(open_slots, END - timedelta(minutes=20), END)  # a set taken back then
    assert during is not None and during.key == "during@15"
