"""First run on a new laptop: the site's code and its first administrator."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QWidget

from infusion_app.domain.outcomes import Refusal
from infusion_app.services.context import Workspace
from infusion_app.services.users import initialize_site
from infusion_app.ui.kit.forms import (
    centred_card,
    error_label,
    field_label,
    heading,
    hint_label,
    line_edit,
    show_error,
)
from infusion_app.ui.messages import refusal_text
from infusion_app.ui.unlock_dialog import show_recovery_key


class FirstRunScreen(QWidget):
    """Set up this laptop for a site; the service checks every value.

    A refusal is shown next to the form and every typed value stays for correction.

    Signals:
        completed(str): the site is set up; carries the new administrator's user name.
    """

    completed = Signal(str)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.site_code = line_edit(self.tr("Site code"))
        self.username = line_edit(self.tr("Administrator user name"))
        self.full_name = line_edit(self.tr("Full name"))
        self.password = line_edit(self.tr("Password"), password=True)
        self.password_again = line_edit(self.tr("Password again"), password=True)
        self.set_up_button = QPushButton(self.tr("Set up this laptop"))
        self.set_up_button.setObjectName("primary")
        self.set_up_button.setAccessibleName(self.tr("Set up this laptop"))
        self.message = error_label()
        self._lay_out()
        fields = self._fields()
        for field, following in pairwise(fields):
            field.returnPressed.connect(following.setFocus)
        self.password_again.returnPressed.connect(self.submit)
        self.set_up_button.clicked.connect(self.submit)
        self._refused = ""  # the code of the refusal on screen
        for field in fields:
            field.textChanged.connect(self._edited)

    def _fields(self) -> list[QLineEdit]:
        return [self.site_code, self.username, self.full_name, self.password, self.password_again]

    def _lay_out(self) -> None:
        card = centred_card(self, width=780)
        card.addWidget(heading(self.tr("Set up this laptop")))
        card.addWidget(
            hint_label(
                self.tr(
                    "This laptop has not been used for the trial yet. Enter your site's code "
                    "and create the first administrator, who can then add nurses, "
                    "pharmacists and investigators."
                )
            )
        )
        card.addSpacing(8)
        card.addLayout(self._form())
        card.addWidget(self.message)
        card.addSpacing(8)
        card.addWidget(self.set_up_button)

    def _form(self) -> QGridLayout:
        rows = [
            (
                self.tr("&Site code"),
                self.site_code,
                self.tr("Capital letters, digits or '-', e.g. SH-TJ01."),
            ),
            (
                self.tr("Administrator's\n&user name"),
                self.username,
                self.tr("Used to sign in, e.g. wang.li"),
            ),
            (self.tr("&Full name"), self.full_name, self.tr("Printed on every signature.")),
            (
                self.tr("&Password"),
                self.password,
                self.tr("At least 12 characters; not a common password."),
            ),
            (self.tr("Password &again"), self.password_again, ""),
        ]
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        for index, (label, field, hint) in enumerate(rows):
            grid.addWidget(field_label(label, field), 2 * index, 0)
            grid.addWidget(field, 2 * index, 1)
            if hint:
                hint_text = hint_label(hint)
                hint_text.setContentsMargins(2, 0, 0, 10)
                grid.addWidget(hint_text, 2 * index + 1, 1)
            else:
                grid.setRowMinimumHeight(2 * index + 1, 4)
        return grid

    def submit(self) -> None:
        """Ask the service to set up the site; show its refusal or announce completion."""
        if self.password.text() != self.password_again.text():
            self._refuse(
                Refusal("passwords_differ", self.tr("The two passwords differ. Type them again."))
            )
            return
        result = initialize_site(
            self._ws,
            site_code=self.site_code.text().strip(),
            username=self.username.text().strip(),
            full_name=self.full_name.text(),
            password=self.password.text(),
        )
        if isinstance(result, Refusal):
            self._refuse(result)
            return
        show_error(self.message, "")
        if self._ws.keys is not None:  # the new file's recovery key, shown this once
            show_recovery_key(self, self._ws.keys.set_recovery_key())
        self.completed.emit(self.username.text().strip())

    def _edited(self) -> None:
        """A problem that is put right leaves the screen: the two passwords now agree."""
        if self._refused == "passwords_differ" and (
            self.password.text() == self.password_again.text()
        ):
            self._refused = ""
            show_error(self.message, "")

    def _refuse(self, refusal: Refusal) -> None:
        self._refused = refusal.code
        show_error(self.message, refusal_text(refusal))
        focus = {
            "bad_site_code": self.site_code,
            "bad_username": self.username,
            "username_taken": self.username,
            "missing_full_name": self.full_name,
            "weak_password": self.password,
            "passwords_differ": self.password,
        }.get(refusal.code, self.site_code)
        focus.setFocus()
        focus.selectAll()
