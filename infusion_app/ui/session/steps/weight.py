"""Weight today, and the prescribed dose the protocol gives for it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel

from infusion_app.domain.checklist_rules import Status
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.protocol import CheckStep
from infusion_app.ui.kit.forms import error_label, field_label, line_edit, show_error
from infusion_app.ui.messages import refusal_text
from infusion_app.ui.session.steps.base import StepState, StepWidget


class WeightStep(StepWidget):
    """Type the weight in kg; Enter records it and the dose formula appears, large."""

    step = CheckStep.WEIGHT

    def heading(self) -> str:
        return self.tr("Weight today")

    def explanation(self) -> str:
        return self.tr("Weigh the participant today: the dose is calculated from this weight.")

    def build(self) -> None:
        self.weight = line_edit(self.tr("Weight in kg"))
        self.weight.setObjectName("bigField")
        self.weight.setMaximumWidth(200)
        self.weight.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.weight.setPlaceholderText(self.tr("e.g. 58.5"))
        unit = QLabel(self.tr("kg"))
        unit.setObjectName("unit")
        self.problem = error_label()
        self.dose_caption = QLabel(self.tr("Prescribed dose"))
        self.dose_caption.setObjectName("sectionTitle")
        self.dose = QLabel()
        self.dose.setObjectName("doseFormula")
        self.dose.setWordWrap(True)
        self.dose.setAccessibleName(self.tr("Prescribed dose"))
        self.dose.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.weight)
        row.addWidget(unit)
        row.addStretch(1)
        self.body.addWidget(field_label(self.tr("&Weight"), self.weight))
        self.body.addLayout(row)
        self.body.addWidget(self.problem)
        self.body.addWidget(self.dose_caption)
        self.body.addWidget(self.dose)
        self._show_dose("")
        self.weight.textChanged.connect(self.emit_validity)
        self.weight.returnPressed.connect(self._entered)

    def _entered(self) -> None:
        if self.is_valid():
            self.submitted.emit(self.collect())

    def _show_dose(self, formula: str) -> None:
        self.dose.setText(formula)
        self.dose_caption.setVisible(bool(formula))
        self.dose.setVisible(bool(formula))

    def shown_state(self, state: StepState) -> None:
        self._show_dose(state.message if state.status is Status.OK else "")
        show_error(self.problem, "")

    def owns_message(self) -> bool:
        return self.state.status is Status.OK

    def show_refusal(self, refusal: Refusal) -> None:
        show_error(self.problem, refusal_text(refusal))
        self.weight.setFocus()
        self.weight.selectAll()

    def collect(self) -> dict[str, Any]:
        text = self.weight.text().strip()
        try:
            return {"weight_kg": float(text.replace(",", "."))}
        except ValueError:
            return {"weight_kg": text}  # the service refuses it with its own words

    def fill(self, answer: dict[str, Any]) -> None:
        weight = answer.get("weight_kg", "")
        self.weight.setText(f"{weight:g}" if isinstance(weight, int | float) else str(weight))

    def is_valid(self) -> bool:
        return bool(self.weight.text().strip())
