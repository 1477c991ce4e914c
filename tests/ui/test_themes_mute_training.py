"""One stylesheet in three themes, the alarm mute in the header, and training mode."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from infusion_app.domain.clock import FakeClock
from infusion_app.protocol_files import resources_dir
from infusion_app.services.context import Workspace
from infusion_app.services.training import TRAINING_DB_NAME, is_training
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.ui.infusion.alarm_sounds import AlarmKind, AlarmSounds
from infusion_app.ui.main_window import MainWindow
from infusion_app.ui.preferences import Preferences, load_preferences
from infusion_app.ui.themes import THEMES, apply_look, render
from tests.ui.conftest import ADMIN

TEMPLATE = (resources_dir() / "styles" / "app.qss").read_text(encoding="utf-8")
GUARDRAIL = ("ok", "warn", "caution", "alarm", "alarm_fill")


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_every_theme_fills_every_colour_and_qt_parses_it(theme: str, qapp: QApplication) -> None:
    sheet = render(TEMPLATE, theme)
    assert "@" not in re.sub(r"/\*.*?\*/", "", sheet, flags=re.DOTALL)
    apply_look(qapp, theme)  # a parse error would be a Qt warning, which fails the test
    try:
        assert qapp.property("theme") == theme
    finally:
        apply_look(qapp)


def test_themes_share_names_and_keep_guardrail_colours_distinct() -> None:
    names = set(THEMES["light"])
    for theme, colours in THEMES.items():
        assert set(colours) == names, theme
        assert len({colours[name] for name in GUARDRAIL[:4]}) == 4, theme
        assert colours["bg"] != colours["text"], theme


def test_no_screen_keeps_a_stylesheet_of_its_own() -> None:
    ui = Path(__file__).resolve().parents[2] / "infusion_app" / "ui"
    offenders = [p.name for p in ui.rglob("*.py") if "setStyleSheet(" in p.read_text("utf-8")]
    assert offenders == ["themes.py"], offenders


def test_a_theme_chosen_in_settings_applies_at_once_and_is_kept(
    qtbot, signed_in_window, qapp: QApplication
) -> None:
    window = signed_in_window(ADMIN["username"])
    window.extras.apply(Preferences(theme="dark"))
    try:
        assert qapp.property("theme") == "dark"
        assert THEMES["dark"]["bg"] in qapp.styleSheet()
        assert load_preferences().theme == "dark"
        assert window.actor is not None  # nothing was rebuilt, nobody signed out
    finally:
        window.extras.apply(Preferences())


def test_mute_alarms_for_two_minutes_from_the_header(qtbot, site_ws: Workspace) -> None:
    clock = site_ws.clock
    assert isinstance(clock, FakeClock)
    sounds = AlarmSounds(clock, enabled=False)
    window = MainWindow(site_ws, sounds)
    qtbot.addWidget(window)
    window.show()
    extras = window.extras
    assert not extras.mute_button.isVisible()  # nobody signed in: no alarms to mute
    window.sign_in.username.setText(ADMIN["username"])
    window.sign_in.password.setText(ADMIN["password"])
    window.sign_in.submit()
    extras.show_mute()
    assert extras.mute_button.isVisible() and "2 min" in extras.mute_button.text()
    extras.mute_button.click()
    assert sounds.muted_seconds_left() == pytest.approx(120)
    assert extras.mute_left.isVisible() and extras.mute_left.text() == "Muted 2:00"
    assert sounds.play(AlarmKind.VITALS_DUE) is False
    clock.advance(75)
    extras.show_mute()
    assert extras.mute_left.text() == "Muted 0:45"
    extras.mute_button.click()  # "Sound on again"
    assert sounds.muted_seconds_left() == 0 and not extras.mute_left.isVisible()
    extras.mute_button.click()
    clock.advance(121)
    extras.show_mute()
    assert not extras.mute_left.isVisible() and "2 min" in extras.mute_button.text()


def test_training_database_shows_the_banner_on_every_screen_and_the_lock(
    qtbot, tmp_path: Path, clock: FakeClock
) -> None:
    from infusion_app.services.users import initialize_site

    ws = open_workspace(tmp_path / TRAINING_DB_NAME, clock=clock)
    try:
        initialize_site(ws, site_code="SH-TJ01", **ADMIN)
        assert is_training(ws)
        window = MainWindow(ws)
        qtbot.addWidget(window)
        window.show()
        banner = window.extras.banner
        assert banner is not None and banner.isVisible() and "TRAINING" in banner.text()
        window.sign_in.username.setText(ADMIN["username"])
        window.sign_in.password.setText(ADMIN["password"])
        window.sign_in.submit()
        window.lock()
        lock_banner = window.extras.lock_banner
        assert lock_banner is not None and lock_banner.isVisible()
        window.close()
    finally:
        ws.db.close()


def test_a_real_database_has_no_banner(qtbot, site_ws: Workspace) -> None:
    window = MainWindow(site_ws)
    qtbot.addWidget(window)
    assert not is_training(site_ws) and window.extras.banner is None


def test_the_training_flag_opens_the_training_database(monkeypatch, tmp_path: Path) -> None:
    from infusion_app.cli import build_parser
    from infusion_app.ui import training

    assert build_parser().parse_args(["--training"]).training is True
    made: list[Path] = []
    monkeypatch.setattr("infusion_app.demo.make_demo", lambda path: made.append(path))
    path = training.training_db_path()
    assert path.name == TRAINING_DB_NAME and str(tmp_path) in str(path)
    training.ensure_training_db(path)
    assert made == [path]
