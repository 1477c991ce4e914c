"""Small domain rules: UTC text times, user names, passwords, site codes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infusion_app.domain.clock import FakeClock, parse_utc_iso, utc_iso
from infusion_app.domain.password_policy import check_new_password
from infusion_app.domain.roles import Role, check_site_code, check_username


@given(st.datetimes(timezones=st.just(UTC)))
def test_utc_text_round_trips(moment: datetime) -> None:
    assert parse_utc_iso(utc_iso(moment)) == moment


def test_local_times_are_stored_in_utc() -> None:
    shanghai = timezone(timedelta(hours=8))
    assert utc_iso(datetime(2026, 11, 24, 9, 0, tzinfo=shanghai)) == "2026-11-24T01:00:00.000000Z"


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="zone"):
        utc_iso(datetime(2026, 11, 24, 9, 0))
    with pytest.raises(ValueError, match="zone"):
        parse_utc_iso("2026-11-24T09:00:00")


def test_the_fake_clock_moves_only_when_told() -> None:
    clock = FakeClock()
    start, tick = clock.now(), clock.monotonic()
    clock.advance(61)
    assert clock.now() - start == timedelta(seconds=61)
    assert clock.monotonic() - tick == 61


@pytest.mark.parametrize("name", ["nurse.li", "dr_wang", "ab"])
def test_good_user_names(name: str) -> None:
    assert check_username(name) is None


@pytest.mark.parametrize("name", ["Li Na", "1abc", "a", "x" * 40, "nurse li"])
def test_bad_user_names(name: str) -> None:
    assert check_username(name) is not None


@pytest.mark.parametrize(
    ("password", "role", "ok"),
    [
        ("short", Role.NURSE, False),
        (" " * 12, Role.NURSE, False),
        ("long enough", Role.NURSE, True),
        ("long enough", Role.ADMIN, False),
        ("long enough!", Role.ADMIN, True),
        ("common one", Role.NURSE, False),
    ],
)
def test_passwords(password: str, role: Role, ok: bool) -> None:
    problem = check_new_password(password, role, "nurse.li", lambda: {"common one"})
    assert (problem is None) is ok


@pytest.mark.parametrize(("code", "ok"), [("SH-TJ01", True), ("sh-tj01", False), ("S", False)])
def test_site_codes(code: str, ok: bool) -> None:
    assert (check_site_code(code) is None) is ok
