"""Writes seldom run a WAL checkpoint themselves: the housekeeping tick copies the WAL in."""

from __future__ import annotations

from pathlib import Path

from infusion_app.store.database import WAL_AUTOCHECKPOINT_PAGES, checkpoint_idle, connect


def test_the_wal_is_left_to_the_idle_checkpoint(tmp_path: Path) -> None:
    path = tmp_path / "ward.sqlite3"
    db = connect(path)
    try:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL: every commit synced
        assert db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == WAL_AUTOCHECKPOINT_PAGES
        checkpoint_idle(db)
        db.execute("CREATE TABLE scratch (n INTEGER, text TEXT)")
        before = path.stat().st_size
        for n in range(900):  # each its own commit, as clinical writes are: > 1000 pages
            db.execute("INSERT INTO scratch VALUES (?, ?)", [n, "x" * 3000])
        assert path.stat().st_size == before  # all in the WAL: no write ran a checkpoint
        checkpoint_idle(db)
        assert path.stat().st_size > before + 900 * 3000  # now in the database file itself
    finally:
        db.close()
