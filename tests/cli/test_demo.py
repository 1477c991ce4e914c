"""``infusion-app demo``: a realistic site made through the services, that verifies and rebuilds."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from infusion_app import cli
from infusion_app.cli import export as cli_export
from infusion_app.demo import DEMO_PASSWORD, DemoError, make_demo
from infusion_app.store import cipher
from infusion_app.store.key_slots import read_slots, unwrap_with_password

NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    summary = make_demo(path, now=NOW)
    assert summary.audit_ok and summary.rebuild_ok
    return path


def _count(db: Path, sql: str) -> list[tuple]:
    key = unwrap_with_password(db, "admin", DEMO_PASSWORD)
    connection = cipher.open_connection(db, key)
    try:
        return list(connection.execute(sql).fetchall())
    finally:
        connection.close()


def test_the_demo_site_has_every_kind_of_record(demo_db: Path) -> None:
    assert _count(demo_db, "SELECT role, count(*) FROM users GROUP BY role ORDER BY role") == [
        ("admin", 1),
        ("investigator", 2),
        ("nurse", 2),
        ("pharmacist", 1),
    ]
    assert _count(demo_db, "SELECT arm, count(*) FROM allocations GROUP BY arm") == [
        ("huc_msc", 3),
        ("placebo", 3),
    ]
    assert _count(demo_db, "SELECT state, count(*) FROM sessions GROUP BY state") == [
        ("infusing", 1),
        ("signed", 4),
    ]
    assert _count(demo_db, "SELECT count(*) FROM adverse_events")[0][0] == 1
    assert _count(demo_db, "SELECT count(*) FROM corrections")[0][0] == 1
    assert _count(demo_db, "SELECT count(*) FROM drip_readings")[0][0] >= 20
    assert _count(demo_db, "SELECT count(*) FROM vitals")[0][0] >= 20


def test_times_look_real_and_never_pass_now(demo_db: Path) -> None:
    first, last = _count(demo_db, "SELECT min(occurred_at), max(recorded_at) FROM events")[0]
    assert first.startswith("2026-11-20") and last <= "2026-11-24T03:00:00.000000Z"
    days = _count(demo_db, "SELECT scheduled_for FROM sessions ORDER BY scheduled_for")
    assert [d[0] for d in days] == [f"2026-11-{d}" for d in range(20, 25)]


@pytest.mark.usefixtures("demo_password_on_stdin")
def test_audit_verify_and_rebuild_check_pass(demo_db: Path, capsys: pytest.CaptureFixture) -> None:
    assert cli.main(["audit", "verify", "--db", str(demo_db), "--user", "nurse.li"]) == 0
    assert cli.main(["rebuild", "--check", "--db", str(demo_db), "--user", "admin"]) == 0


def test_the_demo_file_is_encrypted_with_a_slot_per_user(demo_db: Path) -> None:
    assert not demo_db.read_bytes().startswith(b"SQLite format 3")
    slots = read_slots(demo_db) or {}
    users = {name for (name,) in _count(demo_db, "SELECT username FROM users")}
    assert set(slots) == {f"user:{name}" for name in users} | {"recovery"}


def test_the_demo_password_signs_in(demo_db: Path) -> None:
    from infusion_app.services import auth
    from infusion_app.services.workspace_factory import open_workspace

    ws = open_workspace(demo_db, key=unwrap_with_password(demo_db, "nurse.li", DEMO_PASSWORD))
    try:
        assert not hasattr(auth.sign_in(ws, username="nurse.li", password=DEMO_PASSWORD), "code")
    finally:
        ws.db.close()


def test_the_demo_refuses_an_existing_database(demo_db: Path) -> None:
    with pytest.raises(DemoError):
        make_demo(demo_db, now=NOW)


def test_the_command_prints_users_and_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    assert cli_export.COMMANDS["demo"]
    assert cli.main(["demo", "--db", str(tmp_path / "new.sqlite3")]) == 0
    out = capsys.readouterr().out
    assert DEMO_PASSWORD in out and "pharm.zhao" in out and "audit verify: OK" in out
