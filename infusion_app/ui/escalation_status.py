"""The open NEWS2 escalation in the main window's status strip, on every screen.

Amber for an urgent response (5–6, or a single 3), white on red for an emergency (7 or more),
with its tone sounded once when the task first shows; it says which participant and how many
minutes the task has been open, and stays until a nurse records whom she informed.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from infusion_app.domain.escalation import Escalation, EscalationTask
from infusion_app.services import escalation
from infusion_app.services.context import Workspace
from infusion_app.ui.infusion.alarm_sounds import AlarmKind, AlarmSounds
from infusion_app.ui.kit.restyle import set_kind


class EscalationStatusLabel(QLabel):
    """The oldest open escalation of any session (emergencies first); hidden when none."""

    def __init__(
        self, ws: Workspace, sounds: AlarmSounds | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ws, self._sounds = ws, sounds
        self._sounded: set[str] = set()  # tasks whose tone has sounded
        self.task: EscalationTask | None = None
        self._full = self._short = ""
        self._waiting: list[EscalationTask] = []
        self._read_at = -1  # the log position the open escalations were read at
        self.setObjectName("escalationStatus")
        self.setAccessibleName(self.tr("NEWS2 escalation"))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hide()

    def refresh(self, now: datetime) -> None:
        """Show the open escalation as it stands at ``now``, or hide when none is open."""
        moved = escalation.escalations_changed_since(self._ws, self._read_at)
        if moved is not None:  # read again only after a write (this runs every second)
            self._waiting, self._read_at = escalation.open_escalations(self._ws), moved
        waiting = self._waiting
        self.task = waiting[0] if waiting else None
        self.setVisible(self.task is not None)
        if self.task is None:
            self.clear()
            return
        task = self.task
        minutes = max(0, int((now - task.raised_at).total_seconds() // 60))
        more = len(waiting) - 1
        extra = self.tr(" (and {0} more)").format(more) if more else ""
        self._full = self._words(task, minutes) + extra
        self._short = self._short_words(task, minutes) + extra
        self.setToolTip(self._full)
        self.setAccessibleDescription(self._full)
        self._fit()
        set_kind(self, task.level.value)
        self._sound_once(task)

    def _words(self, task: EscalationTask, minutes: int) -> str:
        if task.level is Escalation.EMERGENCY:
            text = self.tr(
                "⚠ NEWS2 {0}: EMERGENCY response for {1}, open {2} min — call the doctor now, "
                "then record whom you informed"
            )
        else:
            text = self.tr(
                "⚠ NEWS2 {0}: urgent response for {1}, open {2} min — inform the investigator "
                "or ward doctor, then record whom you informed"
            )
        return text.format(task.news2_total, task.subject_code, minutes)

    def _short_words(self, task: EscalationTask, minutes: int) -> str:
        """The same in fewer words, for a narrow window (the tooltip keeps the full text)."""
        if task.level is Escalation.EMERGENCY:
            text = self.tr("⚠ NEWS2 {0} EMERGENCY · {1} · open {2} min · record whom you informed")
        else:
            text = self.tr("⚠ NEWS2 {0} urgent · {1} · open {2} min · record whom you informed")
        return text.format(task.news2_total, task.subject_code, minutes)

    def _fit(self) -> None:
        """The full words when they fit the strip, the short ones when they do not."""
        room = self.contentsRect().width() - 2 * self.margin()
        fits = self.fontMetrics().horizontalAdvance(self._full) <= room
        self.setText(self._full if fits else self._short)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Choose the words again for the new width."""
        super().resizeEvent(event)
        if self.task is not None:
            self._fit()

    def _sound_once(self, task: EscalationTask) -> None:
        if task.vitals_event_id in self._sounded:
            return
        self._sounded.add(task.vitals_event_id)
        if self._sounds is not None:
            self._sounds.play(AlarmKind.ESCALATION)
