"""The administrator's dialogs: add a user, reset a password, deactivate a user."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.roles import Role
from infusion_app.services.context import Actor, Workspace
from infusion_app.services.users import add_user, deactivate_user, reset_password
from infusion_app.ui.form_dialog import FormDialog
from infusion_app.ui.kit.forms import line_edit
from infusion_app.ui.texts import role_text


class AddUserDialog(FormDialog):
    """User name, full name, role and a first password; the service checks every value."""

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a user"), self.tr("Add user"), parent)
        self._ws, self._actor = ws, actor
        self.username = line_edit(self.tr("User name"))
        self.full_name = line_edit(self.tr("Full name"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        for role in Role:
            self.role.addItem(role_text(role), role.value)
        self.password = line_edit(self.tr("First password"), password=True)
        self.password_again = line_edit(self.tr("First password again"), password=True)
        self.add_row(self.tr("&User name"), self.username, self.tr("e.g. li.na"))
        self.add_row(self.tr("&Full name"), self.full_name, self.tr("Printed on signatures."))
        self.add_row(self.tr("&Role"), self.role)
        self.add_row(
            self.tr("First &password"),
            self.password,
            self.tr("At least 10 characters (12 for an administrator); not a common password."),
        )
        self.add_row(self.tr("Password &again"), self.password_again)
        self.ok_button.clicked.connect(self.submit)
        self.username.setFocus()

    def submit(self) -> None:
        """Add the user, or show why not (every typed value but the passwords stays)."""
        if self.password.text() != self.password_again.text():
            refusal = Refusal("passwords_differ", self.tr("The two passwords differ."))
            self.refuse(refusal, self.password)
            return
        result = add_user(
            self._ws,
            self._actor,
            username=self.username.text().strip(),
            full_name=self.full_name.text(),
            role=str(self.role.currentData()),
            password=self.password.text(),
        )
        if isinstance(result, Refusal):
            focus = {
                "bad_username": self.username,
                "username_taken": self.username,
                "missing_full_name": self.full_name,
                "bad_full_name": self.full_name,
                "weak_password": self.password,
            }.get(result.code, self.username)
            self.refuse(result, focus)
            return
        self.accept()


class ResetPasswordDialog(FormDialog):
    """A new password for one user (it also lifts a lockout)."""

    def __init__(
        self, ws: Workspace, actor: Actor, username: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Reset password"), self.tr("Set new password"), parent)
        self._ws, self._actor, self.username = ws, actor, username
        self.add_fixed(self.tr("User"), username)
        self.password = line_edit(self.tr("New password"), password=True)
        self.password_again = line_edit(self.tr("New password again"), password=True)
        self.add_row(
            self.tr("New &password"),
            self.password,
            self.tr("At least 10 characters (12 for an administrator); not a common password."),
        )
        self.add_row(self.tr("Password &again"), self.password_again)
        self.password_again.returnPressed.connect(self.submit)
        self.ok_button.clicked.connect(self.submit)
        self.password.setFocus()

    def submit(self) -> None:
        """Set the password, or show why not."""
        if self.password.text() != self.password_again.text():
            refusal = Refusal("passwords_differ", self.tr("The two passwords differ."))
            self.refuse(refusal, self.password)
            return
        result = reset_password(
            self._ws, self._actor, username=self.username, new_password=self.password.text()
        )
        if isinstance(result, Refusal):
            self.refuse(result, self.password)
            return
        self.accept()


class DeactivateUserDialog(FormDialog):
    """Deactivate one user, with a reason; users are never deleted."""

    def __init__(
        self, ws: Workspace, actor: Actor, username: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Deactivate user"), self.tr("Deactivate"), parent)
        self._ws, self._actor, self.username = ws, actor, username
        self.add_hint(
            self.tr(
                "The user can no longer sign in. Everything they recorded stays theirs, "
                "with their name."
            )
        )
        self.add_fixed(self.tr("User"), username)
        self.reason = line_edit(self.tr("Reason"))
        self.add_row(self.tr("&Reason"), self.reason, self.tr("e.g. left the ward"))
        self.reason.returnPressed.connect(self.submit)
        self.ok_button.clicked.connect(self.submit)
        self.reason.setFocus()

    def submit(self) -> None:
        """Deactivate, or show why not (the reason typed stays)."""
        result = deactivate_user(
            self._ws, self._actor, username=self.username, reason=self.reason.text()
        )
        if isinstance(result, Refusal):
            self.refuse(result, self.reason)
            return
        self.accept()
