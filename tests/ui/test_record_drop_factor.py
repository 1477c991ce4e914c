"""The session record screen shows the giving set's nominal drop factor, the one the volume
estimate counted (the protocol file's ratio for the vehicle) and the one the bag really had."""

from __future__ import annotations

from pathlib import Path

import pytest

from infusion_app.protocol_files import load_protocol
from infusion_app.services.context import Workspace
from tests.services.replay_day import Day
from tests.services.test_vehicle_drop_factor import _with_ratio
from tests.ui.conftest import NURSE, OFFSCREEN_DIALOG_WARNING
from tests.ui.test_record_words import record_screen

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_WARNING)


def test_the_record_names_the_nominal_counted_and_observed_factors(
    qtbot, site: Workspace, tmp_path: Path
) -> None:
    amended = tmp_path / "NCT06610773.toml"
    amended.write_text(_with_ratio("1.25"), encoding="utf-8")
    site.protocol = load_protocol(amended)
    day = Day(site)
    day.prepare()
    day.ok("mark_ready", session_id=day.session_id)
    day.ok("start_infusion", session_id=day.session_id)
    day.clock.advance(60)
    day.ok("record_count_reading", session_id=day.session_id, drops=35, seconds=30)
    day.clock.advance(25 * 60)
    screen = record_screen(qtbot, site, NURSE, day.session_id)
    infusion = screen.sections.blocks["infusion"]
    qtbot.waitUntil(lambda: "20 gtt/mL nominal (the set) · 25 gtt/mL counted" in infusion.text())
    assert "observed" not in infusion.text()  # the bag is not empty yet
    assert "about 73 mL of 100 mL (estimate from counted drops, 25 gtt/mL)" in infusion.text()
    day.ok("complete_infusion", session_id=day.session_id, bag_empty=True, line_flushed=True)
    screen.sections.refresh()
    qtbot.waitUntil(
        lambda: (
            "25 gtt/mL counted · 18.2 gtt/mL observed (drops counted ÷ volume)" in infusion.text()
        )
    )
