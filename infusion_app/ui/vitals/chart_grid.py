"""The chart's grid, drawn as plain lines at each panel's major ticks.

pyqtgraph's own grid (``PlotItem.showGrid``) is drawn into the axes' cached pictures;
replaying them cost about 100 ms of a 115 ms repaint of the five panels at 1280×900
(offscreen, measured with the chart of the demo's running session), whether the grid was
transparent or not. The same lines as ``InfiniteLine`` items cost a few milliseconds. A
panel's lines follow its axis: again when it is resized (the axis may choose other ticks)
and, for the time lines, when the view pans or zooms.
"""

from __future__ import annotations

from types import ModuleType

from infusion_app.ui.vitals.chart_lines import panel_line

GRID_RGBA = (0, 0, 0, 38)  # the look of pyqtgraph's grid at alpha 0.15, on white


class AxisGrid:
    """Light lines across ``plot`` at the major ticks of its ``left`` (horizontal lines) or
    ``bottom`` (vertical lines) axis, kept where the axis puts its ticks."""

    def __init__(self, pg: ModuleType, plot: object, axis: str) -> None:
        self._pg, self._plot, self._axis = pg, plot, axis
        self._lines: dict[float, object] = {}
        view = plot.vb  # type: ignore[attr-defined]
        view.sigResized.connect(self.refresh)
        (view.sigYRangeChanged if axis == "left" else view.sigXRangeChanged).connect(self.refresh)
        self.refresh()

    def values(self) -> list[float]:
        """Where the lines are now."""
        return sorted(self._lines)

    def refresh(self) -> None:
        """Put one line at each major tick of the axis, as it is laid out now."""
        plot, horizontal = self._plot, self._axis == "left"
        low, high = plot.vb.viewRange()[1 if horizontal else 0]  # type: ignore[attr-defined]
        axis = plot.getAxis(self._axis)  # type: ignore[attr-defined]
        length = axis.size().height() if horizontal else axis.size().width()
        levels = axis.tickValues(low, high, max(1.0, length))
        wanted = {float(v) for v in levels[0][1]} if levels else set()
        for value in set(self._lines) - wanted:
            plot.removeItem(self._lines.pop(value))  # type: ignore[attr-defined]
        for value in wanted - set(self._lines):
            line = panel_line(
                self._pg,
                pos=value,
                angle=0 if horizontal else 90,
                movable=False,
                pen=self._pg.mkPen(GRID_RGBA, width=1),
            )
            line.setZValue(-10)  # under the series
            plot.addItem(line, ignoreBounds=True)  # type: ignore[attr-defined]
            self._lines[value] = line
