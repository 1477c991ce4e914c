"""Disk full, read-only file, locked file: made to happen for real, not mocked.

Each failure must give a StoreEnvironmentError with a plain message, leave nothing
half-written (events, chain head and read models exactly as before, the chain intact) and let
the same entry be saved once the cause is gone.
"""

from __future__ import annotations

import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from infusion_app.domain.clock import FakeClock
from infusion_app.domain.roles import Role
from infusion_app.services import participants, users
from infusion_app.services.context import Accepted, Actor, Workspace
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.store import cipher
from infusion_app.store.audit import verify_log
from infusion_app.store.errors import Cause, StoreEnvironmentError, environment_cause
from infusion_app.store.event_store import EventStore
from infusion_app.store.integrity import open_read_only
from infusion_app.store.read_models import READ_MODEL_TABLES
from infusion_app.store.rebuild import rebuild_check, table_rows
from tests.conftest import PASSWORD


def snapshot(ws: Workspace) -> dict[str, Any]:
    """Everything an append can change: the log, the chain heads and every read model."""
    tables = {t: table_rows(ws.db, t) for t in (*READ_MODEL_TABLES, "events", "chain_heads")}
    return {"count": ws.store.count(), **tables}


def register(ws: Workspace, actor: Actor, number: int) -> Any:
    return participants.register_participant(
        ws,
        actor,
        subject_code=f"HPV-{number:03d}",
        initials="AB",
        year_of_birth=1980,
        arm="huc_msc",
        consent_date="2026-11-20",
    )


def assert_nothing_half_written(ws: Workspace, before: dict[str, Any]) -> None:
    assert snapshot(ws) == before
    assert verify_log(ws.db).ok
    assert rebuild_check(ws.db) == []


def refused_then_saved(
    ws: Workspace, entry: Callable[[], Any], cause: Cause, fix: Callable[[], None]
) -> None:
    """The entry fails with ``cause`` and writes nothing; after ``fix`` the same entry saves."""
    before = snapshot(ws)
    with pytest.raises(StoreEnvironmentError) as failed:
        entry()
    assert failed.value.cause is cause
    assert "nothing was saved" in failed.value.message
    assert "your entry is still on screen" in failed.value.message
    assert_nothing_half_written(ws, before)
    fix()
    assert isinstance(entry(), Accepted)
    assert ws.store.count() > before["count"] and verify_log(ws.db).ok


# --- disk full -------------------------------------------------------------------------------


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 1 MiB tmpfs file system (needs root); skipped where mounting is not allowed."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr!r}")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def fill_until_full(ws: Workspace, investigator: Actor) -> int:
    """Register participants until the store refuses one; check that refusal; its number."""
    for number in range(1, 999):
        before = snapshot(ws)
        try:
            assert isinstance(register(ws, investigator, number), Accepted)
        except StoreEnvironmentError as error:
            assert error.cause is Cause.DISK_FULL
            assert error.message == (
                "The disk is full: nothing was saved. Free space or call IT; "
                "your entry is still on screen."
            )
            assert_nothing_half_written(ws, before)
            return number
    raise AssertionError("the disk never filled")


def test_a_full_disk_saves_nothing_and_the_entry_saves_once_space_is_freed(
    tiny_disk: Path, clock: FakeClock, investigator: Actor
) -> None:
    ws = open_workspace(tiny_disk / "ward.sqlite3", clock)
    users.initialize_site(
        ws, site_code="SH-TJ01", username="admin", full_name="Ada Admin", password=PASSWORD
    )
    admin = Actor("admin", "Ada Admin", Role.ADMIN)
    users.add_user(
        ws, admin, username="dr.wang", full_name="Wang Fang", role="investigator", password=PASSWORD
    )
    number = fill_until_full(ws, investigator)
    subprocess.run(["mount", "-o", "remount,size=8m", str(tiny_disk)], check=True)  # space freed
    assert isinstance(register(ws, investigator, number), Accepted)
    assert verify_log(ws.db).ok and rebuild_check(ws.db) == []
    ws.db.close()


def test_a_full_database_by_page_limit_saves_nothing(site: Workspace, investigator: Actor) -> None:
    """Where no file system can be mounted: SQLite's max_page_count makes the file full."""
    pages = site.db.execute("PRAGMA page_count").fetchone()[0]
    site.db.execute(f"PRAGMA max_page_count = {pages + 2}")
    number = fill_until_full(site, investigator)
    site.db.execute(f"PRAGMA max_page_count = {pages * 4}")
    assert isinstance(register(site, investigator, number), Accepted)
    assert verify_log(site.db).ok and rebuild_check(site.db) == []


# --- read-only -------------------------------------------------------------------------------


def test_a_read_only_file_saves_nothing(
    site: Workspace, db_path: Path, clock: FakeClock, investigator: Actor
) -> None:
    """Opened with SQLite's read-only flag: what a chmod 444 file gives any user but root."""
    read_only = open_read_only(db_path)
    ws = Workspace(read_only, EventStore(read_only, clock), site.protocol, clock)

    def writable_again() -> None:
        ws.db = site.db
        ws.store = site.store

    refused_then_saved(ws, lambda: register(ws, investigator, 1), Cause.READ_ONLY, writable_again)
    read_only.close()


def test_query_only_saves_nothing(site: Workspace, investigator: Actor) -> None:
    site.db.execute("PRAGMA query_only = ON")

    def writable() -> None:
        site.db.execute("PRAGMA query_only = OFF")

    refused_then_saved(site, lambda: register(site, investigator, 1), Cause.READ_ONLY, writable)


def test_a_read_only_folder_is_a_plain_message_at_opening(tmp_path: Path, clock: FakeClock) -> None:
    """A real read-only bind mount: the file cannot even be opened for writing."""
    source, view = tmp_path / "data", tmp_path / "view"
    source.mkdir()
    view.mkdir()
    open_workspace(source / "ward.sqlite3", clock).db.close()
    untouched = (source / "ward.sqlite3").read_bytes()
    bind = subprocess.run(["mount", "--bind", str(source), str(view)], check=False)
    if bind.returncode != 0:
        pytest.skip("cannot bind-mount here")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(view)], check=True)
        with pytest.raises(StoreEnvironmentError) as failed:
            open_workspace(view / "ward.sqlite3", clock)
        assert failed.value.cause is Cause.CANNOT_OPEN
    finally:
        subprocess.run(["umount", "-l", str(view)], check=False)
    assert (source / "ward.sqlite3").read_bytes() == untouched


# --- locked ----------------------------------------------------------------------------------


def test_a_locked_file_saves_nothing_and_saves_once_released(
    site: Workspace, db_path: Path, investigator: Actor
) -> None:
    site.db.execute("PRAGMA busy_timeout = 200")  # the app waits 5 s; the test need not
    other = cipher.open_connection(db_path, cipher.known_key(db_path))
    other.execute("BEGIN EXCLUSIVE")

    def release() -> None:
        other.execute("ROLLBACK")

    refused_then_saved(site, lambda: register(site, investigator, 1), Cause.LOCKED, release)
    other.close()


# --- what is a bug stays a bug ------------------------------------------------------------------


def test_a_bug_is_not_blamed_on_the_environment(site: Workspace) -> None:
    with pytest.raises(cipher.IntegrityError) as error:
        site.db.execute("DELETE FROM events")
    assert environment_cause(error.value) is None
    assert environment_cause(sqlite3.OperationalError("no such table: x")) is None
    assert environment_cause(cipher.OperationalError("no such table: x")) is None
    assert environment_cause(OSError(28, "No space left on device")) is Cause.DISK_FULL
