"""The administrator's user list as a Qt table model (read-only)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from infusion_app.domain.clock import parse_utc_iso
from infusion_app.services.users import UserRow
from infusion_app.ui.rows_model import RowsModel
from infusion_app.ui.texts import local_time, role_text

USERNAME, FULL_NAME, ROLE, STATUS, LAST_SIGN_IN, LOCKED_UNTIL = range(6)
INACTIVE_TEXT = "#5c6670"  # grey, and the status column says "Deactivated" in words too


class UsersModel(RowsModel):
    """Rows from :func:`infusion_app.services.users.list_users`; times in the site's zone.

    A lockout shows only while it lasts (``now`` is the time of the last :meth:`set_rows`).
    """

    def __init__(self, zone: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._rows: list[UserRow] = []
        self._now: datetime | None = None

    def set_rows(self, rows: Sequence[UserRow], now: datetime) -> None:
        """Replace every row; ``now`` is the current UTC time."""
        self.beginResetModel()
        self._rows = list(rows)
        self._now = now
        self.endResetModel()

    def titles(self) -> list[str]:
        """The column titles, translated."""
        return [
            QCoreApplication.translate("UsersModel", "User name"),
            QCoreApplication.translate("UsersModel", "Full name"),
            QCoreApplication.translate("UsersModel", "Role"),
            QCoreApplication.translate("UsersModel", "Status"),
            QCoreApplication.translate("UsersModel", "Last sign-in"),
            QCoreApplication.translate("UsersModel", "Locked until"),
        ]

    def cell(self, row: UserRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QColor(INACTIVE_TEXT)
        if role == Qt.ItemDataRole.UserRole:
            return row.username
        return None

    def _locked_text(self, row: UserRow) -> str:
        if not row.locked_until or self._now is None:
            return ""
        if parse_utc_iso(row.locked_until) <= self._now:
            return ""
        return local_time(row.locked_until, self._zone, seconds=False)

    def _text(self, row: UserRow, column: int) -> str | None:
        values = {
            USERNAME: row.username,
            FULL_NAME: row.full_name,
            ROLE: role_text(row.role),
            STATUS: QCoreApplication.translate("UsersModel", "Active")
            if row.active
            else QCoreApplication.translate("UsersModel", "Deactivated"),
            LAST_SIGN_IN: local_time(row.last_sign_in_at, self._zone, seconds=False)
            or QCoreApplication.translate("UsersModel", "Never"),
            LOCKED_UNTIL: self._locked_text(row),
        }
        return values.get(column)
