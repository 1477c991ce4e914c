"""Eligibility on one screen (issue 20, finding 7): every criterion visible at 1366×768 with its
own big answer buttons, one "Record eligibility" for all fifteen, and every checklist step
recorded the same way. Before: about 3 of the 15 criteria showed at a time, so 15 taps with
scrolling, then "Record answer", then "Next ›"; some steps recorded on a tap."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from infusion_app.domain.checklist_rules import Status
from infusion_app.domain.protocol import EligibilityKind
from infusion_app.services.checks import checklist, recorded_answers
from infusion_app.services.context import Actor, Workspace
from infusion_app.ui.main_window import MainWindow
from infusion_app.ui.session.checklist_screen import ChecklistScreen
from tests.ui.conftest import OFFSCREEN_DIALOG_WARNING
from tests.ui.layout_checks import everything_wrong, small_targets
from tests.ui.test_screens_fit import (
    WINDOWS,
    fully_in_view,
    settled,
    window_as,
)
from tests.ui.test_screens_fit import language as language  # the fixture, both languages

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_WARNING)
LEFT = Qt.MouseButton.LeftButton


def open_eligibility(
    qtbot, ws: Workspace, nurse: Actor, session_id: str, size: tuple[int, int]
) -> tuple[MainWindow, ChecklistScreen]:
    """The main window at ``size``, the session's checklist on its eligibility step."""
    window = window_as(qtbot, ws, nurse, size)
    window.open_session(session_id)
    screen = window.findChild(ChecklistScreen)
    assert screen is not None
    qtbot.mouseClick(screen.indicator.button(1), LEFT)
    qtbot.waitUntil(lambda: screen.current() == 1)
    settled(qtbot, window)
    return window, screen


def shown_label(window: MainWindow, text: str) -> QLabel:
    """The one shown label whose words contain ``text`` (found as a person reads the screen)."""
    found = [
        label
        for label in window.findChildren(QLabel)
        if label.isVisibleTo(window) and text in label.text()
    ]
    assert len(found) == 1, (text, [label.text() for label in found])
    return found[0]


def answer_buttons(window: MainWindow, criterion: QLabel) -> list[QPushButton]:
    """The answer buttons in the card of ``criterion``."""
    card = criterion.parentWidget()
    assert card is not None
    return [b for b in card.findChildren(QPushButton) if b.isVisibleTo(window)]


def test_every_criterion_is_on_one_screen_at_1366x768(
    qtbot,
    site_ws: Workspace,
    nurse: Actor,
    session_id: str,
    language: str,
) -> None:
    window, screen = open_eligibility(qtbot, site_ws, nurse, session_id, WINDOWS["1366×768"])
    assert everything_wrong(window) == [], language
    step = screen.current_step()
    assert small_targets(step) == [], language
    for item in site_ws.protocol.eligibility:
        label = shown_label(window, f"{item.id}  {item.label.get(language)}")
        assert fully_in_view(label), (item.id, language)
        buttons = answer_buttons(window, label)
        assert len(buttons) == 2
        assert all(fully_in_view(b) and b.height() >= 48 for b in buttons), (item.id, language)
    assert fully_in_view(screen.next_button)
    window.close()


def test_at_1024x700_the_criteria_scroll_up_and_down_and_keep_big_buttons(
    qtbot,
    site_ws: Workspace,
    nurse: Actor,
    session_id: str,
    language: str,
) -> None:
    window, screen = open_eligibility(qtbot, site_ws, nurse, session_id, WINDOWS["1024×700"])
    assert everything_wrong(window) == [], language  # nothing cut off at the side
    assert small_targets(screen.current_step()) == [], language
    window.close()


