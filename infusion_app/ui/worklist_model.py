"""The worklist as a Qt table model: one row per session, read-only."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from infusion_app.domain.session_state import SessionState
from infusion_app.domain.worklist_status import Chip
from infusion_app.services.worklist import WorklistRow
from infusion_app.ui.rows_model import RowsModel

DATE, SUBJECT, INITIALS, NUMBER, ARM, STATUS = range(6)

# Chip fill per state; the text always names the state too (colour is never the only sign).
CHIP_COLOURS: dict[SessionState, str] = {
    SessionState.SCHEDULED: "#e3e7eb",
    SessionState.CHECKING: "#fbe7b5",
    SessionState.READY: "#cdeccf",
    SessionState.INFUSING: "#bcd8f7",
    SessionState.PAUSED: "#f9d3a9",
    SessionState.ENDED: "#e0d4f2",
    SessionState.OBSERVING: "#c5ebe6",
    SessionState.SIGNED: "#f0f2f4",
}
ESCALATION_COLOUR = "#f6c7c7"  # a NEWS2 escalation waits: the text says so too


def state_text(state: SessionState) -> str:
    """The state's name as the nurse reads it."""
    words = {
        SessionState.SCHEDULED: QCoreApplication.translate("WorklistModel", "Scheduled"),
        SessionState.CHECKING: QCoreApplication.translate("WorklistModel", "Checking"),
        SessionState.READY: QCoreApplication.translate("WorklistModel", "Ready"),
        SessionState.INFUSING: QCoreApplication.translate("WorklistModel", "Infusing"),
        SessionState.PAUSED: QCoreApplication.translate("WorklistModel", "Paused"),
        SessionState.ENDED: QCoreApplication.translate("WorklistModel", "Ended"),
        SessionState.OBSERVING: QCoreApplication.translate("WorklistModel", "Observing"),
        SessionState.SIGNED: QCoreApplication.translate("WorklistModel", "Signed"),
    }
    return words[state]


class WorklistModel(RowsModel):
    """Rows from :func:`infusion_app.services.worklist.worklist`, shown as they come (sorted).

    ``arm_label`` turns an arm code into the words to show (from the protocol file).
    """

    def __init__(self, arm_label: Callable[[str], str] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[WorklistRow] = []
        self._today = date.min
        self._arm_label = arm_label or (lambda code: code)

    def set_rows(self, rows: Sequence[WorklistRow], today: date) -> None:
        """Replace every row; ``today`` is the site-local date (shown as "Today")."""
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self.endResetModel()

    def titles(self) -> list[str]:
        """The column titles, translated."""
        return [
            QCoreApplication.translate("WorklistModel", "Date"),
            QCoreApplication.translate("WorklistModel", "Subject"),
            QCoreApplication.translate("WorklistModel", "Initials"),
            QCoreApplication.translate("WorklistModel", "Session"),
            QCoreApplication.translate("WorklistModel", "Arm"),
            QCoreApplication.translate("WorklistModel", "Status"),
        ]

    def cell(self, row: WorklistRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == STATUS:
            if Chip.ESCALATION in row.chips:
                return QColor(ESCALATION_COLOUR)
            return QColor(CHIP_COLOURS[row.state])
        if role == Qt.ItemDataRole.UserRole:
            return row.session_id
        return None

    @staticmethod
    def _escalation(row: WorklistRow) -> str:
        if Chip.ESCALATION not in row.chips:
            return ""
        return " · ⚠ " + QCoreApplication.translate("WorklistModel", "NEWS2: inform")

    @staticmethod
    def _not_taken(row: WorklistRow) -> str:
        if Chip.VITALS_NOT_TAKEN not in row.chips:
            return ""
        return " · ⊘ " + QCoreApplication.translate(
            "WorklistModel", "vitals not taken: follow-up due"
        )

    def _text(self, row: WorklistRow, column: int) -> str | None:
        if column == DATE:
            if row.scheduled_for == self._today:
                return QCoreApplication.translate("WorklistModel", "Today")
            return row.scheduled_for.isoformat()
        values = {
            SUBJECT: row.subject_code,
            INITIALS: row.initials,
            NUMBER: str(row.number),
            ARM: self._arm_label(row.arm),
            STATUS: state_text(row.state) + self._escalation(row) + self._not_taken(row),
        }
        return values.get(column)
