"""Every hard state of the bedside screens and dialogs on the laptops wards have (1366×768 and
1024×700), in English and Chinese, inside the real main window: nothing clipped, nothing drawn
over anything else, no empty problem line, nothing cut off at the side; and the bedside's
primary actions tall enough for a gloved finger, Stop apart from Complete."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from infusion_app.domain.session_state import SessionAction
from infusion_app.services import infusion, session_flow
from infusion_app.services.context import Accepted, Actor, Workspace
from infusion_app.ui.adverse_events.adverse_event_dialog import AdverseEventDialog
from infusion_app.ui.infusion.infusion_screen import InfusionScreen
from infusion_app.ui.main_window import MainWindow
from infusion_app.ui.preferences import install_language
from infusion_app.ui.product.bedside_check_screen import BedsideCheckScreen
from infusion_app.ui.session.summary_screen import SummaryScreen
from infusion_app.ui.session_host import SessionHost
from tests.ui.conftest import NURSE, OFFSCREEN_DIALOG_WARNING
from tests.ui.layout_checks import everything_wrong, settle, small_targets
from tests.ui.test_product_ui import (  # noqa: F401 (fixtures)
    check_first,
    pharmacist,
    released_bag,
    session_id,
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_WARNING)
A = SessionAction
WINDOWS = {"1366×768": (1366, 768), "1024×700": (1024, 700)}
WRONG_BAG = "=G12341765432268"


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest, qapp: QApplication, qm_file: Path) -> Iterator[str]:
    install_language(qapp, request.param)
    QLocale.setDefault(QLocale(request.param if request.param != "en" else "en_US"))
    yield request.param
    install_language(qapp, "en")
    QLocale.setDefault(QLocale("en_US"))


@pytest.fixture(params=list(WINDOWS))
def size(request: pytest.FixtureRequest) -> tuple[int, int]:
    return WINDOWS[request.param]


def window_as(qtbot, ws: Workspace, actor: Actor, size: tuple[int, int]) -> MainWindow:
    """The main window at ``size`` with ``actor`` signed in (the sign-in screen's signal)."""
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.sign_in.signed_in.emit(actor)
    return window


def settled(qtbot, widget: QWidget, *holds: Callable[[], bool]) -> QWidget:
    """``widget`` once nothing in it looks wrong and ``holds`` hold (see ``settle``)."""
    settle(qtbot, lambda: everything_wrong(widget) == [], *holds)
    return widget


def fully_in_view(widget: QWidget) -> bool:
    """Whether the whole of ``widget`` is on screen (not scrolled away, not cut off)."""
    return widget.visibleRegion().boundingRect().size() == widget.size()


def test_the_bedside_check_with_stop_shown_fits(
    qtbot,
    site_ws: Workspace,
    nurse: Actor,
    pharmacist: Actor,  # noqa: F811
    session_id: str,  # noqa: F811
    language: str,
    size: tuple[int, int],
) -> None:
    """Before: once STOP showed, the first person's fields were pushed below the window (and
    drawn over one another), and the bag-label card wrapped the DIN."""
    released_bag(site_ws, pharmacist)
    window = window_as(qtbot, site_ws, nurse, size)
    window.open_session(session_id)
    host = window.session.findChild(SessionHost)
    assert host is not None
    host.show_bedside_check()
    screen = window.findChild(BedsideCheckScreen)
    assert screen is not None
    qtbot.waitUntil(lambda: screen.first.bag.hasFocus())  # the scanner types into the bag field
    check_first(qtbot, screen, bag=WRONG_BAG)
    assert screen.notice.kind == "stop"
    first = screen.first
    shown_fields = (screen.notice, first.bag, first.wristband, first.password, first.sign_button)
    settled(qtbot, window, lambda: all(fully_in_view(shown) for shown in shown_fields))
    assert everything_wrong(window) == [], (language, size)
    for shown in shown_fields:
        assert fully_in_view(shown), (shown.accessibleName(), language, size)
    assert screen.label_card is not None
    din = screen.label_card.din
    assert din.height() < din.fontMetrics().height() * 1.8, "the DIN fits on one line"


@pytest.fixture
def running_out_of_band(site: Workspace, ready: str) -> str:
    """22 minutes in, a count above the band (its recount due in 2:00), the 15-minute vital
    signs overdue and the projected end reached: every banner and card line shows."""
    assert isinstance(session_flow.start_infusion(site, NURSE, session_id=ready), Accepted)
    site.clock.advance(22 * 60)  # type: ignore[attr-defined]
    counted = infusion.record_count_reading(
        site, NURSE, session_id=ready, drops=48, seconds=30, acknowledgement="checked"
    )
    assert isinstance(counted, Accepted), counted
    return ready


def test_the_running_infusion_fits_with_every_banner(
    site: Workspace, qtbot, running_out_of_band: str, language: str, size: tuple[int, int]
) -> None:
    """Before: the bag and rate cards were cut ("Recount in 2:00" missing), the timer's digits
    overdrawn, and Pause, Stop and Complete were 46 px buttons side by side; at 1024×700 the
    three banners stacked above took the cards' last lines and pushed the tap pad onto the live
    rate (now one strip: the most severe banner and a count of the others)."""
    window = window_as(qtbot, site, NURSE, size)
    window.open_session(running_out_of_band)
    screen = window.findChild(InfusionScreen)
    assert screen is not None
    try:
        check_the_running_infusion(qtbot, window, screen, language, size)
    finally:  # a closed window's screen stops ticking (the next test closes this database)
        window.close()
        qtbot.waitUntil(lambda: not screen.isVisible())


def check_the_running_infusion(
    qtbot, window: MainWindow, screen: InfusionScreen, language: str, size: tuple[int, int]
) -> None:
    settled(qtbot, window)
    assert everything_wrong(window) == [], (language, size)
    assert "2:00" in screen.status_panel.rate.text()  # the recount, on the last-rate card
    assert fully_in_view(screen.status_panel.rate)
    actions = [screen.buttons[a] for a in (A.PAUSE, A.STOP, A.COMPLETE)]
    assert small_targets(screen) == []
    assert all(fully_in_view(button) for button in actions)
    stop, complete = screen.buttons[A.STOP], screen.buttons[A.COMPLETE]
    stop_at = stop.mapTo(screen, QPoint(0, 0)).x()
    complete_at = complete.mapTo(screen, QPoint(0, 0)).x()
    gap = stop_at - (complete_at + complete.width())
    assert gap >= 48 or complete_at - (stop_at + stop.width()) >= 48, "Stop apart from Complete"


def test_the_adverse_event_dialog_fits_the_window(
    site: Workspace,
    qtbot,
    ready: str,
    language: str,
    size: tuple[int, int],
) -> None:
    """Before: 1200×780 px, taller than a 768-px screen; "Serious?" boxes 44 px."""
    window = window_as(qtbot, site, NURSE, size)
    dialog = AdverseEventDialog(site, NURSE, ready, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settled(qtbot, dialog)
    assert dialog.width() <= size[0] and dialog.height() <= size[1] - 40, dialog.size()
    assert everything_wrong(dialog) == [], (language, size)
    assert all(box.height() >= 48 for box in dialog.criteria.values())
    dialog.close()


def test_the_record_screen_with_export_and_print_fits(
    qtbot,
    site_ws: Workspace,
    nurse: Actor,
    observed_session: str,
    language: str,
    size: tuple[int, int],
) -> None:
    """The footer holds Back, Adverse event, Record vitals, Export, Print and Sign."""
    window = window_as(qtbot, site_ws, nurse, size)
    window.open_session(observed_session)
    screen = window.findChild(SummaryScreen)
    assert screen is not None
    settled(qtbot, window)
    assert everything_wrong(window) == [], (language, size)
    for key in ("back", "export", "print", "sign"):
        assert fully_in_view(screen.buttons[key]), (key, language, size)


@pytest.mark.qt_log_ignore(  # the offscreen platform's words for any popup list
    OFFSCREEN_DIALOG_WARNING,
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)
def test_the_banners_collapse_to_the_most_severe_and_a_count(
    site: Workspace, qtbot, running_out_of_band: str
) -> None:
    """The projected-end alarm first; "2 more" (red: overdue vital signs are behind it) lists
    all three over the screen, most severe first, and the cards below keep their room."""
    window = window_as(qtbot, site, NURSE, WINDOWS["1024×700"])
    window.open_session(running_out_of_band)
    screen = window.findChild(InfusionScreen)
    assert screen is not None
    try:
        settled(qtbot, window)
        strip = screen.alerts
        shown = [label.text() for _, label in strip.lines() if label.isVisible()]
        assert len(shown) == 1 and shown[0].startswith("◷  Projected end reached"), shown
        assert strip.more.text() == "▾ 2 more" and strip.more.property("kind") == "overdue"
        assert strip.more.height() >= 48
        rate_card = screen.status_panel.rate.geometry()
        qtbot.mouseClick(strip.more, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(strip.list.isVisible)
        assert [label.text()[:20] for label in strip.list.labels] == [
            "◷  Projected end rea",
            "⚠  VITALS OVERDUE: 1",
            "◷  Recount the drip ",
        ]
        assert strip.list.labels[1].property("kind") == "overdue"  # red there too
        assert screen.status_panel.rate.geometry() == rate_card, "the list lies over the body"
        strip.list.close()
    finally:
        window.close()
        qtbot.waitUntil(lambda: not screen.isVisible())
