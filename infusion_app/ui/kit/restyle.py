"""Restyling a widget after a property the stylesheet reads has changed: the one helper."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def restyle(widget: QWidget, *, with_labels: bool = False) -> None:
    """Re-apply the stylesheet to ``widget`` (and its labels) after a dynamic property or its
    object name changed: Qt does not re-evaluate property selectors on its own."""
    widgets = [widget, *(widget.findChildren(QLabel) if with_labels else ())]
    for each in widgets:
        each.style().unpolish(each)
        each.style().polish(each)


def set_style_property(widget: QWidget, name: str, value: str) -> None:
    """Set a property the stylesheet reads and restyle ``widget``, only when it changes (a
    restyle on every clock tick would cost the window a stylesheet pass each time)."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    restyle(widget)


def set_style_name(widget: QWidget, name: str) -> None:
    """Give ``widget`` the object name the stylesheet styles it by, and restyle on a change."""
    if widget.objectName() == name:
        return
    widget.setObjectName(name)
    restyle(widget)


def set_kind(widget: QWidget, kind: str) -> None:
    """Set the ``kind`` property the stylesheet reads, and restyle."""
    set_style_property(widget, "kind", kind)


def set_compact(widget: QWidget, compact: bool) -> None:
    """Set the ``compact`` property the stylesheet reads (a short screen), and restyle."""
    set_style_property(widget, "compact", "true" if compact else "false")
