"""After a crash the app reopens on the running session with the right figures."""

from __future__ import annotations

from pathlib import Path

from infusion_app.domain.clock import FakeClock
from infusion_app.domain.session_state import SessionState
from infusion_app.services import session_flow
from infusion_app.services.context import Accepted, Actor, Workspace
from infusion_app.services.recovery import recovery_summary
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.store.integrity import (
    PreviousRun,
    mark_running,
    mark_stopped_cleanly,
    previous_run,
)


def crash_and_reopen(ws: Workspace, db_path: Path, clock: FakeClock) -> Workspace:
    """The process dies (no clean stop: the marker stays); a new one opens the same file."""
    mark_running(db_path, clock.now())
    ws.db.conn.close()  # what the kernel does to a killed process's file handles
    return open_workspace(db_path, clock)


def test_after_a_crash_the_infusion_is_summarised_with_its_figures(
    ward: dict[str, str], site: Workspace, db_path: Path, clock: FakeClock
) -> None:
    clock.advance(18 * 60)  # 18 minutes at 70 gtt/min with a 20 gtt/mL set: 63 mL
    reopened = crash_and_reopen(site, db_path, clock)
    summary = recovery_summary(reopened)
    assert summary is not None and summary.unexpected_stop
    (running,) = [s for s in summary.sessions if s.state is SessionState.INFUSING]
    assert running.subject_code == "HPV-001"
    assert running.running_minutes == 18
    assert running.infused_ml == 63
    assert running.next_vitals is not None
    assert summary.message.startswith("Recovered after an unexpected stop at 09:00: HPV-001 ")
    assert "infusing for 18 min, 63 mL" in summary.message
    reopened.db.close()


def test_a_paused_session_counts_no_paused_time(
    ward: dict[str, str], site: Workspace, nurse: Actor, db_path: Path, clock: FakeClock
) -> None:
    clock.advance(10 * 60)
    paused = session_flow.pause_infusion(
        site, nurse, session_id=ward["infusing"], reason="occlusion"
    )
    assert isinstance(paused, Accepted)
    clock.advance(30 * 60)  # the laptop was off, the infusion paused
    summary = recovery_summary(crash_and_reopen(site, db_path, clock))
    assert summary is not None
    (session,) = [s for s in summary.sessions if s.state is SessionState.PAUSED]
    assert session.running_minutes == 10 and session.infused_ml == 35
    assert "HPV-001 paused for 10 min, 35 mL" in summary.message
    assert "at 09:10" in summary.message  # the last thing recorded before the stop


def test_a_clean_stop_with_nothing_under_way_says_nothing(
    workspace: Workspace, db_path: Path, clock: FakeClock
) -> None:
    mark_running(db_path, clock.now())
    assert previous_run(db_path) == PreviousRun(False, clock.now())
    mark_stopped_cleanly(db_path)
    assert previous_run(db_path) == PreviousRun(True)
    assert recovery_summary(workspace) is None


def test_an_unexpected_stop_with_nothing_under_way_is_still_told(
    site: Workspace, db_path: Path, clock: FakeClock
) -> None:
    summary = recovery_summary(crash_and_reopen(site, db_path, clock))
    assert summary is not None and summary.unexpected_stop and not summary.sessions
    assert summary.message.endswith("no infusion was under way.")


def test_a_clean_reopen_still_shows_the_running_infusion(
    ward: dict[str, str], site: Workspace
) -> None:
    summary = recovery_summary(site, PreviousRun(True))
    assert summary is not None and not summary.unexpected_stop
    assert summary.message.startswith("Reopened: HPV-001 infusing for 0 min")
