"""Slot states over an infusion: upcoming, due, overdue, done, and missed once it has ended."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from infusion_app.domain.protocol import Anchor, Protocol
from infusion_app.domain.vitals_schedule import SlotState, instances, statuses
from infusion_app.protocol_files import default_protocol_path, load_protocol

START = datetime(2026, 11, 24, 1, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def protocol() -> Protocol:
    return load_protocol(default_protocol_path())


def _states(protocol: Protocol, now: datetime, end: datetime | None) -> dict[str, SlotState]:
    found = statuses(instances(protocol, START, end, now), {"baseline": False}, now, end)
    return {s.key: s.state for s in found}


def test_a_during_infusion_set_is_due_then_overdue_while_infusing(protocol: Protocol) -> None:
    first = next(i for i in instances(protocol, START, None, START) if i.anchor is Anchor.START)
    assert _states(protocol, first.due_at, None)[first.key] is SlotState.DUE
    late = first.overdue_at + timedelta(seconds=1)
    assert _states(protocol, late, None)[first.key] is SlotState.OVERDUE


def test_once_the_infusion_ended_an_untaken_during_set_is_missed_not_overdue(
    protocol: Protocol,
) -> None:
    end = START + timedelta(minutes=32)
    now = end + timedelta(minutes=5)
    states = _states(protocol, now, end)
    during = [key for key in states if key.startswith("during")]
    assert during and all(states[key] is SlotState.MISSED for key in during)
    assert states["baseline"] is SlotState.DONE
    assert states["end"] is SlotState.DUE  # the set at the end is what is wanted now
    after = [key for key in states if key.startswith("post_")]
    assert after and all(states[key] is SlotState.UPCOMING for key in after)
