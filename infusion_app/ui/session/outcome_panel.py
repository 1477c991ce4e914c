"""Under the current step: what the checklist's judge says about the recorded answer."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from infusion_app.domain.checklist_rules import Status
from infusion_app.ui.kit.forms import hint_label, push_button
from infusion_app.ui.kit.restyle import set_style_property
from infusion_app.ui.session.look import STATUS_ICONS, status_word
from infusion_app.ui.session.steps.base import StepState


class OutcomePanel(QFrame):
    """A headline and a plain sentence per status; a hard stop is big, red, ✖ and in words.

    Signals:
        decide_requested(): the investigator's decision button was tapped.
    """

    decide_requested = Signal()

    def __init__(self, may_decide: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcome")
        self.headline = self._label("outcomeTitle", self.tr("Result of the check"))
        self.text = self._label("outcomeText", self.tr("Explanation"))
        self.hint = hint_label("")
        self.decide_button = push_button(
            self.tr("Decide as investigator…"), self.tr("Decide as investigator"), primary=True
        )
        self.decide_button.setEnabled(may_decide)
        self._may_decide = may_decide
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.headline)
        column.addWidget(self.text)
        column.addWidget(self.decide_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.hint)
        self.decide_button.clicked.connect(self.decide_requested)
        self.hide()

    def _label(self, name: str, accessible_name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setAccessibleName(accessible_name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def show_state(self, state: StepState, brief: bool = False) -> None:
        """Explain ``state``; hidden for a step not answered yet. ``brief`` omits the message."""
        if state.answer is None and state.status is Status.PENDING:
            self.hide()
            return
        for widget in (self, self.headline, self.text):
            set_style_property(widget, "status", state.status.value)
        headline, hint = self._words(state.status)
        self.headline.setText(f"{STATUS_ICONS[state.status]}  {headline}")
        message = state.message[:1].upper() + state.message[1:]
        self.text.setText("" if brief else self.tr("{0}.").format(message))
        self.text.setVisible(not brief)
        deciding = state.status is Status.NEEDS_DECISION
        self.decide_button.setVisible(deciding)
        if deciding and not self._may_decide:
            hint = self.tr("Only an investigator can decide. Ask the investigator on duty.")
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.show()

    def _words(self, status: Status) -> tuple[str, str]:
        """The headline and the hint under it for ``status``."""
        if status is Status.HARD_STOP:
            return self.tr("The infusion cannot go ahead"), self.tr(
                "If an answer was typed or scanned wrongly, correct it and record it again. "
                "Otherwise tell the investigator."
            )
        if status is Status.NEEDS_DECISION:
            return self.tr("An investigator must decide"), ""
        if status is Status.NOT_YET:
            return self.tr("Not yet"), self.tr("Put it right at the bedside, then answer again.")
        return status_word(status), ""

    def sentence(self) -> str:
        """Headline and explanation as one line (what a screen reader announces)."""
        return f"{self.headline.text()}: {self.text.text()}".rstrip(": ")
