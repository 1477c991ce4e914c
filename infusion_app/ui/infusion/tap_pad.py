"""Tap-to-count: a very large pad (or the Space key) tapped on each drop, with a live rate."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from infusion_app.domain.clock import Clock
from infusion_app.domain.drip_rate import MIN_TAPS, TapEstimate, estimate_from_taps
from infusion_app.domain.guardrails import judge_rate
from infusion_app.domain.protocol import DripSpec
from infusion_app.ui.infusion.look import big_label, show_band
from infusion_app.ui.kit.forms import hint_label, push_button

AUTO_COMMIT_TAPS = 10
RESTART_GAP_S = 15.0  # a pause this long means the nurse was interrupted: count afresh


class TapPadWidget(QWidget):
    """Tap the pad (or press Space) on every drop; the rate shows with ± from the third tap.

    Tap times come from the monotonic clock, so a wall-clock change cannot bend a rate. The
    estimator's notes (a missed or doubled tap) show under the rate.

    Signals:
        committed(list): the tap times (monotonic seconds) of a finished count.
        tapped(int): the number of taps so far.
    """

    committed = Signal(list)
    tapped = Signal(int)

    def __init__(
        self,
        clock: Clock,
        drip: DripSpec,
        auto_commit_after: int = AUTO_COMMIT_TAPS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._drip = drip
        self.auto_commit_after = auto_commit_after
        self.taps: list[float] = []
        self.pad = QPushButton(self.tr("TAP\non each drop"))
        self.pad.setObjectName("tapPad")
        self.pad.setAccessibleName(self.tr("Tap pad: tap on each drop, or press Space"))
        self.pad.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.rate = big_label("liveRate", self.tr("Live rate"))
        self.count = big_label("tapCount", self.tr("Taps counted"))
        self.band = big_label("band", self.tr("Live band"))
        self.notes = hint_label("")
        self.notes.setAccessibleName(self.tr("Tap notes"))
        self.commit_button = push_button(
            self.tr("Record this rate"), self.tr("Record the tapped rate"), primary=True
        )
        self.clear_button = push_button(self.tr("Clear"), self.tr("Clear the taps"))
        self._lay_out()
        self.pad.pressed.connect(self.tap)  # on press, not release: the drop falls now
        self.commit_button.clicked.connect(self.commit)
        self.clear_button.clicked.connect(self.clear)
        self._render(None)

    def _lay_out(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(
            hint_label(
                self.tr(
                    "Tap on each drop (or press Space). It records by itself after %n taps.",
                    "",
                    self.auto_commit_after,
                )
            )
        )
        column.addWidget(self.pad, 1)
        readout = QHBoxLayout()
        readout.addWidget(self.rate)
        readout.addWidget(self.count, 0, Qt.AlignmentFlag.AlignBottom)
        readout.addStretch(1)
        column.addLayout(readout)
        column.addWidget(self.band)
        column.addWidget(self.notes)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.commit_button)
        column.addLayout(buttons)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Space anywhere on the widget is a tap (the pad itself handles its own Space)."""
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.tap()
            return
        super().keyPressEvent(event)

    def tap(self) -> None:
        """Record one drop at the monotonic clock's time."""
        now = self._clock.monotonic()
        if self.taps and now - self.taps[-1] > RESTART_GAP_S:
            self.taps = []
        self.taps.append(now)
        self.tapped.emit(len(self.taps))
        estimate = estimate_from_taps(self.taps) if len(self.taps) >= MIN_TAPS else None
        self._render(estimate if isinstance(estimate, TapEstimate) else None)
        if len(self.taps) >= self.auto_commit_after:
            self.commit()

    def estimate(self) -> TapEstimate | None:
        """The current estimate, or None before the third tap."""
        if len(self.taps) < MIN_TAPS:
            return None
        result = estimate_from_taps(self.taps)
        return result if isinstance(result, TapEstimate) else None

    def _render(self, estimate: TapEstimate | None) -> None:
        self.count.setText(self.tr("%n taps", "", len(self.taps)))
        self.commit_button.setEnabled(len(self.taps) >= MIN_TAPS)
        if estimate is None:
            self.rate.setText(self.tr("— gtt/min"))
            wanted = MIN_TAPS - len(self.taps)
            text = self.tr("Tap %n more drops to see the rate", "", wanted)
            show_band(self.band, None, text if wanted > 0 else "")
            self.band.setVisible(wanted > 0)
            self.notes.setText("")
            return
        rate, spread = estimate.rate_gtt_min, estimate.uncertainty_gtt_min
        self.rate.setText(self.tr("{0} ± {1} gtt/min").format(f"{rate:.0f}", f"{spread:.0f}"))
        show_band(self.band, judge_rate(self._drip, rate).band, "")
        self.band.show()
        self.notes.setText("; ".join(self._note_text(note) for note in estimate.notes))

    def _note_text(self, note: str) -> str:
        """A note of :func:`estimate_from_taps` (English from the domain) in the screen's words."""
        missed = re.fullmatch(r"(\d+) missed taps? counted", note)
        if missed and missed.group(1) == "1":
            return self.tr("1 missed tap counted")
        if missed:
            return self.tr("%n missed taps counted", "", int(missed.group(1)))
        if note == "one doubled tap ignored":
            return self.tr("one doubled tap ignored")
        return note

    def commit(self) -> None:
        """Hand the taps on (at least three) and start a new count."""
        if len(self.taps) < MIN_TAPS:
            return
        taps = list(self.taps)
        self.clear()
        self.committed.emit(taps)

    def clear(self) -> None:
        """Forget the taps so far."""
        self.taps = []
        self._render(None)
        self.pad.setFocus()
