"""What a person reads on the session record and its timeline: words, not codes; full names;
events in the order they were recorded; the heading a screen reader names the list by."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from infusion_app.services.context import Actor, Workspace
from infusion_app.ui.session.summary_screen import SummaryScreen
from tests.ui.conftest import OFFSCREEN_DIALOG_WARNING

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_WARNING)


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
