"""Emergency kit: anaphylaxis drugs, oxygen and suction at the bedside."""

from __future__ import annotations

from infusion_app.domain.protocol import CheckStep
from infusion_app.ui.session.steps.yes_no import YesNoStep


class EmergencyKitStep(YesNoStep):
    """The kit must be within reach before the infusion starts."""

    step = CheckStep.EMERGENCY_KIT
    key = "at_hand"

    def heading(self) -> str:
        return self.tr("Emergency kit")

    def explanation(self) -> str:
        return self.tr("Adrenaline, antihistamine, oxygen and suction, checked and in reach.")

    def question(self) -> str:
        return self.tr("Is the emergency kit at the bedside?")

    def yes_no_texts(self) -> tuple[str, str]:
        return self.tr("Yes, at hand"), self.tr("No, not yet")
