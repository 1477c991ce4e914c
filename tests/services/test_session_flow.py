"""Session steps through the services: the domain decides, the log records, read models follow."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from infusion_app.domain.events import EventType
from infusion_app.domain.outcomes import Refusal
from infusion_app.services import session_flow as flow
from infusion_app.services import signing
from infusion_app.services.context import Accepted, Actor, Workspace
from tests.conftest import PASSWORD, observe_to_the_end, pass_all_checks


def _state(ws: Workspace, session_id: str) -> str:
    return str(ws.db.execute("SELECT state FROM sessions WHERE id = ?", [session_id]).fetchone()[0])


def test_a_whole_session_is_recorded_step_by_step(
    site: Workspace, nurse: Actor, session_id: str
) -> None:
    pass_all_checks(site, nurse, session_id)
    steps = [
        (flow.mark_ready, {}, "ready"),
        (flow.start_infusion, {}, "infusing"),
        (flow.pause_infusion, {"reason": "occlusion"}, "paused"),
        (flow.resume_infusion, {}, "infusing"),
        (flow.complete_infusion, {"bag_empty": True, "line_flushed": True}, "ended"),
        (flow.begin_observation, {}, "observing"),
        (observe_to_the_end, {}, "observing"),
        (signing.sign_session, {"password": PASSWORD}, "signed"),
    ]
    for step, extra, state in steps:
        result = step(site, nurse, session_id=session_id, **extra)
        assert result is None or isinstance(result, Accepted), result
        assert _state(site, session_id) == state
    types = [e.type for e in site.store.events(session=session_id)]
    assert types[-1] == EventType.SESSION_SIGNED
    # scheduled, checks begun, nine answers, two bedside checks, seven steps, four post-infusion
    # sets of vitals (at the end; 30, 60 and 120 min after)
    assert len(types) == 1 + 1 + 9 + 2 + 7 + 4
    row = site.db.execute("SELECT outcome, signed_by FROM sessions").fetchone()
    assert tuple(row) == ("completed", "nurse.li")


def test_starting_before_the_checks_is_refused_and_not_recorded(
    site: Workspace, nurse: Actor, session_id: str
) -> None:
    before = site.store.count()
    result = flow.start_infusion(site, nurse, session_id=session_id)
    assert isinstance(result, Refusal)
    assert "checks have not begun" in result.reason
    assert site.store.count() == before
    assert _state(site, session_id) == "scheduled"


def test_a_stop_keeps_its_reason(site: Workspace, nurse: Actor, session_id: str) -> None:
    pass_all_checks(site, nurse, session_id)
    for step in (flow.mark_ready, flow.start_infusion):
        step(site, nurse, session_id=session_id)
    refused = flow.stop_infusion(site, nurse, session_id=session_id, reason="other")
    assert isinstance(refused, Refusal) and refused.code == "missing_reason_text"
    flow.stop_infusion(site, nurse, session_id=session_id, reason="reaction")
    row = site.db.execute("SELECT state, outcome, end_reason FROM sessions").fetchone()
    assert tuple(row) == ("ended", "stopped", "reaction")


def test_a_pharmacist_cannot_start_an_infusion(
    site: Workspace, nurse: Actor, pharmacist: Actor, session_id: str
) -> None:
    pass_all_checks(site, nurse, session_id)
    flow.mark_ready(site, nurse, session_id=session_id)
    result = flow.start_infusion(site, pharmacist, session_id=session_id)
    assert isinstance(result, Refusal) and result.code == "not_permitted"


def test_a_start_time_may_be_set_back_but_not_forward(
    site: Workspace, nurse: Actor, session_id: str
) -> None:
    pass_all_checks(site, nurse, session_id)
    flow.mark_ready(site, nurse, session_id=session_id)
    future = flow.start_infusion(
        site, nurse, session_id=session_id, occurred_at="2026-11-24T02:00:00+00:00"
    )
    assert isinstance(future, Refusal) and future.code == "time_in_future"
    flow.start_infusion(site, nurse, session_id=session_id, occurred_at="2026-11-24T08:55:00+08:00")
    started = site.db.execute("SELECT infusion_started_at FROM sessions").fetchone()[0]
    assert started == "2026-11-24T00:55:00.000000Z"


def test_an_unknown_session_is_refused(site: Workspace, nurse: Actor) -> None:
    result = flow.begin_checks(site, nurse, session_id="nope")
    assert isinstance(result, Refusal) and result.code == "unknown_session"


def test_after_a_whole_session_the_log_verifies_and_rebuilds_the_same(
    site: Workspace, nurse: Actor, session_id: str
) -> None:
    from infusion_app.store.audit import verify_log
    from infusion_app.store.rebuild import rebuild_check

    pass_all_checks(site, nurse, session_id)
    for step in (flow.mark_ready, flow.start_infusion):
        step(site, nurse, session_id=session_id)
    flow.stop_infusion(site, nurse, session_id=session_id, reason="other", reason_text="vomiting")
    flow.begin_observation(site, nurse, session_id=session_id)
    assert verify_log(site.db).ok
    assert rebuild_check(site.db) == []


def test_session_milestones_leave_an_online_backup(
    site: Workspace, nurse: Actor, session_id: str
) -> None:
    from infusion_app.store.backups import BACKUPS, database_file, list_backups

    pass_all_checks(site, nurse, session_id)
    flow.mark_ready(site, nurse, session_id=session_id)
    db_file = database_file(site.db)
    assert db_file is not None and list_backups(db_file) == []
    flow.start_infusion(site, nurse, session_id=session_id)
    BACKUPS.wait()  # copied in the background
    [backup] = list_backups(db_file)
    assert "session_started" in backup.path.name


def test_a_session_start_does_not_wait_for_its_backup_nor_do_the_readings_after_it(
    site: Workspace, nurse: Actor, session_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from infusion_app.services import infusion
    from infusion_app.store import backups
    from infusion_app.store.integrity import check_file

    copying, release = threading.Event(), threading.Event()
    real_copy = backups.copy_snapshot

    def slow_copy(db_path: Path, target: Path) -> None:  # a year's file on an old disk
        copying.set()
        assert release.wait(10)
        real_copy(db_path, target)

    monkeypatch.setattr(backups, "copy_snapshot", slow_copy)
    pass_all_checks(site, nurse, session_id)
    flow.mark_ready(site, nurse, session_id=session_id)
    db_file = backups.database_file(site.db)
    assert db_file is not None
    assert isinstance(flow.start_infusion(site, nurse, session_id=session_id), Accepted)
    assert copying.wait(10)  # the backup is being copied, and the nurse goes on
    counted = infusion.record_count_reading(
        site, nurse, session_id=session_id, drops=35, seconds=30
    )
    assert isinstance(counted, Accepted), counted
    assert backups.list_backups(db_file) == []  # not on the disk yet
    site.clock.advance(60)  # type: ignore[attr-defined]
    backups.BACKUPS.request(site, "manual")  # queued behind it
    site.clock.advance(60)  # type: ignore[attr-defined]
    release.set()
    backups.BACKUPS.wait()
    manual, started = backups.list_backups(db_file)
    assert "session_started" in started.path.name and check_file(started.path, full=True).ok
    # A queued backup is named when its copy begins, as its snapshot is taken, not when asked.
    assert abs((manual.taken_at - site.clock.now()).total_seconds()) < 1
