"""What every checklist step widget shares: a title, a body, a problem line, two signals."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from infusion_app.domain.checklist_rules import Status
from infusion_app.domain.clock import Clock
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.protocol import CheckStep, Protocol
from infusion_app.ui.kit.forms import error_label, hint_label, show_error
from infusion_app.ui.messages import refusal_text


@dataclass(frozen=True)
class StepContext:
    """What a step may read: the protocol, the clock and the language (never the database)."""

    protocol: Protocol
    clock: Clock
    language: str


@dataclass(frozen=True)
class StepState:
    """A step as the checklist judges it now, with its latest recorded answer (or None)."""

    step: CheckStep
    status: Status
    message: str
    answer: dict[str, Any] | None = None


class StepWidget(QWidget):
    """One check: the host shows it, collects its answer and records it through the service.

    Subclasses set :attr:`step`, build their fields in :meth:`build` and implement
    :meth:`collect`, :meth:`fill` and :meth:`is_valid`.

    Signals:
        submitted(dict): Enter in the step's last field (a scanner's Enter) records the answer,
            as the footer's record button does; a tap on a choice never records by itself.
        validity_changed(bool): the entry changed; whether it is complete enough to record.
    """

    submitted = Signal(dict)
    validity_changed = Signal(bool)
    step: CheckStep

    def __init__(self, context: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.state = StepState(self.step, Status.PENDING, "")
        self.title = QLabel(self.heading())
        self.title.setObjectName("stepTitle")
        self.title.setWordWrap(True)
        self.message = error_label()
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(28, 20, 28, 20)
        self.body.setSpacing(12)
        self.body.addWidget(self.title)
        if text := self.explanation():
            self.body.addWidget(hint_label(text))
        self.build()
        self.body.addWidget(self.message)
        self.body.addStretch(1)

    def heading(self) -> str:
        """The step's title."""
        raise NotImplementedError

    def record_text(self) -> str:
        """What the footer's record button says while this step has an unrecorded answer."""
        return self.tr("Record answer")

    def explanation(self) -> str:
        """One or two sentences under the title; "" for none."""
        return ""

    def build(self) -> None:
        """Add the step's fields to :attr:`body`."""
        raise NotImplementedError

    def collect(self) -> dict[str, Any]:
        """The answer as the services record it."""
        raise NotImplementedError

    def fill(self, answer: dict[str, Any]) -> None:
        """Show a recorded answer again."""
        raise NotImplementedError

    def is_valid(self) -> bool:
        """True when the entry is complete enough to record."""
        return True

    def ready_to_submit(self) -> bool:
        """Last look before recording (e.g. confirm unusual values); True to go on."""
        return True

    def owns_message(self) -> bool:
        """True when the step shows the judge's message itself (the host then shows less)."""
        return False

    def show(self, state: StepState | None = None) -> None:  # type: ignore[override]
        """Show the widget; with ``state``, show that judgement and its recorded answer."""
        if state is None:
            super().show()
            return
        self.state = state
        if state.answer is not None:
            self.fill(state.answer)
        show_error(self.message, "")
        self.shown_state(state)
        self.emit_validity()

    def shown_state(self, state: StepState) -> None:
        """Hook: a step that displays the judgement itself updates here."""

    def show_refusal(self, refusal: Refusal) -> None:
        """A refused answer: the reason under the fields; nothing typed is cleared."""
        show_error(self.message, refusal_text(refusal))

    def emit_validity(self) -> None:
        """Tell the host whether the entry can be recorded."""
        self.validity_changed.emit(self.is_valid())
