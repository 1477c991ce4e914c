"""Event and record ids: UUIDv7, in the order they were made, even when the clock goes back."""

from __future__ import annotations

import time
import uuid

import pytest

from infusion_app.store import ids


def test_ids_are_version_7_and_sort_in_the_order_they_were_made() -> None:
    made = [ids.new_id() for _ in range(5000)]  # many within one millisecond
    assert made == sorted(made) and len(set(made)) == len(made)
    for text in made[:10]:
        parsed = uuid.UUID(text)
        assert (parsed.version, parsed.variant) == (7, uuid.RFC_4122) and str(parsed) == text


def test_a_clock_set_back_does_not_make_an_earlier_id(monkeypatch: pytest.MonkeyPatch) -> None:
    first = ids.new_id()
    monkeypatch.setattr(ids.time, "time_ns", lambda: 1_000_000_000_000_000)  # 2001
    assert ids.new_id() > first


def test_many_ids_in_one_millisecond_keep_the_clock_s_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ids made faster than one a millisecond count up inside it instead of running ahead of
    the clock (their time stays the time they were made)."""
    now = time.time_ns() + 1_000_000_000  # a second ahead, as a clock stopped there
    monkeypatch.setattr(ids.time, "time_ns", lambda: now)
    monkeypatch.setattr(ids, "_last_ms", ids._last_ms)  # restored after the test
    made = [uuid.UUID(ids.new_id()) for _ in range(1000)]
    assert {u.int >> 80 for u in made} == {now // 1_000_000}
    assert made == sorted(made)
