"""The headless commands, run as ward IT would: a real child process on a real file."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from infusion_app.protocol_files import default_protocol_path
from infusion_app.store import cipher
from infusion_app.store.key_slots import unwrap_with_password

PASSWORD = "ward laptop 2026"


def app(*args: str, stdin: str = "", db: Path | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "infusion_app", *args]
    if db is not None:
        command += ["--db", str(db)]
    return subprocess.run(command, input=stdin, capture_output=True, text=True, timeout=60)


@pytest.fixture
def ward_db(tmp_path: Path) -> Path:
    path = tmp_path / "ward.sqlite3"
    done = app(
        "init",
        "--site",
        "SH-TJ01",
        "--admin",
        "admin",
        "--full-name",
        "Ada Admin",
        stdin=PASSWORD + "\n",
        db=path,
    )
    assert done.returncode == 0, done.stderr
    return path


def as_admin(
    *args: str, db: Path, stdin: str = PASSWORD + "\n"
) -> subprocess.CompletedProcess[str]:
    """A command run by the administrator: their password opens the encrypted file."""
    return app(*args, "--user", "admin", stdin=stdin, db=db)


def opened(db: Path) -> sqlite3.Connection:
    """The file as someone holding its key sees it (the key unwrapped from admin's slot)."""
    key = unwrap_with_password(db, "admin", PASSWORD)
    assert key is not None
    return cipher.open_connection(db, key)  # type: ignore[no-any-return]


def test_init_sets_up_the_site_without_a_window(ward_db: Path) -> None:
    assert not ward_db.read_bytes().startswith(b"SQLite format 3")
    conn = opened(ward_db)
    assert conn.execute("SELECT code FROM site").fetchone()[0] == "SH-TJ01"
    assert conn.execute("SELECT full_name, role FROM users").fetchone() == ("Ada Admin", "admin")
    conn.close()


def test_init_shows_a_recovery_key_that_opens_the_file(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    done = app(
        "init",
        "--site",
        "SH-TJ01",
        "--admin",
        "admin",
        "--full-name",
        "Ada Admin",
        stdin=PASSWORD + "\n",
        db=path,
    )
    assert done.returncode == 0, done.stderr
    key_text = done.stdout.split("RECOVERY KEY", 1)[1].splitlines()[1].strip()
    (tmp_path / "key.txt").write_text(key_text + "\n", encoding="utf-8")
    opened_with_key = app(
        "audit", "verify", "--recovery-key-file", str(tmp_path / "key.txt"), db=path
    )
    assert opened_with_key.returncode == 0 and "OK, 2 events" in opened_with_key.stdout
    (tmp_path / "key.txt").write_text("AAAA-" * 12 + "AAAA\n", encoding="utf-8")
    wrong = app("audit", "verify", "--recovery-key-file", str(tmp_path / "key.txt"), db=path)
    assert wrong.returncode == 2 and "nothing was opened" in wrong.stderr


def test_a_wrong_password_or_none_opens_nothing(ward_db: Path) -> None:
    before = ward_db.read_bytes()
    wrong = as_admin("audit", "verify", db=ward_db, stdin="not the password\n")
    assert wrong.returncode == 2 and "not right: nothing was opened" in wrong.stderr
    nobody = app("audit", "verify", db=ward_db)
    assert nobody.returncode == 2 and "is encrypted" in nobody.stderr
    assert ward_db.read_bytes() == before


def test_init_refuses_a_second_set_up(ward_db: Path) -> None:
    again = app("init", "--site", "SH-TJ02", "--admin", "root", stdin=PASSWORD + "\n", db=ward_db)
    assert again.returncode == 1
    assert "already set up" in again.stderr


def test_init_never_takes_the_password_as_an_argument() -> None:
    assert "--password" not in app("init", "--help").stdout


def test_audit_verify_passes_on_an_intact_log(ward_db: Path) -> None:
    done = as_admin("audit", "verify", db=ward_db)
    assert done.returncode == 0 and "OK, 2 events" in done.stdout


def test_audit_verify_names_the_first_changed_event(ward_db: Path) -> None:
    conn = opened(ward_db)
    conn.execute("DROP TRIGGER events_no_update")
    conn.execute("UPDATE events SET actor = 'mallory' WHERE seq = 1")
    conn.close()
    done = as_admin("audit", "verify", db=ward_db)
    assert done.returncode == 1
    assert "First bad: event #1" in done.stderr and "changed" in done.stderr


def test_rebuild_check_reports_a_drifted_read_model(ward_db: Path) -> None:
    assert as_admin("rebuild", "--check", db=ward_db).returncode == 0
    conn = opened(ward_db)
    conn.execute("UPDATE users SET full_name = 'Someone Else'")
    conn.close()
    drifted = as_admin("rebuild", "--check", db=ward_db)
    assert drifted.returncode == 1
    assert "users" in drifted.stderr and "Someone Else" in drifted.stderr


def test_replay_prints_one_json_line_per_action(ward_db: Path, tmp_path: Path) -> None:
    script = tmp_path / "day.jsonl"
    lines = [
        {"action": "sign_in", "username": "admin", "password": PASSWORD},
        {
            "action": "add_user",
            "username": "dr.wang",
            "full_name": "Wang Fang",
            "role": "investigator",
            "password": PASSWORD,
        },
        {
            "action": "register_participant",
            "subject_code": "HPV-001",
            "initials": "LXM",
            "year_of_birth": 1985,
            "arm": "huc_msc",
            "consent_date": "2020-01-01",
        },
    ]
    script.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    done = as_admin("replay", str(script), db=ward_db)
    answers = [json.loads(line) for line in done.stdout.splitlines()]
    assert [a["status"] for a in answers] == ["accepted", "accepted", "refused"]
    assert answers[2]["code"] == "not_permitted" and answers[2]["line"] == 3
    assert done.returncode == 1


def test_a_malformed_protocol_gets_one_message_not_a_traceback(tmp_path: Path) -> None:
    text = default_protocol_path().read_text(encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(text.replace("band_max_gtt_min = 80", 'band_max_gtt_min = "eighty"'), "utf-8")
    done = app("audit", "verify", "--protocol", str(bad), db=tmp_path / "x.sqlite3")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "band_max_gtt_min" in done.stderr and "line" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_users_add_list_and_deactivate(ward_db: Path) -> None:
    added = app(
        "users",
        "add",
        "--admin",
        "admin",
        "--username",
        "nurse.li",
        "--full-name",
        "Li Na",
        "--role",
        "nurse",
        stdin=f"{PASSWORD}\nnurse password 1\n",
        db=ward_db,
    )
    assert added.returncode == 0, added.stderr
    off = app(
        "users",
        "deactivate",
        "nurse.li",
        "--reason",
        "left the ward",
        "--admin",
        "admin",
        stdin=PASSWORD + "\n",
        db=ward_db,
    )
    assert off.returncode == 0, off.stderr
    listed = app("users", "list", "--admin", "admin", stdin=PASSWORD + "\n", db=ward_db)
    assert listed.returncode == 0
    line = next(line for line in listed.stdout.splitlines() if line.startswith("nurse.li"))
    assert "Li Na" in line and "deactivated" in line


def test_users_commands_need_the_admins_password(ward_db: Path) -> None:
    done = app("users", "list", "--admin", "admin", stdin="not it\n", db=ward_db)
    assert done.returncode == 2 and "not right: nothing was opened" in done.stderr
