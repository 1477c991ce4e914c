"""Records a drip reading through its service; a red rate is recorded only with a reason."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

from infusion_app.domain.guardrails import Band
from infusion_app.domain.outcomes import Refusal
from infusion_app.services import infusion
from infusion_app.services.context import Accepted, Actor, Outcome, Workspace
from infusion_app.ui.infusion.asking import ask_reason
from infusion_app.ui.infusion.look import show_band
from infusion_app.ui.kit.forms import show_error
from infusion_app.ui.messages import recorded_text, refusal_text

ACKNOWLEDGEMENT_NEEDED = "acknowledgement_needed"


class DripRecorder(QObject):
    """The three reading paths (taps, timed count, pump) for one session.

    ``ask_reason(parent, message) -> str`` asks what was done about a red rate; tests replace
    it. A reading the nurse declines to acknowledge is not recorded.

    Signals:
        recorded(dict): a reading was recorded; its ``created`` {rate_gtt_min, band, message}.
        refused(object): the service refused the reading (a :class:`Refusal`).
    """

    recorded = Signal(dict)
    refused = Signal(object)

    def __init__(
        self, ws: Workspace, actor: Actor, session_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ws, self._actor, self._session = ws, actor, session_id
        self._parent = parent
        self.ask_reason = ask_reason

    def taps(self, tap_times_s: list) -> Outcome | None:
        """Record a tap count (monotonic seconds)."""
        return self._record(infusion.record_tap_reading, tap_times_s=tap_times_s)

    def count(self, drops: int, seconds: int) -> Outcome | None:
        """Record drops counted over 15, 30 or 60 seconds."""
        return self._record(infusion.record_count_reading, drops=drops, seconds=seconds)

    def pump(self, ml_per_hour: float) -> Outcome | None:
        """Record a pump's rate in mL/h."""
        return self._record(infusion.record_pump_reading, ml_per_hour=ml_per_hour)

    def _record(self, action: Callable[..., Outcome], **reading: Any) -> Outcome | None:
        """Record ``reading`` through the service ``action`` for this session; when a red rate
        needs a reason, ask and record it again with the reason.

        Returns:
            The outcome, or None when the nurse gave no reason (nothing recorded).
        """

        def call(acknowledgement: str) -> Outcome:
            return action(
                self._ws,
                self._actor,
                session_id=self._session,
                acknowledgement=acknowledgement,
                **reading,
            )

        outcome = call("")
        if isinstance(outcome, Refusal) and outcome.code == ACKNOWLEDGEMENT_NEEDED:
            reason = self.ask_reason(self._parent, refusal_text(outcome))
            if not reason.strip():
                return None
            outcome = call(reason)
        if isinstance(outcome, Accepted):
            created: dict[str, Any] = dict(outcome.created)
            self.recorded.emit(created)
        else:
            self.refused.emit(outcome)
        return outcome


def show_outcome(band: QLabel, problem: QLabel, outcome: Outcome | None) -> None:
    """Show a recorded reading's band and sentence, or the refusal's reason (None: nothing)."""
    if outcome is None:
        show_error(problem, "")
        return
    if isinstance(outcome, Refusal):
        show_error(problem, refusal_text(outcome))
        band.hide()
        return
    show_error(problem, "")
    created = outcome.created
    show_band(band, Band(created["band"]), recorded_text(str(created["message"])), short=True)
    band.show()
