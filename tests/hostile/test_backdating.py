"""A step recorded long after it happened needs a reason, and the record shows it.

Found on 05c2d4e: ``start_infusion`` backdated to 1999 or to 5 days before was accepted without
a word. Now (``domain/entry_times.py``): up to the site's ``backdating_limit_minutes``
(protocol file) a time in the past is ordinary; beyond it the line needs ``backdate_reason``,
which the event keeps and the audit trail and the PDF show; more than 24 hours ago, or more
than 2 minutes ahead of the laptop's clock, is refused. Lines run through the replay boundary
(``ActionRunner.run_line``, what ``infusion-app replay`` runs for each line).
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from infusion_app.domain.clock import FakeClock, utc_iso
from infusion_app.domain.event_text import describe
from infusion_app.domain.protocol import ProtocolError
from infusion_app.protocol_files import default_protocol_path, load_protocol
from infusion_app.services import session_flow
from infusion_app.services.actions import ActionRunner
from infusion_app.services.context import Accepted, Actor, Workspace
from tests.conftest import GOOD_VITALS, pass_all_checks
from tests.hostile.conftest import PASSWORD, assert_sound, run_cli
from tests.ui.test_record_export import pdf_text

Capsys = pytest.CaptureFixture[str]


@pytest.fixture
def ready(site: Workspace, session_id: str, nurse: Actor) -> str:
    """HPV-001's session with every check passed and the bag verified: ready to start."""
    pass_all_checks(site, nurse, session_id)
    assert isinstance(session_flow.mark_ready(site, nurse, session_id=session_id), Accepted)
    return session_id


def _nurse_runs(ws: Workspace) -> ActionRunner:
    runner = ActionRunner(ws)
    signed_in = runner.run_line(
        json.dumps({"action": "sign_in", "username": "nurse.li", "password": PASSWORD})
    )
    assert signed_in["status"] == "accepted"
    return runner


def _line(runner: ActionRunner, **line: Any) -> dict[str, Any]:
    return runner.run_line(json.dumps(line))


def _ago(clock: FakeClock, minutes: float) -> str:
    return utc_iso(clock.now() - timedelta(minutes=minutes))


def test_a_start_beyond_the_limit_needs_a_reason_and_the_record_shows_it(
    qapp: Any,  # the PDF is laid out by Qt: the test run's one QApplication, made first
    capsys: Capsys,
    site: Workspace,
    ready: str,
    clock: FakeClock,
    db_path: Path,
    tmp_path: Path,
) -> None:
    clock.advance(50 * 60)  # the bedside check was 50 minutes ago: still fresh
    nurse = _nurse_runs(site)
    start = _ago(clock, 45)  # the site allows 60 minutes without a reason
    late = _ago(clock, 61)
    without = _line(nurse, action="start_infusion", session_id=ready, occurred_at=late)
    assert without["status"] == "refused"
    assert without["code"] == "backdated_without_reason"
    assert without["reason"].startswith("occurred_at:") and "60 minutes" in without["reason"]
    blank = _line(
        nurse, action="start_infusion", session_id=ready, occurred_at=late, backdate_reason="\u200b"
    )
    assert blank["status"] == "refused" and "backdate_reason" in blank["reason"]
    assert site.db.execute("SELECT state FROM sessions").fetchone()[0] == "ready"

    why = "power cut on the ward; started on paper"
    started = _line(
        nurse, action="start_infusion", session_id=ready, occurred_at=late, backdate_reason=why
    )
    assert started["status"] == "accepted", started
    [event] = [e for e in site.store.events() if e.type == "session.infusion_started"]
    assert event.payload["backdated"] == {"minutes": 61, "reason": why}
    assert event.occurred_at == late and start != late
    assert f"recorded 61 min after it happened: {why}" in str(describe(event.type, event.payload))

    pdf = tmp_path / "record.pdf"
    exported = run_cli(
        capsys,
        *("export", "--db", str(db_path), "--format", "pdf", "--session", ready),
        *("--out", str(pdf), "--user", "nurse.li"),
        stdin=PASSWORD + "\n",
    )
    assert exported.status == 0, exported.err
    text = " ".join(pdf_text(pdf).split())
    assert "BACKDATED: recorded 61 min later; reason: power cut on the ward" in text
    assert "Recorded late (backdated)" in text
    assert_sound(capsys, db_path)


