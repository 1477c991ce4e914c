"""Pregnancy: child-bearing potential, and if so today's test result."""

from __future__ import annotations

from typing import Any

from infusion_app.domain.protocol import CheckStep
from infusion_app.ui.kit.forms import field_label
from infusion_app.ui.session.choice_buttons import ChoiceButtons
from infusion_app.ui.session.steps.base import StepWidget


class PregnancyStep(StepWidget):
    """Two questions; the test result is asked only of a participant who could be pregnant."""

    step = CheckStep.PREGNANCY

    def heading(self) -> str:
        return self.tr("Pregnancy test")

    def explanation(self) -> str:
        return self.tr("A participant who could become pregnant needs a negative test today.")

    def build(self) -> None:
        self.potential = ChoiceButtons(
            [(True, self.tr("Yes")), (False, self.tr("No"))],
            self.tr("Could the participant become pregnant?"),
        )
        self.result = ChoiceButtons(
            [
                ("negative", self.tr("Negative")),
                ("positive", self.tr("Positive")),
                ("not_done", self.tr("Not done today")),
            ],
            self.tr("Result of today's pregnancy test"),
        )
        for buttons in (self.potential, self.result):
            label = field_label(buttons.accessibleName(), buttons)
            label.setObjectName("question")
            label.setWordWrap(True)
            self.body.addWidget(label)
            self.body.addWidget(buttons)
            buttons.chosen.connect(self._changed)
        self.result_label = label
        self._changed()

    def _changed(self, *_: object) -> None:
        asked = self.potential.value() is not False
        self.result.setVisible(asked)
        self.result_label.setVisible(asked)
        self.emit_validity()

    def collect(self) -> dict[str, Any]:
        if self.potential.value() is False:
            return {"childbearing_potential": False}
        return {"childbearing_potential": True, "result": self.result.value()}

    def fill(self, answer: dict[str, Any]) -> None:
        self.potential.set_value(answer.get("childbearing_potential"))
        self.result.set_value(answer.get("result"))
        self._changed()

    def is_valid(self) -> bool:
        potential = self.potential.value()
        return potential is False or (potential is True and self.result.value() is not None)
