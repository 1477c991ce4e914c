"""Lockout arithmetic, signature manifestations, correction values."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from infusion_app.domain.corrections import ValueKind, check_correction_reason, normalize_value
from infusion_app.domain.lockout import locked_until_after_failure, lockout_refusal
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.signatures import (
    Manifestation,
    SignatureMeaning,
    check_meaning,
    check_second_signer,
)

NOON = datetime(2026, 11, 24, 4, 0, tzinfo=UTC)


@pytest.mark.parametrize(("before", "locks"), [(0, False), (3, False), (4, True), (9, True)])
def test_the_fifth_failure_locks(before: int, locks: bool) -> None:
    until = locked_until_after_failure(before, NOON, attempts=5, minutes=15)
    assert (until == NOON + timedelta(minutes=15)) is locks
    assert (until is None) is not locks


def test_lockout_message_counts_whole_minutes_up() -> None:
    until = NOON + timedelta(minutes=15)
    refusal = lockout_refusal(until, NOON + timedelta(seconds=30))
    assert refusal is not None and "15 more minutes" in refusal.reason
    assert lockout_refusal(until, until) is None


def test_manifestation_shows_name_role_meaning_and_local_time_with_zone() -> None:
    shown = Manifestation(
        "Wang Fang", "investigator", "2026-11-24T13:05:09.000000Z", SignatureMeaning.REVIEWED
    )
    assert shown.text("Asia/Shanghai") == (
        "Wang Fang (investigator) — reviewed — 2026-11-24 21:05:09 CST (UTC+08:00)"
    )
    assert shown.text("UTC").endswith("13:05:09 UTC (UTC+00:00)")


def test_meanings_and_second_signers() -> None:
    assert check_meaning("verified") is None
    assert isinstance(check_meaning("witnessed"), Refusal)
    assert isinstance(check_second_signer("nurse.li", "nurse.li"), Refusal)
    assert check_second_signer("nurse.li", "pharm.zhao") is None


@pytest.mark.parametrize(
    ("kind", "given", "stored"),
    [
        (ValueKind.INITIALS, " LXN ", "LXN"),
        (ValueKind.YEAR, "1986", 1986),
        (ValueKind.DATE, "2026-11-02", "2026-11-02"),
        (ValueKind.UTC_TIME, "2026-11-24T08:50:00+08:00", "2026-11-24T00:50:00.000000Z"),
    ],
)
def test_new_values_are_stored_in_one_form(kind: ValueKind, given: str, stored: object) -> None:
    assert normalize_value(kind, given) == stored


@pytest.mark.parametrize(
    ("kind", "given"),
    [
        (ValueKind.INITIALS, "lx"),
        (ValueKind.YEAR, "86"),
        (ValueKind.DATE, "2/11/2026"),
        (ValueKind.UTC_TIME, "08:50"),
    ],
)
def test_badly_written_values_are_refused(kind: ValueKind, given: str) -> None:
    assert isinstance(normalize_value(kind, given), Refusal)


def test_correction_reasons() -> None:
    assert check_correction_reason("wrong_time", "") is None
    assert isinstance(check_correction_reason("other", ""), Refusal)