def test_within_the_limit_no_reason_is_asked_and_nothing_is_marked(
    site: Workspace, ready: str, clock: FakeClock
) -> None:
    clock.advance(50 * 60)
    nurse = _nurse_runs(site)
    started = _line(nurse, action="start_infusion", session_id=ready, occurred_at=_ago(clock, 59))
    assert started["status"] == "accepted", started
    [event] = [e for e in site.store.events() if e.type == "session.infusion_started"]
    assert "backdated" not in event.payload


@pytest.mark.parametrize(
    ("minutes", "code"),
    [(-3, "time_in_future"), (-60, "time_in_future"), (24 * 60 + 1, "time_too_early")],
)
def test_ahead_of_the_clock_or_a_day_back_is_refused_even_with_a_reason(
    capsys: Capsys,
    site: Workspace,
    ready: str,
    clock: FakeClock,
    db_path: Path,
    minutes: int,
    code: str,
) -> None:
    nurse = _nurse_runs(site)
    when = _ago(clock, minutes)
    answer = _line(
        nurse, action="start_infusion", session_id=ready, occurred_at=when, backdate_reason="late"
    )
    assert (answer["status"], answer["code"]) == ("refused", code)
    assert answer["reason"].startswith("occurred_at:")
    assert_sound(capsys, db_path)


def test_a_minute_ahead_is_clock_skew_and_accepted(
    site: Workspace, ready: str, clock: FakeClock
) -> None:
    nurse = _nurse_runs(site)
    started = _line(nurse, action="start_infusion", session_id=ready, occurred_at=_ago(clock, -1))
    assert started["status"] == "accepted", started


def test_vital_signs_measured_long_ago_need_a_reason_too(
    site: Workspace, ready: str, clock: FakeClock
) -> None:
    nurse = _nurse_runs(site)
    assert _line(nurse, action="start_infusion", session_id=ready)["status"] == "accepted"
    clock.advance(120 * 60)
    measured = _ago(clock, 90)
    refused = _line(
        nurse, action="record_vitals", session_id=ready, vitals=GOOD_VITALS, measured_at=measured
    )
    assert (refused["status"], refused["code"]) == ("refused", "backdated_without_reason")
    assert refused["reason"].startswith("measured_at:")
    accepted = _line(
        nurse,
        action="record_vitals",
        session_id=ready,
        vitals=GOOD_VITALS,
        measured_at=measured,
        backdate_reason="monitor printout typed in after the emergency",
    )
    assert accepted["status"] == "accepted", accepted
    [event] = [e for e in site.store.events() if e.type == "vitals.recorded"]
    assert event.payload["backdated"]["minutes"] == 90


def _protocol_with(tmp_path: Path, line: str) -> Path:
    text = default_protocol_path().read_text(encoding="utf-8")
    old = next(x for x in text.splitlines() if x.startswith("backdating_limit_minutes "))
    path = tmp_path / "site.toml"
    path.write_text(text.replace(old, line), encoding="utf-8")
    return path


def test_the_limit_is_the_site_s_and_bounded(tmp_path: Path) -> None:
    assert load_protocol(default_protocol_path()).site.backdating_limit_minutes == 60
    shorter = _protocol_with(tmp_path, "backdating_limit_minutes = 10")
    assert load_protocol(shorter).site.backdating_limit_minutes == 10
    for absurd in ("0", "-5", "99999999999999999999", "1e308", '"60"'):
        path = _protocol_with(tmp_path, f"backdating_limit_minutes = {absurd}")
        with pytest.raises(ProtocolError, match="backdating_limit_minutes"):
            load_protocol(path)
