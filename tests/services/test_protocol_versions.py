"""Old sessions are judged and shown by the protocol file they were scheduled under.

Version A (the shipped 1.0) is in use when HPV-001's session is scheduled and started; the
site then amends the file (version B, 1.1: drip band 60–90, baseline heart rate 50–90, vitals
every 10 min) and opens the same database with it. HPV-001's session keeps its band and its
schedule and its record names 1.0; HPV-002's new session is judged by 1.1.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from infusion_app.demo import cast, good_day
from infusion_app.domain.clock import FakeClock
from infusion_app.domain.events import EventType
from infusion_app.protocol_files import default_protocol_path, load_protocol
from infusion_app.reports.pdf_html import record_html
from infusion_app.reports.session_record import gather
from infusion_app.services.context import Workspace
from infusion_app.services.session_protocols import protocol_in_use
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.store.audit import verify_log
from infusion_app.store.cipher import new_key
from infusion_app.store.rebuild import rebuild_check
from infusion_app.ui.window_status import running_lines
from tests.conftest import GOOD_VITALS
from tests.services.replay_day import Day

SHIPPED = default_protocol_path().read_text(encoding="utf-8")
AMENDMENTS = (
    ('version = "1.0"', 'version = "1.1"'),
    ("band_max_gtt_min = 80", "band_max_gtt_min = 90"),
    ("heart_rate_bpm = { value = [50, 100]", "heart_rate_bpm = { value = [50, 90]"),
    ("every_min = { value = 15,", "every_min = { value = 10,"),
)


def version_b(folder: Path) -> Path:
    text = SHIPPED
    for old, new in AMENDMENTS:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = folder / "NCT06610773-1.1.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def amended(tmp_path: Path, clock: FakeClock) -> Iterator[tuple[Workspace, str]]:
    """The database after HPV-001's session was scheduled and started under version 1.0,
    opened with version 1.1; and that session's id."""
    db, key = tmp_path / "ward.sqlite3", new_key()
    under_a = open_workspace(db, clock, key=key)
    good_day.play(under_a, good_day.set_up_site(cast.WARD), move_clock=False)
    day = Day(under_a)
    day.prepare()
    day.ok("mark_ready", session_id=day.session_id)
    day.ok("start_infusion", session_id=day.session_id)
    under_a.db.close()
    under_b = open_workspace(db, clock, version_b(tmp_path), key=key)
    yield under_b, day.session_id
    under_b.db.close()


def _another_session(ws: Workspace) -> Day:
    day = Day(ws)
    day.as_user("dr.wang")
    day.ok(
        "register_participant",
        subject_code="HPV-002",
        initials="ZY",
        year_of_birth=1990,
        arm="placebo",
        consent_date="2026-11-23",
    )
    answer = day.ok("schedule_session", subject_code="HPV-002", scheduled_for="2026-11-24")
    day.session_id = answer["created"]["session_id"]
    return day


def test_the_old_session_keeps_its_band_and_the_new_one_has_the_amended(amended) -> None:
    ws, old = amended
    assert ws.protocol.version == "1.1"
    day = Day(ws)
    day.session_id = old
    day.as_user("nurse.li")
    reading = day.line("record_count_reading", session_id=old, drops=43, seconds=30)  # 86/min
    assert reading["created"]["band"] == "out_of_band"
    assert "band 60–80" in reading["created"]["message"]
    record = gather(ws, old)
    assert record.session.protocol_version == "1.0" and record.site.protocol_version == "1.0"
    assert "NCT06610773 version 1.0 · SHA-256" in record_html(record, 800)

    new = _another_session(ws)
    new.as_user("nurse.li")
    new.ok("begin_checks", session_id=new.session_id)
    fast_pulse = {"vitals": {**GOOD_VITALS, "heart_rate_bpm": 95}}  # in 50–100, not in 50–90
    answered = new.ok(
        "answer_check", session_id=new.session_id, step="baseline_vitals", answer=fast_pulse
    )
    assert answered["created"]["status"] == "needs_decision", answered
    assert gather(ws, new.session_id).session.protocol_version == "1.1"
    assert protocol_in_use(ws, new.session_id).judged_by is ws.protocol
    kept = [e for e in ws.store.events() if e.type == EventType.PROTOCOL_VERSION_ADOPTED]
    assert [e.payload["version"] for e in kept] == ["1.0", "1.1"]
    assert kept[0].payload["text"] == SHIPPED
    assert verify_log(ws.db).ok and rebuild_check(ws.db) == []


def test_the_old_sessions_vitals_keep_its_interval(amended) -> None:
    ws, old = amended
    clock = ws.clock
    assert isinstance(clock, FakeClock)
    clock.advance(15 * 60)
    day = Day(ws)
    day.as_user("nurse.li")
    day.ok("record_vitals", session_id=old, vitals=GOOD_VITALS)
    clock.advance(60)
    # Under 1.0 the next set is due 30 min after the start (every 15), not 25 (every 10).
    [line] = running_lines(ws, clock.now())
    assert "next vital signs in 14 min" in line, line


def test_a_session_whose_file_was_not_kept_says_what_judges_it(
    tmp_path: Path, clock: FakeClock
) -> None:
    db, key = tmp_path / "ward.sqlite3", new_key()
    ws = open_workspace(db, clock, key=key)
    ws.protocol = dataclasses.replace(ws.protocol, text="")  # as before files were kept
    good_day.play(ws, good_day.set_up_site(cast.WARD), move_clock=False)
    day = Day(ws)
    day.schedule()
    ws.db.close()
    reopened = open_workspace(db, clock, version_b(tmp_path), key=key)
    try:
        in_use = protocol_in_use(reopened, day.session_id)
        assert in_use.scheduled_version == "1.0" and in_use.judged_by.version == "1.1"
        html = record_html(gather(reopened, day.session_id), 800)
    finally:
        reopened.db.close()
    assert "version 1.0" in html
    assert "its text was not kept: judged by version 1.1, in use now" in html


def test_a_protocol_file_is_kept_once(site: Workspace) -> None:
    Day(site).schedule()
    _another_session(site)
    kept = [e for e in site.store.events() if e.type == EventType.PROTOCOL_VERSION_ADOPTED]
    assert len(kept) == 1
    assert load_protocol(default_protocol_path()).sha256 == kept[0].payload["sha256"]
