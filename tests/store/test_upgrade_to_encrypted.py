"""A plain database made by 05c2d4e is encrypted in place at its first opening."""

from __future__ import annotations

import io
import shutil
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from infusion_app import cli
from infusion_app.demo import DEMO_PASSWORD
from infusion_app.services import auth
from infusion_app.services.upgrade import UpgradeRefusedError, encrypt_in_place
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.store import cipher
from infusion_app.store.audit import verify_log
from infusion_app.store.backups import list_backups, make_backup
from infusion_app.store.key_slots import read_slots, unwrap_with_password
from tests.store.test_old_database import OLD_DEMO

PLAIN = b"SQLite format 3\x00"
NOW = datetime(2026, 12, 6, tzinfo=UTC)


@pytest.fixture
def old_db(tmp_path: Path) -> Path:
    copy = tmp_path / "ward.sqlite3"
    shutil.copyfile(OLD_DEMO, copy)
    return copy


def plain_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and p.read_bytes()[:16] == PLAIN]


def test_the_upgrade_keeps_every_event_and_leaves_no_plain_file(
    old_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = open_workspace(old_db)
    events, head = before.store.count(), verify_log(before.db)
    before.db.close()
    assert head.ok
    cipher.remember_key(old_db, None)
    make_backup(old_db, "manual", before.clock.now())  # an old plain backup: removed too
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{DEMO_PASSWORD}\n"))
    assert cli.main(["audit", "verify", "--db", str(old_db), "--user", "admin"]) == 0
    captured = capsys.readouterr()
    assert f"OK, {events} events" in captured.out
    assert "RECOVERY KEY" in captured.err
    assert plain_files(old_db.parent) == []
    assert [b.path.name.endswith("-manual.sqlite3") for b in list_backups(old_db)] == [True]
    cipher.remember_key(old_db, None)  # a later run: admin's slot opens it
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{DEMO_PASSWORD}\n"))
    assert cli.main(["rebuild", "--check", "--db", str(old_db), "--user", "admin"]) == 0
    assert set(read_slots(old_db) or {}) == {"recovery", "user:admin"}


def test_a_wrong_password_leaves_the_plain_file_as_it_was(
    old_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = old_db.read_bytes()
    monkeypatch.setattr(sys, "stdin", io.StringIO("not the password\n"))
    assert cli.main(["audit", "verify", "--db", str(old_db), "--user", "admin"]) == 2
    assert old_db.read_bytes() == original and not (old_db.parent / "backups").exists()
    with pytest.raises(UpgradeRefusedError):
        encrypt_in_place(old_db, NOW, "nobody", DEMO_PASSWORD)


def test_without_a_user_the_plain_file_is_not_opened(old_db: Path) -> None:
    assert cli.main(["audit", "verify", "--db", str(old_db)]) == 2
    assert old_db.read_bytes()[:16] == PLAIN


def test_the_other_users_get_their_slot_at_their_next_sign_in(old_db: Path) -> None:
    upgraded = encrypt_in_place(old_db, NOW, "admin", DEMO_PASSWORD)
    assert unwrap_with_password(old_db, "nurse.li", DEMO_PASSWORD) is None
    ws = open_workspace(old_db, key=upgraded.key)
    assert not hasattr(auth.sign_in(ws, username="nurse.li", password=DEMO_PASSWORD), "code")
    ws.db.close()
    assert unwrap_with_password(old_db, "nurse.li", DEMO_PASSWORD) == upgraded.key
