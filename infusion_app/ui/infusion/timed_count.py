"""A timed drop count: a 15, 30 or 60 s countdown, then the count typed in a big field."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from infusion_app.domain.clock import Clock
from infusion_app.domain.drip_rate import TIMED_COUNT_SECONDS
from infusion_app.ui.infusion.drip_recorder import DripRecorder, show_outcome
from infusion_app.ui.infusion.look import big_label, countdown_text
from infusion_app.ui.kit.forms import error_label, field_label, hint_label, push_button, show_error
from infusion_app.ui.session.choice_buttons import ChoiceButtons

TICK_MS = 100  # re-render only: the time left is read from the monotonic clock


class TimedCountWidget(QWidget):
    """Choose 15/30/60 s, start, count the drops until it says stop, type the count, record.

    The countdown is computed from the monotonic clock on each repaint, never by counting
    timer ticks. A count that is not a whole number is refused at the field and kept.

    Signals:
        finished(): the countdown reached zero (type the count now).
    """

    finished = Signal()

    def __init__(self, clock: Clock, recorder: DripRecorder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock, self._recorder = clock, recorder
        self._started: float | None = None
        self.durations = ChoiceButtons(
            [(s, self.tr("%n s", "", s)) for s in TIMED_COUNT_SECONDS], self.tr("Count for")
        )
        self.durations.set_value(30)
        self.start_button = push_button(
            self.tr("Start counting"), self.tr("Start the countdown"), primary=True
        )
        self.countdown = big_label("countdown", self.tr("Time left"), "0:30")
        self.prompt = hint_label(self.tr("Start, then count the drops until it says stop."))
        self.drops = QLineEdit()
        self.drops.setObjectName("bigField")
        self.drops.setAccessibleName(self.tr("Drops counted"))
        self.drops.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.drops.setMaximumWidth(180)
        self.record_button = push_button(self.tr("Record the count"), primary=True)
        self.problem = error_label()
        self.band = big_label("band", self.tr("Judged band"))
        self.band.hide()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.render)
        self._lay_out()
        self.durations.chosen.connect(lambda _: self.render())
        self.start_button.clicked.connect(self.start)
        self.record_button.clicked.connect(self.submit)
        self.drops.returnPressed.connect(self.submit)
        self.render()

    def _lay_out(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(field_label(self.tr("Count for"), self.durations))
        column.addWidget(self.durations)
        row = QHBoxLayout()
        row.addWidget(self.countdown)
        row.addStretch(1)
        row.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignVCenter)
        column.addLayout(row)
        column.addWidget(self.prompt)
        column.addWidget(field_label(self.tr("&Drops counted"), self.drops))
        entry = QHBoxLayout()
        entry.addWidget(self.drops)
        entry.addWidget(self.record_button)
        entry.addStretch(1)
        column.addLayout(entry)
        column.addWidget(self.problem)
        column.addWidget(self.band)
        column.addStretch(1)

    def seconds(self) -> int:
        """The chosen count length in seconds."""
        return int(self.durations.value() or 60)

    def start(self) -> None:
        """Start (or restart) the countdown now."""
        self._started = self._clock.monotonic()
        self._timer.start()
        self.render()

    def remaining(self) -> float | None:
        """Seconds left, or None when no countdown runs."""
        if self._started is None:
            return None
        return self.seconds() - (self._clock.monotonic() - self._started)

    def render(self) -> None:
        """Redraw the countdown from the clock."""
        left = self.remaining()
        if left is None:
            self.countdown.setText(countdown_text(self.seconds()))
            return
        self.countdown.setText(countdown_text(left))
        if left > 0:
            self.prompt.setText(self.tr("Count the drops…"))
            self.start_button.setText(self.tr("Start again"))
            return
        self.start_button.setText(self.tr("Start counting"))
        self._timer.stop()
        self._started = None
        self.countdown.setText(self.tr("Stop"))
        self.prompt.setText(self.tr("Stop counting. Type the number of drops."))
        self.drops.setFocus()
        self.finished.emit()

    def submit(self) -> None:
        """Refuse a count that is not a whole number at the field; otherwise record it."""
        text = self.drops.text().strip()
        if not text.isdigit():
            show_error(self.problem, self.tr("Type the number of drops as a whole number."))
            self.band.hide()
            self.drops.setFocus()
            self.drops.selectAll()
            return
        outcome = self._recorder.count(int(text), self.seconds())
        show_outcome(self.band, self.problem, outcome)
        if outcome is not None and not hasattr(outcome, "code"):
            self.drops.clear()
