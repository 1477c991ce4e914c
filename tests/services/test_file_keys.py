"""Key slots follow the people: adding, resetting and deactivating users rewrites them."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from infusion_app.domain.clock import FakeClock
from infusion_app.domain.events import EventType
from infusion_app.domain.outcomes import Refusal
from infusion_app.services import auth, users
from infusion_app.services.context import Accepted, Actor, Workspace
from infusion_app.services.file_keys import (
    FailureBeforeOpen,
    key_from_password,
    key_from_recovery_key,
    why_not_opened,
)
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.store import cipher
from infusion_app.store.audit import verify_log
from infusion_app.store.key_slots import read_slots, slots_file
from tests.conftest import PASSWORD

NEW_PASSWORD = "a brand new one 77"


def test_a_password_reset_rewrites_the_slot(site: Workspace, db_path: Path, admin: Actor) -> None:
    before = (read_slots(db_path) or {})["user:nurse.li"]
    result = users.reset_password(site, admin, username="nurse.li", new_password=NEW_PASSWORD)
    assert isinstance(result, Accepted)
    after = (read_slots(db_path) or {})["user:nurse.li"]
    assert after["wrapped"] != before["wrapped"] and after["salt"] != before["salt"]
    assert key_from_password(db_path, "nurse.li", PASSWORD) is None
    assert key_from_password(db_path, "nurse.li", NEW_PASSWORD) == cipher.known_key(db_path)
    assert why_not_opened(db_path, "nurse.li") == "wrong password"


def test_a_deactivated_user_has_no_slot_left(site: Workspace, db_path: Path, admin: Actor) -> None:
    users.deactivate_user(site, admin, username="dr.wang", reason="left the trial")
    assert "user:dr.wang" not in (read_slots(db_path) or {})
    assert key_from_password(db_path, "dr.wang", PASSWORD) is None
    assert why_not_opened(db_path, "dr.wang") == "no key on this laptop"


def test_a_user_without_a_slot_here_gets_one_at_sign_in(site: Workspace, db_path: Path) -> None:
    """As a user added on another laptop and pulled by sync: the file is open, they sign in."""
    slots = read_slots(db_path) or {}
    del slots["user:pharm.zhao"]
    slots_file(db_path).write_text(
        json.dumps({"format": "infusion-app key slots 1", "slots": slots})
    )
    assert key_from_password(db_path, "pharm.zhao", PASSWORD) is None
    assert not isinstance(auth.sign_in(site, username="pharm.zhao", password=PASSWORD), Refusal)
    assert key_from_password(db_path, "pharm.zhao", PASSWORD) == cipher.known_key(db_path)


def test_a_password_reset_pulled_from_elsewhere_drops_the_stale_slot(
    site: Workspace, db_path: Path
) -> None:
    """Any change of a user's stored hash (here written as a pull would) makes the slot stale."""
    site.db.execute(
        "UPDATE users SET password_hash = 'changed elsewhere' WHERE username = ?", ["dr.wang"]
    )
    auth.sign_in(site, username="nurse.li", password=PASSWORD)
    assert "user:dr.wang" not in (read_slots(db_path) or {})


def test_the_recovery_key_opens_a_file_whose_users_are_all_locked_out(
    site: Workspace, db_path: Path, clock: FakeClock
) -> None:
    assert site.keys is not None
    recovery_text = site.keys.set_recovery_key()
    names = ["admin", "nurse.li", "dr.wang", "pharm.zhao"]
    for name in names:
        for _ in range(site.protocol.site.lockout_attempts):
            auth.sign_in(site, username=name, password="not the password")
    locked = site.db.execute("SELECT count(*) FROM users WHERE locked_until IS NOT NULL")
    assert locked.fetchone()[0] == len(names)
    site.db.close()
    cipher.remember_key(db_path, None)  # a new run
    key = key_from_recovery_key(db_path, recovery_text)
    assert key is not None
    opened = open_workspace(db_path, clock, key=key)
    assert verify_log(opened.db).ok
    assert opened.db.execute("SELECT count(*) FROM users").fetchone()[0] == len(names)
    opened.db.close()


def test_failed_sign_ins_before_the_file_opened_are_recorded_once_it_is(
    site: Workspace, clock: FakeClock
) -> None:
    at = clock.now() - timedelta(minutes=3)
    auth.record_failures_before_open(
        site,
        [
            FailureBeforeOpen("nurse.li", "wrong password", at),
            FailureBeforeOpen("mallory", "no key on this laptop", at),
        ],
    )
    rows = site.db.execute(
        "SELECT actor, payload, occurred_at FROM events WHERE type = ? ORDER BY seq",
        [EventType.USER_SIGN_IN_FAILED],
    ).fetchall()
    assert [(r[0][:8], json.loads(r[1])["why"]) for r in rows] == [
        ("nurse.li", "wrong password"),
        ("unknown:", "unknown user"),  # an unknown name is recorded as a keyed hash
    ]
    assert all(json.loads(r[1])["before_open"] for r in rows)
    assert rows[0][2].startswith(at.strftime("%Y-%m-%dT%H:%M"))
    failed = site.db.execute("SELECT failed_attempts FROM users WHERE username = 'nurse.li'")
    assert failed.fetchone()[0] == 1
