"""A visual metronome at the target drip rate, to set the roller clamp against."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from infusion_app.domain.clock import Clock
from infusion_app.domain.protocol import DripSpec
from infusion_app.ui.infusion.alarm_sounds import AlarmKind, AlarmSounds
from infusion_app.ui.infusion.look import big_label
from infusion_app.ui.kit.forms import hint_label

FRAME_MS = 30  # repaint only: the phase is read from the monotonic clock
FLASH_FRACTION = 0.3  # the pulse is lit for this part of each beat


class PulseView(QWidget):
    """A drop-shaped light that flashes once per beat; ``level`` 0..1 is how lit it is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = 0.0
        self.setMinimumSize(160, 160)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        """Draw the light: dark blue at rest, bright when a beat falls."""
        side = min(self.width(), self.height()) - 12
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        rest, lit = (223, 230, 238), (26, 95, 180)  # #dfe6ee at rest, #1a5fb4 lit
        colour = QColor(*(int(a + (b - a) * self.level) for a, b in zip(rest, lit, strict=True)))
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("#14498c"))
        painter.setBrush(colour)
        painter.drawEllipse(rect)
        painter.end()


class MetronomeWidget(QWidget):
    """A pulse at the target rate (gtt/min), adjustable within the band, on/off in one touch.

    The beat's phase is computed from the monotonic clock on each frame, so a late frame
    never shifts the beat. An optional click sounds on each beat when audio is available.
    """

    def __init__(
        self,
        clock: Clock,
        drip: DripSpec,
        sounds: AlarmSounds | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock, self._drip, self._sounds = clock, drip, sounds
        self.rate = round((drip.band_min_gtt_min + drip.band_max_gtt_min) / 2)
        self._started: float | None = None
        self._last_beat = -1
        self.pulse = PulseView()
        self.pulse.setAccessibleName(self.tr("Metronome pulse"))
        self.rate_label = big_label("liveRate", self.tr("Metronome rate"))
        self.period_label = hint_label("")
        self.slower = self._button("−", self.tr("Slower by 1 drop per minute"))
        self.faster = self._button("+", self.tr("Faster by 1 drop per minute"))
        self.toggle = QPushButton()
        self.toggle.setObjectName("primary")
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(self.tr("Metronome on or off"))
        self.click = QCheckBox(self.tr("Click sound"))
        self.click.setAccessibleName(self.tr("Click sound on each beat"))
        self.click.setEnabled(sounds is not None)
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self.render)
        self._lay_out()
        self.slower.clicked.connect(lambda: self.set_rate(self.rate - 1))
        self.faster.clicked.connect(lambda: self.set_rate(self.rate + 1))
        self.toggle.toggled.connect(self.set_running)
        self.set_rate(self.rate)
        self.set_running(False)

    def _button(self, text: str, accessible_name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName("choice")
        button.setAccessibleName(accessible_name)
        button.setMinimumWidth(64)
        return button

    def _lay_out(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(
            hint_label(self.tr("Set the roller clamp so that each drop falls with the pulse."))
        )
        row = QHBoxLayout()
        row.addWidget(self.pulse, 1)
        controls = QVBoxLayout()
        controls.addWidget(self.rate_label)
        controls.addWidget(self.period_label)
        speed = QHBoxLayout()
        speed.addWidget(self.slower)
        speed.addWidget(self.faster)
        speed.addStretch(1)
        controls.addLayout(speed)
        controls.addWidget(self.toggle)
        controls.addWidget(self.click)
        controls.addStretch(1)
        row.addLayout(controls, 1)
        column.addLayout(row, 1)

    def set_rate(self, rate: int) -> None:
        """Set the pulse rate, kept within the protocol's band (gtt/min)."""
        low, high = self._drip.band_min_gtt_min, self._drip.band_max_gtt_min
        self.rate = int(min(max(rate, math.ceil(low)), math.floor(high)))
        self.rate_label.setText(self.tr("%n /min", "", self.rate))
        self.period_label.setText(
            self.tr("One drop every {0:.2f} s (band {1:g}–{2:g}/min)").format(
                60 / self.rate, low, high
            )
        )
        self.slower.setEnabled(self.rate > low)
        self.faster.setEnabled(self.rate < high)

    def set_running(self, running: bool) -> None:
        """Start or stop the pulse (the first beat falls now)."""
        self._started = self._clock.monotonic() if running else None
        self._last_beat = -1
        self.toggle.blockSignals(True)
        self.toggle.setChecked(running)
        self.toggle.blockSignals(False)
        self.toggle.setText(self.tr("■  Stop metronome") if running else self.tr("▶  Start"))
        if running:
            self._timer.start()
        else:
            self._timer.stop()
        self.render()

    def is_running(self) -> bool:
        """True while the pulse runs."""
        return self._started is not None

    def beat(self) -> tuple[int, float]:
        """The current beat number and its phase 0..1, from the monotonic clock."""
        if self._started is None:
            return -1, 0.0
        beats = (self._clock.monotonic() - self._started) * self.rate / 60
        return int(beats), beats - int(beats)

    def render(self) -> None:
        """Light the pulse for the current phase; click once per new beat."""
        number, phase = self.beat()
        self.pulse.level = 0.0 if number < 0 else max(0.0, 1 - phase / FLASH_FRACTION)
        self.pulse.update()
        if number > self._last_beat:
            self._last_beat = number
            if self._sounds is not None and self.click.isChecked():
                self._sounds.play(AlarmKind.METRONOME_CLICK)
