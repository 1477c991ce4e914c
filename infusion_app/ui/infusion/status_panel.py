"""The infusion's numbers, computed from recorded times: elapsed, volume, projected end, rate."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from infusion_app.domain.drip_rate import ml_per_hour
from infusion_app.domain.guardrails import Band
from infusion_app.domain.session_state import SessionState
from infusion_app.services.infusion import InfusionStatus
from infusion_app.ui.infusion.look import (
    band_word,
    big_label,
    clock_text,
    countdown_text,
    show_band,
    site_time,
)
from infusion_app.ui.kit.forms import hint_label
from infusion_app.ui.kit.restyle import set_compact, set_style_property


def card(title: str, *widgets: QWidget) -> QFrame:
    """A white card with a small grey title over ``widgets``."""
    frame = QFrame()
    frame.setObjectName("infusionCard")
    column = QVBoxLayout(frame)
    column.setContentsMargins(16, 10, 16, 12)
    column.setSpacing(4)
    column.addWidget(big_label("cardTitle", title, title))
    for widget in widgets:
        column.addWidget(widget)
    column.addStretch(1)
    return frame


class InfusionStatusWidget(QWidget):
    """The big timer (readable from two metres), the bag's volume, and the last drip rate.

    Nothing here counts: :meth:`render` is given the recorded status and the time now.
    """

    def __init__(self, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = timezone
        self.elapsed = big_label("elapsed", self.tr("Time since the start"), "0:00:00")
        self.state_word = big_label("stateWord", self.tr("Infusion state"))
        self.running = hint_label("")
        self.running.setAccessibleName(self.tr("Running and paused time"))
        self.volume = big_label("value", self.tr("Volume"))
        self.projected = big_label("value", self.tr("Projected end"))
        self.volume_note = hint_label(self.tr("Estimate from the drip readings and drop factor."))
        for label in (self.volume, self.projected):
            label.setToolTip(self.volume_note.text())
        self.rate = big_label("band", self.tr("Last drip rate"))
        self._last_rate: tuple[InfusionStatus, datetime] | None = None
        timer = card(self.tr("Time since the start"), self.elapsed, self.state_word, self.running)
        bag = card(self.tr("Bag"), self.volume, self.projected, self.volume_note)
        rate = card(self.tr("Last drip rate"), self.rate)
        row = QHBoxLayout()
        row.addWidget(bag, 1)
        row.addWidget(rate, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(timer)
        column.addLayout(row)

    def set_compact(self, compact: bool) -> None:
        """On a short screen: a smaller timer and volumes, the estimate's note only as a
        tooltip (the "≈" before each volume still says it is an estimate), and the band in a
        word or two (the whole instruction is the tooltip; the recount reminder still shows)."""
        changed = self._compact() != compact
        for label in (self.elapsed, self.volume, self.projected, self.rate):
            set_compact(label, compact)
        self.volume_note.setVisible(not compact)
        self.running.setVisible(not compact)  # its words stay the timer's tooltip
        self.elapsed.setToolTip(self.running.text() if compact else "")
        if changed and self._last_rate is not None:
            self._render_rate(*self._last_rate)

    def _compact(self) -> bool:
        return self.rate.property("compact") == "true"

    def render(self, status: InfusionStatus, now: datetime, paused_since: datetime | None) -> None:
        """Show ``status`` as of ``now`` (``paused_since``: when the current pause began)."""
        self._render_timer(status, now, paused_since)
        self._render_volume(status, now)
        self._render_rate(status, now)

    def _render_timer(
        self, status: InfusionStatus, now: datetime, paused_since: datetime | None
    ) -> None:
        started = status.started_at
        elapsed = (status.ended_at or now) - started if started else timedelta(0)
        self.elapsed.setText(clock_text(elapsed))
        set_style_property(self.elapsed, "paused", "true" if status.paused else "false")
        words = {
            SessionState.READY: self.tr("○  Ready: not started"),
            SessionState.INFUSING: self.tr("▶  Infusing since {0}"),
            SessionState.ENDED: self.tr("■  Ended at {1}"),
            SessionState.OBSERVING: self.tr("■  Ended at {1}: observing"),
        }
        start_text = site_time(started, self._zone) if started else ""
        end_text = site_time(status.ended_at, self._zone) if status.ended_at else ""
        if status.paused and paused_since is not None:
            text = self.tr("‖  PAUSED since {0} ({1})").format(
                site_time(paused_since, self._zone), clock_text(now - paused_since)
            )
        else:
            text = words.get(status.state, status.state.value).format(start_text, end_text)
        self.state_word.setText(text)
        if status.volume is None:
            self.running.setText("")
            return
        running = timedelta(minutes=status.volume.running_minutes)
        self.running.setText(
            self.tr("Running {0} · paused {1} in total").format(
                clock_text(running), clock_text(elapsed - running)
            )
        )

    def _render_volume(self, status: InfusionStatus, now: datetime) -> None:
        volume = status.volume
        if volume is None:
            self.volume.setText(self.tr("Not started"))
            self.projected.setText("")
            return
        self.volume.setText(
            self.tr("≈ {0:.0f} mL infused\n≈ {1:.0f} mL left").format(
                volume.infused_ml, volume.remaining_ml
            )
        )
        if volume.projected_end is not None and status.ended_at is None:
            self.projected.setText(
                self.tr("Projected end ≈ {0}\n(in {1} min, site time)").format(
                    site_time(volume.projected_end, self._zone),
                    round((volume.projected_end - now).total_seconds() / 60),
                )
            )
        elif status.ended_at is not None:
            self.projected.setText(self.tr("Ended"))
        elif status.paused:
            self.projected.setText(self.tr("Projected end: — (paused)"))
        else:
            self.projected.setText(self.tr("Projected end: — (record a drip rate)"))

    def _render_rate(self, status: InfusionStatus, now: datetime) -> None:
        self._last_rate = (status, now)
        if status.last_rate_gtt_min is None or status.last_band is None:
            show_band(self.rate, None, self.tr("No drip reading yet"))
            self.rate.setToolTip("")
            return
        rate = status.last_rate_gtt_min
        counted = status.estimate_drop_factor_gtt_ml  # this fluid's drops per mL on the set
        text = self.tr("{0:.0f} gtt/min ≈ {1:.0f} mL/h (at {2} gtt/mL)").format(
            rate, ml_per_hour(rate, counted), f"{counted:g}"
        )
        if status.last_band is Band.OUT_OF_BAND and status.recount_due_at is not None:
            left = (status.recount_due_at - now).total_seconds()
            text += "\n" + (
                self.tr("Recount in {0}").format(countdown_text(left))
                if left > 0
                else self.tr("Recount now")
            )
        show_band(self.rate, status.last_band, text, short=self._compact())
        self.rate.setToolTip(band_word(status.last_band))
