"""The live vitals chart with a day of one-per-second monitor data (86 400 points per series).

Usage: python bench/chart_day.py [--frames 120]
Builds the real VitalsChartWidget on the demo site's running session (offscreen, 1280×900) and
feeds the six vital-sign series from numpy arrays. Every figure is a ratio against a baseline
measured in the same run, on the same chart, with one hour of the same data (3 600 points):

- load: ``setData`` of every series and one repaint, a day vs an hour;
- frame: appending one point per second to every series while the view pans by one second,
  then a repaint (median and 95th percentile), a day vs an hour; target ≤ 2× (the drawing is
  downsampled to the pixel width, so it should not grow with the data);
- the same frame with peak downsampling and clipping switched off, to show what they save.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np
from PySide6.QtWidgets import QApplication

from infusion_app.demo.site import make_demo
from infusion_app.domain.clock import FakeClock
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.ui.vitals.chart_data import VITAL_SERIES
from infusion_app.ui.vitals.vitals_chart import VitalsChartWidget

HOUR, DAY = 3_600, 86_400
TARGET_FRAME_RATIO = 2.0


def monitor_day(seconds: int) -> dict[str, np.ndarray]:
    """Plausible one-per-second values for each series (slow waves and a little noise)."""
    t = np.arange(seconds, dtype=float)
    rng = np.random.default_rng(7)
    wave = np.sin(t / 900)
    base = {
        "systolic_mmhg": 118 + 8 * wave,
        "diastolic_mmhg": 76 + 5 * wave,
        "heart_rate_bpm": 74 + 6 * np.sin(t / 400),
        "temperature_c": 36.7 + 0.3 * np.sin(t / 5000),
        "spo2_pct": 97 + np.sin(t / 700),
        "resp_rate_per_min": 16 + 2 * np.sin(t / 600),
    }
    return {k: v + rng.normal(0, 0.3, seconds) for k, v in base.items()}


def repaint(app: QApplication, chart: VitalsChartWidget) -> None:
    app.processEvents()
    chart.view.viewport().repaint()


def load_ms(app: QApplication, chart: VitalsChartWidget, seconds: int, values: dict) -> float:
    """``setData`` of every vital series with ``seconds`` points, then one repaint."""
    minutes = np.arange(seconds, dtype=float) / 60
    started = time.perf_counter()
    for key in VITAL_SERIES:
        chart.show_series(key, minutes, values[key][:seconds])
    chart.plots["bp"].setXRange(0, seconds / 60, padding=0)  # type: ignore[attr-defined]
    repaint(app, chart)
    return (time.perf_counter() - started) * 1000


def frames_ms(
    app: QApplication, chart: VitalsChartWidget, seconds: int, frames: int
) -> list[float]:
    """Each frame: one new point per series, the view panned one second, a repaint."""
    out = []
    for n in range(frames):
        minute = (seconds + n) / 60
        started = time.perf_counter()
        for key in VITAL_SERIES:
            chart.append_point(key, minute, 70.0 + n % 5)
        span = seconds / 60
        chart.plots["bp"].setXRange(minute - span, minute, padding=0)  # type: ignore[attr-defined]
        repaint(app, chart)
        out.append((time.perf_counter() - started) * 1000)
    return out


def fast_drawing(chart: VitalsChartWidget, on: bool) -> None:
    """Peak downsampling and clipping to the view on every vital-sign series, or off."""
    for key in VITAL_SERIES:
        chart.series[key].setDownsampling(auto=on, method="peak")  # type: ignore[attr-defined]
        chart.series[key].setClipToView(on)  # type: ignore[attr-defined]


def p95(values: list[float]) -> float:
    return float(np.percentile(values, 95))


def measure(label: str, run: Callable[[], list[float]]) -> tuple[float, float]:
    times = run()
    median, high = statistics.median(times), p95(times)
    print(f"  {label:<44} median {median:7.2f} ms   p95 {high:7.2f} ms")
    return median, high


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=120)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="chart-day-"))
    make_demo(folder / "demo.sqlite3", days=1)
    ws = open_workspace(folder / "demo.sqlite3", FakeClock(datetime.now(UTC)))
    session = ws.db.execute("SELECT id FROM sessions WHERE state = 'infusing'").fetchone()[0]
    chart = VitalsChartWidget(ws, session)
    chart.resize(1280, 900)
    chart.show()
    repaint(app, chart)
    values = monitor_day(DAY + args.frames)

    print(f"Vitals chart, {len(VITAL_SERIES)} series, {args.frames} frames, 1280×900 offscreen")
    hour_load = min(load_ms(app, chart, HOUR, values) for _ in range(3))
    day_load = min(load_ms(app, chart, DAY, values) for _ in range(3))
    print(f"  load (setData + repaint): hour {hour_load:.1f} ms, day {day_load:.1f} ms")

    load_ms(app, chart, HOUR, values)
    hour = measure(
        "frame, one hour in view (baseline)", lambda: frames_ms(app, chart, HOUR, args.frames)
    )
    load_ms(app, chart, DAY, values)
    day = measure("frame, one day in view", lambda: frames_ms(app, chart, DAY, args.frames))
    fast_drawing(chart, on=False)
    load_ms(app, chart, DAY, values)
    slow_frames = max(5, args.frames // 12)  # each takes seconds
    raw = measure(
        "frame, one day, no downsampling/clipping", lambda: frames_ms(app, chart, DAY, slow_frames)
    )
    fast_drawing(chart, on=True)

    ratio = day[0] / hour[0]
    verdict = "within" if ratio <= TARGET_FRAME_RATIO else "OVER"
    print("Ratios (a day of data vs the one-hour baseline, same run):")
    print(f"  load       {day_load / hour_load:6.2f}×")
    print(
        f"  frame      {ratio:6.2f}× median, {day[1] / hour[1]:.2f}× p95 "
        f"({verdict} the target ≤ {TARGET_FRAME_RATIO:g}×)"
    )
    print(f"  no downsampling/clipping: {raw[0] / hour[0]:6.2f}× median")
    chart.close()
    ws.db.close()


if __name__ == "__main__":
    main()
