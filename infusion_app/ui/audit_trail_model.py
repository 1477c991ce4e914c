"""The audit trail as a lazily paged Qt table model (keyset paging by the log's sequence)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont

from infusion_app.domain.events import EventType
from infusion_app.domain.outcomes import Refusal
from infusion_app.services.audit_trail import TrailRow
from infusion_app.ui.messages import message_text
from infusion_app.ui.rows_model import Index, RowsModel
from infusion_app.ui.texts import local_time

RECORDED, OCCURRED, USER, PARTICIPANT, SESSION, EVENT, WHAT = range(7)
PAGE_SIZE = 500
CORRECTION_MARK = "✎ "  # with a bold font: a correction stands out without colour

PageFunction = Callable[[int, int], "list[TrailRow] | Refusal"]


def short_session(session_id: str) -> str:
    """The last 6 characters of a session id (its first ones are a timestamp shared by many)."""
    return f"…{session_id[-6:]}" if session_id else ""


class AuditTrailModel(RowsModel):
    """Events in log order, loaded a page at a time as the view scrolls.

    ``page(after_seq, limit)`` returns the next rows (e.g. a bound ``trail_page``) or a
    refusal; :meth:`reload` loads the first page only, :meth:`fetchMore` the following ones.
    """

    def __init__(self, zone: str, page_size: int = PAGE_SIZE, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self.page_size = page_size
        self._page: PageFunction | None = None
        self._rows: list[TrailRow] = []
        self._more = False
        self.refusal: Refusal | None = None

    def reload(self, page: PageFunction | None) -> None:
        """Start again with ``page`` (None: empty); the first page is read at once."""
        self.beginResetModel()
        self._page, self._rows, self.refusal, self._more = page, [], None, False
        first = page(0, self.page_size) if page is not None else []
        if isinstance(first, Refusal):
            self.refusal = first
        else:  # read inside the reset: one reset, not a reset then an insert
            self._rows, self._more = list(first), len(first) == self.page_size
        self.endResetModel()

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if parent.isValid() or not self._more or self._page is None:
            return
        after = self._rows[-1].seq if self._rows else 0
        result = self._page(after, self.page_size)
        if isinstance(result, Refusal):
            self.refusal, self._more = result, False
            return
        self._more = len(result) == self.page_size
        if not result:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(result) - 1)
        self._rows.extend(result)
        self.endInsertRows()

    def titles(self) -> list[str]:
        """The column titles, translated."""
        return [
            QCoreApplication.translate("AuditTrailModel", "Recorded"),
            QCoreApplication.translate("AuditTrailModel", "Occurred"),
            QCoreApplication.translate("AuditTrailModel", "User"),
            QCoreApplication.translate("AuditTrailModel", "Participant"),
            QCoreApplication.translate("AuditTrailModel", "Session"),
            QCoreApplication.translate("AuditTrailModel", "Event"),
            QCoreApplication.translate("AuditTrailModel", "What"),
        ]

    def cell(self, row: TrailRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (self._text(row, column) or "").replace("\n", " ")
        if role == Qt.ItemDataRole.FontRole and is_correction(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.event_id
        return None

    def _text(self, row: TrailRow, column: int) -> str | None:
        # Two lines (date / time, category / type) keep the What column wide enough to read.
        values = {
            RECORDED: local_time(row.recorded_at, self._zone).replace(" ", "\n"),
            OCCURRED: local_time(row.occurred_at, self._zone).replace(" ", "\n"),
            USER: row.actor,
            PARTICIPANT: row.participant,
            SESSION: short_session(row.session),
            EVENT: row.type.replace(".", ".\n", 1),
            WHAT: (CORRECTION_MARK if is_correction(row) else "") + message_text(row.message),
        }
        return values.get(column)

    def _tooltip(self, row: TrailRow, column: int) -> str | None:
        if column == SESSION and row.session:
            return row.session
        if column in (RECORDED, OCCURRED):
            return row.recorded_at if column == RECORDED else row.occurred_at
        if column in (USER, EVENT, WHAT):
            return {USER: row.actor, EVENT: row.type, WHAT: row.what}[column]
        return None


def is_correction(row: TrailRow) -> bool:
    """True for a correction event (shown bold with ✎)."""
    return row.type == EventType.RECORD_CORRECTED
