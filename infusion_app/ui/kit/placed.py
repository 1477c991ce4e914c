"""What a layout places, in its order, without leaving PySide holding freed layout items.

PySide keeps every ``QLayoutItem`` that ``QLayout.itemAt`` hands to Python alive for as long
as the layout's own wrapper lives, while Qt deletes the item as soon as its widget leaves the
layout (reparented, deleted, re-flowed). A later object at that address then came back from
PySide as a ``QWidgetItem`` ("'QWidgetItem' object has no attribute 'addAction'", and
segmentation faults). Each item is therefore read once and its wrapper invalidated, which
takes it out of PySide's table of live objects.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QGridLayout, QLayout, QWidget

Placed = QWidget | QLayout


def placed_in_order(layout: QLayout) -> list[Placed]:
    """The widgets and nested layouts ``layout`` places directly, in its order (row by row,
    left to right for a grid); spacers are left out."""
    indexed: list[tuple[tuple[int, int], Placed]] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if isinstance(item, QLayout):  # a nested layout is its own wrapper: keep it valid
            indexed.append((_place(layout, index), item))
            continue
        widget = item.widget()
        shiboken6.invalidate(item)
        if widget is not None:
            indexed.append((_place(layout, index), widget))
    return [placed for _, placed in sorted(indexed, key=lambda pair: pair[0])]


def placed_widgets(layout: QLayout) -> list[QWidget]:
    """The widgets ``layout`` places, itself or through the layouts nested in it."""
    found: list[QWidget] = []
    for placed in placed_in_order(layout):
        if isinstance(placed, QLayout):
            found += placed_widgets(placed)
        else:
            found.append(placed)
    return found


def _place(layout: QLayout, index: int) -> tuple[int, int]:
    if isinstance(layout, QGridLayout):
        row, column, _, _ = layout.getItemPosition(index)
        return int(row), int(column)
    return 0, index
