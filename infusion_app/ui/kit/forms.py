"""Form parts: fields with accessible names, labels tied to them, hints, error lines, a card."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

CARD_WIDTH = 640  # px: one readable column, wide enough for a gloved finger's targets
SCREEN_MARGINS = (24, 16, 24, 16)  # px around a list screen: left, top, right, bottom


def line_edit(accessible_name: str, *, password: bool = False) -> QLineEdit:
    """A text field with its accessible name (and hidden echo for secrets)."""
    field = QLineEdit()
    field.setAccessibleName(accessible_name)
    if password:
        field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def push_button(
    text: str,
    accessible_name: str = "",
    *,
    primary: bool = False,
    on_click: Callable[[], object] | None = None,
) -> QPushButton:
    """A button with its accessible name: ``accessible_name``, or else ``text`` without its
    arrows and ellipsis ("Release…" is read as "Release"). ``primary``: the screen's main
    action, styled as such; ``on_click`` is connected to the click."""
    button = QPushButton(text)
    button.setAccessibleName(accessible_name or text.strip("‹›… "))
    if primary:
        button.setObjectName("primary")
    if on_click is not None:
        button.clicked.connect(on_click)
    return button


def field_label(text: str, buddy: QWidget) -> QLabel:
    """A field's label, tied to the field so screen readers and the mnemonic find it."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def styled_label(style: str, text: str = "") -> QLabel:
    """A wrapping label styled by the theme's rules for the object name ``style``."""
    label = QLabel(text)
    label.setObjectName(style)
    label.setWordWrap(True)
    return label


def hint_label(text: str) -> QLabel:
    """A line of plain explanation under a field or a heading."""
    return styled_label("hint", text)


def error_label() -> QLabel:
    """A hidden message label for refusals: red on pink with a ⚠ prefix (never colour alone)."""
    label = styled_label("error")
    label.setAccessibleName(QCoreApplication.translate("Forms", "Problem"))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    """Show a problem in an :func:`error_label`, or hide it when ``text`` is empty."""
    label.setText(f"⚠  {text}" if text else "")
    label.setVisible(bool(text))


def centred_card(screen: QWidget, width: int = CARD_WIDTH) -> QVBoxLayout:
    """Put a white card in the middle of ``screen``, scrolling if the window is small.

    Returns the card's layout to fill.
    """
    card = QFrame()
    card.setObjectName("card")
    card.setFixedWidth(width)
    inner = QVBoxLayout(card)
    inner.setContentsMargins(40, 28, 40, 28)
    inner.setSpacing(8)
    page = QWidget()
    page.setObjectName("page")
    column = QVBoxLayout(page)
    column.addStretch(1)
    column.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
    column.addStretch(2)
    fill_with_scrolling(screen, page, sideways=True)
    return inner


def scrolling(widget: QWidget, width: int = 0, *, sideways: bool = False) -> QScrollArea:
    """``widget`` in a frameless scroll area (of a fixed ``width`` when given).

    It scrolls up and down; ``sideways`` also across, when the widget is wider than the window.
    """
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    if not sideways:
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(widget)
    if width:
        scroll.setFixedWidth(width)
    return scroll


def fill_with_scrolling(screen: QWidget, page: QWidget, *, sideways: bool = False) -> QScrollArea:
    """Fill ``screen`` edge to edge with ``page`` in a :func:`scrolling` area; returns the area."""
    scroll = scrolling(page, sideways=sideways)
    outer = QVBoxLayout(screen)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll


def heading(text: str) -> QLabel:
    """A screen's title."""
    return styled_label("heading", text)


def screen_column(
    screen: QWidget,
    title: str | QWidget,
    beside: Sequence[QWidget] = (),
    actions: Sequence[QWidget] = (),
    *,
    gap: int = 16,
) -> QVBoxLayout:
    """A list screen's column: a top line with the title, what ``beside`` says about it
    (``gap`` px apart) and, at the right, its ``actions``; returns the column to fill below."""
    if isinstance(title, str):
        title = QLabel(title)
        title.setObjectName("heading")
    top = QHBoxLayout()
    top.addWidget(title)
    for widget in beside:
        if gap:
            top.addSpacing(gap)
        top.addWidget(widget)
    top.addStretch(1)
    for widget in actions:
        top.addWidget(widget)
    column = QVBoxLayout(screen)
    column.setContentsMargins(*SCREEN_MARGINS)
    column.addLayout(top)
    return column
