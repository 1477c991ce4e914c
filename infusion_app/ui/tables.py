"""The look every read-only table shares: whole rows selected, tall rows, no grid."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

ROW_HEIGHT = 48  # px: a gloved finger's target (at least 44)


def read_only_table(
    model: QAbstractItemModel,
    accessible_name: str,
    *,
    row_height: int = ROW_HEIGHT,
    stretch: int | None = None,
    min_column_width: int = 0,
) -> QTableView:
    """A table over ``model``: one row selected at a time, rows of ``row_height`` px (≥ 44).

    With ``stretch``, every column fits its contents and column ``stretch`` (-1: the last)
    takes the width left; ``min_column_width`` (px) when given.
    """
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(row_height)
    columns = table.horizontalHeader()
    columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    if min_column_width:
        columns.setMinimumSectionSize(min_column_width)
    if stretch is not None:
        columns.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if stretch < 0:
            columns.setStretchLastSection(True)
        else:
            columns.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table
