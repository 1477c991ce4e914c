"""A check answered by one yes or no, recorded with the footer's "Record answer"."""

from __future__ import annotations

from typing import Any

from infusion_app.ui.kit.forms import field_label
from infusion_app.ui.session.choice_buttons import ChoiceButtons
from infusion_app.ui.session.steps.base import StepWidget


class YesNoStep(StepWidget):
    """Subclasses give :attr:`key` (the answer's field) and the question and button texts."""

    key: str

    def question(self) -> str:
        """The question, e.g. "Is the signed consent form on file?"."""
        raise NotImplementedError

    def yes_no_texts(self) -> tuple[str, str]:
        """What the yes and the no buttons say."""
        return self.tr("Yes"), self.tr("No")

    def build(self) -> None:
        yes, no = self.yes_no_texts()
        self.choice = ChoiceButtons([(True, yes), (False, no)], self.question())
        label = field_label(self.question(), self.choice)
        label.setObjectName("question")
        label.setWordWrap(True)
        self.body.addWidget(label)
        self.body.addWidget(self.choice)
        self.choice.chosen.connect(lambda _value: self.emit_validity())

    def collect(self) -> dict[str, Any]:
        return {self.key: self.choice.value() is True}

    def fill(self, answer: dict[str, Any]) -> None:
        self.choice.set_value(answer.get(self.key))

    def is_valid(self) -> bool:
        return self.choice.value() is not None
