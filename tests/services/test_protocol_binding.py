"""The protocol a record ran under: the database is bound to its trial, and each session
keeps the version and SHA-256 of the protocol file it was scheduled under."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from infusion_app.domain.clock import FakeClock
from infusion_app.domain.protocol import ProtocolError
from infusion_app.protocol_files import default_protocol_path
from infusion_app.reports.pdf_html import record_html
from infusion_app.reports.session_record import gather
from infusion_app.services import users
from infusion_app.services.context import Workspace
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.store.audit import verify_log
from infusion_app.store.rebuild import rebuild_check
from tests.conftest import PASSWORD
from tests.services.replay_day import Day

SHIPPED = default_protocol_path()
OLD_DEMO = Path(__file__).resolve().parents[1] / "fixtures" / "demo_05c2d4e.sqlite3"


def other_trial(folder: Path, trial: str = "NCT09999999", version: str = "1.0") -> Path:
    """The shipped protocol file with another trial id (and version)."""
    text = SHIPPED.read_text(encoding="utf-8")
    text = text.replace('id = "NCT06610773"', f'id = "{trial}"', 1)
    text = text.replace('version = "1.0"', f'version = "{version}"', 1)
    path = folder / f"{trial}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_database_refuses_another_trials_protocol_file(tmp_path: Path, clock: FakeClock) -> None:
    db = tmp_path / "ward.sqlite3"
    ws = open_workspace(db, clock, other_trial(tmp_path))
    users.initialize_site(
        ws, site_code="SH-TJ01", username="admin", full_name="A", password=PASSWORD
    )
    ws.db.close()
    with pytest.raises(ProtocolError) as refused:
        open_workspace(db, clock)  # the shipped NCT06610773 file
    message = str(refused.value)
    assert "this database was set up for trial NCT09999999" in message
    assert "this protocol file is for NCT06610773" in message
    assert "--protocol" in message
    again = open_workspace(db, clock, other_trial(tmp_path))  # its own trial's file opens
    assert again.protocol.id == "NCT09999999"
    again.db.close()


def test_an_amended_file_of_the_same_trial_opens(tmp_path: Path, clock: FakeClock) -> None:
    db = tmp_path / "ward.sqlite3"
    ws = open_workspace(db, clock)
    users.initialize_site(
        ws, site_code="SH-TJ01", username="admin", full_name="A", password=PASSWORD
    )
    ws.db.close()
    amended = other_trial(tmp_path, trial="NCT06610773", version="1.1")
    reopened = open_workspace(db, clock, amended)
    assert reopened.protocol.version == "1.1"
    reopened.db.close()


def test_each_session_keeps_the_protocol_file_it_was_scheduled_under(site: Workspace) -> None:
    day = Day(site)
    day.schedule()
    scheduled = next(
        e for e in site.store.events(session=day.session_id) if e.type == "session.scheduled"
    )
    expected = hashlib.sha256(SHIPPED.read_bytes()).hexdigest()
    assert scheduled.payload["protocol_id"] == "NCT06610773"
    assert scheduled.payload["protocol_version"] == "1.0"
    assert scheduled.payload["protocol_sha256"] == expected
    record = gather(site, day.session_id)
    assert (record.session.protocol_version, record.session.protocol_sha256) == ("1.0", expected)
    html = record_html(record, 800)
    assert f"NCT06610773 version 1.0 · SHA-256 {expected}" in html
    assert verify_log(site.db).ok and rebuild_check(site.db) == []


def test_a_session_scheduled_by_05c2d4e_says_its_version_was_not_recorded(
    tmp_path: Path,
) -> None:
    copy = tmp_path / "ward.sqlite3"
    shutil.copyfile(OLD_DEMO, copy)
    ws = open_workspace(copy)
    try:
        session_id = str(ws.db.execute("SELECT id FROM sessions LIMIT 1").fetchone()[0])
        html = record_html(gather(ws, session_id), 800)
        assert verify_log(ws.db).ok and rebuild_check(ws.db) == []
    finally:
        ws.db.close()
    assert "not recorded (scheduled before the version was kept with each session)" in html
