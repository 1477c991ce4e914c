"""Straight lines across a chart panel (limits, "now", the hover line, the grid) that cannot
take the process down when their panel goes away.

pyqtgraph's ``InfiniteLine`` keeps its view box as a weak reference and looks it up twice while
computing its bounding rectangle (``_computeBoundingRect``: ``viewRect()``, then
``getViewBox().size()``). When the view box is collected between the two lookups (a chart torn
down while the scene still indexes its items), the AttributeError escapes from Qt's virtual
``boundingRect()`` and the process dies: seen in CI as "Error calling Python override of
QGraphicsObject::boundingRect(): … 'NoneType' object has no attribute 'size'" followed by a
segmentation fault. A line without a view box has nothing to draw, so it answers an empty
rectangle instead.
"""

from __future__ import annotations

import functools
from types import ModuleType
from typing import Any

from PySide6.QtCore import QRectF


@functools.cache
def _line_class(pg: ModuleType) -> type:
    class PanelLine(pg.InfiniteLine):  # type: ignore[misc,name-defined]
        """An ``InfiniteLine`` whose bounding rectangle is empty once its view box is gone."""

        def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
            try:
                return super().boundingRect()  # type: ignore[no-any-return]
            except AttributeError:  # the view box went away between two weak lookups
                return QRectF()

    return PanelLine


def panel_line(pg: ModuleType, **options: Any) -> Any:
    """``pg.InfiniteLine(**options)``, safe when its panel is torn down."""
    return _line_class(pg)(**options)
