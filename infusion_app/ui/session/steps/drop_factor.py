"""Drop factor: the giving set's drops per mL, as printed on its packet."""

from __future__ import annotations

from typing import Any

from infusion_app.domain.protocol import CheckStep
from infusion_app.ui.kit.forms import field_label
from infusion_app.ui.session.choice_buttons import ChoiceButtons
from infusion_app.ui.session.steps.base import StepWidget


class DropFactorStep(StepWidget):
    """One big button per drop factor the protocol allows; "Record answer" records it."""

    step = CheckStep.DROP_FACTOR

    def heading(self) -> str:
        return self.tr("Drop factor")

    def explanation(self) -> str:
        return self.tr(
            "Read the giving set's drop factor on its packet. Drip rates are converted to "
            "mL with it."
        )

    def build(self) -> None:
        factors = self.context.protocol.drip.drop_factors_gtt_ml
        self.factor = ChoiceButtons(
            [(f, self.tr("%d gtt/mL") % f) for f in factors], self.tr("Drop factor")
        )
        label = field_label(self.tr("Drops per mL printed on the packet"), self.factor)
        label.setObjectName("question")
        self.body.addWidget(label)
        self.body.addWidget(self.factor)
        self.factor.chosen.connect(lambda _value: self.emit_validity())

    def collect(self) -> dict[str, Any]:
        return {"drop_factor_gtt_ml": self.factor.value()}

    def fill(self, answer: dict[str, Any]) -> None:
        self.factor.set_value(answer.get("drop_factor_gtt_ml"))

    def is_valid(self) -> bool:
        return self.factor.value() is not None
