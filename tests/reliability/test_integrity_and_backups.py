"""Start-up check, full check, a truly corrupted file, setting it aside, backups and restore."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from infusion_app import cli
from infusion_app.domain.clock import FakeClock
from infusion_app.services.context import Workspace
from infusion_app.services.recovery import open_checked
from infusion_app.store import backups
from infusion_app.store.backups import Backup, backup_if_due, kept, list_backups, rotate
from infusion_app.store.integrity import (
    DamagedDatabase,
    RestoreRefusedError,
    check_file,
    damage,
    restore,
    set_aside,
    verify_recent,
)
from tests.reliability.conftest import corrupt


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_sound_file_passes_the_quick_and_the_full_check(closed_db: Path) -> None:
    assert check_file(closed_db).ok
    full = check_file(closed_db, full=True)
    assert full.ok and full.full and full.events_checked > 80


def test_a_corrupted_file_is_reported_and_never_written_to(closed_db: Path) -> None:
    corrupt(closed_db)
    before = digest(closed_db)
    found = damage(closed_db)
    assert isinstance(found, DamagedDatabase)
    assert found.problems and "damaged" in found.message
    assert found.newest_backup is not None and found.newest_backup.exists()
    assert isinstance(open_checked(closed_db), DamagedDatabase)
    assert digest(closed_db) == before  # nothing written, nothing moved
    wal = Path(str(closed_db) + "-wal")  # SQLite's read-only open may make an empty one
    assert not wal.exists() or wal.stat().st_size == 0


def test_set_aside_renames_the_damaged_files_and_offers_the_newest_backup(
    closed_db: Path, clock: FakeClock
) -> None:
    corrupt(closed_db)
    Path(str(closed_db) + "-wal").write_bytes(b"")
    offered = set_aside(closed_db, clock.now())
    assert not closed_db.exists() and not Path(str(closed_db) + "-wal").exists()
    aside = sorted(closed_db.parent.glob("ward.sqlite3.damaged-*"))
    assert [p.name.endswith("-wal") for p in aside] == [False, True]
    assert offered == list_backups(closed_db)[0].path
    restored = restore(offered, closed_db, clock.now())
    assert restored.replaced_by_restore is None and restored.events > 0
    assert isinstance(open_checked(closed_db), Workspace)


def test_restore_refuses_a_damaged_backup_and_replaces_nothing(
    closed_db: Path, clock: FakeClock
) -> None:
    bad = list_backups(closed_db)[0].path
    corrupt(bad)
    before = digest(closed_db)
    with pytest.raises(RestoreRefusedError):
        restore(bad, closed_db, clock.now())
    assert digest(closed_db) == before
    assert not list(closed_db.parent.glob("*.replaced-*"))


def test_restore_keeps_the_replaced_file_aside(closed_db: Path, clock: FakeClock) -> None:
    before = digest(closed_db)
    done = restore(list_backups(closed_db)[0].path, closed_db, clock.now())
    assert done.replaced_by_restore is not None and digest(done.replaced_by_restore) == before
    assert check_file(closed_db, full=True).ok


def test_the_recent_chain_check_finds_a_changed_event(site: Workspace) -> None:
    assert verify_recent(site.db).ok
    site.db.execute("DROP TRIGGER events_no_update")
    site.db.execute("UPDATE events SET actor = 'mallory' WHERE seq = (SELECT max(seq) FROM events)")
    assert not verify_recent(site.db).ok
    assert verify_recent(site.db, per_device=1).problems


def test_backups_at_milestones_and_hourly(site: Workspace, clock: FakeClock) -> None:
    first = backup_if_due(site, "session_started")
    assert first is not None and check_file(first, full=True).ok
    assert backup_if_due(site, "hourly") is None  # one was taken less than 55 min ago
    clock.advance(3600)
    assert backup_if_due(site, "hourly") is not None
    assert backup_if_due(site, "session_signed") is not None
    assert [b.reason for b in list_backups(backups.database_file(site.db))] == [
        "session_signed",
        "hourly",
        "session_started",
    ]


def test_a_failed_backup_does_not_stop_the_ward(site: Workspace, db_path: Path) -> None:
    (db_path.parent / "backups").write_text("a file where the folder should be")
    assert backup_if_due(site, "session_ended") is None


def test_rotation_keeps_the_last_24_and_one_a_day_for_30_days(tmp_path: Path) -> None:
    now = datetime(2026, 11, 24, 12, tzinfo=UTC)
    hourly = [Backup(tmp_path / f"h{i}", now - timedelta(hours=i), "hourly") for i in range(100)]
    old = [Backup(tmp_path / f"d{i}", now - timedelta(days=i), "hourly") for i in range(5, 40)]
    keep = kept(hourly + old, now, keep_last=24, daily_days=30)
    assert {tmp_path / f"h{i}" for i in range(24)} <= keep
    days = {b.taken_at.date() for b in hourly + old if b.path in keep}
    assert len(days) == 30 and min(days) == now.date() - timedelta(days=29)
    assert len(keep) == 24 + 30 - len({b.taken_at.date() for b in hourly[:24]})


def test_rotate_deletes_old_files_and_leftover_partials(site: Workspace, clock: FakeClock) -> None:
    path = backups.database_file(site.db)
    assert path is not None
    for _ in range(30):
        backup_if_due(site, "session_ended")
        clock.advance(60)
    (path.parent / "backups" / "x.sqlite3.partial").write_bytes(b"half")
    rotate(path, clock.now())
    assert len(list_backups(path)) == 24
    assert not list((path.parent / "backups").glob("*.partial"))


# --- the commands --------------------------------------------------------------------------


def test_check_backup_restore_commands(closed_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(closed_db)]
    assert cli.main(["check", *db]) == 0
    assert cli.main(["check", "--full", *db]) == 0
    assert "check (full): OK" in capsys.readouterr().out
    assert cli.main(["backup", *db]) == 0
    made = Path(capsys.readouterr().out.split("backup: ")[1].strip())
    assert made.exists()
    corrupt(closed_db)
    assert cli.main(["check", *db]) == 1
    assert "DAMAGED" in capsys.readouterr().err
    assert cli.main(["restore", str(made), *db]) == 0
    assert "kept as" in capsys.readouterr().out
    assert cli.main(["check", "--full", *db]) == 0


def test_a_damaged_database_is_not_opened_for_writing_by_the_check(closed_db: Path) -> None:
    corrupt(closed_db)
    before = digest(closed_db)
    assert cli.main(["check", "--full", "--db", str(closed_db)]) == 1
    assert digest(closed_db) == before
    assert not list(closed_db.parent.glob("*.damaged-*"))  # the check moves nothing


def test_a_file_killed_while_being_created_is_not_damaged(db_path: Path) -> None:
    """Found by the kill-anywhere bench: a kill before the first migration committed."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("BEGIN")
    conn.execute("CREATE TABLE events (seq INTEGER)")  # the migration, never committed
    conn.close()
    assert damage(db_path) is None
    opened = open_checked(db_path)
    assert isinstance(opened, Workspace) and opened.store.count() == 0
    opened.db.close()
