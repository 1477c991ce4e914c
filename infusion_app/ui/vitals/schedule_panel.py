"""The protocol's vital-signs schedule for one session: each slot, its due time and state."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from infusion_app.domain.vitals_schedule import SlotState, SlotStatus
from infusion_app.services import vitals as vitals_service
from infusion_app.services.context import Workspace
from infusion_app.ui.kit.forms import hint_label
from infusion_app.ui.kit.restyle import set_kind
from infusion_app.ui.vitals.look import STATE_ICONS, state_word

LABEL_MIN_PX = 80  # the slot's name keeps a few words per line beside a long state


class SchedulePanel(QFrame):
    """One row per slot of :func:`~infusion_app.services.vitals.schedule_status`.

    Each row: an icon, the slot's name, its due time (site time, "HH:MM") and its state in
    words; an overdue row is red and large. Call :meth:`refresh` on the screen's tick and after
    vitals are recorded. ``rows`` holds the labels of each slot key, for tests.
    """

    def __init__(self, ws: Workspace, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws, self._session = ws, session_id
        self._zone = ZoneInfo(ws.protocol.site.timezone)
        self.setObjectName("vitalsCard")
        self.setAccessibleName(self.tr("Vital-signs schedule"))
        title = QLabel(self.tr("Vital-signs schedule"))
        title.setObjectName("panelTitle")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(8)
        self.grid.setColumnStretch(1, 1)
        self.empty = hint_label(
            self.tr("No slot yet: the schedule appears as the session goes on.")
        )
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        column.addWidget(title)
        column.addWidget(self.empty)
        column.addLayout(self.grid)
        column.addStretch(1)
        self.rows: dict[str, tuple[QLabel, QLabel, QLabel, QLabel]] = {}
        self.statuses: list[SlotStatus] = []
        self.refresh()

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setMinimumHeight(44)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _row(self, key: str, index: int) -> tuple[QLabel, QLabel, QLabel, QLabel]:
        if key not in self.rows:
            labels = tuple(
                self._label(n) for n in ("slotIcon", "slotLabel", "slotDue", "slotState")
            )
            for label in (labels[1], labels[3]):  # a long name or state wraps rather than
                label.setWordWrap(True)  # widen the infusion screen past a 1024 px window
            labels[1].setMinimumWidth(LABEL_MIN_PX)  # a long state never squeezes the name
            self.rows[key] = labels  # type: ignore[assignment]
        for column, label in enumerate(self.rows[key]):
            self.grid.addWidget(label, index, column)  # re-adding moves it to its new row
        return self.rows[key]

    def refresh(self) -> None:
        """Read the schedule now and show each slot's state."""
        self.statuses = vitals_service.schedule_status(self._ws, self._session)
        language = QLocale().name()
        shown = set()
        for index, slot in enumerate(self.statuses):
            icon, label, due, state = self._row(slot.key, index)
            name = slot.label.get(language)
            due_text = slot.due_at.astimezone(self._zone).strftime("%H:%M")
            icon.setText(STATE_ICONS[slot.state])
            label.setText(name)
            due.setText(self.tr("due {0}").format(due_text))
            said = state_word(slot.state)
            if slot.attempt is not None:  # partly or not taken: the reason given
                note = f" ({slot.attempt.note})" if slot.attempt.note else ""
                said = f"{said}: {slot.attempt.reason.get(language)}{note}"
            state.setText(said)
            for widget in (icon, state):
                set_kind(widget, slot.state.value)
            words = self.tr("{0}, due {1}: {2}").format(name, due_text, said)
            for widget in (icon, label, due, state):
                widget.setAccessibleName(words)
            shown.add(slot.key)
        for key in [k for k in self.rows if k not in shown]:
            for label in self.rows.pop(key):
                label.deleteLater()
        self.empty.setVisible(not self.statuses)

    def overdue(self) -> list[SlotStatus]:
        """The slots overdue now (for a host that wants to raise an alarm)."""
        return [s for s in self.statuses if s.state is SlotState.OVERDUE]
