"""The NEWS2 escalation on the infusion screen: open until the nurse records whom she informed.

Urgent (5–6, or a single 3) is amber; emergency (7 or more) is white on red. The button opens
a form for whom was informed and when, or why no one could be.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from infusion_app.domain.clock import utc_iso
from infusion_app.domain.escalation import Escalation, EscalationTask
from infusion_app.domain.outcomes import Refusal
from infusion_app.services import escalation
from infusion_app.services.context import Actor, Workspace
from infusion_app.ui.asking import run_dialog
from infusion_app.ui.form_dialog import FormDialog
from infusion_app.ui.infusion.look import big_label, site_time
from infusion_app.ui.kit.restyle import set_kind


class InformedDialog(FormDialog):
    """Whom the nurse informed (name and role) and when, or why no one could be."""

    def __init__(
        self, task: EscalationTask, zone: str, now: datetime, parent: QWidget | None = None
    ):
        super().__init__(self.tr("NEWS2 escalation"), self.tr("Record"), parent)
        self._zone = ZoneInfo(zone)
        self.add_hint(
            self.tr("NEWS2 {0} at {1}: record whom you informed and when.").format(
                task.news2_total, site_time(task.raised_at, zone)
            )
        )
        self.informed = QLineEdit()
        self.informed.setAccessibleName(self.tr("Whom you informed"))
        self.informed.setPlaceholderText(self.tr("e.g. Dr Wang, investigator"))
        self.informed_at = QDateTimeEdit(QDateTime(now.astimezone(self._zone).replace(tzinfo=None)))
        self.informed_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.informed_at.setAccessibleName(self.tr("When you informed them"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Why no one could be informed"))
        self.add_row(self.tr("&Whom you informed"), self.informed)
        self.add_row(self.tr("Whe&n (site time)"), self.informed_at)
        self.add_row(
            self.tr("&Or: why no one"),
            self.reason,
            self.tr("Only when no one could be informed."),
        )
        self.ok_button.clicked.connect(self.accept)

    def values(self) -> tuple[str, str, str]:
        """(whom, when as UTC ISO 8601 or "" when no one, why no one)."""
        informed = self.informed.text().strip()
        local = self.informed_at.dateTime().toPython().replace(tzinfo=self._zone)
        return informed, utc_iso(local.astimezone(UTC)) if informed else "", self.reason.text()


class EscalationPanel(QWidget):
    """The session's oldest open escalation (emergencies first) and the button that answers it."""

    acknowledged = Signal()

    def __init__(self, ws: Workspace, actor: Actor, session_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._ws, self._actor, self._session = ws, actor, session_id
        self._zone = ws.protocol.site.timezone
        self.run_dialog: Callable[[QDialog], int] = run_dialog
        self.task: EscalationTask | None = None
        self.label = big_label("reminder", self.tr("NEWS2 escalation"))
        self.button = QPushButton(self.tr("Record whom you informed…"))
        self.button.setAccessibleName(self.tr("Record whom you informed"))
        self.button.clicked.connect(self.answer)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.hide()

    def render(self) -> None:
        """Show the open escalation, or hide when none is open."""
        waiting = escalation.open_escalations(self._ws, self._session)
        self.task = waiting[0] if waiting else None
        self.setVisible(self.task is not None)
        if self.task is None:
            return
        task = self.task
        at = site_time(task.raised_at, self._zone)
        if task.level is Escalation.EMERGENCY:
            text = self.tr(
                "⚠  NEWS2 {0} at {1}: EMERGENCY RESPONSE — call the doctor now; observe "
                "continuously. Record whom you informed."
            ).format(task.news2_total, at)
            kind = "overdue"
        else:
            text = self.tr(
                "⚠  NEWS2 {0} at {1}: urgent response — inform the investigator or the ward "
                "doctor; observe at least hourly. Record whom you informed."
            ).format(task.news2_total, at)
            kind = "due"
        set_kind(self.label, kind)
        self.label.setText(text + (f"  (+{len(waiting) - 1})" if len(waiting) > 1 else ""))

    def answer(self) -> Refusal | None:
        """Ask whom was informed and record it; a refusal is shown in the form."""
        if self.task is None:
            return None
        dialog = InformedDialog(self.task, self._zone, self._ws.clock.now(), self)
        while self.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            outcome = self.record(*dialog.values())
            if not isinstance(outcome, Refusal):
                return None
            dialog.refuse(outcome)
        return None

    def record(self, informed: str, informed_at: str, reason: str) -> Refusal | None:
        """Record the acknowledgement of the shown task; the refusal when refused."""
        assert self.task is not None
        outcome = escalation.acknowledge_escalation(
            self._ws,
            self._actor,
            session_id=self._session,
            vitals_event_id=self.task.vitals_event_id,
            informed=informed,
            informed_at=informed_at,
            not_informed_reason=reason,
        )
        if isinstance(outcome, Refusal):
            return outcome
        self.render()
        self.acknowledged.emit()
        return None
