"""The infusion screen on the laptops wards have: nothing clipped or squeezed at the window's
smallest size (1024×700), on a 1366×768 screen or at 1280×800, in English and in Chinese, and
only the actions the state allows are shown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLayout, QVBoxLayout, QWidget

from infusion_app.domain.session_state import SessionAction
from infusion_app.services import infusion, session_flow
from infusion_app.services.context import Accepted, Workspace
from infusion_app.ui.infusion.infusion_screen import InfusionScreen
from infusion_app.ui.preferences import install_language
from tests.ui.conftest import NURSE
from tests.ui.layout_checks import cut_at_the_side, settle, squeezed

A = SessionAction
# The infusion screen's own size inside the main window at each window size (the header and
# the status bar take the rest), measured with the real window.
SCREEN_IN_WINDOW = {"1024×700": (1024, 605), "1366×768": (1366, 673), "1280×800": (1280, 705)}


def shown_at(qtbot, screen: InfusionScreen, size: tuple[int, int]) -> QWidget:
    """Show ``screen`` at ``size`` inside a host, as in the main window (a top-level widget
    would be held at its layout's minimum size instead); returns the host, to keep."""
    host = QWidget()
    qtbot.addWidget(host)
    column = QVBoxLayout(host)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    column.addWidget(screen)
    host.resize(*size)
    host.show()
    qtbot.waitExposed(host)
    qtbot.waitUntil(lambda: screen.size().toTuple() == size)
    return host


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest, qapp: QApplication, qm_file: Path) -> Iterator[str]:
    install_language(qapp, request.param)
    QLocale.setDefault(QLocale(request.param if request.param != "en" else "en_US"))
    yield request.param
    install_language(qapp, "en")
    QLocale.setDefault(QLocale("en_US"))


@pytest.fixture(params=["vitals overdue", "paused, rate out of band"])
def infusing(request: pytest.FixtureRequest, site: Workspace, ready: str) -> str:
    """The ready session started 22 minutes ago with a timed count, so that every card has
    numbers and the 15-minute vital signs are overdue (the alarm line shows); or, the longest
    texts, paused after a count above the band (its recount countdown shows too)."""
    assert isinstance(session_flow.start_infusion(site, NURSE, session_id=ready), Accepted)
    site.clock.advance(22 * 60)  # type: ignore[attr-defined]
    drops = 36 if request.param == "vitals overdue" else 45  # 72 or 90 gtt/min
    counted = infusion.record_count_reading(
        site, NURSE, session_id=ready, drops=drops, seconds=30, acknowledgement="checked"
    )
    assert isinstance(counted, Accepted), counted
    if request.param != "vitals overdue":
        paused = session_flow.pause_infusion(
            site, NURSE, session_id=ready, reason="other", reason_text="line check"
        )
        assert isinstance(paused, Accepted), paused
        site.clock.advance(60)  # type: ignore[attr-defined]
    return ready


@pytest.mark.parametrize("window", SCREEN_IN_WINDOW)
def test_nothing_is_clipped_on_a_ward_laptop(
    qtbot, site: Workspace, infusing: str, window: str, language: str
) -> None:
    screen = InfusionScreen(site, NURSE, infusing)
    host = shown_at(qtbot, screen, SCREEN_IN_WINDOW[window])
    assert "≈" in screen.status_panel.volume.text()  # the bag card is full
    settle(qtbot, lambda: squeezed(screen) + cut_at_the_side(host) == [])
    problems = squeezed(screen) + cut_at_the_side(host)
    assert problems == [], (window, language, problems)
    assert screen.minimumSizeHint().width() <= 1024
    tabs = screen.readings.tabBar()  # all six reading tabs in view, none behind scroll arrows
    assert tabs.tabRect(tabs.count() - 1).right() <= tabs.width(), (window, language)
    host.close()


def test_only_the_actions_of_the_state_are_shown(qtbot, site: Workspace, ready: str) -> None:
    screen = InfusionScreen(site, NURSE, ready)
    host = shown_at(qtbot, screen, SCREEN_IN_WINDOW["1024×700"])

    def shown() -> set[SessionAction]:
        return {a for a, b in screen.buttons.items() if b.isVisible() and b.isEnabled()}

    assert shown() == {A.START}
    screen.start()
    assert shown() == {A.PAUSE, A.STOP, A.COMPLETE}
    screen.ask_end_reason = lambda *_: type("R", (), {"reason": "other", "text": "bag"})()
    screen.pause()
    assert shown() == {A.RESUME, A.STOP, A.COMPLETE}  # a bag may run empty while paused
    assert screen.vitals_button.isVisible() and screen.adverse_button.isVisible()
    host.close()


def test_a_short_screen_draws_a_smaller_timer_and_a_tall_one_the_full_size(
    qtbot, site: Workspace, infusing: str
) -> None:
    screen = InfusionScreen(site, NURSE, infusing)
    host = shown_at(qtbot, screen, SCREEN_IN_WINDOW["1024×700"])
    small = screen.status_panel.elapsed.sizeHint().height()
    assert not screen.status_panel.volume_note.isVisible()
    assert "Estimate" in screen.status_panel.volume.toolTip()  # the note, one touch away
    host.resize(*SCREEN_IN_WINDOW["1280×800"])
    qtbot.waitUntil(lambda: screen.status_panel.elapsed.sizeHint().height() > small * 1.3)
    qtbot.waitUntil(screen.status_panel.volume_note.isVisible)
    host.close()
