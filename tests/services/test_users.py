"""First-run set-up, adding users and signing in; every attempt is on the record."""

from __future__ import annotations

import pytest

from infusion_app.domain.events import EventType
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.roles import Role
from infusion_app.services import auth, users
from infusion_app.services.context import Accepted, Actor, Workspace
from tests.conftest import PASSWORD


def test_first_run_records_the_site_and_its_administrator(workspace: Workspace) -> None:
    assert users.current_site_code(workspace) is None
    result = users.initialize_site(
        workspace, site_code="SH-TJ01", username="admin", full_name="Ada Admin", password=PASSWORD
    )
    assert isinstance(result, Accepted)
    assert users.current_site_code(workspace) == "SH-TJ01"
    assert [e.type for e in result.events] == [EventType.SITE_INITIALIZED, EventType.USER_ADDED]
    stored = workspace.db.execute("SELECT role, password_hash FROM users").fetchone()
    assert stored[0] == "admin" and stored[1].startswith("$argon2id$")
    assert PASSWORD not in str(list(workspace.db.execute("SELECT payload FROM events")))


def test_a_site_is_set_up_only_once(site: Workspace) -> None:
    again = users.initialize_site(
        site, site_code="SH-TJ02", username="other", full_name="O", password=PASSWORD
    )
    assert isinstance(again, Refusal) and again.code == "already_initialized"


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"site_code": "sh tj"}, "bad_site_code"),
        ({"username": "Ada Admin"}, "bad_username"),
        ({"full_name": "  "}, "missing_full_name"),
        ({"password": "short"}, "weak_password"),
    ],
)
def test_bad_first_run_entries_are_refused(workspace: Workspace, fields: dict, code: str) -> None:
    given = {"site_code": "SH-TJ01", "username": "admin", "full_name": "A", "password": PASSWORD}
    result = users.initialize_site(workspace, **{**given, **fields})
    assert isinstance(result, Refusal) and result.code == code
    assert workspace.store.count() == 0


def test_sign_in_gives_the_actor_and_records_it(site: Workspace) -> None:
    actor = auth.sign_in(site, username="nurse.li", password=PASSWORD)
    assert actor == Actor("nurse.li", "Li Na", Role.NURSE)
    last = list(site.store.events())[-1]
    assert (last.type, last.actor) == (EventType.USER_SIGNED_IN, "nurse.li")


@pytest.mark.parametrize(
    ("username", "why"), [("nurse.li", "wrong password"), ("ghost", "unknown user")]
)
def test_a_failed_sign_in_is_an_event_and_says_nothing_more(
    site: Workspace, username: str, why: str
) -> None:
    result = auth.sign_in(site, username=username, password="guess guess")
    assert isinstance(result, Refusal)
    assert result.reason == "The user name or password is not right."
    last = list(site.store.events())[-1]
    assert (last.type, last.payload["why"]) == (EventType.USER_SIGN_IN_FAILED, why)
    # an unknown name is recorded as a keyed hash: it may be a password typed in the wrong field
    assert last.actor == username if why != "unknown user" else last.actor.startswith("unknown:")


def test_only_an_administrator_adds_users(site: Workspace, nurse: Actor) -> None:
    result = users.add_user(
        site, nurse, username="x.y", full_name="X Y", role="nurse", password=PASSWORD
    )
    assert isinstance(result, Refusal) and result.code == "not_permitted"


def test_a_user_name_is_unique_and_a_role_must_exist(site: Workspace, admin: Actor) -> None:
    taken = users.add_user(
        site, admin, username="nurse.li", full_name="L", role="nurse", password=PASSWORD
    )
    assert isinstance(taken, Refusal) and taken.code == "username_taken"
    bad_role = users.add_user(
        site, admin, username="new.one", full_name="N", role="surgeon", password=PASSWORD
    )
    assert isinstance(bad_role, Refusal) and bad_role.code == "bad_role"
