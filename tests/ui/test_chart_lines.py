"""A chart's lines answer an empty rectangle, not an exception, once their panel is gone."""

from __future__ import annotations

import sys
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot

from infusion_app.ui.vitals.chart_lines import panel_line


def test_a_line_whose_view_box_vanishes_mid_call_has_an_empty_rectangle(qtbot: QtBot) -> None:
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.resize(400, 300)
    line = panel_line(pg, pos=1.0, angle=0, movable=False)
    plot.addItem(line)
    plot.show()
    qtbot.waitUntil(lambda: not line.boundingRect().isEmpty())
    view = line.getViewBox()

    def vanishing() -> Any:
        """The view box, except at _computeBoundingRect's own second lookup: as when the weak
        reference dies between viewRect() and getViewBox().size()."""
        return None if sys._getframe(1).f_code.co_name == "_computeBoundingRect" else view

    line.getViewBox = vanishing
    line._boundingRect = None  # make it compute again
    assert line.boundingRect() == QRectF()


def test_a_line_in_its_panel_has_its_usual_rectangle(qtbot: QtBot) -> None:
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.resize(400, 300)
    line = panel_line(pg, pos=1.0, angle=0, movable=False)
    plot.addItem(line)
    plot.show()
    qtbot.waitUntil(lambda: not line.boundingRect().isEmpty())
