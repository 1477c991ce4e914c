"""A session's adverse events in a table, with "Update outcome…" (``update_adverse_event``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from infusion_app.domain.outcomes import Refusal
from infusion_app.services import adverse_events as ae_service
from infusion_app.services.adverse_events import AdverseEventRow
from infusion_app.services.context import Actor, Workspace
from infusion_app.ui.adverse_events.fields import GradePicker
from infusion_app.ui.adverse_events.words import (
    outcome_word,
    outcome_words,
    term_code_of,
)
from infusion_app.ui.form_dialog import FormDialog
from infusion_app.ui.kit.forms import push_button
from infusion_app.ui.rows_model import RowsModel
from infusion_app.ui.tables import read_only_table
from infusion_app.ui.texts import local_time

SERIOUS_COLOUR = QColor("#a51d2d")


class AdverseEventModel(RowsModel):
    """One row per adverse event, by onset: onset (site time), term, grade, serious, outcome."""

    def __init__(self, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = timezone
        self._rows: list[AdverseEventRow] = []

    def set_rows(self, rows: list[AdverseEventRow]) -> None:
        """Show ``rows``."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def titles(self) -> list[str]:
        """The column titles, translated."""
        return [
            self.tr("Onset"),
            self.tr("Term"),
            self.tr("Grade"),
            self.tr("Serious"),
            self.tr("Outcome"),
        ]

    def cell(self, row: AdverseEventRow, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            texts = (
                local_time(row.onset_at, self._zone, seconds=False),
                row.term_name,
                str(row.grade),
                self.tr("⚠ Serious (SAE)") if row.serious else self.tr("No"),
                outcome_word(row.outcome),
            )
            return texts[column] if 0 <= column < len(texts) else None
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and row.serious:
            return QBrush(SERIOUS_COLOUR)
        return None


class UpdateOutcomeDialog(FormDialog):
    """Record a new outcome (and grade) of an adverse event as it evolves.

    Signals:
        updated(str): the event's id, after the dialog accepted.
    """

    updated = Signal(str)

    def __init__(
        self, ws: Workspace, actor: Actor, event: AdverseEventRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Update the adverse event"), self.tr("Save update"), parent)
        self._ws, self._actor, self._event = ws, actor, event
        self.add_fixed(
            self.tr("Event"),
            f"{event.term_name} · "
            + self.tr("onset")
            + f" {local_time(event.onset_at, ws.protocol.site.timezone, seconds=False)}",
        )
        self.outcome = QComboBox()
        self.outcome.setAccessibleName(self.tr("Outcome"))
        for value, words in outcome_words():
            self.outcome.addItem(words, value)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(event.outcome)))
        self.add_row(self.tr("O&utcome"), self.outcome)
        self.grade = GradePicker()
        self.grade.set_term(term_code_of(event.term_name))
        self.grade.set_grade(event.grade)
        self.add_row(self.tr("Grade"), self.grade)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.add_row(self.tr("&Note"), self.note)
        self.ok_button.clicked.connect(self.submit)

    def submit(self) -> None:
        """Record the update; stay open with the reason on a refusal."""
        result = ae_service.update_adverse_event(
            self._ws,
            self._actor,
            ae_id=self._event.id,
            outcome=str(self.outcome.currentData()),
            grade=int(self.grade.grade() or 0),
            note=self.note.text().strip(),
        )
        if isinstance(result, Refusal):
            self.refuse(result, self.outcome)
            return
        self.clear_message()
        self.accept()
        self.updated.emit(self._event.id)


def ask_update(parent: QWidget, ws: Workspace, actor: Actor, event: AdverseEventRow) -> bool:
    """Run :class:`UpdateOutcomeDialog`; True when an update was recorded (tests replace this)."""
    return bool(UpdateOutcomeDialog(ws, actor, event, parent).exec())


class AdverseEventListWidget(QWidget):
    """The session's adverse events and an "Update outcome…" button for the selected one.

    ``ask_update`` is replaceable by tests.

    Signals:
        updated(str): an event's outcome or grade was updated; its id.
    """

    updated = Signal(str)

    def __init__(
        self, ws: Workspace, actor: Actor, session_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ws, self._actor, self._session = ws, actor, session_id
        self.ask_update: Callable[[QWidget, Workspace, Actor, AdverseEventRow], bool] = ask_update
        self.setAccessibleName(self.tr("Adverse events of this session"))
        self.model = AdverseEventModel(ws.protocol.site.timezone, self)
        self.view = read_only_table(self.model, self.tr("Adverse events, by onset"), stretch=-1)
        self.update_button = push_button(
            self.tr("Update outcome…"), self.tr("Update the outcome of the selected event")
        )
        self.update_button.clicked.connect(self.update_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.update_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.view, 1)
        column.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(self._enable)
        self.refresh()

    def refresh(self) -> None:
        """Read the session's events again (the selection is cleared)."""
        self.model.set_rows(ae_service.adverse_events(self._ws, self._session))
        self._enable()

    def _enable(self) -> None:
        self.update_button.setEnabled(bool(self.view.selectionModel().selectedRows()))

    def update_selected(self) -> None:
        """Ask for the selected event's new outcome; refresh when one was recorded."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        event = self.model.row_at(rows[0].row())
        if self.ask_update(self, self._ws, self._actor, event):
            self.refresh()
            self.updated.emit(event.id)
