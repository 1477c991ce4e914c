"""Start-up as the ward laptop meets it: a damaged file is set aside and the newest backup
restored (never written to), a crash is reported, a clean quit is remembered."""

from __future__ import annotations

from pathlib import Path

import pytest

from infusion_app.app import main
from infusion_app.services.context import Workspace
from infusion_app.store import early_check
from infusion_app.store.database import connect
from infusion_app.store.early_check import EarlyCheck
from infusion_app.store.integrity import DamagedDatabase
from infusion_app.ui.startup import begin_run, open_for_window
from tests.reliability.conftest import corrupt


def test_a_damaged_file_is_set_aside_and_the_backup_restored(closed_db: Path) -> None:
    corrupt(closed_db)
    asked: list[str] = []
    opened = open_for_window(closed_db, None, ask=lambda _, d: asked.append(d.message) or True)
    assert asked and "damaged" in asked[0]
    assert isinstance(opened, Workspace)
    assert opened.db.execute("SELECT count(*) FROM participants").fetchone()[0] == 39
    assert list(closed_db.parent.glob("*.damaged-*")), "the damaged file is kept aside"
    opened.db.close()


def test_declining_the_restore_leaves_the_damaged_file_alone(closed_db: Path) -> None:
    corrupt(closed_db)
    before = closed_db.read_bytes()
    opened = open_for_window(closed_db, None, ask=lambda *_: False)
    assert isinstance(opened, DamagedDatabase)
    assert closed_db.read_bytes() == before


def test_an_unexpected_stop_is_reported_then_a_clean_one_is_not(
    workspace: Workspace, db_path: Path
) -> None:
    assert begin_run(workspace, db_path) is None  # first run: nothing to say
    again = begin_run(workspace, db_path)  # the marker was left: the app did not quit cleanly
    assert again is not None and again.unexpected_stop
    from infusion_app.store.integrity import mark_stopped_cleanly

    mark_stopped_cleanly(db_path)
    assert begin_run(workspace, db_path) is None
    connect(db_path).close()


def test_the_window_waits_for_the_early_check_and_never_writes_a_damaged_file(
    closed_db: Path,
) -> None:
    corrupt(closed_db)
    before = closed_db.read_bytes()
    early = EarlyCheck(closed_db)  # begun as infusion_app.app begins it, before Qt loads
    asked: list[str] = []
    opened = open_for_window(closed_db, None, lambda _, d: asked.append(d.message) or False, early)
    assert isinstance(opened, DamagedDatabase) and asked and "damaged" in asked[0]
    assert closed_db.read_bytes() == before


def test_an_early_check_of_another_file_is_not_taken_for_this_one(
    closed_db: Path,
    tmp_path: Path,
) -> None:
    corrupt(closed_db)
    sound = EarlyCheck(tmp_path / "not-there-yet.sqlite3")  # no file: nothing to find
    assert sound.result() is None
    opened = open_for_window(closed_db, None, lambda *_: False, sound)
    assert isinstance(opened, DamagedDatabase)  # this file was checked itself


def test_an_error_inside_the_check_reaches_the_start_not_a_silent_pass(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unreadable(path: Path) -> None:
        raise PermissionError(f"cannot read {path}")

    monkeypatch.setattr(early_check, "damage", unreadable)
    early = EarlyCheck(tmp_path / "ward.sqlite3")
    with pytest.raises(PermissionError):
        early.result()


def test_the_app_reports_a_damaged_file_found_by_the_early_check(
    closed_db: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    corrupt(closed_db)
    before = closed_db.read_bytes()
    assert main(["--self-test", "--db", str(closed_db)]) == 2
    assert "damaged" in capsys.readouterr().err
    assert closed_db.read_bytes() == before
