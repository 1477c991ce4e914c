"""What a person would see as broken on a small screen: text cut short, controls cut off at the
side of the window (a scroll area scrolls up and down, never sideways), widgets drawn over one
another, an empty problem line, and buttons too small for a gloved finger."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as NotYet

from infusion_app.ui.kit.placed import placed_widgets


def squeezed(root: QWidget) -> list[str]:
    """A line per shown label or button smaller than its text needs (clipped or overlapped)."""
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text():
            continue
        width, height = label.width(), label.height()
        need_h = label.heightForWidth(width) if label.wordWrap() else label.sizeHint().height()
        need_w = 0 if label.wordWrap() else label.minimumSizeHint().width()
        if height + 1 < need_h or width + 1 < need_w:
            found.append(f"label {label.text()!r}: {width}×{height}, needs {need_w}×{need_h}")
    for button in root.findChildren(QPushButton):
        need = button.minimumSizeHint()
        if button.isVisibleTo(root) and (
            button.width() + 1 < need.width() or button.height() + 1 < need.height()
        ):
            found.append(f"button {button.text()!r}: {button.size().toTuple()}, needs {need}")
    return found


def cut_at_the_side(root: QWidget) -> list[str]:
    """A line per shown control or text of which part lies outside the window at the side."""
    found = []
    for kind in (QAbstractButton, QLabel, QLineEdit, QComboBox):
        for widget in root.findChildren(kind):
            if not widget.isVisibleTo(root) or widget.width() == 0:
                continue
            shown = widget.visibleRegion().boundingRect()  # empty: scrolled out of view
            if not shown.isEmpty() and shown.width() + 1 < widget.width():
                text = getattr(widget, "text", lambda: "")()
                found.append(
                    f"{type(widget).__name__} {text!r}: {shown.width()} of {widget.width()} px"
                )
    return found


def overlapping(root: QWidget) -> list[str]:
    """A line per pair of shown widgets that one layout places over one another (a layout
    given less room than its contents need draws them on top of each other)."""
    found = []
    for layout in root.findChildren(QLayout):
        boxes = [
            widget
            for widget in placed_widgets(layout)
            if widget.isVisibleTo(root) and not widget.size().isEmpty()
        ]
        for index, first in enumerate(boxes):
            for second in boxes[index + 1 :]:
                shared = first.geometry().intersected(second.geometry())
                if shared.width() > 1 and shared.height() > 1:
                    found.append(f"{_name(first)} and {_name(second)} overlap by {shared.size()}")
    return found


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__} {text or widget.accessibleName() or widget.objectName()!r}"


def empty_messages(root: QWidget) -> list[str]:
    """A line per shown problem line without words (an empty pink bar)."""
    return [
        f"empty {label.objectName()} line"
        for label in root.findChildren(QLabel)
        if label.objectName() == "error" and label.isVisibleTo(root) and not label.text().strip()
    ]


def small_targets(root: QWidget, minimum: int = 48) -> list[str]:
    """A line per shown, enabled push button lower than ``minimum`` px (a gloved finger)."""
    return [
        f"button {button.text()!r}: {button.height()} px high"
        for button in root.findChildren(QPushButton)
        if button.isVisibleTo(root) and button.isEnabled() and button.height() < minimum
    ]


def everything_wrong(root: QWidget) -> list[str]:
    """Every check above except the size of targets (some small buttons are secondary)."""
    return squeezed(root) + cut_at_the_side(root) + overlapping(root) + empty_messages(root)


def settle(qtbot, *holds: Callable[[], bool], timeout: int = 5000) -> None:
    """Wait for the layouts to run: until every one of ``holds`` is true, or ``timeout`` ms.
    It never fails by itself: the caller then asserts the same things, so a layout that stays
    wrong fails naming what is wrong, and a slow machine only waits longer (a fixed pause let a
    loaded machine assert before the layout had run)."""
    with contextlib.suppress(NotYet):
        qtbot.waitUntil(lambda: all(hold() for hold in holds), timeout=timeout)
