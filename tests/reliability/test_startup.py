"""Start-up as the ward laptop meets it: a damaged file is set aside and the newest backup
restored (never written to), a crash is reported, a clean quit is remembered."""

from __future__ import annotations

from pathlib import Path

from infusion_app.services.context import Workspace
from infusion_app.store.database import connect
from infusion_app.store.integrity import DamagedDatabase
from infusion_app.ui.startup import begin_run, open_for_window
from tests.reliability.test_integrity_and_backups import closed_db, corrupt  # noqa: F401 (fixture)


def test_a_damaged_file_is_set_aside_and_the_backup_restored(closed_db: Path) -> None:  # noqa: F811
    corrupt(closed_db)
    asked: list[str] = []
    opened = open_for_window(closed_db, None, ask=lambda _, d: asked.append(d.message) or True)
    assert asked and "damaged" in asked[0]
    assert isinstance(opened, Workspace)
    assert opened.db.execute("SELECT count(*) FROM participants").fetchone()[0] == 39
    assert list(closed_db.parent.glob("*.damaged-*")), "the damaged file is kept aside"
    opened.db.close()


def test_declining_the_restore_leaves_the_damaged_file_alone(closed_db: Path) -> None:  # noqa: F811
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
