"""The audit trail's filter bar: participant, session, user, event type, from and to."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QWidget

from infusion_app.domain.clock import utc_iso
from infusion_app.domain.outcomes import Refusal
from infusion_app.services.audit_trail import TrailFilter
from infusion_app.ui.kit.forms import field_label, line_edit, push_button
from infusion_app.ui.texts import parse_local


class TrailFilterBar(QWidget):
    """Filter fields in two rows, with Show and Clear filters.

    Times are typed in the site's zone ``zone`` as "YYYY-MM-DD" or "YYYY-MM-DD HH:MM"; a bare
    "to" date includes that whole day.

    Signals:
        applied(): Show was pressed (or Enter in a field); read :meth:`trail_filter`.
    """

    applied = Signal()

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self.participant = line_edit(self.tr("Participant (subject code)"))
        self.session = line_edit(self.tr("Session id"))
        self.user = line_edit(self.tr("User name"))
        self.event_type = QComboBox()
        self.event_type.setAccessibleName(self.tr("Event type"))
        self.since = line_edit(self.tr("From (site time)"))
        self.until = line_edit(self.tr("To (site time)"))
        for field in (self.since, self.until):
            field.setPlaceholderText(self.tr("YYYY-MM-DD HH:MM"))
        self.show_button = push_button(self.tr("Show"), primary=True)
        self.clear_button = push_button(self.tr("Clear filters"))
        self._lay_out()
        for field in self._text_fields():
            field.returnPressed.connect(self.applied)
        self.show_button.clicked.connect(self.applied)
        self.clear_button.clicked.connect(self.clear)
        self.set_event_types([])

    def _text_fields(self) -> list:
        return [self.participant, self.session, self.user, self.since, self.until]

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        cells = [
            (self.tr("&Participant"), self.participant),
            (self.tr("&Session"), self.session),
            (self.tr("&User"), self.user),
            (self.tr("&Event"), self.event_type),
            (self.tr("&From"), self.since),
            (self.tr("&To"), self.until),
        ]
        for index, (label, field) in enumerate(cells):
            row, column = divmod(index, 3)
            grid.addWidget(field_label(label, field), row, 2 * column)
            grid.addWidget(field, row, 2 * column + 1)
            grid.setColumnStretch(2 * column + 1, 1)
        grid.addWidget(self.show_button, 0, 6)
        grid.addWidget(self.clear_button, 1, 6)

    def set_event_types(self, types: Sequence[str]) -> None:
        """Offer "All events", each family ("session.* (all)") and each type; keep the choice."""
        chosen = self.event_type.currentData()
        self.event_type.clear()
        self.event_type.addItem(self.tr("All events"), "")
        for prefix in sorted({t.split(".")[0] + "." for t in types if "." in t}):
            self.event_type.addItem(self.tr("%s* (all)") % prefix, prefix)
        for name in types:
            self.event_type.addItem(name, name)
        self.event_type.setCurrentIndex(max(0, self.event_type.findData(chosen)))

    def choose_type(self, event_type: str) -> None:
        """Select ``event_type`` (a type or a family such as "session.")."""
        self.event_type.setCurrentIndex(self.event_type.findData(event_type))

    def clear(self) -> None:
        """Empty every filter, then announce :attr:`applied`."""
        for field in self._text_fields():
            field.clear()
        self.event_type.setCurrentIndex(0)
        self.applied.emit()

    def trail_filter(self) -> TrailFilter | Refusal:
        """The filter as typed, or a refusal for a time that cannot be read (cursor put there)."""
        bounds = []
        for field, end in ((self.since, False), (self.until, True)):
            text = field.text().strip()
            moment = parse_local(text, self._zone, end_of_day=end) if text else None
            if text and moment is None:
                field.setFocus()
                return Refusal(
                    "bad_time", self.tr("Write times as YYYY-MM-DD or YYYY-MM-DD HH:MM.")
                )
            bounds.append(utc_iso(moment) if moment else "")
        return TrailFilter(
            participant=self.participant.text().strip(),
            session=self.session.text().strip(),
            actor=self.user.text().strip(),
            event_type=str(self.event_type.currentData() or ""),
            since=bounds[0],
            until=bounds[1],
        )
