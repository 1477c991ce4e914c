"""The administrator's screen: every user, and adding, resetting and deactivating them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QTableView,
    QWidget,
)

from infusion_app.domain.outcomes import Refusal
from infusion_app.services.context import Actor, Workspace
from infusion_app.services.users import UserRow, list_users
from infusion_app.ui.asking import run_dialog
from infusion_app.ui.kit.forms import (
    error_label,
    hint_label,
    push_button,
    screen_column,
    show_error,
)
from infusion_app.ui.messages import refusal_text
from infusion_app.ui.tables import read_only_table
from infusion_app.ui.user_dialogs import AddUserDialog, DeactivateUserDialog, ResetPasswordDialog
from infusion_app.ui.users_model import FULL_NAME, UsersModel


class UsersScreen(QWidget):
    """The user list with Add user, Reset password and Deactivate (administrators only).

    Another role sees the service's refusal in place of the list.
    """

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._actor: Actor | None = None
        self.run_dialog: Callable[[QDialog], int] = run_dialog
        self.model = UsersModel(ws.protocol.site.timezone, self)
        self.table = self._make_table()
        self.add_button = push_button(self.tr("Add user…"), on_click=self.add_user)
        self.add_button.setObjectName("primary")
        self.reset_button = push_button(self.tr("Reset password…"), on_click=self.reset_password)
        self.deactivate_button = push_button(self.tr("Deactivate…"), on_click=self.deactivate)
        self.message = error_label()
        self.done_label = hint_label("")
        self.done_label.setAccessibleName(self.tr("Last change"))
        self._lay_out()
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def _make_table(self) -> QTableView:
        return read_only_table(
            self.model, self.tr("Users"), stretch=FULL_NAME, min_column_width=110
        )

    def _lay_out(self) -> None:
        actions = (self.reset_button, self.deactivate_button, self.add_button)
        layout = screen_column(self, self.tr("Users"), actions=actions)
        layout.addWidget(self.message)
        layout.addWidget(self.done_label)
        layout.addWidget(self.table, 1)

    def show_for(self, actor: Actor) -> None:
        """Load the list on behalf of ``actor`` (the service refuses anyone but an admin)."""
        self._actor = actor
        self.done_label.clear()
        self.refresh()

    def clear(self) -> None:
        """Forget the list and the actor (sign-out, hand-over)."""
        self._actor = None
        self.model.set_rows([], self._ws.clock.now())
        self._selection_changed()

    def refresh(self) -> None:
        """Read the users again, keeping the selected user selected."""
        if self._actor is None:
            return
        selected = self.selected_user()
        result = list_users(self._ws, self._actor)
        if isinstance(result, Refusal):
            show_error(self.message, refusal_text(result))
            self.model.set_rows([], self._ws.clock.now())
        else:
            show_error(self.message, "")
            self.model.set_rows(result, self._ws.clock.now())
        self.table.setVisible(not isinstance(result, Refusal))
        if selected is not None:
            self.select(selected.username)
        self._selection_changed()

    def select(self, username: str) -> None:
        """Select the row of ``username`` if it is shown."""
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).username == username:
                self.table.selectRow(row)
                return

    def selected_user(self) -> UserRow | None:
        """The selected user, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self, *_: object) -> None:
        user = self.selected_user()
        self.reset_button.setEnabled(user is not None)
        self.deactivate_button.setEnabled(user is not None and user.active)
        self.add_button.setEnabled(self._actor is not None)

    def add_user(self) -> None:
        """Open the Add user dialog; on success the new user is listed and selected."""
        if self._actor is None:
            return
        dialog = AddUserDialog(self._ws, self._actor, self)
        if self.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            username = dialog.username.text().strip()
            self.refresh()
            self.select(username)
            self.done_label.setText(self.tr("✓ Added %s.") % username)

    def reset_password(self) -> None:
        """Set a new password for the selected user."""
        self._on_selected(ResetPasswordDialog, self.tr("✓ New password set for %s."))

    def deactivate(self) -> None:
        """Deactivate the selected user, asking for a reason."""
        self._on_selected(DeactivateUserDialog, self.tr("✓ Deactivated %s."))

    def _on_selected(
        self, dialog: type[ResetPasswordDialog | DeactivateUserDialog], done: str
    ) -> None:
        """Open ``dialog`` on the selected user; once it is accepted, list the users again and
        say ``done`` (its %s: the user name)."""
        user = self.selected_user()
        if self._actor is None or user is None:
            return
        opened = dialog(self._ws, self._actor, user.username, self)
        if self.run_dialog(opened) == QDialog.DialogCode.Accepted:
            self.refresh()
            self.done_label.setText(done % user.username)
