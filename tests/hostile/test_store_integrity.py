"""The file's integrity as ``check``, ``rebuild``, ``backup`` and ``audit verify`` report it.

Found on 05c2d4e: ``rebuild`` (without ``--check``) failed on a sound file with a FOREIGN KEY
error; a sound file on read-only media was called DAMAGED and ``backup`` there ended in a
traceback; a dropped append-only trigger and a role changed in ``users`` went unreported;
``audit verify`` run while the app was writing said events were removed.
"""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from infusion_app.domain.clock import FakeClock
from infusion_app.services import auth
from infusion_app.services.context import Actor, Workspace
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.store import cipher
from infusion_app.store.integrity import damage
from tests.hostile.conftest import assert_sound, run_cli

Capsys = pytest.CaptureFixture[str]


def test_rebuild_without_check_works_on_a_sound_file(
    capsys: Capsys, db_path: Path, session_id: str
) -> None:
    ran = run_cli(capsys, "rebuild", "--db", str(db_path))
    assert ran.status == 0, ran.err
    assert "rebuilt read models" in ran.out
    assert_sound(capsys, db_path)


def _sql(db: Path, statement: str) -> None:
    """As someone holding the file and its key would change it."""
    connection = cipher.open_connection(db, cipher.known_key(db))
    try:
        connection.execute(statement)
    finally:
        connection.close()


@pytest.mark.parametrize("trigger", ["events_no_update", "events_no_delete"])
def test_a_dropped_append_only_trigger_is_damage(
    capsys: Capsys, db_path: Path, session_id: str, trigger: str
) -> None:
    _sql(db_path, f"DROP TRIGGER {trigger}")
    for kind in ([], ["--full"]):
        ran = run_cli(capsys, "check", "--db", str(db_path), *kind)
        assert ran.status == 1
        assert f"trigger {trigger} is missing" in ran.err
    found = damage(db_path)  # the start-up check
    assert found is not None and "trigger" in found.message


def test_an_added_trigger_is_damage(capsys: Capsys, db_path: Path, session_id: str) -> None:
    _sql(db_path, "CREATE TRIGGER sneaky AFTER INSERT ON events BEGIN SELECT 1; END")
    ran = run_cli(capsys, "check", "--db", str(db_path))
    assert ran.status == 1 and "unexpected trigger sneaky" in ran.err


def test_a_role_changed_in_the_users_table_is_damage(
    capsys: Capsys, db_path: Path, session_id: str
) -> None:
    _sql(db_path, "UPDATE users SET role = 'investigator' WHERE username = 'nurse.li'")
    ran = run_cli(capsys, "check", "--db", str(db_path))
    assert ran.status == 1 and "users: the row for 'nurse.li' differs from the log" in ran.err
    assert damage(db_path) is not None  # the app refuses to open it at start-up


@pytest.fixture
def read_only_folder(tmp_path: Path, db_path: Path, session_id: str) -> Iterator[Path]:
    """``db_path``'s folder mounted again read-only (a write-protected stick): its path there."""
    mount_point = tmp_path.parent / f"{tmp_path.name}-ro"
    mount_point.mkdir()
    bind = ["mount", "--bind", str(db_path.parent), str(mount_point)]
    if subprocess.run(bind, capture_output=True, check=False).returncode != 0:
        pytest.skip("cannot bind-mount here (needs root and mount)")
    try:
        remount = ["mount", "-o", "remount,ro,bind", str(mount_point)]
        subprocess.run(remount, capture_output=True, check=True)
        yield mount_point / db_path.name
    finally:
        subprocess.run(["umount", str(mount_point)], capture_output=True, check=False)


def test_read_only_media_is_read_only_not_damaged(
    capsys: Capsys, site: Workspace, db_path: Path, read_only_folder: Path
) -> None:
    site.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    site.db.close()  # as after the app quit: no journal left beside the file
    cipher.remember_key(read_only_folder, cipher.known_key(db_path))  # the same file, mounted
    for kind in ([], ["--full"]):
        ran = run_cli(capsys, "check", "--db", str(read_only_folder), *kind)
        assert ran.status == 0, ran.err
        assert "file sound" in ran.out and "read-only" in ran.out
    ran = run_cli(capsys, "backup", "--db", str(read_only_folder))
    assert ran.status == 1
    assert "REFUSED" in ran.err and "Read-only file system" in ran.err
    assert ran.err.count("\n") == 1


def test_checks_read_one_snapshot_while_the_app_writes(
    capsys: Capsys, site: Workspace, db_path: Path, session_id: str, nurse: Actor
) -> None:
    for _ in range(1500):  # a log long enough that reading it takes a while
        auth.lock_screen(site, nurse, idle_seconds=1)
    stop = threading.Event()
    written: list[int] = []

    def write() -> None:
        ws = open_workspace(db_path, FakeClock())
        try:
            while not stop.is_set():
                auth.lock_screen(ws, nurse, idle_seconds=2)
                written.append(1)
        finally:
            ws.db.close()

    writer = threading.Thread(target=write, name="the app writing")
    writer.start()
    try:
        for _ in range(3):
            for command in (["audit", "verify"], ["check"], ["check", "--full"]):
                ran = run_cli(capsys, *command, "--db", str(db_path))
                assert ran.status == 0, f"{command}: {ran.err}"
            ran = run_cli(capsys, "rebuild", "--check", "--db", str(db_path))
            assert ran.status == 0, ran.err
    finally:
        stop.set()
        writer.join()
    assert len(written) > 10  # the writer really wrote meanwhile
    assert_sound(capsys, db_path)
