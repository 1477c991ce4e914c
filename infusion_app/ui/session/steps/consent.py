"""Consent: the signed informed consent form is on file."""

from __future__ import annotations

from infusion_app.domain.protocol import CheckStep
from infusion_app.ui.session.steps.yes_no import YesNoStep


class ConsentStep(YesNoStep):
    """Look at the participant's file for the signed consent form."""

    step = CheckStep.CONSENT
    key = "on_file"

    def heading(self) -> str:
        return self.tr("Informed consent")

    def question(self) -> str:
        return self.tr("Is the signed informed consent form in the participant's file?")

    def yes_no_texts(self) -> tuple[str, str]:
        return self.tr("Yes, on file"), self.tr("No, not on file")
