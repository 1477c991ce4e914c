"""What a person would see as broken on a small screen: text cut short, and controls cut off at
the side of the window (a scroll area scrolls up and down, never sideways)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QPushButton, QWidget


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
