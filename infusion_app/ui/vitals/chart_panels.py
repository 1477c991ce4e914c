"""The panels of the vitals chart: what each shows, its series' look, and pyqtgraph set-up.

pyqtgraph is imported by :func:`pyqtgraph_module` only, when the first chart is built: the
app starts without it (about 0.2 s and numpy saved at start-up).
"""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from infusion_app.ui.vitals.chart_lines import panel_line

AXIS_FONT_PT = 12
TITLE_SIZE = "13pt"
LEFT_AXIS_PX = 64  # the same on every panel, so the linked panels line up
RIGHT_AXIS_PX = 56
INFUSION_BRUSH = (26, 95, 180, 28)  # light blue: the infusion period
PAUSE_BRUSH = (110, 110, 110, 70)  # grey: paused
BAND_BRUSH = (46, 125, 50, 45)  # light green: the drip rate's target band
STOP_COLOUR = "#a51d2d"
AMBER = "#b7791f"
SYMBOLS = {"<": "<", "<=": "≤", ">": ">", ">=": "≥"}


@dataclass(frozen=True)
class SeriesLook:
    """One series: its key (a ``ChartData`` name), words, colour, symbol and dash."""

    key: str
    name: str
    colour: str
    symbol: str
    dashed: bool = False
    right: bool = False  # plotted against the panel's right axis


@dataclass(frozen=True)
class PanelSpec:
    """One panel: its key, title with units, series and default y range(s)."""

    key: str
    title: str
    series: tuple[SeriesLook, ...]
    y_range: tuple[float, float]
    right_range: tuple[float, float] | None = None
    right_label: str = ""


def panel_specs(drip_top: float) -> tuple[PanelSpec, ...]:
    """The five panels, top to bottom; the drip panel reaches above the hard maximum."""
    return (
        PanelSpec(
            "bp",
            QCoreApplication.translate("VitalsChart", "Blood pressure (mmHg)"),
            (
                SeriesLook(
                    "systolic_mmhg",
                    QCoreApplication.translate("VitalsChart", "systolic"),
                    "#c01c28",
                    "o",
                ),
                SeriesLook(
                    "diastolic_mmhg",
                    QCoreApplication.translate("VitalsChart", "diastolic"),
                    "#1a5fb4",
                    "t",
                    dashed=True,
                ),
            ),
            (40, 180),
        ),
        PanelSpec(
            "hr",
            QCoreApplication.translate("VitalsChart", "Heart rate (/min)"),
            (
                SeriesLook(
                    "heart_rate_bpm",
                    QCoreApplication.translate("VitalsChart", "heart rate"),
                    "#8f3f9e",
                    "s",
                ),
            ),
            (40, 140),
        ),
        PanelSpec(
            "temp",
            QCoreApplication.translate("VitalsChart", "Temperature (°C)"),
            (
                SeriesLook(
                    "temperature_c",
                    QCoreApplication.translate("VitalsChart", "temperature"),
                    "#c64600",
                    "o",
                ),
            ),
            (35.0, 40.0),
        ),
        PanelSpec(
            "spo2_rr",
            QCoreApplication.translate(
                "VitalsChart", "SpO₂ (%, left) and respiratory rate (/min, right)"
            ),
            (
                SeriesLook(
                    "spo2_pct", QCoreApplication.translate("VitalsChart", "SpO₂ %"), "#1a5fb4", "o"
                ),
                SeriesLook(
                    "resp_rate_per_min",
                    QCoreApplication.translate("VitalsChart", "RR /min"),
                    "#2e7d32",
                    "d",
                    True,
                    True,
                ),
            ),
            (80, 100),  # with RR's 0–50 the two lines keep apart: SpO₂ high, RR low
            (0, 50),
            QCoreApplication.translate("VitalsChart", "RR /min"),
        ),
        PanelSpec(
            "drip",
            QCoreApplication.translate("VitalsChart", "Drip rate (gtt/min); shaded: target band"),
            (
                SeriesLook(
                    "drip_rate",
                    QCoreApplication.translate("VitalsChart", "drip rate"),
                    "#1c2430",
                    "o",
                ),
            ),
            (0, drip_top),
        ),
    )


