"""Fields the adverse-event forms share: the CTCAE grade picker and the onset time."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from infusion_app.domain.clock import Clock
from infusion_app.ui.adverse_events.words import grade_definitions
from infusion_app.ui.kit.forms import push_button, styled_label

BACKDATE_LIMIT = timedelta(hours=24)  # an event is entered on the shift it began
STEP_BACK = timedelta(minutes=5)


class GradePicker(QWidget):
    """One radio button per grade the term defines, its CTCAE v5.0 definition beside it.

    Signals:
        chosen(int): a grade was chosen.
    """

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("CTCAE grade"))
        self.group = QButtonGroup(self)
        self.group.idClicked.connect(self.chosen)
        self.buttons: dict[int, QRadioButton] = {}
        self.definitions: dict[int, QLabel] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(1, 1)
        self.term_code = ""

    def set_term(self, term_code: str) -> None:
        """Offer the grades of ``term_code`` (none for ""); a grade still defined stays chosen."""
        kept = self.grade()
        for button in self.buttons.values():
            self.group.removeButton(button)
        for widget in [*self.buttons.values(), *self.definitions.values()]:
            self._grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self.buttons, self.definitions = {}, {}
        self.term_code = term_code
        if not term_code:
            return
        for row, (grade, text) in enumerate(grade_definitions(term_code).items()):
            button = QRadioButton(self.tr("Grade {0}").format(grade))
            button.setObjectName("gradeButton")
            button.setAccessibleName(self.tr("Grade {0}").format(grade))
            button.setAccessibleDescription(text)
            definition = styled_label("gradeDefinition", text)
            definition.setBuddy(button)
            definition.setAccessibleName(self.tr("Definition of grade {0}").format(grade))
            self.group.addButton(button, grade)
            self._grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(definition, row, 1)
            self.buttons[grade], self.definitions[grade] = button, definition
            button.show()  # at once, not on the next event loop turn as a layout would
            definition.show()
        if kept in self.buttons:
            self.buttons[kept].setChecked(True)

    def grade(self) -> int | None:
        """The chosen grade, or None."""
        checked = self.group.checkedId()
        return checked if checked > 0 else None

    def set_grade(self, grade: int) -> None:
        """Choose ``grade`` if the term defines it."""
        if grade in self.buttons:
            self.buttons[grade].setChecked(True)


class OnsetEdit(QWidget):
    """A site-time date and time, "now" by default, that can be set back up to a day.

    Signals:
        changed(): the time was changed.
    """

    changed = Signal()

    def __init__(self, clock: Clock, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock, self._zone = clock, ZoneInfo(timezone)
        self.edit = QDateTimeEdit()
        self.edit.setAccessibleName(self.tr("Onset (site time)"))
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.earlier_button = push_button(self.tr("−5 min"), self.tr("Onset 5 minutes earlier"))
        self.now_button = push_button(self.tr("Now"), self.tr("Onset now"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.edit, self.earlier_button, self.now_button):
            row.addWidget(widget)
        row.addStretch(1)
        self.edit.dateTimeChanged.connect(self.changed)
        self.earlier_button.clicked.connect(self._earlier)
        self.now_button.clicked.connect(self.set_now)
        self.set_now()

    def _local(self, moment: datetime) -> QDateTime:
        local = moment.astimezone(self._zone).replace(tzinfo=None, second=0, microsecond=0)
        return QDateTime(local)

    def set_now(self) -> None:
        """The onset is now (the latest allowed); earlier down to a day ago."""
        now = self._clock.now()
        self.edit.setDateTimeRange(self._local(now - BACKDATE_LIMIT), self._local(now))
        self.edit.setDateTime(self._local(now))

    def _earlier(self) -> None:
        self.edit.setDateTime(self.edit.dateTime().addSecs(-int(STEP_BACK.total_seconds())))

    def moment(self) -> datetime:
        """The onset as an aware UTC time."""
        local = self.edit.dateTime().toPython()
        return local.replace(tzinfo=self._zone).astimezone(ZoneInfo("UTC"))
