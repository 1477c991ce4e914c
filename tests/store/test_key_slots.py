"""The database and its backups are encrypted; the key opens only through a key slot."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from infusion_app.domain.clock import FakeClock
from infusion_app.services import passwords
from infusion_app.services.context import Workspace
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.store import cipher, key_slots
from infusion_app.store.backups import make_backup
from infusion_app.store.database import WrongDatabaseKeyError
from infusion_app.store.key_slots import (
    parse_recovery_key,
    read_slots,
    recovery_key_text,
    slots_file,
    unwrap_with_password,
    unwrap_with_recovery_key,
)
from tests.conftest import PASSWORD


def forget_key(path: Path) -> None:
    """As a new run of the app: nothing of the key is left in memory."""
    cipher.remember_key(path, None)


def test_the_file_and_its_backup_are_not_sqlite_without_the_key(
    site: Workspace, db_path: Path
) -> None:
    backup = make_backup(db_path, "manual", site.clock.now())
    site.db.close()
    for path in (db_path, backup):
        assert not path.read_bytes().startswith(b"SQLite format 3")
        with sqlite3.connect(path) as plain, pytest.raises(sqlite3.DatabaseError):
            plain.execute("SELECT * FROM users").fetchall()
    assert b"Ada Admin" not in db_path.read_bytes() + backup.read_bytes()


def test_a_password_opens_its_own_slot_and_nothing_else(site: Workspace, db_path: Path) -> None:
    key = cipher.known_key(db_path)
    assert unwrap_with_password(db_path, "nurse.li", PASSWORD) == key
    assert unwrap_with_password(db_path, "nurse.li", PASSWORD + "x") is None
    assert unwrap_with_password(db_path, "nobody", PASSWORD) is None
    slots = read_slots(db_path) or {}
    assert set(slots) == {"user:admin", "user:nurse.li", "user:dr.wang", "user:pharm.zhao"}
    text = slots_file(db_path).read_text()
    assert key is not None and key.hex() not in text and "argon2" not in text  # no hash either


def test_the_wrong_key_opens_nothing(site: Workspace, db_path: Path, clock: FakeClock) -> None:
    site.db.close()
    forget_key(db_path)
    with pytest.raises(WrongDatabaseKeyError):
        open_workspace(db_path, clock, key=cipher.new_key())
    with pytest.raises(WrongDatabaseKeyError):
        open_workspace(db_path, clock)  # no key at all


def test_a_backup_opens_with_the_slots_it_carries(
    site: Workspace, db_path: Path, clock: FakeClock
) -> None:
    backup = make_backup(db_path, "manual", clock.now())
    site.db.close()
    forget_key(db_path)
    forget_key(backup)
    key = unwrap_with_password(backup, "dr.wang", PASSWORD)  # reads <backup>.keys
    assert key is not None
    copy = open_workspace(backup, clock, key=key)
    assert copy.db.execute("SELECT count(*) FROM users").fetchone()[0] == 4
    copy.db.close()


def test_the_recovery_key_opens_the_file_and_is_typed_loosely(
    site: Workspace, db_path: Path
) -> None:
    assert site.keys is not None
    text = site.keys.set_recovery_key()
    assert len(text.split("-")) == 13
    recovery = parse_recovery_key(" " + text.lower().replace("-", " ") + "\n")
    assert recovery is not None and recovery_key_text(recovery) == text
    assert unwrap_with_recovery_key(db_path, recovery) == cipher.known_key(db_path)
    assert unwrap_with_recovery_key(db_path, cipher.new_key()) is None
    assert parse_recovery_key("ABCD-EFGH") is None


def test_slots_are_derived_as_the_password_hashes_are() -> None:
    cost = key_slots.PRODUCTION_COST
    assert (cost.memory_kib, cost.passes, cost.lanes) == (
        passwords.MEMORY_KIB,
        passwords.PASSES,
        passwords.LANES,
    )
