"""Tamper detection (with the triggers dropped, as an attacker with the file could) and rebuilds."""

from __future__ import annotations

import pytest

from infusion_app.services.context import Workspace
from infusion_app.store.audit import verify_log
from infusion_app.store.read_models import READ_MODEL_TABLES
from infusion_app.store.rebuild import rebuild_check, rebuild_read_models, table_rows


def _drop_triggers(ws: Workspace) -> None:
    ws.db.execute("DROP TRIGGER events_no_update")
    ws.db.execute("DROP TRIGGER events_no_delete")


def test_an_intact_log_verifies(site: Workspace) -> None:
    report = verify_log(site.db)
    assert report.ok
    assert report.events_checked == site.store.count() == 5


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("id", "'01900000-0000-7000-8000-000000000000'"),
        ("device_id", "'another-laptop'"),
        ("device_seq", "device_seq + 10"),
        ("actor", "'mallory'"),
        ("participant", "'HPV-999'"),
        ("session", "'some-session'"),
        ("type", "'user.signed_out'"),
        ("payload", "replace(payload, 'Li Na', 'Lee Na')"),
        ("occurred_at", "'2020-01-01T00:00:00.000000Z'"),
        ("recorded_at", "'2020-01-01T00:00:00.000000Z'"),
        ("prev_hash", "'" + "1" * 64 + "'"),
        ("hash", "'" + "2" * 64 + "'"),
    ],
)
def test_a_change_to_any_column_is_found_and_named(
    site: Workspace, column: str, value: str
) -> None:
    target = list(site.store.events())[2]  # nurse.li added
    _drop_triggers(site)
    site.db.execute(f"UPDATE events SET {column} = {value} WHERE id = ?", [target.id])
    report = verify_log(site.db)
    assert not report.ok
    first = report.problems[0]
    assert first.seq == 3 or column in ("id",), str(first)
    assert first.event_id in (target.id, "01900000-0000-7000-8000-000000000000")


def test_a_deleted_event_in_the_middle_is_found(site: Workspace) -> None:
    _drop_triggers(site)
    site.db.execute("DELETE FROM events WHERE seq = 2")
    report = verify_log(site.db)
    assert not report.ok and report.problems[0].seq == 3
    assert "missing" in report.problems[0].message


def test_a_deleted_last_event_is_found_by_the_chain_head(site: Workspace) -> None:
    _drop_triggers(site)
    site.db.execute("DELETE FROM events WHERE seq = (SELECT max(seq) FROM events)")
    report = verify_log(site.db)
    assert not report.ok
    assert "removed" in report.problems[0].message


def test_reordered_events_are_found(site: Workspace) -> None:
    _drop_triggers(site)
    site.db.execute("UPDATE events SET seq = 100 WHERE seq = 2")
    assert not verify_log(site.db).ok


def test_rebuild_gives_the_same_tables(site: Workspace) -> None:
    before = {table: table_rows(site.db, table) for table in READ_MODEL_TABLES}
    assert rebuild_check(site.db) == []
    assert rebuild_read_models(site.db) == site.store.count()
    assert {table: table_rows(site.db, table) for table in READ_MODEL_TABLES} == before


def test_rebuild_check_reports_a_changed_read_model(site: Workspace) -> None:
    site.db.execute("UPDATE users SET role = 'admin' WHERE username = 'nurse.li'")
    differences = rebuild_check(site.db)
    assert [d.table for d in differences] == ["users"]
    assert differences[0].stored is not None and "admin" in differences[0].stored
    assert differences[0].rebuilt is not None and "nurse" in differences[0].rebuilt
    # the check works on a copy: the damaged row is still there for the investigator to see
    assert (
        site.db.execute("SELECT role FROM users WHERE username='nurse.li'").fetchone()[0] == "admin"
    )
