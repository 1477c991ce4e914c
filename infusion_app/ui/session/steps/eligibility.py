"""Eligibility: every inclusion and exclusion item of the protocol, confirmed one by one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel

from infusion_app.domain.protocol import CheckStep, EligibilityItem, EligibilityKind
from infusion_app.ui.kit.forms import hint_label
from infusion_app.ui.session.choice_buttons import ChoiceButtons
from infusion_app.ui.session.steps.base import StepWidget


class EligibilityStep(StepWidget):
    """One row per item: its id, its full text (wrapped) and two big buttons.

    For an inclusion item the answer is True when it is met; for an exclusion item True
    when it is present.
    """

    step = CheckStep.ELIGIBILITY

    def heading(self) -> str:
        return self.tr("Eligibility")

    def explanation(self) -> str:
        return self.tr(
            "Go through every item with the participant and her file. Any exclusion present, "
            "or any inclusion not met, stops the infusion."
        )

    def build(self) -> None:
        self.items: dict[str, ChoiceButtons] = {}
        self.count = hint_label("")
        for kind in EligibilityKind:
            title = QLabel(self._section_title(kind))
            title.setObjectName("sectionTitle")
            title.setWordWrap(True)
            self.body.addWidget(title)
            for item in self.context.protocol.eligibility_items(kind):
                self.body.addWidget(self._row(item))
        self.body.addWidget(self.count)
        self._count()

    def _section_title(self, kind: EligibilityKind) -> str:
        if kind is EligibilityKind.INCLUSION:
            return self.tr("Inclusion criteria — each must be met")
        return self.tr("Exclusion criteria — none may be present")

    def _row(self, item: EligibilityItem) -> QFrame:
        text = item.text.get(self.context.language)
        if item.kind is EligibilityKind.INCLUSION:
            options = [(True, self.tr("Met")), (False, self.tr("Not met"))]
        else:
            options = [(False, self.tr("Absent")), (True, self.tr("Present"))]
        buttons = ChoiceButtons(options, f"{item.id}: {text}")
        buttons.chosen.connect(self._count)
        self.items[item.id] = buttons
        row = QFrame()
        row.setObjectName("itemRow")
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 8, 0, 8)
        grid.setHorizontalSpacing(14)
        number = QLabel(item.id)
        number.setObjectName("itemId")
        words = QLabel(text)
        words.setObjectName("itemText")
        words.setWordWrap(True)
        words.setMinimumWidth(240)
        grid.addWidget(number, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(words, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(buttons, 0, 2, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        return row

    def _count(self, *_: object) -> None:
        answered = sum(1 for b in self.items.values() if b.value() is not None)
        self.count.setText(self.tr("%d of %d items answered.") % (answered, len(self.items)))
        self.emit_validity()

    def collect(self) -> dict[str, Any]:
        given = {key: b.value() for key, b in self.items.items()}
        return {"items": {key: bool(value) for key, value in given.items() if value is not None}}

    def fill(self, answer: dict[str, Any]) -> None:
        given = answer.get("items", {})
        for key, buttons in self.items.items():
            buttons.set_value(given.get(key))
        self._count()

    def is_valid(self) -> bool:
        return all(b.value() is not None for b in self.items.values())
