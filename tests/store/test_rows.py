"""One read-model row written with plain SQL: the same rows sqlite-utils would write."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database
from sqlite_utils.db import NotFoundError

from infusion_app.store.rows import insert_row, update_row


@pytest.fixture
def db(tmp_path: Path) -> Database:
    db = Database(sqlite3.connect(tmp_path / "rows.db", isolation_level=None))
    db.execute("CREATE TABLE t (id TEXT PRIMARY KEY, n INTEGER, note TEXT, [order] TEXT)")
    return db


def test_insert_row_writes_what_sqlite_utils_writes(db: Database, tmp_path: Path) -> None:
    insert_row(db, "t", {"id": "a", "n": 1, "note": None, "order": "first"})
    insert_row(db, "t", {"id": "b", "n": 2, "note": {"x": [1, "é"]}})
    other = Database(sqlite3.connect(tmp_path / "other.db", isolation_level=None))
    other.execute("CREATE TABLE t (id TEXT PRIMARY KEY, n INTEGER, note TEXT, [order] TEXT)")
    other.table("t").insert({"id": "a", "n": 1, "note": None, "order": "first"})
    other.table("t").insert({"id": "b", "n": 2, "note": {"x": [1, "é"]}})
    query = "SELECT * FROM t ORDER BY id"
    assert db.execute(query).fetchall() == other.execute(query).fetchall()


def test_insert_row_refuses_a_duplicate_unless_told_to_ignore_it(db: Database) -> None:
    insert_row(db, "t", {"id": "a", "n": 1})
    with pytest.raises(sqlite3.IntegrityError):
        insert_row(db, "t", {"id": "a", "n": 2})
    insert_row(db, "t", {"id": "a", "n": 3}, ignore=True)
    assert db.execute("SELECT n FROM t").fetchall() == [(1,)]


def test_update_row_changes_one_row_and_refuses_a_missing_one(db: Database) -> None:
    insert_row(db, "t", {"id": "a", "n": 1})
    insert_row(db, "t", {"id": "b", "n": 1})
    update_row(db, "t", {"id": "a"}, {"n": 5, "order": "x"})
    assert db.execute("SELECT id, n, [order] FROM t ORDER BY id").fetchall() == [
        ("a", 5, "x"),
        ("b", 1, None),
    ]
    with pytest.raises(NotFoundError):
        update_row(db, "t", {"id": "zz"}, {"n": 1})
