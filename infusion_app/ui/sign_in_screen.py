"""The sign-in screen, and the small form helpers the first-run screen shares."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from infusion_app.domain.outcomes import Refusal
from infusion_app.services.auth import sign_in
from infusion_app.services.context import Workspace
from infusion_app.ui.messages import refusal_text

CARD_WIDTH = 640  # px: one readable column, wide enough for a gloved finger's targets


def line_edit(accessible_name: str, *, password: bool = False) -> QLineEdit:
    """A text field with its accessible name (and hidden echo for secrets)."""
    field = QLineEdit()
    field.setAccessibleName(accessible_name)
    if password:
        field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def field_label(text: str, buddy: QWidget) -> QLabel:
    """A field's label, tied to the field so screen readers and the mnemonic find it."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def hint_label(text: str) -> QLabel:
    """A line of plain explanation under a field or a heading."""
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def error_label() -> QLabel:
    """A hidden message label for refusals: red on pink with a ⚠ prefix (never colour alone)."""
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
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
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(page)
    outer = QVBoxLayout(screen)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return inner


def heading(text: str) -> QLabel:
    """A screen's title."""
    label = QLabel(text)
    label.setObjectName("heading")
    label.setWordWrap(True)
    return label


class SignInScreen(QWidget):
    """User name and password; the services decide whether they are right.

    Signals:
        signed_in(object): emitted with the :class:`~infusion_app.services.context.Actor`.
    """

    signed_in = Signal(object)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.username = line_edit(self.tr("User name"))
        self.password = line_edit(self.tr("Password"), password=True)
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setObjectName("primary")
        self.sign_in_button.setAccessibleName(self.tr("Sign in"))
        self.message = error_label()
        self._lay_out()
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.submit)
        self.sign_in_button.clicked.connect(self.submit)

    def _lay_out(self) -> None:
        card = centred_card(self)
        card.addWidget(heading(self.tr("Sign in")))
        card.addWidget(
            hint_label(self.tr("Use your own account: everything you record is signed with it."))
        )
        card.addSpacing(8)
        card.addWidget(field_label(self.tr("&User name"), self.username))
        card.addWidget(self.username)
        card.addWidget(field_label(self.tr("&Password"), self.password))
        card.addWidget(self.password)
        card.addWidget(self.message)
        card.addSpacing(8)
        card.addWidget(self.sign_in_button)

    def submit(self) -> None:
        """Ask the service; on refusal keep the user name, clear the password and focus it."""
        result = sign_in(
            self._ws, username=self.username.text().strip(), password=self.password.text()
        )
        if isinstance(result, Refusal):
            show_error(self.message, refusal_text(result))
            self.password.clear()
            self.password.setFocus()
            return
        show_error(self.message, "")
        self.password.clear()
        self.signed_in.emit(result)

    def reset(self, username: str = "") -> None:
        """Ready for the next person: fields cleared (or the user name given), no message."""
        show_error(self.message, "")
        self.username.setText(username)
        self.password.clear()
        (self.password if username else self.username).setFocus()
