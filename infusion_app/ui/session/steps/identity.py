"""Identity: subject code, a second identifier, and the wristband scanned last."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit

from infusion_app.domain.protocol import CheckStep
from infusion_app.ui.kit.forms import field_label, hint_label, line_edit
from infusion_app.ui.session.steps.base import StepWidget


class IdentityStep(StepWidget):
    """Ask the participant; scan the wristband (a scanner types the code and Enter).

    Enter in the wristband field records the answer once all three fields are filled.
    """

    step = CheckStep.IDENTITY

    def heading(self) -> str:
        return self.tr("Identity")

    def explanation(self) -> str:
        return self.tr(
            "Ask the participant to tell you her subject code and her year of birth or "
            "initials. Then scan her wristband."
        )

    def build(self) -> None:
        example = self.context.protocol.site.subject_code_example
        self.subject_code = self._field(self.tr("Subject code"), self.tr("e.g. %s") % example)
        self.second_identifier = self._field(
            self.tr("Year of birth or initials"), self.tr("e.g. 1985 or LXM")
        )
        self.wristband = self._field(self.tr("Wristband"), self.tr("Scan the wristband here"))
        self.body.addWidget(
            hint_label(self.tr("The scanner types the wristband code and presses Enter."))
        )
        self.subject_code.returnPressed.connect(self.second_identifier.setFocus)
        self.second_identifier.returnPressed.connect(self.wristband.setFocus)
        self.wristband.returnPressed.connect(self._scanned)

    def _field(self, label: str, placeholder: str) -> QLineEdit:
        field = line_edit(label)
        field.setObjectName("bigField")
        field.setPlaceholderText(placeholder)
        field.setMaximumWidth(420)
        field.textChanged.connect(self.emit_validity)
        self.body.addWidget(field_label(label, field))
        self.body.addWidget(field)
        return field

    def _scanned(self) -> None:
        if self.is_valid():
            self.submitted.emit(self.collect())

    def collect(self) -> dict[str, Any]:
        return {
            "subject_code": self.subject_code.text().strip().upper(),
            "second_identifier": self.second_identifier.text().strip().upper(),
            "wristband": self.wristband.text().strip().upper(),
        }

    def fill(self, answer: dict[str, Any]) -> None:
        self.subject_code.setText(str(answer.get("subject_code", "")))
        self.second_identifier.setText(str(answer.get("second_identifier", "")))
        self.wristband.setText(str(answer.get("wristband", "")))

    def is_valid(self) -> bool:
        return all(value for value in self.collect().values())
