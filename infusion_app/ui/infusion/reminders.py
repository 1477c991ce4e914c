"""The reminders strip: when the next vital signs are due (loud when overdue), and the recount."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QHBoxLayout, QWidget

from infusion_app.domain.vitals_schedule import SlotState, SlotStatus
from infusion_app.ui.infusion.look import big_label, countdown_text, site_time
from infusion_app.ui.kit.restyle import set_kind


class RemindersWidget(QWidget):
    """Two lines read from the clock on every repaint: vital signs, and the drip recount.

    Each line carries an icon and words as well as its colour: "due" is amber, "overdue" is
    white on red and bigger.
    """

    def __init__(self, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = timezone
        self._language = QLocale().name()
        self.vitals = big_label("reminder", self.tr("Vital signs reminder"))
        self.recount = big_label("reminder", self.tr("Recount reminder"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.vitals, 3)
        row.addWidget(self.recount, 2)

    def render(
        self, now: datetime, slot: SlotStatus | None, recount_due_at: datetime | None
    ) -> None:
        """Show the next vitals slot and the recount due (None: nothing to show)."""
        self._render_vitals(now, slot)
        self._render_recount(now, recount_due_at)

    def _render_vitals(self, now: datetime, slot: SlotStatus | None) -> None:
        if slot is None:
            set_kind(self.vitals, "")
            self.vitals.setText(self.tr("✔  Vital signs: every set on the schedule is done"))
            return
        label = slot.label.get(self._language)
        due = site_time(slot.due_at, self._zone)
        if slot.state is SlotState.OVERDUE:
            late = int((now - slot.overdue_at).total_seconds() // 60)
            text = self.tr("⚠  VITALS OVERDUE: {0} (due {1}, {2} min late)").format(
                label, due, late
            )
            kind = "overdue"
        elif slot.state is SlotState.DUE:
            text = self.tr("◷  Vital signs due now: {0} (overdue at {1})").format(
                label, site_time(slot.overdue_at, self._zone)
            )
            kind = "due"
        else:
            wait = countdown_text((slot.due_at - now).total_seconds())
            text = self.tr("Next vital signs: {0} at {1} (in {2})").format(label, due, wait)
            kind = ""
        set_kind(self.vitals, kind)
        self.vitals.setText(text)

    def _render_recount(self, now: datetime, due_at: datetime | None) -> None:
        if due_at is None:
            set_kind(self.recount, "")
            self.recount.setText(self.tr("Recount: none due"))
            return
        left = (due_at - now).total_seconds()
        if left > 0:
            set_kind(self.recount, "due")
            self.recount.setText(
                self.tr("◷  Recount the drip in {0} (at {1})").format(
                    countdown_text(left), site_time(due_at, self._zone)
                )
            )
            return
        set_kind(self.recount, "overdue")
        self.recount.setText(self.tr("⚠  RECOUNT NOW: the last rate was out of band"))

    def is_loud(self) -> bool:
        """True when something is overdue (the screen may sound an alarm)."""
        return "overdue" in (self.vitals.property("kind"), self.recount.property("kind"))