def test_fifteen_taps_and_one_record_eligibility(
    qtbot, site_ws: Workspace, nurse: Actor, session_id: str
) -> None:
    """Each answer is one tap on a button already in view; one more tap records all fifteen."""
    window, screen = open_eligibility(qtbot, site_ws, nurse, session_id, WINDOWS["1366×768"])
    taps = 0
    for item in site_ws.protocol.eligibility:
        good = "Met" if item.kind is EligibilityKind.INCLUSION else "Absent"
        label = shown_label(window, f"{item.id}  {item.label.en}")
        button = next(b for b in answer_buttons(window, label) if b.text() == good)
        assert fully_in_view(button), item.id  # no scrolling between taps
        qtbot.mouseClick(button, LEFT)
        taps += 1
        assert "eligibility" not in recorded_answers(site_ws, session_id), "a tap never records"
    assert screen.next_button.text() == "Record eligibility"
    qtbot.mouseClick(screen.next_button, LEFT)
    taps += 1
    assert taps == 16
    assert checklist(site_ws, session_id).steps[1].status is Status.OK
    assert screen.outcome.headline.isVisible()
    assert screen.next_button.text() == "Next ›"
    window.close()


def test_a_present_exclusion_still_stops_and_its_card_says_so(
    qtbot, site_ws: Workspace, nurse: Actor, session_id: str
) -> None:
    window, screen = open_eligibility(qtbot, site_ws, nurse, session_id, WINDOWS["1366×768"])
    step = screen.current_step()
    for item in site_ws.protocol.eligibility:
        wanted = item.kind is EligibilityKind.INCLUSION or item.id == "E3"
        qtbot.mouseClick(step.items[item.id].button(wanted), LEFT)  # type: ignore[attr-defined]
    assert step.cards["E3"].property("failing") == "yes"  # type: ignore[attr-defined]
    assert step.cards["E2"].property("failing") == "no"  # type: ignore[attr-defined]
    qtbot.mouseClick(screen.next_button, LEFT)
    assert screen.outcome.text.text().startswith("Not eligible: E3")
    assert screen.summary.text().startswith("✖  The infusion cannot go ahead — hard stop:")
    assert not screen.ready_button.isEnabled()
    window.close()


def test_a_criterion_left_open_is_named_and_nothing_is_recorded(
    qtbot, site_ws: Workspace, nurse: Actor, session_id: str
) -> None:
    window, screen = open_eligibility(qtbot, site_ws, nurse, session_id, WINDOWS["1366×768"])
    step = screen.current_step()
    for item in site_ws.protocol.eligibility:
        if item.id != "E7":
            met = item.kind is EligibilityKind.INCLUSION
            qtbot.mouseClick(step.items[item.id].button(met), LEFT)  # type: ignore[attr-defined]
    assert "14 of 15 criteria answered. Still open: E7." in step.count.text()  # type: ignore[attr-defined]
    assert not screen.next_button.isEnabled()
    window.close()


def test_the_full_wording_is_one_tap_away(
    qtbot, site_ws: Workspace, nurse: Actor, session_id: str
) -> None:
    window, _ = open_eligibility(qtbot, site_ws, nurse, session_id, WINDOWS["1366×768"])
    full = next(b for b in window.findChildren(QPushButton) if b.text() == "Show the full wording")
    qtbot.mouseClick(full, LEFT)
    settled(qtbot, window)
    assert shown_label(window, "E6  Patients with severe immune dysfunction (such as AIDS")
    assert everything_wrong(window) == []
    window.close()


@pytest.mark.parametrize("step", ["consent", "iv_access", "drop_factor", "emergency_kit"])
def test_a_tap_on_a_choice_never_records_by_itself(
    qtbot, site_ws: Workspace, nurse: Actor, session_id: str, step: str
) -> None:
    """Every step records the same way: choose, then the footer's record button."""
    window = window_as(qtbot, site_ws, nurse, WINDOWS["1366×768"])
    window.open_session(session_id)
    screen = window.findChild(ChecklistScreen)
    assert screen is not None
    index = [s.step.value for s in screen.steps].index(step)
    screen.go_to(index)
    widget = screen.current_step()
    choice = widget.factor if step == "drop_factor" else widget.choice  # type: ignore[attr-defined]
    qtbot.mouseClick(choice.buttons()[0], LEFT)
    assert step not in recorded_answers(site_ws, session_id)
    assert screen.next_button.text() == "Record answer" and screen.next_button.isEnabled()
    qtbot.mouseClick(screen.next_button, LEFT)
    assert step in recorded_answers(site_ws, session_id)
    window.close()
