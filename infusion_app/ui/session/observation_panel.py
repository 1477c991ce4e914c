"""Post-infusion observation on the record screen: what is left, and ending it early.

The services decide whether observation is over (:mod:`infusion_app.services.observation`);
this panel only says so, in words a nurse reads at a glance, and offers an investigator the
"End observation early…" button.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from infusion_app.domain.observation import ObservationProgress
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.roles import Role
from infusion_app.domain.session_state import SessionState
from infusion_app.domain.vitals_schedule import SlotState
from infusion_app.services import observation, records
from infusion_app.services.context import Actor, Workspace
from infusion_app.ui.form_dialog import TypedReasonDialog
from infusion_app.ui.infusion.look import site_time
from infusion_app.ui.kit.forms import error_label, hint_label, push_button, show_error
from infusion_app.ui.kit.restyle import set_kind
from infusion_app.ui.messages import refusal_text


class ObservationPanelWidget(QWidget):
    """ "Observation: 2 of 4 checks left, next 10:45", why signing waits, and the early end.

    Signals:
        changed(): an investigator ended observation early.
    """

    changed = Signal()

    def __init__(
        self, ws: Workspace, actor: Actor, session_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ws, self._actor, self._session = ws, actor, session_id
        self.ask_reason = ask_early_end_reason
        self.progress: ObservationProgress = observation.progress(ws, session_id)
        self.status = QLabel()
        self.status.setObjectName("reminder")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Observation"))
        self.why = hint_label("")
        self.message = error_label()
        self.end_early_button = push_button(
            self.tr("End observation early…"), self.tr("End observation early")
        )
        self.end_early_button.setMinimumHeight(48)
        self.end_early_button.clicked.connect(self.end_early)
        texts = QVBoxLayout()
        texts.setContentsMargins(0, 0, 0, 0)
        texts.addWidget(self.status)
        texts.addWidget(self.why)
        texts.addWidget(self.message)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 4)
        row.addLayout(texts, 1)
        row.addWidget(self.end_early_button)

    @property
    def is_over(self) -> bool:
        """Observation is over (as of the last :meth:`refresh`): the session may be signed."""
        return self.progress.is_over

    def refresh(self, state: SessionState) -> None:
        """Read the progress afresh; shown during observation (and on a record ended early)."""
        self.progress = observation.progress(self._ws, self._session)
        early = self.progress.early_end
        self.setVisible(
            state is SessionState.OBSERVING or (state is SessionState.SIGNED and early is not None)
        )
        self.status.setText(self._status_text())
        upcoming = None if self.is_over else self.progress.next_slot
        kind = upcoming.state.value if upcoming else ""
        set_kind(self.status, kind if kind in ("due", "overdue") else "")
        self.why.setText(self._why_text(state))
        self.why.setVisible(bool(self.why.text()))
        self.end_early_button.setVisible(
            state is SessionState.OBSERVING
            and not self.is_over
            and self._actor.role is Role.INVESTIGATOR
        )

    def remaining_text(self) -> str:
        """E.g. "Observation: 2 of 4 checks left, next 10:45"."""
        zone = self._ws.protocol.site.timezone
        upcoming = self.progress.next_slot
        if upcoming is None:
            return ""
        text = self.tr("Observation: {0} of {1} checks left, next {2}").format(
            len(self.progress.left), self.progress.total, site_time(upcoming.due_at, zone)
        )
        if upcoming.state is SlotState.OVERDUE:
            text += " · " + self.tr("overdue")
        return text

    def _status_text(self) -> str:
        zone = self._ws.protocol.site.timezone
        early = self.progress.early_end
        if early is not None:
            return self.tr("Observation ended early by {0} at {1}: {2}").format(
                self._name(early.by), site_time(early.at, zone), early.reason
            )
        if self.progress.all_done:
            return "✔  " + self.tr("Observation complete: all {0} checks done.").format(
                self.progress.total
            )
        return "◐  " + self.remaining_text()

    def _why_text(self, state: SessionState) -> str:
        if self.is_over or state is not SessionState.OBSERVING:
            return ""
        if self._actor.role is Role.INVESTIGATOR:
            return self.tr(
                "The session can be signed once the last check is done. You may end "
                "observation early with a reason."
            )
        return self.tr(
            "The session can be signed once the last check is done, or when an investigator "
            "ends observation early with a reason."
        )

    def _name(self, username: str) -> str:
        return records.printed_name(self._ws, username)

    def end_early(self) -> None:
        """Ask the investigator why, then end observation early through the service."""
        reason = self.ask_reason(self, self.remaining_text())
        if reason is None:
            return
        result = observation.end_observation_early(
            self._ws, self._actor, session_id=self._session, reason=reason
        )
        if isinstance(result, Refusal):
            show_error(self.message, refusal_text(result))
            return
        show_error(self.message, "")
        self.changed.emit()


class EndObservationDialog(TypedReasonDialog):
    """Why observation ends before its last check (required); the investigator is recorded."""

    def __init__(self, remaining: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("End observation early"), self.tr("End observation"), parent)
        self.add_hint(
            self.tr(
                "Ending observation early is recorded with your name, the time and your reason."
            )
        )
        if remaining:
            self.add_fixed(self.tr("Still to do"), remaining)
        self.add_reason(
            self.tr("Reason for ending observation early"),
            self.tr("&Reason"),
            self.tr("E.g. participant transferred to the ward, observed there."),
        )

    def missing(self) -> Refusal:
        """The early end needs a reason."""
        return Refusal("missing_early_end_reason", self.tr("Give the reason."))


def ask_early_end_reason(parent: QWidget, remaining: str) -> str | None:
    """Ask why observation ends early; None when cancelled (tests replace this)."""
    dialog = EndObservationDialog(remaining, parent)
    return dialog.text() if dialog.exec() else None