def title_html(spec: PanelSpec, extra: str = "") -> str:
    """The panel's title followed by each series' symbol and name in its colour."""
    glyphs = {"o": "●", "t": "▼", "s": "■", "d": "◆"}
    keys = " ".join(
        f"<span style='color:{s.colour}'>{glyphs[s.symbol]} {s.name}</span>" for s in spec.series
    )
    return f"<b>{spec.title}</b> &nbsp; {keys}{extra}"


def pyqtgraph_module() -> ModuleType:
    """Import pyqtgraph (PySide6 is already loaded, so it picks PySide6) and set its look."""
    import pyqtgraph

    pyqtgraph.setConfigOptions(antialias=True, background="w", foreground="#1c2430")
    return pyqtgraph


def style_axes(pg: ModuleType, plot: object, *, bottom_values: bool, bottom_label: str) -> None:
    """Large tick fonts, fixed axis widths, and tick values on the bottom panel only."""
    font = QFont()
    font.setPointSize(AXIS_FONT_PT)
    plot.showAxis("right")  # type: ignore[attr-defined]
    for name in ("left", "bottom", "right"):
        axis = plot.getAxis(name)  # type: ignore[attr-defined]
        axis.setStyle(tickFont=font, tickTextOffset=6)
        axis.setTextPen(pg.mkPen("#1c2430"))
    plot.getAxis("left").setWidth(LEFT_AXIS_PX)  # type: ignore[attr-defined]
    plot.getAxis("right").setWidth(RIGHT_AXIS_PX)  # type: ignore[attr-defined]
    plot.getAxis("right").setStyle(showValues=False)  # type: ignore[attr-defined]
    bottom = plot.getAxis("bottom")  # type: ignore[attr-defined]
    bottom.setStyle(showValues=bottom_values)
    if bottom_label:
        bottom.setLabel(bottom_label, **{"font-size": "12pt"})


def series_item(pg: ModuleType, look: SeriesLook) -> object:
    """A PlotDataItem for ``look``: thick line, large symbols, peak downsampling, clipped."""
    item = pg.PlotDataItem(
        name=look.name,
        pen=series_pen(pg, look, dense=False),
        symbol=look.symbol,
        symbolSize=11,
        symbolBrush=look.colour,
        symbolPen=pg.mkPen("w", width=1),
        autoDownsampleFactor=1.0,  # one min/max pair per pixel column (pyqtgraph's default: 5)
    )
    item.setDownsampling(auto=True, method="peak")
    item.setClipToView(True)
    return item


def series_pen(pg: ModuleType, look: SeriesLook, *, dense: bool) -> object:
    """A thick line for a few sets of vitals; a hairline for a dense monitor trace (a wide
    antialiased pen costs about three times as much to draw)."""
    style = Qt.PenStyle.DashLine if look.dashed else Qt.PenStyle.SolidLine
    return pg.mkPen(look.colour, width=1 if dense else 3, style=style)


def hover_pen(pg: ModuleType) -> object:
    """The thin dotted line that follows the mouse across the linked panels."""
    return pg.mkPen("#4a5563", width=1, style=Qt.PenStyle.DotLine)


def threshold_line(pg: ModuleType, value: float, text: str, *, below: bool) -> object:
    """A dashed red horizontal line at a limit, labelled at its right end (under the line for
    a lower limit, over it for an upper one, so the label sits on the side it guards)."""
    anchor = (1, 0) if below else (1, 1)
    return panel_line(
        pg,
        pos=value,
        angle=0,
        movable=False,
        pen=pg.mkPen(STOP_COLOUR, width=2, style=Qt.PenStyle.DashLine),
        label=text,
        labelOpts={"position": 0.995, "color": STOP_COLOUR, "anchors": [anchor, anchor]},
    )


def shade(pg: ModuleType, values: tuple[float, float], brush: tuple, *, horizontal: bool = False):
    """A fixed shaded region (vertical: a time span; horizontal: a value band)."""
    orientation = "horizontal" if horizontal else "vertical"
    region = pg.LinearRegionItem(
        values=values, orientation=orientation, movable=False, brush=pg.mkBrush(*brush)
    )
    for line in region.lines:
        line.setPen(pg.mkPen(None))
    region.setZValue(-10)
    return region
