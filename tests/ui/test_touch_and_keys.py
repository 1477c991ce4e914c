"""Gloved fingers and keyboards: big targets with names, and shortcuts for frequent actions."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget

from infusion_app.domain.roles import Role
from infusion_app.services.context import Actor, Workspace
from infusion_app.ui.infusion.infusion_screen import InfusionScreen
from infusion_app.ui.main_window import MainWindow
from infusion_app.ui.preferences import Preferences
from infusion_app.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import ADMIN, OFFSCREEN_DIALOG_WARNING
from tests.ui.layout_checks import settle

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_WARNING)
MIN_TARGET_PX = 44
NONE, CTRL = Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier


def targets(root: QWidget) -> list[QWidget]:
    """Every button, line edit and combo box a person can see under ``root``."""
    found: list[QWidget] = []
    for kind in (QAbstractButton, QLineEdit, QComboBox):
        found += [w for w in root.findChildren(kind) if w.isVisibleTo(root)]
    # The parts Qt builds inside other widgets (a combo's line edit, a scroll bar's arrows).
    return [w for w in found if not isinstance(w.parent(), QComboBox)]


def problems(root: QWidget) -> list[str]:
    """A line per target that is too small or has no name for a screen reader."""
    bad = []
    for widget in targets(root):
        label = widget.accessibleName() or getattr(widget, "text", lambda: "")()
        if widget.height() < MIN_TARGET_PX:
            bad.append(f"{type(widget).__name__} {label!r}: {widget.height()} px high")
        if not widget.accessibleName():
            bad.append(f"{type(widget).__name__} {label!r}: no accessible name")
    return bad


def test_sign_in_lock_and_header_targets_are_big_and_named(
    qtbot, signed_in_window: Callable[[str], MainWindow]
) -> None:
    window = signed_in_window(ADMIN["username"])
    for key in ("worklist", "users", "audit"):
        qtbot.mouseClick(window.nav_buttons[key], Qt.MouseButton.LeftButton)
        settle(qtbot, lambda: not problems(window))
        assert not problems(window), (key, problems(window))
    window.lock()
    settle(qtbot, lambda: not problems(window.lock_screen))
    assert not problems(window.lock_screen), problems(window.lock_screen)
    window.sign_out()
    settle(qtbot, lambda: not problems(window))
    assert not problems(window), problems(window)


def test_the_infusion_screen_targets_are_big_and_named(
    qtbot, site_ws: Workspace, nurse: Actor, observing_session: str
) -> None:
    screen = InfusionScreen(site_ws, nurse, observing_session)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    # Observing: no state action is left to show, only vitals, adverse event, close and the
    # readings' own buttons (tests/ui/test_infusion_layout.py shows each state's actions).
    assert len(targets(screen)) >= 6 and not problems(screen), problems(screen)


def test_the_settings_dialog_targets_are_big_and_named(qtbot) -> None:
    dialog = SettingsDialog(Preferences())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not problems(dialog), problems(dialog)


def test_f2_and_f3_open_vitals_and_adverse_event_on_the_infusion_screen(
    qtbot, site_ws: Workspace, nurse: Actor, observing_session: str
) -> None:
    screen = InfusionScreen(site_ws, nurse, observing_session)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    with qtbot.waitActive(screen):  # shortcuts go to the active window only
        screen.activateWindow()
    opened: list[str] = []
    screen.record_vitals = lambda: opened.append("vitals")  # type: ignore[method-assign]
    screen.vitals_button.clicked.disconnect()
    screen.vitals_button.clicked.connect(screen.record_vitals)
    screen.adverse_event_requested.connect(lambda text: opened.append("adverse"))
    keys = [(Qt.Key.Key_F2, NONE), (Qt.Key.Key_F3, NONE), (Qt.Key.Key_E, CTRL)]
    for count, (key, modifier) in enumerate(keys, start=1):
        qtbot.keyClick(screen, key, modifier)
        qtbot.waitUntil(lambda count=count: len(opened) == count)  # the button's click shows
    assert opened == ["vitals", "adverse", "adverse"]
    assert "F2" in screen.vitals_button.toolTip()


def test_ctrl_l_locks_the_screen(qtbot, signed_in_window: Callable[[str], MainWindow]) -> None:
    window = signed_in_window(ADMIN["username"])
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked


def test_larger_text_scales_the_base_font(qtbot, signed_in_window, qapp) -> None:
    window = signed_in_window(ADMIN["username"])
    before = qapp.font().pointSizeF()
    window.extras.apply(Preferences(larger_text=True))
    try:
        assert qapp.font().pointSizeF() == pytest.approx(before * 1.25)
        assert "font-size: 25pt" in qapp.styleSheet()  # #heading 20pt × 1.25
    finally:
        window.extras.apply(Preferences())
    assert qapp.font().pointSizeF() == pytest.approx(before)


def test_a_nurse_sees_the_same_big_named_header(qtbot, signed_in_window, nurse: Actor) -> None:
    window = signed_in_window("li.na")
    assert window.actor == Actor("li.na", "Li Na", Role.NURSE)
    assert window.extras.mute_button.isVisible() is False  # no sounds object in this window
    assert not problems(window), problems(window)
