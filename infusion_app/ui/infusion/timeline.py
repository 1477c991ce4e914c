"""This session's events in the order they were recorded, one plain line each."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from infusion_app.domain.clock import parse_utc_iso
from infusion_app.domain.event_text import describe
from infusion_app.domain.events import Event
from infusion_app.services import records
from infusion_app.services.context import Workspace
from infusion_app.ui.messages import message_text
from infusion_app.ui.texts import local_time

SAME_MOMENT_S = 60  # a measured time within a minute of its recording is not shown twice


def event_line(event: Event, known: Mapping[str, str] | None = None) -> str:
    """What happened, in words (the domain's wording, shared with the audit trail).

    ``known`` gives the words for stored English texts that are no template (the protocol's
    stop criteria).
    """
    return message_text(describe(event.type, event.payload), known)


def measured_apart(event: Event) -> bool:
    """Whether the event happened (was measured) a minute or more before it was recorded."""
    apart = parse_utc_iso(event.recorded_at) - parse_utc_iso(event.occurred_at)
    return abs(apart.total_seconds()) >= SAME_MOMENT_S


class EventsTimelineWidget(QListWidget):
    """A list of "HH:MM:SS  full name  what" lines in the order they were recorded (the first
    line, and the first of each new day, with its date), newest at
    the bottom and scrolled into view; when a value was measured earlier than it was recorded
    (vital signs entered afterwards), the measured time follows the line."""

    def __init__(self, ws: Workspace, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws, self._session = ws, session_id
        self.setObjectName("timeline")
        self.setAccessibleName(self.tr("Events of this session"))
        self.setWordWrap(True)

    def refresh(self) -> None:
        """Read the session's events again, in the order they were recorded."""
        zone = self._ws.protocol.site.timezone
        language = QLocale().name()
        known = {c.text.en: c.text.get(language) for c in self._ws.protocol.stop_criteria}
        events = records.session_events(self._ws, self._session)
        names: dict[str, str] = {}
        self.clear()
        day = ""
        for event in events:
            stamp = local_time(event.recorded_at, zone)
            when = stamp if stamp[:10] != day else stamp[11:]  # the date when the day changes
            day = stamp[:10]
            if event.actor not in names:
                names[event.actor] = records.printed_name(self._ws, event.actor)
            line = f"{when}   {names[event.actor]}   {event_line(event, known)}"
            if measured_apart(event):
                measured = local_time(event.occurred_at, zone, seconds=False)[11:]
                line += "   " + self.tr("(measured at {time})").format(time=measured)
            item = QListWidgetItem(line)
            item.setToolTip(event.occurred_at)
            self.addItem(item)
        QTimer.singleShot(0, self, self.scrollToBottom)  # once laid out, the newest line shows

    def lines(self) -> list[str]:
        """The shown lines (for tests and screen readers)."""
        return [self.item(i).text() for i in range(self.count())]
