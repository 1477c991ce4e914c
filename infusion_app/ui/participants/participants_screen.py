"""The investigator's participants screen: the list, registration and the randomization list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QWidget,
)

from infusion_app.services import records
from infusion_app.services.context import Actor, Workspace
from infusion_app.ui.asking import run_dialog
from infusion_app.ui.kit.forms import heading, screen_column
from infusion_app.ui.participants.randomization_import import RandomizationImportDialog
from infusion_app.ui.participants.register_dialog import RegisterParticipantDialog
from infusion_app.ui.texts import local


class ParticipantsScreen(QWidget):
    """Registered participants (subject code, initials, arm), with register and import buttons.

    The services decide who may register: a nurse who opens the dialog sees their refusal.
    """

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._actor: Actor | None = None
        self.run_dialog: Callable[[QDialog], int] = run_dialog
        self.register_button = QPushButton(self.tr("Register a participant…"))
        self.import_button = QPushButton(self.tr("Import the randomization list…"))
        for button, slot in (
            (self.register_button, self.register),
            (self.import_button, self.import_list),
        ):
            button.setAccessibleName(button.text().rstrip("…"))
            button.setMinimumHeight(48)
            button.clicked.connect(slot)
        self.register_button.setObjectName("primary")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Registered participants"))
        self.count = QLabel()
        column = screen_column(
            self,
            heading(self.tr("Participants")),
            (self.count,),
            (self.import_button, self.register_button),
            gap=0,
        )
        column.addWidget(self.list, 1)

    def show_for(self, actor: Actor) -> None:
        """Show the list for the signed-in user."""
        self._actor = actor
        self.refresh()

    def refresh(self) -> None:
        """Read the participants afresh (codes and initials only: no names are stored)."""
        self.list.clear()
        rows = records.participants(self._ws)
        for row in rows:
            label = local(self._ws.protocol.arm(row.arm).label)
            consent = self.tr("consent %s") % row.consent_date
            self.list.addItem(f"{row.subject_code} · {row.initials} · {label} · " + consent)
        self.count.setText(self.tr("%n registered", "", len(rows)))

    def register(self) -> None:
        """Open the registration form."""
        if self._actor is not None:
            self.run_dialog(RegisterParticipantDialog(self._ws, self._actor, self))
            self.refresh()

    def import_list(self) -> None:
        """Open the randomization-list import with its preview."""
        if self._actor is not None:
            self.run_dialog(RandomizationImportDialog(self._ws, self._actor, self))
            self.refresh()
