"""The session's vital signs as a table: time, values, NEWS2 with its band, late, alerts."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from infusion_app.domain.protocol import LocalText
from infusion_app.services import vitals as vitals_service
from infusion_app.services import vitals_sets
from infusion_app.services.context import Workspace
from infusion_app.services.vitals_sets import VitalsPoint
from infusion_app.ui.rows_model import RowsModel
from infusion_app.ui.tables import read_only_table
from infusion_app.ui.vitals.look import news2_cell, news2_incomplete, value_text

ALERT_COLOUR = QColor("#a51d2d")


class VitalsTableModel(RowsModel):
    """One row per set of vital signs, oldest first.

    A late set, an alert and a NEWS2 band above "low" each show a ⚠ and words, and are red.
    """

    COLUMNS = ("time", "slot", "bp", "hr", "rr", "temp", "spo2", "news2", "alerts")

    def __init__(self, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = ZoneInfo(timezone)
        self._rows: list[VitalsPoint] = []
        self._slots: dict[str, LocalText] = {}
        self._alerts: dict[str, LocalText] = {}

    def set_rows(
        self,
        rows: list[VitalsPoint],
        slots: dict[str, LocalText],
        alerts: dict[str, LocalText],
    ) -> None:
        """Show ``rows``; ``slots`` and ``alerts`` name slot keys and stop-criterion ids."""
        self.beginResetModel()
        self._rows, self._slots, self._alerts = list(rows), dict(slots), dict(alerts)
        self.endResetModel()

    def titles(self) -> list[str]:
        """The column titles, translated (one for each of :attr:`COLUMNS`)."""
        return [
            self.tr("Measured"),
            self.tr("Schedule"),
            self.tr("BP\nmmHg"),
            self.tr("HR\n/min"),
            self.tr("RR\n/min"),
            self.tr("Temp\n°C"),
            self.tr("SpO₂\n%"),
            self.tr("NEWS2"),
            self.tr("Alerts"),
        ]

    def _text(self, point: VitalsPoint, column: str) -> str:
        language = QLocale().name()
        if column == "time":
            return point.measured_time.astimezone(self._zone).strftime("%H:%M")
        if column == "slot":
            slot = self._slots.get(point.slot_key or "")
            name = slot.get(language) if slot else self.tr("not on the schedule")
            if point.is_partial:
                reason = LocalText(point.partial_reason_en, point.partial_reason_zh)
                name = self.tr("{0} — partly taken: {1}").format(name, reason.get(language))
            return self.tr("⚠ {0} — late").format(name) if point.late else name
        if column == "news2":
            return news2_cell(
                point.news2_total, point.news2_band, point.news2_parameters, short=True
            )
        if column == "alerts":
            texts = [
                self._alerts[a].get(language) if a in self._alerts else a for a in point.alerts
            ]
            return "⚠ " + "; ".join(texts) if texts else self.tr("none")
        values = {
            "bp": f"{value_text(point.systolic_mmhg)}/{value_text(point.diastolic_mmhg)}",
            "hr": value_text(point.heart_rate_bpm),
            "rr": value_text(point.resp_rate_per_min),
            "temp": value_text(point.temperature_c, 1),
            "spo2": value_text(point.spo2_pct),
        }
        return values[column]

    def _flagged(self, point: VitalsPoint, column: str) -> bool:
        return (
            (column == "alerts" and bool(point.alerts))
            or (column == "slot" and point.late)
            or (column == "news2" and (point.news2_band != "low" or not point.news2_complete))
        )

    def cell(self, point: VitalsPoint, column_number: int, role: int) -> object:
        if not 0 <= column_number < len(self.COLUMNS):
            return None
        column = self.COLUMNS[column_number]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(point, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            checks = self.tr(" (typed in the pre-infusion checks)") if point.from_checks else ""
            if column == "news2" and not point.news2_complete:  # the whole sentence
                return news2_incomplete(point.news2_parameters)
            return self._text(point, column) + (checks if column == "slot" else "")
        if role == Qt.ItemDataRole.ForegroundRole and self._flagged(point, column):
            return QBrush(ALERT_COLOUR)
        return None


class VitalsTableWidget(QWidget):
    """The table of one session's vital signs; call :meth:`refresh` after a new set."""

    def __init__(self, ws: Workspace, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws, self._session = ws, session_id
        self.setAccessibleName(self.tr("Vital signs of this session"))
        self.model = VitalsTableModel(ws.protocol.site.timezone, self)
        self.view = read_only_table(self.model, self.tr("Vital signs, oldest first"), stretch=-1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.view)
        self.refresh()

    def refresh(self) -> None:
        """Read the session's sets again."""
        slots = {s.key: s.label for s in vitals_service.schedule_status(self._ws, self._session)}
        alerts = {c.id: c.text for c in self._ws.protocol.stop_criteria}
        self.model.set_rows(vitals_sets.session_vitals(self._ws, self._session), slots, alerts)
