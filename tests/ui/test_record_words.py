"""What a person reads on the session record and its timeline: words, not codes; full names;
events in the order they were recorded; the heading a screen reader names the list by."""

from __future__ import annotations

import re
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QLabel

from infusion_app.domain.clock import FakeClock, utc_iso
from infusion_app.services import session_flow, vitals
from infusion_app.services.context import Accepted, Actor, Workspace
from infusion_app.ui.session.summary_screen import SummaryScreen
from tests.conftest import GOOD_VITALS, complete
from tests.ui.conftest import NURSE, OFFSCREEN_DIALOG_WARNING

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_WARNING)
ZONE = ZoneInfo("Asia/Shanghai")


def record_screen(qtbot, ws: Workspace, actor: Actor, session_id: str) -> SummaryScreen:
    screen = SummaryScreen(ws, actor, session_id)
    qtbot.addWidget(screen)
    screen.resize(1366, 673)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_the_timeline_heading_names_its_list(
    qtbot, site_ws: Workspace, nurse: Actor, observing_session: str
) -> None:
    """Before, "Timeline" was a loose label: a screen reader could not find the list by it."""
    screen = record_screen(qtbot, site_ws, nurse, observing_session)
    [heading] = [label for label in screen.findChildren(QLabel) if label.text() == "Timeline"]
    assert heading.buddy() is screen.timeline
    assert screen.timeline.accessibleName() == "Timeline"


def at_minute(clock: FakeClock, back_minutes: int = 0) -> str:
    """The clock's time cut to the minute (as the vitals form takes it), ``back_minutes``
    earlier."""
    moment = clock.now().replace(second=0, microsecond=0) - timedelta(minutes=back_minutes)
    return utc_iso(moment)


def test_the_timeline_is_in_recorded_order_with_words_full_names_and_measured_times(
    qtbot,
    site: Workspace,
    ready: str,
) -> None:
    """Before, the lines were sorted by the measured time (kept to the minute), so vitals
    entered seconds after "completed the infusion" came before it; reasons showed as codes
    ("participant_request") and people as user names."""
    clock: FakeClock = site.clock  # type: ignore[assignment]
    flow = session_flow
    assert isinstance(flow.start_infusion(site, NURSE, session_id=ready), Accepted)
    clock.advance(95)
    paused = flow.pause_infusion(site, NURSE, session_id=ready, reason="participant_request")
    assert isinstance(paused, Accepted), paused
    clock.advance(60)
    assert isinstance(flow.resume_infusion(site, NURSE, session_id=ready), Accepted)
    clock.advance(20 * 60)
    assert isinstance(complete(site, NURSE, session_id=ready), Accepted)
    clock.advance(10)  # the end-of-infusion vitals, typed seconds later, measured this minute
    for minutes_back in (0, 6):  # and a set measured six minutes before it was typed
        done = vitals.record_vitals(
            site,
            NURSE,
            session_id=ready,
            vitals=GOOD_VITALS,
            measured_at=at_minute(clock, minutes_back),
            confirmed_unusual=True,
        )
        assert isinstance(done, Accepted), done
        clock.advance(5)
    screen = record_screen(qtbot, site, NURSE, ready)
    lines = screen.timeline.lines()
    whats = [line.split("   ")[2] for line in lines]
    completed = whats.index("completed the infusion")
    typed_now, typed_later = (i for i, w in enumerate(whats) if "vital signs" in w)
    assert completed < typed_now < typed_later
    assert "measured at" not in lines[typed_now]
    measured = (clock.now() - timedelta(minutes=6, seconds=10)).astimezone(ZONE)
    assert lines[typed_later].endswith(f"(measured at {measured:%H:%M})")
    assert "paused the infusion (participant's request)" in whats
    assert {line.split("   ")[1] for line in lines} == {"Li Na", "Wang Fang", "Zhao Min"}
    assert not any("participant_request" in line or "nurse.li" in line for line in lines)


def test_the_chinese_timeline_says_the_reason_in_chinese(
    qtbot,
    site: Workspace,
    ready: str,
    chinese: None,
) -> None:
    """Before, it read "暂停输注（reaction）"."""
    assert isinstance(session_flow.start_infusion(site, NURSE, session_id=ready), Accepted)
    paused = session_flow.pause_infusion(site, NURSE, session_id=ready, reason="reaction")
    assert isinstance(paused, Accepted), paused
    screen = record_screen(qtbot, site, NURSE, ready)
    text = "\n".join(screen.timeline.lines())
    assert "暂停输注" in text and "reaction" not in text
    names = ("Li Na", "Wang Fang", "Zhao Min")
    assert not re.search(r"[a-z]{4,}", re.sub("|".join(names), "", text)), text


def test_the_record_names_the_bag_as_printed_and_people_by_name(
    qtbot,
    site: Workspace,
    ready: str,
) -> None:
    """Before: "DIN G123417654321 … released by pharm.zhao"."""
    screen = record_screen(qtbot, site, NURSE, ready)
    product = screen.sections.blocks["product"].text()
    assert product.startswith("DIN G1234 17 654321 A · lot MSC-2611-07 · released by Zhao Min")
    assert "pharm.zhao" not in product and "nurse.li" not in product
