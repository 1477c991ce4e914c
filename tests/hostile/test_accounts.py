"""Accounts (NIST SP 800-63B): passwords, lockouts and what a failed sign-in records.

Found on 05c2d4e: ``12345678``, ``password``, eight NULs and eight zero-width spaces were
accepted as passwords; ``"dr.wang\\n"`` was a new user name; after a failed ``sign_in`` replay
went on as the previous user; a lockout's count was not reset when it ended; five wrong
passwords locked the only administrator out; a password typed as the user name was stored in
clear as the failed sign-in's actor.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from infusion_app.domain.clock import FakeClock
from infusion_app.domain.roles import Role
from infusion_app.services import auth, users
from infusion_app.services.context import Actor, Workspace
from infusion_app.store import cipher
from tests.hostile.conftest import PASSWORD, assert_sound, run_cli

Capsys = pytest.CaptureFixture[str]


def replay(capsys: Capsys, db: Path, tmp_path: Path, *lines: dict) -> list[dict]:
    script = tmp_path / "script.jsonl"
    script.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    ran = run_cli(capsys, "replay", "--db", str(db), str(script))
    return [json.loads(line) for line in ran.out.splitlines()]


ADMIN_IN = {"action": "sign_in", "username": "admin", "password": PASSWORD}


def _add(username: str, password: str, role: str = "nurse") -> dict:
    return {
        "action": "add_user",
        "username": username,
        "full_name": "Test Person",
        "role": role,
        "password": password,
    }


@pytest.mark.parametrize(
    "password",
    [
        "12345678",
        "password",
        "\x00" * 12,
        "\u200b" * 12,
        "a" + "\u200b" * 11,
        " " * 12,
        "qwertyuiop",  # 10 characters, but on the list of common passwords
        "1q2w3e4r5t6y",
        "nine char",
        "line\nbreak password",
        "nurse.zhou",  # the user name itself
    ],
)
def test_weak_passwords_are_refused(
    capsys: Capsys, site: Workspace, db_path: Path, tmp_path: Path, password: str
) -> None:
    answers = replay(capsys, db_path, tmp_path, ADMIN_IN, _add("nurse.zhou", password))
    assert answers[1]["status"] == "refused"
    if answers[1]["code"] == "bad_text":  # a NUL is refused at the replay boundary already
        assert answers[1]["reason"].startswith("password:")
    else:
        assert answers[1]["code"] == "weak_password"
    screen = users.add_user(  # the service a screen calls
        site,
        Actor("admin", "Ada Admin", Role.ADMIN),
        username="nurse.zhou",
        full_name="Zhou",
        role="nurse",
        password=password,
    )
    assert getattr(screen, "code", None) in {"weak_password", "bad_text"}
    assert_sound(capsys, db_path)


def test_length_is_12_for_administrators_and_10_for_others(
    capsys: Capsys, site: Workspace, db_path: Path, tmp_path: Path
) -> None:
    answers = replay(
        capsys,
        db_path,
        tmp_path,
        ADMIN_IN,
        _add("nurse.zhou", "ward seven"),  # 10
        _add("it.sun", "ward seven!", "admin"),  # 11: too short for an administrator
        _add("it.sun", "ward seven!!", "admin"),  # 12
    )
    assert [a["status"] for a in answers] == ["accepted", "accepted", "refused", "accepted"]


def test_a_user_name_with_a_line_break_is_refused(
    capsys: Capsys, site: Workspace, db_path: Path, tmp_path: Path
) -> None:
    answers = replay(capsys, db_path, tmp_path, ADMIN_IN, _add("dr.wang\n", "a long password 1"))
    assert answers[1]["code"] == "bad_username"


def test_after_a_failed_sign_in_nothing_runs_until_one_succeeds(
    capsys: Capsys, site: Workspace, db_path: Path, tmp_path: Path
) -> None:
    answers = replay(
        capsys,
        db_path,
        tmp_path,
        {"action": "sign_in", "username": "nurse.li", "password": PASSWORD},
        {"action": "sign_in", "username": "dr.wang", "password": "not the password"},
        {"action": "lock_screen"},
        {"action": "sign_in", "username": "dr.wang", "password": PASSWORD},
        {"action": "lock_screen"},
    )
    assert [a["status"] for a in answers] == [
        "accepted",
        "refused",
        "refused",
        "accepted",
        "accepted",
    ]
    assert answers[2]["code"] == "not_signed_in"


def _file_bytes(db: Path) -> bytes:
    return b"".join(p.read_bytes() for p in db.parent.glob(db.name + "*") if p.is_file())


def test_an_unknown_name_is_recorded_as_a_keyed_hash_never_as_typed(
    capsys: Capsys, site: Workspace, db_path: Path, tmp_path: Path
) -> None:
    typed = ["My-Secret-Passw0rd!", "nul\x00name", "surrogate\ud800name"]
    lines = [{"action": "sign_in", "username": name, "password": "x"} for name in typed]
    lines.append({"action": "sign_in", "username": typed[0], "password": "y"})
    answers = replay(capsys, db_path, tmp_path, *lines)
    assert [a["code"] for a in answers] == [
        "sign_in_failed",
        "bad_text",
        "bad_text",
        "sign_in_failed",
    ]
    for name in typed[1:]:  # what the sign-in screen passes on: refused before it is stored
        refused = auth.sign_in(site, username=name, password="x")
        assert getattr(refused, "code", None) == "bad_text"
    connection = cipher.open_connection(db_path, cipher.known_key(db_path))
    actors = [
        row[0]
        for row in connection.execute(
            "SELECT actor FROM events WHERE type = 'user.sign_in_failed' ORDER BY seq"
        )
    ]
    connection.close()
    assert len(actors) == 2 and all(actor.startswith("unknown:") for actor in actors)
    assert actors[0] == actors[1]  # the same typo, the same code
    site.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"My-Secret-Passw0rd!" not in _file_bytes(db_path)
    assert_sound(capsys, db_path)


def _wrong(ws: Workspace, username: str, times: int) -> object:
    result: object = None
    for _ in range(times):
        result = auth.sign_in(ws, username=username, password="not the password")
    return result


def test_the_failure_count_starts_again_when_a_lockout_ends(
    capsys: Capsys, site: Workspace, clock: FakeClock, db_path: Path
) -> None:
    locked = _wrong(site, "nurse.li", 5)
    assert getattr(locked, "code", None) == "locked_out"
    clock.advance(16 * 60)  # the site's 15 minutes have passed
    again = _wrong(site, "nurse.li", 1)
    assert getattr(again, "code", None) == "sign_in_failed"  # not locked for 15 minutes again
    assert isinstance(auth.sign_in(site, username="nurse.li", password=PASSWORD), Actor)
    assert_sound(capsys, db_path)


def test_an_administrator_is_never_locked_out_for_long(
    capsys: Capsys, site: Workspace, clock: FakeClock, db_path: Path, admin: Actor
) -> None:
    waits = []
    for _ in range(3):
        refusal = _wrong(site, "admin", 5)
        waits.append(str(getattr(refusal, "reason", "")))
        clock.advance(5 * 60)
    assert "1 more minute" in waits[0]
    assert "2 more minutes" in waits[1]
    assert "4 more minutes" in waits[2]
    clock.advance(5 * 60)
    assert isinstance(auth.sign_in(site, username="admin", password=PASSWORD), Actor)
    _wrong(site, "admin", 5)
    assert "1 more minute" in str(getattr(_wrong(site, "admin", 1), "reason", ""))


def test_a_second_administrator_lifts_a_lockout(
    site: Workspace, admin: Actor, clock: FakeClock
) -> None:
    users.add_user(site, admin, username="it.sun", full_name="Sun", role="admin", password=PASSWORD)
    _wrong(site, "admin", 5)
    second = auth.sign_in(site, username="it.sun", password=PASSWORD)
    assert isinstance(second, Actor)
    done = users.reset_password(site, second, username="admin", new_password="a fresh start 26")
    assert not hasattr(done, "code"), done
    assert isinstance(auth.sign_in(site, username="admin", password="a fresh start 26"), Actor)
