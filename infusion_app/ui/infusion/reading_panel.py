"""Drip readings three ways (tap pad, timed count, pump) and the metronome, as tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from infusion_app.services.context import Actor, Workspace
from infusion_app.ui.infusion.alarm_sounds import AlarmSounds
from infusion_app.ui.infusion.drip_recorder import DripRecorder, show_outcome
from infusion_app.ui.infusion.look import big_label
from infusion_app.ui.infusion.metronome import MetronomeWidget
from infusion_app.ui.infusion.pump_entry import PumpEntryWidget
from infusion_app.ui.infusion.tap_pad import TapPadWidget
from infusion_app.ui.infusion.timed_count import TimedCountWidget
from infusion_app.ui.kit.forms import error_label


class DripReadingsWidget(QTabWidget):
    """One tab per way to read the drip, plus the metronome; all record through one recorder.

    ``recorder`` (a :class:`DripRecorder`) holds the replaceable ``ask_reason``.
    """

    def __init__(
        self,
        ws: Workspace,
        actor: Actor,
        session_id: str,
        sounds: AlarmSounds | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Drip readings"))
        self.tabBar().setObjectName("readingTabs")  # compact tabs: all six in view at 1280 px
        self.recorder = DripRecorder(ws, actor, session_id, self)
        drip = ws.protocol.drip
        self.tap_pad = TapPadWidget(ws.clock, drip)
        self.tap_result = big_label("band", self.tr("Recorded tap reading"))
        self.tap_result.hide()
        self.tap_problem = error_label()
        tap_page = QWidget()
        column = QVBoxLayout(tap_page)
        column.addWidget(self.tap_pad, 1)
        column.addWidget(self.tap_problem)
        column.addWidget(self.tap_result)
        self.timed_count = TimedCountWidget(ws.clock, self.recorder)
        self.pump = PumpEntryWidget(self.recorder)
        self.metronome = MetronomeWidget(ws.clock, drip, sounds)
        self.addTab(tap_page, self.tr("Tap"))
        for widget, title in (
            (self.timed_count, self.tr("Timed count")),
            (self.pump, self.tr("Pump")),
            (self.metronome, self.tr("Metronome")),
        ):
            page = QWidget()
            QVBoxLayout(page).addWidget(widget)
            self.addTab(page, title)
        self.tap_pad.committed.connect(self._record_taps)
        self.tap_pad.tapped.connect(lambda _: self.tap_result.hide())

    def _record_taps(self, taps: list) -> None:
        show_outcome(self.tap_result, self.tap_problem, self.recorder.taps(taps))
