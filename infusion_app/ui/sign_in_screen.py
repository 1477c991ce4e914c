"""The sign-in screen."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QWidget,
)

from infusion_app.domain.outcomes import Refusal
from infusion_app.services.auth import sign_in
from infusion_app.services.context import Workspace
from infusion_app.ui.kit.forms import (
    centred_card,
    error_label,
    field_label,
    heading,
    hint_label,
    line_edit,
    push_button,
    show_error,
)
from infusion_app.ui.messages import refusal_text


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
        self.sign_in_button = push_button(self.tr("Sign in"), primary=True)
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

    def say(self, text: str) -> None:
        """Show ``text`` under the fields (why the last user was signed out)."""
        show_error(self.message, text)

    def reset(self, username: str = "") -> None:
        """Ready for the next person: fields cleared (or the user name given), no message."""
        show_error(self.message, "")
        self.username.setText(username)
        self.password.clear()
        (self.password if username else self.username).setFocus()
