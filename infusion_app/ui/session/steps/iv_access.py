"""IV access: the cannula is in and flushes freely."""

from __future__ import annotations

from infusion_app.domain.protocol import CheckStep
from infusion_app.ui.session.steps.yes_no import YesNoStep


class IvAccessStep(YesNoStep):
    """Flush the line and look at the site before anything is connected."""

    step = CheckStep.IV_ACCESS
    key = "patent"

    def heading(self) -> str:
        return self.tr("IV access")

    def explanation(self) -> str:
        return self.tr("Flush the line; no swelling, pain or leak at the site.")

    def question(self) -> str:
        return self.tr("Is the IV access patent?")

    def yes_no_texts(self) -> tuple[str, str]:
        return self.tr("Yes, patent"), self.tr("No, not yet")
