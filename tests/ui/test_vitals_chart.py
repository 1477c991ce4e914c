"""The vitals chart, schedule panel and table on a real session: real widgets, real SQLite,
a fake clock. Times on the chart are minutes from the start of the infusion."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtWidgets import QApplication

from infusion_app.domain.clock import FakeClock
from infusion_app.services import infusion, session_flow, vitals
from infusion_app.services.context import Accepted, Workspace
from infusion_app.ui.vitals.schedule_panel import SchedulePanel
from infusion_app.ui.vitals.vitals_chart import VitalsChartWidget, render_chart_image
from infusion_app.ui.vitals.vitals_table import VitalsTableWidget
from tests.conftest import GOOD_VITALS, complete
from tests.ui.conftest import NURSE, OFFSCREEN_DIALOG_WARNING

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_WARNING)

# The users of the `site` fixture in tests/conftest.py (tests/ui overrides `nurse`).


@pytest.fixture
def started(site: Workspace, ready: str, clock: FakeClock) -> str:
    """The infusion started ten minutes after the checks (the baseline is at −10 min)."""
    clock.advance(600)
    assert isinstance(session_flow.start_infusion(site, NURSE, session_id=ready), Accepted)
    return ready


def at_minute(clock: FakeClock, start_minute: float, minute: float) -> None:
    clock.advance((minute - start_minute) * 60)


def record(ws: Workspace, session_id: str, **change: object) -> None:
    result = vitals.record_vitals(
        ws, NURSE, session_id=session_id, vitals={**GOOD_VITALS, **change}, confirmed_unusual=True
    )
    assert isinstance(result, Accepted), result


def drip(ws: Workspace, session_id: str, drops: int) -> None:
    result = infusion.record_count_reading(
        ws, NURSE, session_id=session_id, drops=drops, seconds=30
    )
    assert isinstance(result, Accepted), result


def open_chart(qtbot, ws: Workspace, session_id: str) -> VitalsChartWidget:
    chart = VitalsChartWidget(ws, session_id)
    qtbot.addWidget(chart)
    chart.resize(1200, 800)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def xy(item: object) -> tuple[list[float], list[float]]:
    return list(item.xData), list(item.yData)  # type: ignore[attr-defined]


def test_the_chart_shows_the_recorded_series_in_minutes_from_the_start(
    qtbot, site: Workspace, started: str, clock: FakeClock
) -> None:
    at_minute(clock, 0, 2)
    drip(site, started, 35)  # 70 gtt/min: in band
    at_minute(clock, 2, 15)
    record(site, started, heart_rate_bpm=80, temperature_c=36.9)
    at_minute(clock, 15, 20)
    drip(site, started, 26)  # 52 gtt/min: out of band

    chart = open_chart(qtbot, site, started)

    assert xy(chart.series["heart_rate_bpm"]) == ([-10.0, 15.0], [72.0, 80.0])
    assert xy(chart.series["systolic_mmhg"]) == ([-10.0, 15.0], [118.0, 118.0])
    assert xy(chart.series["diastolic_mmhg"])[1] == [76.0, 76.0]
    assert xy(chart.series["temperature_c"])[1] == pytest.approx([36.6, 36.9])
    assert xy(chart.series["spo2_pct"])[1] == [98.0, 98.0]
    assert xy(chart.series["resp_rate_per_min"])[1] == [16.0, 16.0]
    assert xy(chart.series["drip_rate"]) == ([2.0, 20.0], [70.0, 52.0])
    out_x, out_y = chart.out_of_band.getData()
    assert list(out_x) == [20.0] and list(out_y) == [52.0]
    drip_band = site.protocol.drip
    assert chart.band_region.getRegion() == (drip_band.band_min_gtt_min, drip_band.band_max_gtt_min)
    assert all(r.getRegion() == (0.0, 20.0) for r in chart.infusion_regions)
    assert all(r.isVisible() for r in chart.infusion_regions)
    low, high = chart.plots["drip"].viewRange()[0]
    assert low <= -10 and high >= 20  # linked x axes: every panel shows the same span
    for plot in chart.plots.values():
        assert plot.viewRange()[0] == pytest.approx([low, high])
    assert "2 sets of vital signs, 2 drip readings" in chart.summary.text()


def test_refresh_reads_a_new_set_and_the_pause(
    qtbot, site: Workspace, started: str, clock: FakeClock
) -> None:
    chart = open_chart(qtbot, site, started)
    assert xy(chart.series["temperature_c"]) == ([-10.0], [36.6])

    at_minute(clock, 0, 30)
    record(site, started, temperature_c=38.4)
    session_flow.pause_infusion(site, NURSE, session_id=started, reason="reaction")
    at_minute(clock, 30, 36)
    chart.refresh()

    x, y = xy(chart.series["temperature_c"])
    assert x == [-10.0, 30.0] and y == pytest.approx([36.6, 38.4])
    assert isinstance(chart.series["temperature_c"].yData, np.ndarray)  # type: ignore[attr-defined]
    assert chart.data is not None and chart.data.pauses == ((30.0, 36.0),)
    assert chart.infusion_regions[0].getRegion() == (0.0, 36.0)


def test_before_the_start_the_baseline_is_at_a_negative_minute(
    qtbot, site: Workspace, ready: str, clock: FakeClock
) -> None:
    clock.advance(300)
    chart = open_chart(qtbot, site, ready)
    assert xy(chart.series["heart_rate_bpm"]) == ([-5.0], [72.0])
    assert not any(r.isVisible() for r in chart.infusion_regions)


def test_the_chart_renders_to_an_image_for_the_report(
    qtbot, site: Workspace, started: str, clock: FakeClock
) -> None:
    at_minute(clock, 0, 15)
    record(site, started)
    image = render_chart_image(site, started, 900, 700)
    assert not image.isNull()
    assert (image.width(), image.height()) == (900, 700)
    colours = {image.pixel(x, y) for x in range(0, 900, 15) for y in range(0, 700, 15)}
    assert len(colours) > 5  # drawn, not a blank page


def test_the_schedule_panel_follows_the_clock(
    qtbot, site: Workspace, started: str, clock: FakeClock
) -> None:
    panel = SchedulePanel(site, started)
    qtbot.addWidget(panel)

    def state(key: str) -> str:
        return panel.rows[key][3].text()

    assert state("baseline") == "Done"  # typed in the checks
    assert state("during@15") == "Upcoming" and panel.rows["during@15"][0].text() == "○"

    at_minute(clock, 0, 15)
    panel.refresh()
    assert state("during@15") == "Due now"
    at_minute(clock, 15, 21)
    panel.refresh()
    assert state("during@15").startswith("Overdue")
    assert panel.rows["during@15"][3].property("kind") == "overdue"
    assert panel.rows["during@15"][0].text() == "⚠"
    assert [s.key for s in panel.overdue()] == ["during@15"]

    record(site, started)
    panel.refresh()
    assert state("during@15") == "Done late"
    assert panel.overdue() == []
    assert panel.rows["during@15"][1].text() == "15 min after start"

    complete(site, NURSE, session_id=started)
    panel.refresh()
    assert state("end") == "Due now"
    assert "post_120" in panel.rows


def test_the_vitals_table_model(
    qtbot, qtmodeltester, site: Workspace, started: str, clock: FakeClock
) -> None:
    at_minute(clock, 0, 15)
    record(site, started)
    at_minute(clock, 15, 36)
    record(site, started, temperature_c=39.2, heart_rate_bpm=112, resp_rate_per_min=22)
    table = VitalsTableWidget(site, started)
    qtbot.addWidget(table)
    model = table.model
    qtmodeltester.check(model)

    assert model.rowCount() == 3
    texts = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(3)]
    assert texts[0][:3] == ["09:00", "Baseline (before start)", "118/76"]
    assert texts[1][0] == "09:25" and texts[1][7] == "0 low" and texts[1][8] == "none"
    assert texts[2][1] == "⚠ 30 min after start — late"
    assert texts[2][5] == "39.2"
    assert texts[2][7] == "⚠ 6 medium"  # NEWS2: temperature 2 + pulse 2 + respiration 2
    assert texts[2][8].startswith("⚠ ") and "38" in texts[2][8]

    at_minute(clock, 36, 45)
    record(site, started)
    table.refresh()
    assert model.rowCount() == 4
    qtmodeltester.check(model)


def _scene_pos(chart: VitalsChartWidget, panel: str, minute: float, value: float) -> QPointF:
    box = chart.plots[panel].getViewBox()  # type: ignore[attr-defined]
    return box.mapViewToScene(QPointF(minute, value))


def test_hovering_a_point_shows_its_clock_time_in_the_site_zone(
    qtbot, site: Workspace, started: str, clock: FakeClock
) -> None:
    """Started at 09:10 Shanghai time; a set measured at minute 15 is at 09:25."""
    at_minute(clock, 0, 15)
    record(site, started, heart_rate_bpm=80, temperature_c=37.2)
    at_minute(clock, 15, 30)
    chart = open_chart(qtbot, site, started)
    assert chart.hover.text() == "Point at the chart to read the clock time."

    # The mouse moved over the heart-rate panel, a few pixels beside the point: it snaps.
    target = chart.view.mapFromScene(_scene_pos(chart, "hr", 15.0, 80.0)) + QPoint(4, 3)
    qtbot.mouseMove(chart.view.viewport(), target)
    qtbot.waitUntil(lambda: chart.hover.text() != "Point at the chart to read the clock time.")
    assert chart.hover.text() == "09:25:00 · 15 min from the start · heart rate 80"
    assert all(line.isVisible() and line.value() == 15.0 for line in chart._hover_lines)

    # The scene's mouse-move signal: the temperature panel, then empty time (no point near).
    scene = chart.view.scene()
    scene.sigMouseMoved.emit(_scene_pos(chart, "temp", 15.2, 37.0))
    assert chart.hover.text() == "09:25:00 · 15 min from the start · temperature 37.2"
    scene.sigMouseMoved.emit(_scene_pos(chart, "bp", 25.0, 120.0))
    assert chart.hover.text() == "09:35:00 · 25 min from the start"
    scene.sigMouseMoved.emit(_scene_pos(chart, "hr", -10.0, 72.0))  # the baseline, before start
    assert chart.hover.text() == "09:00:00 · -10 min from the start · heart rate 72"


def most_drawn(in_view: int, width_px: int) -> int:
    """Peak downsampling's most points: a min and a max per step of whole samples, the step
    being the samples per pixel column rounded down; clipping keeps one step beyond each end."""
    step = max(1, in_view // width_px)
    return 2 * (in_view // step + 2)


def test_a_day_of_monitor_data_is_drawn_downsampled_in_the_same_item(
    qtbot, site: Workspace, started: str
) -> None:
    """86 400 points, one per second: peak downsampling draws about a min and a max per pixel
    column, clipping draws only what is in view, and appending updates the same item."""
    chart = open_chart(qtbot, site, started)
    plot, item = chart.plots["hr"], chart.series["heart_rate_bpm"]
    items = list(plot.listDataItems())  # type: ignore[attr-defined]
    seconds = np.arange(86_400, dtype=float)
    chart.show_series("heart_rate_bpm", seconds / 60, 75 + 10 * np.sin(seconds / 600))
    chart.plots["bp"].setXRange(0, 1440, padding=0)  # type: ignore[attr-defined]
    QApplication.processEvents()

    assert item.opts["autoDownsample"] and item.opts["clipToView"]  # type: ignore[attr-defined]
    assert item.opts["downsampleMethod"] == "peak"  # type: ignore[attr-defined]
    assert item.opts["symbol"] is None and item.opts["pen"].width() == 1  # a dense trace: a line
    assert len(item.xData) == 86_400  # type: ignore[attr-defined]
    width = int(item.getViewBox().width())  # type: ignore[attr-defined]
    drawn, _ = item.curve.getData()  # type: ignore[attr-defined]
    assert 0 < len(drawn) <= most_drawn(86_400, width) < 2.1 * width + 8

    chart.plots["bp"].setXRange(600, 660, padding=0)  # type: ignore[attr-defined]
    QApplication.processEvents()
    drawn, _ = item.curve.getData()  # type: ignore[attr-defined]
    assert len(drawn) <= most_drawn(3600, width)
    assert drawn.min() >= 599 and drawn.max() <= 661  # clipped to the hour in view

    chart.append_point("heart_rate_bpm", 86_400 / 60, 76.0)
    assert chart.series["heart_rate_bpm"] is item
    assert list(plot.listDataItems()) == items  # type: ignore[attr-defined]
    assert len(item.xData) == 86_401 and item.yData[-1] == 76.0  # type: ignore[attr-defined]


def test_the_grid_lines_sit_at_the_axis_ticks_and_follow_the_view(
    qtbot, site: Workspace, started: str
) -> None:
    """The grid is drawn as lines of its own (pyqtgraph's showGrid cost about 100 ms a frame):
    across each panel at its left axis's values, and down it at the time axis's, moving when
    the nurse pans to another part of the day."""
    chart = open_chart(qtbot, site, started)
    QApplication.processEvents()
    hr = chart.plots["hr"]
    across, down = chart.grids["hr"]
    left = hr.getAxis("left")  # type: ignore[attr-defined]
    low, high = hr.vb.viewRange()[1]  # type: ignore[attr-defined]
    assert across.values() == sorted(left.tickValues(low, high, left.size().height())[0][1])
    assert 40.0 in across.values() and 140.0 in across.values()
    assert not hr.ctrl.xGridCheck.isChecked() and not hr.ctrl.yGridCheck.isChecked()  # type: ignore[attr-defined]
    chart.plots["bp"].setXRange(600, 660, padding=0)  # type: ignore[attr-defined]
    QApplication.processEvents()
    assert down.values() and all(590 <= v <= 670 for v in down.values())
    assert chart.grids["bp"][1].values() == down.values()  # the linked panels line up
