"""Walking a layout never leaves PySide holding a layout item that Qt has deleted."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from infusion_app.ui.kit.placed import placed_in_order, placed_widgets


def test_widgets_and_nested_layouts_come_in_the_layout_s_order(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    column = QVBoxLayout(host)
    first, inner, last = QLabel("first"), QLabel("inner"), QLabel("last")
    column.addWidget(first)
    row = QHBoxLayout()
    column.addLayout(row)
    row.addWidget(inner)
    column.insertWidget(0, last)  # made last, placed first
    assert placed_in_order(column) == [last, first, row]
    assert placed_widgets(column) == [last, first, inner]


def test_a_grid_is_read_row_by_row(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    grid = QGridLayout(host)
    labels = {name: QLabel(name) for name in ("b1", "a2", "a1")}
    grid.addWidget(labels["b1"], 1, 0)
    grid.addWidget(labels["a2"], 0, 1)
    grid.addWidget(labels["a1"], 0, 0)
    assert [w.text() for w in placed_widgets(grid)] == ["a1", "a2", "b1"]
