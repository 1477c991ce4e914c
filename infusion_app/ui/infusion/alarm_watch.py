"""Decides, on each repaint, which alarms to sound once and what the alarm banner says."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from infusion_app.domain.guardrails import Band
from infusion_app.domain.session_state import SessionState
from infusion_app.domain.vitals_schedule import SlotState, SlotStatus
from infusion_app.services.infusion import InfusionStatus
from infusion_app.ui.infusion.alarm_sounds import AlarmKind, AlarmSounds

EMPTY_ML = 0.5  # the bag counts as run through at this estimate (mL left)


class AlarmWatch:
    """Each alarm sounds once per occasion (a slot, a reading, the end), not on every repaint.

    The screen shows the returned banner in words whether or not a tone can be heard.
    """

    def __init__(self, sounds: AlarmSounds | None) -> None:
        self.sounds = sounds
        self.sounded: set[str] = set()

    def _once(self, key: str, kind: AlarmKind) -> None:
        if key in self.sounded:
            return
        self.sounded.add(key)
        if self.sounds is not None:
            self.sounds.play(kind)

    def check(self, status: InfusionStatus, slot: SlotStatus | None, now_overdue: bool) -> str:
        """Sound what is new; return the banner text ("" when nothing calls for one)."""
        self.check_slot(slot)
        if status.recount_due_at is not None and now_overdue:
            self._once(f"recount:{status.recount_due_at.isoformat()}", AlarmKind.RATE_OUT_OF_BAND)
        volume = status.volume
        if (
            status.state is SessionState.INFUSING
            and volume is not None
            and volume.remaining_ml <= EMPTY_ML
        ):
            self._once("projected_end", AlarmKind.PROJECTED_END)
            return QCoreApplication.translate(
                "Infusion",
                "◷  Projected end reached: check the bag. When it is empty and the line is "
                "flushed, tap Complete.",
            )
        return ""

    def check_slot(self, slot: SlotStatus | None) -> None:
        """The next vitals slot: a tone when it falls due, another when it is overdue."""
        if slot is not None and slot.state is SlotState.DUE:
            self._once(f"due:{slot.key}", AlarmKind.VITALS_DUE)
        if slot is not None and slot.state is SlotState.OVERDUE:
            self._once(f"overdue:{slot.key}", AlarmKind.VITALS_OVERDUE)

    def reading(self, band: str) -> None:
        """A reading was just recorded: amber and red each have their tone."""
        if self.sounds is None or band == Band.IN_BAND:
            return
        red = band == Band.OUTSIDE_HARD_LIMITS
        self.sounds.play(AlarmKind.STOP_CRITERION if red else AlarmKind.RATE_OUT_OF_BAND)

    def stop_criterion(self) -> None:
        """A vital-signs stop criterion was met."""
        if self.sounds is not None:
            self.sounds.play(AlarmKind.STOP_CRITERION)
