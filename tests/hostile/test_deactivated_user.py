"""A user deactivated while still signed in can do nothing.

Found on 05c2d4e: a deactivated user still signed in could lock the screen and sign out
(docs/permissions.md says: nothing). Every action now reads the user's role and active flag
as the log says now (``services/context.current_role``), not as they were at sign-in; only
another user taking over the locked laptop is open (the newcomer acts, not the one leaving).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from infusion_app.services import users
from infusion_app.services.actions import ActionRunner
from infusion_app.services.context import Actor, Workspace
from tests.conftest import GOOD_VITALS, pass_all_checks
from tests.hostile.conftest import PASSWORD, assert_sound

Capsys = pytest.CaptureFixture[str]


def _signed_in(ws: Workspace, user: str) -> ActionRunner:
    runner = ActionRunner(ws)
    line = {"action": "sign_in", "username": user, "password": PASSWORD}
    assert runner.run_line(json.dumps(line))["status"] == "accepted"
    return runner


def test_a_deactivated_nurse_still_signed_in_can_do_nothing(
    capsys: Capsys, site: Workspace, session_id: str, nurse: Actor, admin: Actor, db_path: Path
) -> None:
    pass_all_checks(site, nurse, session_id)
    still_there = _signed_in(site, "nurse.li")
    deactivated = users.deactivate_user(site, admin, username="nurse.li", reason="left the ward")
    assert not hasattr(deactivated, "code"), deactivated
    before = site.store.count()
    lines: list[dict[str, Any]] = [
        {"action": "lock_screen"},
        {"action": "sign_out"},
        {"action": "unlock", "password": PASSWORD},
        {"action": "mark_ready", "session_id": session_id},
        {"action": "record_vitals", "session_id": session_id, "vitals": GOOD_VITALS},
        {"action": "sign_session", "session_id": session_id, "password": PASSWORD},
        {
            "action": "correct_value",
            "event_id": "x",
            "field": "initials",
            "new_value": "AB",
            "reason": "other",
            "reason_text": "x",
        },
    ]
    for line in lines:
        answer = still_there.run_line(json.dumps(line))
        assert (answer["status"], answer["code"]) == ("refused", "user_inactive"), line
        assert answer["reason"] == "The user nurse.li is deactivated."
    assert site.store.count() == before  # nothing written, not even a failed attempt
    assert_sound(capsys, db_path)


def test_another_user_may_take_over_the_laptop_from_a_deactivated_one(
    site: Workspace, admin: Actor
) -> None:
    still_there = _signed_in(site, "nurse.li")
    users.deactivate_user(site, admin, username="nurse.li", reason="left the ward")
    took_over = still_there.run_line(
        json.dumps({"action": "hand_over", "username": "dr.wang", "password": PASSWORD})
    )
    assert took_over["status"] == "accepted", took_over
    [event] = [e for e in site.store.events() if e.type == "user.handed_over"]
    assert (event.actor, event.payload["from"]) == ("dr.wang", "nurse.li")
