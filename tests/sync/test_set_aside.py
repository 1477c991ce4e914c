"""An event the server cannot take in is set aside; the rest of the log still syncs.

The laptop's log stays as it is (append-only, its chain verifies); the event is listed as an
``unsendable`` discrepancy and the status line says it could not be sent. The server keeps a
stand-in with the event's exact hashed text, so the chain stays whole there and on the other
laptops, which keep the event out of their read models.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest

from infusion_app.demo import make_demo
from infusion_app.domain.clock import FakeClock
from infusion_app.domain.event_shapes import payload_fields
from infusion_app.domain.events import EventDraft, EventType
from infusion_app.services.context import Workspace
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.store import sync_state
from infusion_app.store.audit import verify_log
from infusion_app.store.read_models import PROJECTORS
from infusion_app.store.rebuild import rebuild_read_models
from infusion_app.sync.enrol import enrol_laptop
from infusion_app.sync.errors import SyncError
from infusion_app.sync.server_admin import init_server
from infusion_app.sync.server_checks_sql import SET_ASIDE_TYPE
from tests.sync.conftest import Laptop, sync
from tests.sync.helpers import event_ids, filler, set_up_site


def unsendable(ws: Workspace) -> list[dict[str, Any]]:
    return list(ws.db.query("SELECT * FROM discrepancies WHERE kind = 'unsendable'"))


def server_types(url: str) -> list[str]:
    with psycopg.connect(url) as conn:
        rows = conn.execute("SELECT type FROM infusion.events ORDER BY server_seq").fetchall()
    return [str(row[0]) for row in rows]


def assert_sound(ws: Workspace) -> None:
    report = verify_log(ws.db)
    assert report.ok, report.problems
    rebuild_read_models(ws.db)


def test_a_nul_in_an_event_sets_it_aside_and_the_rest_syncs(
    laptop: Laptop, server_url: str
) -> None:
    ward, bed = laptop("ward"), laptop("bed")
    set_up_site(ward)
    # What a NUL typed into the user name of a failed sign-in left in the log before 05c2d4e's
    # successor refused it at the field: PostgreSQL cannot store it at all.
    ward.store.append([EventDraft(EventType.USER_SIGN_IN_FAILED, "dr.\x00wang", {"counts": 0})])
    filler(ward, 3)
    report = sync(ward)
    assert report.pushed == ward.store.count() and report.pending == 0
    [aside] = unsendable(ward)
    assert "NUL character in actor" in aside["summary"]
    assert server_types(server_url).count(SET_ASIDE_TYPE) == 1
    filler(ward, 2)  # later events go up as usual
    assert sync(ward).pushed == 2
    assert len(unsendable(ward)) == 1, "set aside once, not again at every sync"
    pulled = sync(bed)
    assert event_ids(bed) == event_ids(ward)
    held = bed.db.execute("SELECT held_reason FROM pulled_events WHERE applied = 0").fetchall()
    assert len(held) == 1 and "NUL character" in held[0][0]
    for ws in (ward, bed):
        assert_sound(ws)
    assert pulled.pulled == ward.store.count()


def test_an_event_the_server_refuses_is_set_aside_in_plain_words(
    laptop: Laptop, server_url: str
) -> None:
    ward, bed = laptop("ward"), laptop("bed")
    set_up_site(ward)
    filler(ward, 2)
    # A user the site never added (a laptop restored from elsewhere, a tampered log).
    ward.store.append([EventDraft(EventType.USER_SCREEN_LOCKED, "mallory", {})])
    filler(ward, 2)
    report = sync(ward, batch_size=3)  # the refused event in the middle of a batch
    assert report.pushed == ward.store.count()
    [aside] = unsendable(ward)
    assert aside["summary"].endswith(
        f"({EventType.USER_SCREEN_LOCKED}): mallory is not a user of site SH-TJ01"
    )
    status = sync_state.status(ward.db, ward.store.device_id)
    assert status.last_error is None and status.pending == 0
    sync(bed)
    assert event_ids(bed) == event_ids(ward)
    assert bed.db.execute("SELECT 1 FROM users WHERE username = 'mallory'").fetchone() is None
    for ws in (ward, bed):
        assert_sound(ws)
    assert server_types(server_url).count(SET_ASIDE_TYPE) == 1


def test_a_stand_in_that_does_not_carry_its_event_is_refused(
    laptop: Laptop, memory_keyring: Any
) -> None:
    """A stand-in is checked against its hash like any event: it cannot smuggle another."""
    import json

    from infusion_app.domain.events import hashed_text
    from tests.sync.test_server_hostile import as_device, forged, push_row

    ward = laptop("ward")
    set_up_site(ward)
    sync(ward)
    with as_device(ward, memory_keyring) as conn:
        row = forged(conn, ward)
        text = hashed_text(
            *[row[k] for k in ("id", "device_id", "device_seq", "actor")],
            None,
            None,
            "user.screen_locked",
            row["payload"],
            row["occurred_at"],
            row["recorded_at"],
            row["prev_hash"],
        )
        changed = text.replace("nurse.li", "dr.wang")
        for content in (changed, "not json", json.dumps([1, 2])):
            stand_in = {
                **row,
                "type": SET_ASIDE_TYPE,
                "actor": "",
                "occurred_at": "",
                "payload": json.dumps({"content": content, "problem": "x"}),
            }
            with pytest.raises(psycopg.Error, match="do not match its hash"):
                push_row(conn, stand_in)
            conn.rollback()
        honest = {
            **row,
            "type": SET_ASIDE_TYPE,
            "actor": "",
            "occurred_at": "",
            "payload": json.dumps({"content": text, "problem": "x"}),
        }
        push_row(conn, honest)


@pytest.mark.parametrize("made_by", ["this version", "05c2d4e"])
def test_every_event_the_app_writes_passes_the_server_s_checks(
    made_by: str, tmp_path: Path, clock: FakeClock, server_url: str
) -> None:
    """The demo site (every kind of record, 24 event types) goes up whole: nothing set aside.
    The 05c2d4e demo is a laptop of an older version syncing with an upgraded server."""
    path = tmp_path / "demo.sqlite3"
    if made_by == "05c2d4e":
        shutil.copyfile(Path(__file__).parents[1] / "fixtures" / "demo_05c2d4e.sqlite3", path)
    else:
        make_demo(path, now=datetime(2026, 11, 24, 3, 0, tzinfo=UTC))
    ws = open_workspace(path, clock)
    try:
        enrol_laptop(ws.db, clock, server_url)
        report = sync(ws)
        assert report.pushed == ws.store.count() > 150
        assert unsendable(ws) == []
        assert SET_ASIDE_TYPE not in server_types(server_url)
    finally:
        ws.db.close()


def test_every_event_type_has_its_shape() -> None:
    """A new event type gets its payload's shape with its projector (the server refuses a
    type it does not know)."""
    assert set(payload_fields()) == set(PROJECTORS)


def test_an_event_type_the_server_lacks_waits_for_its_upgrade_and_is_never_set_aside(
    laptop: Laptop, server_url: str
) -> None:
    """A laptop of a newer version writes a kind of event an older server does not know. That
    is not the event's fault: it is not set aside (for good) but waits, the sync saying
    plainly to update the server; the events before it go, and once the server is upgraded
    (``server init``) the rest goes too. An event no version knows is still set aside."""
    ward, bed = laptop("ward"), laptop("bed")
    set_up_site(ward)
    sync(ward)
    with psycopg.connect(server_url, autocommit=True) as admin:  # the server of a version
        admin.execute(  # that did not know screen locks yet
            "DELETE FROM infusion.event_types WHERE type = %s", [EventType.USER_SCREEN_LOCKED]
        )
    ward.store.append([EventDraft(EventType.USER_SIGNED_IN, "nurse.li")])
    before_it = ward.store.count()
    filler(ward, 3)  # screen locks
    ward.store.append([EventDraft(EventType.USER_SIGNED_OUT, "nurse.li")])
    with pytest.raises(SyncError) as failed:
        sync(ward, batch_size=2)  # the first lock in the middle of a batch
    assert str(failed.value).startswith(
        f"The sync server does not know this kind of event ({EventType.USER_SCREEN_LOCKED}): "
        "it is older than this laptop. Update the server (infusion-app server init)"
    )
    status = sync_state.status(ward.db, ward.store.device_id)
    assert status.pending == 4 and status.last_error == str(failed.value)
    assert unsendable(ward) == []
    assert len(server_types(server_url)) == before_it  # everything before it went
    with pytest.raises(SyncError):  # still waiting, still saying so, still not set aside
        sync(ward)
    assert unsendable(ward) == [] and SET_ASIDE_TYPE not in server_types(server_url)

    with psycopg.connect(server_url, autocommit=True) as admin:
        init_server(admin)  # the server is upgraded
    report = sync(ward)
    assert (report.pushed, report.pending) == (4, 0)
    assert sync_state.status(ward.db, ward.store.device_id).last_error is None
    sync(bed)
    assert event_ids(bed) == event_ids(ward)
    assert unsendable(ward) == [] and SET_ASIDE_TYPE not in server_types(server_url)
    for ws in (ward, bed):
        assert_sound(ws)
