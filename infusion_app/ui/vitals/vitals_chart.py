"""The live vital-signs chart of a session: five linked panels in minutes from the start.

Panels: blood pressure, heart rate, temperature, SpO₂ with respiratory rate, and the drip rate
with the protocol's target band shaded. The infusion period is shaded on every panel (pauses in
grey) and the protocol's stop criteria are dashed red lines. Each series is one PlotDataItem
updated with ``setData()`` on numpy arrays by :meth:`VitalsChartWidget.refresh` (or, for a
monitor's one-per-second stream, :meth:`VitalsChartWidget.append_point`); peak downsampling
and clipping to the view keep a day of such data smooth (bench/chart_day.py). Hovering a
panel shows the clock time, in the site's time zone, of the point under the mouse.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from infusion_app.domain.protocol import VitalParameter
from infusion_app.services.context import Workspace
from infusion_app.ui.vitals import chart_panels as cp
from infusion_app.ui.vitals.chart_data import ChartData, SeriesBuffer, chart_data
from infusion_app.ui.vitals.chart_grid import AxisGrid
from infusion_app.ui.vitals.chart_hover import SNAP_PX, HoveredPoint, hover_text, nearest_index
from infusion_app.ui.vitals.chart_lines import panel_line

PANEL_OF = {
    VitalParameter.SYSTOLIC_MMHG: ("bp", False),
    VitalParameter.DIASTOLIC_MMHG: ("bp", False),
    VitalParameter.HEART_RATE_BPM: ("hr", False),
    VitalParameter.TEMPERATURE_C: ("temp", False),
    VitalParameter.SPO2_PCT: ("spo2_rr", False),
    VitalParameter.RESP_RATE_PER_MIN: ("spo2_rr", True),
}
MIN_SPAN_MIN = 60.0  # the time axis shows at least an hour
MARGIN_MIN = 5.0
DENSE_POINTS = 600  # more points than this in a series: a line without symbols


SCENE_RECT = QRectF(-100_000, -100_000, 200_000, 200_000)  # px: larger than any screen


class VitalsChartWidget(QWidget):
    """The chart of one session; call :meth:`refresh` after a reading is recorded.

    Attributes:
        series: the PlotDataItem of each series by key (``systolic_mmhg`` … ``drip_rate``).
        plots: the PlotItem of each panel by key (``bp``, ``hr``, ``temp``, ``spo2_rr``,
            ``drip``); their x axes are linked.
        band_region: the drip panel's shaded target band (gtt/min).
        infusion_regions: the shaded infusion period on each panel (hidden before the start).
        data: what was plotted at the last refresh.
        hover: the clock time (and value) of the point under the mouse.
    """

    def __init__(self, ws: Workspace, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pg = cp.pyqtgraph_module()
        self._ws, self._session = ws, session_id
        self.setAccessibleName(self.tr("Vital signs chart"))
        self.view = self._pg.GraphicsLayoutWidget()
        self.view.setAccessibleName(self.tr("Vital signs and drip rate over time"))
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The view shows the rectangle pyqtgraph gives it; the scene's own rectangle only
        # matters when unset, and then Qt recomputes it from every item after each change
        # (QGraphicsScene::itemsBoundingRect, queued): a cost per repaint, and the frame seen
        # in a segmentation fault while a torn-down chart's items were being freed.
        self.view.scene().setSceneRect(SCENE_RECT)
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.summary.setAccessibleName(self.tr("Chart summary"))
        self.hover = QLabel(self.tr("Point at the chart to read the clock time."))
        self.hover.setObjectName("hint")
        self.hover.setAccessibleName(self.tr("Time under the pointer"))
        for label in (self.summary, self.hover):  # a long line must not widen the whole screen
            label.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.view, 1)
        column.addWidget(self.hover)
        column.addWidget(self.summary)
        self.plots: dict[str, object] = {}
        self.grids: dict[str, tuple[AxisGrid, AxisGrid]] = {}  # not showGrid: chart_grid.py
        self.series: dict[str, object] = {}
        self._buffers: dict[str, SeriesBuffer] = {}
        self._looks: dict[str, cp.SeriesLook] = {}
        self._dense: set[str] = set()  # series drawn as a thin line without symbols
        self._hover_lines: list[object] = []
        self.infusion_regions: list[object] = []
        self._pause_regions: list[tuple[object, object]] = []
        self._now_lines: list[object] = []
        self._right_views: dict[str, object] = {}
        drip = ws.protocol.drip
        self._specs = cp.panel_specs(drip.hard_max_gtt_min + 40)
        for row, spec in enumerate(self._specs):
            self._add_panel(row, spec, last=row == len(self._specs) - 1)
        self.band_region = cp.shade(
            self._pg, (drip.band_min_gtt_min, drip.band_max_gtt_min), cp.BAND_BRUSH, horizontal=True
        )
        self.plots["drip"].addItem(self.band_region)  # type: ignore[attr-defined]
        self._add_limits()
        self.data: ChartData | None = None
        self.view.scene().sigMouseMoved.connect(self._mouse_moved)
        self.refresh()

    def _add_panel(self, row: int, spec: cp.PanelSpec, *, last: bool) -> None:
        pg = self._pg
        # No context menus, made never rather than made and dropped: dropping a ViewBox's menu
        # (setMenuEnabled(False)) is where PySide's QMenu bugs crash (pyqtgraph #2497, #2522).
        plot = self.view.addPlot(row=row, col=0, enableMenu=False)
        plot.setTitle(cp.title_html(spec), size=cp.TITLE_SIZE, justify="left")
        bottom = self.tr("Minutes from the start of the infusion") if last else ""
        cp.style_axes(pg, plot, bottom_values=last, bottom_label=bottom)
        plot.setMouseEnabled(x=True, y=False)
        # PlotItem.addItem gives each PlotDataItem the plot's own downsampling and clipping
        # (off by default), overriding the item's: set them on the plot, before the series.
        plot.setDownsampling(auto=True, mode="peak")
        plot.setClipToView(True)
        plot.hideButtons()
        plot.setYRange(*spec.y_range, padding=0.02)
        if self.plots:
            plot.setXLink(next(iter(self.plots.values())))
        self.plots[spec.key] = plot
        self.grids[spec.key] = (AxisGrid(pg, plot, "left"), AxisGrid(pg, plot, "bottom"))
        if spec.right_range is not None:
            self._add_right_view(spec, plot)
        region = cp.shade(pg, (0.0, 0.0), cp.INFUSION_BRUSH)
        plot.addItem(region)
        self.infusion_regions.append(region)
        now = panel_line(pg, angle=90, movable=False, pen=pg.mkPen("#4a5563", width=1))
        plot.addItem(now)
        self._now_lines.append(now)
        hover = panel_line(pg, angle=90, movable=False, pen=cp.hover_pen(pg))
        hover.hide()
        plot.addItem(hover, ignoreBounds=True)
        self._hover_lines.append(hover)
        for look in spec.series:
            item = cp.series_item(pg, look)
            target = self._right_views[spec.key] if look.right else plot
            target.addItem(item)
            self.series[look.key] = item
            self._buffers[look.key] = SeriesBuffer()
            self._looks[look.key] = look
        if spec.key == "drip":
            self.out_of_band = pg.ScatterPlotItem(
                symbol="t", size=20, brush=pg.mkBrush(cp.AMBER), pen=pg.mkPen("#6b4200", width=2)
            )
            plot.addItem(self.out_of_band)
            words = self.tr("out of band")
            extra = f" &nbsp; <span style='color:{cp.AMBER}'>▼ {words}</span>"
            plot.setTitle(cp.title_html(spec, extra), size=cp.TITLE_SIZE, justify="left")

    def _add_right_view(self, spec: cp.PanelSpec, plot: object) -> None:
        """A second view box for a series on the right axis (the pyqtgraph multi-axis way)."""
        view = self._pg.ViewBox(enableMenu=False)
        view.setMouseEnabled(x=False, y=False)
        plot.scene().addItem(view)  # type: ignore[attr-defined]
        axis = plot.getAxis("right")  # type: ignore[attr-defined]
        axis.linkToView(view)
        axis.setStyle(showValues=True)
        axis.setLabel(spec.right_label, **{"font-size": "12pt"})
        view.setXLink(plot)
        view.setYRange(*spec.right_range, padding=0.02)  # type: ignore[misc]
        main = plot.getViewBox()  # type: ignore[attr-defined]

        def follow() -> None:
            view.setGeometry(main.sceneBoundingRect())
            view.linkedViewChanged(main, view.XAxis)

        main.sigResized.connect(follow)
        self._right_views[spec.key] = view

    def _add_limits(self) -> None:
        """Dashed lines at the protocol's stop criteria and the drip rate's hard limits."""
        pg = self._pg
        for criterion in self._ws.protocol.stop_criteria:
            if criterion.parameter not in PANEL_OF:
                continue  # a change from baseline has no fixed line
            key, right = PANEL_OF[criterion.parameter]
            comparison = criterion.comparison.value
            text = self.tr("stop {0} {1:g} {2}").format(
                cp.SYMBOLS[comparison], criterion.threshold, criterion.parameter.unit
            )
            line = cp.threshold_line(pg, criterion.threshold, text, below="<" in comparison)
            target = self._right_views[key] if right else self.plots[key]
            target.addItem(line)  # type: ignore[attr-defined]
        drip = self._ws.protocol.drip
        for value, below in ((drip.hard_min_gtt_min, True), (drip.hard_max_gtt_min, False)):
            text = self.tr("hard limit {0:g}").format(value)
            line = cp.threshold_line(pg, value, text, below=below)
            self.plots["drip"].addItem(line)  # type: ignore[attr-defined]

    def refresh(self) -> None:
        """Read the session again and update every series, region and the time range."""
        data = chart_data(self._ws, self._session)
        self.data = data
        for key, values in data.values.items():
            self.show_series(key, data.vitals_min, values)
        self.show_series("drip_rate", data.drip_min, data.drip_rate)
        out = data.drip_out_of_band
        self.out_of_band.setData(x=data.drip_min[out], y=data.drip_rate[out])
        for region in self.infusion_regions:
            region.setRegion(data.infusion or (0.0, 0.0))  # type: ignore[attr-defined]
            region.setVisible(data.infusion is not None)  # type: ignore[attr-defined]
        for line in self._now_lines:
            line.setValue(data.now_min)  # type: ignore[attr-defined]
        self._show_pauses(data)
        self._fit(data)
        self.summary.setText(self._summary(data))

    def show_series(self, key: str, minutes: np.ndarray, values: np.ndarray) -> None:
        """Plot one series anew: ``values`` at ``minutes`` from the start (increasing); a
        parameter not measured (NaN, a partial set) is no point."""
        measured = ~np.isnan(values)
        self._buffers[key].replace(minutes[measured], values[measured])
        self._draw(key)

    def append_point(self, key: str, minute: float, value: float) -> None:
        """Add one point after the last of a series (e.g. a monitor's reading each second)."""
        self._buffers[key].append(minute, value)
        self._draw(key)

    def _draw(self, key: str) -> None:
        """``setData`` on the series' one PlotDataItem; a dense series is a plain thin line."""
        buffer, item, look = self._buffers[key], self.series[key], self._looks[key]
        dense = len(buffer) > DENSE_POINTS
        if dense != (key in self._dense):
            self._dense.symmetric_difference_update({key})
            item.setSymbol(None if dense else look.symbol)  # type: ignore[attr-defined]
            item.setPen(cp.series_pen(self._pg, look, dense=dense))  # type: ignore[attr-defined]
        item.setData(x=buffer.x, y=buffer.y)  # type: ignore[attr-defined]

    def _mouse_moved(self, scene_pos: QPointF) -> None:
        """Show the clock time of the point under the mouse (or of the time under it)."""
        for key, plot in self.plots.items():
            box = plot.getViewBox()  # type: ignore[attr-defined]
            if box.sceneBoundingRect().contains(scene_pos):
                minute = box.mapSceneToView(scene_pos).x()
                self.show_time_at(key, minute, SNAP_PX * box.viewPixelSize()[0])
                return
        for line in self._hover_lines:
            line.hide()  # type: ignore[attr-defined]

    def show_time_at(self, panel: str, minute: float, tolerance: float = 0.0) -> str:
        """Say the clock time at ``minute``, snapped to a point of ``panel`` within tolerance."""
        if self.data is None:
            return ""
        point = self._nearest(panel, minute, tolerance)
        at = point.minute if point else minute
        for line in self._hover_lines:
            line.setValue(at)  # type: ignore[attr-defined]
            line.show()  # type: ignore[attr-defined]
        text = hover_text(self.data.reference, at, self._ws.protocol.site.timezone, point)
        self.hover.setText(text)
        return text

    def _nearest(self, panel: str, minute: float, tolerance: float) -> HoveredPoint | None:
        spec = next(s for s in self._specs if s.key == panel)
        found: list[HoveredPoint] = []
        for look in spec.series:
            buffer = self._buffers[look.key]
            index = nearest_index(buffer.x, minute, tolerance)
            if index is not None:
                decimals = 1 if look.key == "temperature_c" else 0
                found.append(HoveredPoint(look.name, buffer.x[index], buffer.y[index], decimals))
        return min(found, key=lambda p: abs(p.minute - minute), default=None)

    def _show_pauses(self, data: ChartData) -> None:
        for plot, region in self._pause_regions:
            plot.removeItem(region)  # type: ignore[attr-defined]
        self._pause_regions = []
        for span in data.pauses:
            for plot in self.plots.values():
                region = cp.shade(self._pg, span, cp.PAUSE_BRUSH)
                plot.addItem(region)  # type: ignore[attr-defined]
                self._pause_regions.append((plot, region))

    def _fit(self, data: ChartData) -> None:
        """Show from before the first point to after now; widen y ranges to the data."""
        times = [*data.vitals_min, *data.drip_min, data.now_min, 0.0]
        low, high = min(times) - MARGIN_MIN, max(times) + MARGIN_MIN
        high = max(high, low + MIN_SPAN_MIN)
        self.plots["bp"].setXRange(low, high, padding=0)  # type: ignore[attr-defined]
        for spec in self._specs:
            keys = [s.key for s in spec.series if not s.right]
            values = [v for k in keys for v in self._values(data, k)]
            bottom, top = spec.y_range
            if values:
                bottom, top = min(bottom, min(values)), max(top, max(values))
            self.plots[spec.key].setYRange(bottom, top, padding=0.05)  # type: ignore[attr-defined]

    @staticmethod
    def _values(data: ChartData, key: str) -> list[float]:
        array = data.drip_rate if key == "drip_rate" else data.values[key]
        return [float(v) for v in array if not np.isnan(v)]

    def _summary(self, data: ChartData) -> str:
        """One line for screen readers and for colour-blind readers of the shading."""
        state = (
            self.tr("Shaded blue: the infusion; grey: paused; green: the target drip band.")
            if data.infusion
            else self.tr("The infusion has not started; times are minutes before now.")
        )
        counts = self.tr("{0} sets of vital signs, {1} drip readings.").format(
            len(data.vitals_min), len(data.drip_min)
        )
        return f"{counts} {state}"


def render_chart_image(ws: Workspace, session_id: str, width: int, height: int) -> QImage:
    """The session's chart as an image of ``width`` × ``height`` px (e.g. for the PDF report).

    Builds a chart off screen, lets it lay out once and grabs it; needs a QApplication.
    """
    chart = VitalsChartWidget(ws, session_id)
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    chart.resize(width, height)
    chart.show()
    QApplication.processEvents()
    image = chart.grab().toImage()
    chart.close()
    chart.deleteLater()
    return image
