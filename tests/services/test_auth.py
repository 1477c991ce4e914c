"""Lockout, screen lock, unlock and hand-over: who was at the laptop is always on the record."""

from __future__ import annotations

from infusion_app.domain.events import EventType
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.roles import Role
from infusion_app.services import auth, users
from infusion_app.services.context import Accepted, Actor, Workspace
from tests.conftest import PASSWORD


def _fail(ws: Workspace, times: int, username: str = "nurse.li") -> Refusal:
    result: Refusal | None = None
    for _ in range(times):
        attempt = auth.sign_in(ws, username=username, password="wrong wrong")
        assert isinstance(attempt, Refusal)
        result = attempt
    assert result is not None
    return result


def test_four_failures_do_not_lock_the_fifth_does(site: Workspace) -> None:
    assert _fail(site, 4).code == "sign_in_failed"
    fifth = _fail(site, 1)
    assert fifth.code == "locked_out"
    assert "locked for 15 more minutes" in fifth.reason


def test_a_locked_account_refuses_even_the_right_password_and_says_how_long(
    site: Workspace, clock: object
) -> None:
    _fail(site, 5)
    clock.advance(14 * 60 + 1)  # type: ignore[attr-defined]
    refused = auth.sign_in(site, username="nurse.li", password=PASSWORD)
    assert isinstance(refused, Refusal) and "1 more minute" in refused.reason
    clock.advance(60)  # type: ignore[attr-defined]
    assert isinstance(auth.sign_in(site, username="nurse.li", password=PASSWORD), Actor)


def test_a_success_clears_the_count(site: Workspace) -> None:
    _fail(site, 4)
    auth.sign_in(site, username="nurse.li", password=PASSWORD)
    assert _fail(site, 4).code == "sign_in_failed"


def test_every_failed_attempt_is_an_event(site: Workspace) -> None:
    _fail(site, 6)
    failures = [e for e in site.store.events() if e.type == EventType.USER_SIGN_IN_FAILED]
    assert [e.payload["why"] for e in failures] == ["wrong password"] * 5 + ["locked out"]


def test_an_admin_reset_lifts_the_lockout(site: Workspace, admin: Actor) -> None:
    _fail(site, 5)
    users.reset_password(site, admin, username="nurse.li", new_password="a new start 1")
    assert isinstance(auth.sign_in(site, username="nurse.li", password="a new start 1"), Actor)


def test_a_deactivated_user_cannot_sign_in(site: Workspace, admin: Actor) -> None:
    users.deactivate_user(site, admin, username="nurse.li", reason="left the ward")
    result = auth.sign_in(site, username="nurse.li", password=PASSWORD)
    assert isinstance(result, Refusal)
    assert site.db.execute("SELECT count(*) FROM users").fetchone()[0] == 4, "never deleted"


def test_lock_then_unlock_by_the_same_user(site: Workspace, nurse: Actor) -> None:
    assert isinstance(auth.lock_screen(site, nurse, idle_seconds=300), Accepted)
    wrong = auth.unlock(site, nurse, password="nope nope")
    assert isinstance(wrong, Refusal)
    assert isinstance(auth.unlock(site, nurse, password=PASSWORD), Accepted)
    types = [e.type for e in site.store.events()][-3:]
    assert types == [
        EventType.USER_SCREEN_LOCKED,
        EventType.USER_SIGN_IN_FAILED,
        EventType.USER_UNLOCKED,
    ]


def test_hand_over_names_both_people(site: Workspace, nurse: Actor) -> None:
    taker = auth.hand_over(site, nurse, username="dr.wang", password=PASSWORD)
    assert taker == Actor("dr.wang", "Wang Fang", Role.INVESTIGATOR)
    last = list(site.store.events())[-1]
    assert (last.type, last.actor, last.payload) == (
        EventType.USER_HANDED_OVER,
        "dr.wang",
        {"from": "nurse.li", "to": "dr.wang"},
    )


def test_hand_over_needs_the_other_users_password(site: Workspace, nurse: Actor) -> None:
    assert isinstance(auth.hand_over(site, nurse, username="dr.wang", password="x" * 9), Refusal)
    same = auth.hand_over(site, nurse, username="nurse.li", password=PASSWORD)
    assert isinstance(same, Refusal) and same.code == "same_user"
