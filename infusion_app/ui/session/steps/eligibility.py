"""Eligibility: every inclusion and exclusion criterion of the protocol on one screen, each with
its own big answer buttons, recorded together with one "Record eligibility"."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from infusion_app.domain.checklist_rules import eligibility_failures, eligibility_unanswered
from infusion_app.domain.protocol import CheckStep, EligibilityItem, EligibilityKind
from infusion_app.ui.kit.forms import hint_label
from infusion_app.ui.session.choice_buttons import ChoiceButtons
from infusion_app.ui.session.criteria_grid import MAX_COLUMNS, CriteriaGrid, CriterionCard
from infusion_app.ui.session.steps.base import StepWidget

FULL_WORDING_COLUMNS = 2  # the registry's long sentences need wider cards


class EligibilityStep(StepWidget):
    """A card per criterion: its id, its bedside label (the protocol's full wording one tap
    away) and two big buttons. For an inclusion the answer is True when it is met; for an
    exclusion True when it is present. Which answers are missing and which stop the infusion
    is the domain's rule (:mod:`infusion_app.domain.checklist_rules`); this step collects.
    """

    step = CheckStep.ELIGIBILITY

    def heading(self) -> str:
        return self.tr("Eligibility")

    def record_text(self) -> str:
        return self.tr("Record eligibility")

    def build(self) -> None:
        self.body.setContentsMargins(12, 6, 12, 6)
        self.body.setSpacing(6)
        self.cards: dict[str, CriterionCard] = {}
        self.items: dict[str, ChoiceButtons] = {}
        self.count = hint_label("")
        self.full_wording = QPushButton(self.tr("Show the full wording"))
        self.full_wording.setCheckable(True)
        self.full_wording.setAccessibleName(self.tr("Show the full wording"))
        self.full_wording.toggled.connect(self._wording)
        self.grid = CriteriaGrid()
        for kind in EligibilityKind:
            title = QLabel(self._section_title(kind))
            title.setObjectName("criteriaTitle")
            title.setWordWrap(True)
            cards = [self._card(item) for item in self.context.protocol.eligibility_items(kind)]
            self.grid.add_group(title, cards)
        top = QHBoxLayout()  # the title shares its row: room for the third row of criteria
        self.body.removeWidget(self.title)
        top.addWidget(self.title)
        top.addWidget(self.count, 1)
        top.addWidget(self.full_wording)
        self.body.insertLayout(0, top)
        self.body.addWidget(self.grid)
        self._count()

    def _section_title(self, kind: EligibilityKind) -> str:
        if kind is EligibilityKind.INCLUSION:
            return self.tr("Inclusion criteria — each must be met")
        return self.tr("Exclusion criteria — none may be present")

    def _card(self, item: EligibilityItem) -> CriterionCard:
        if item.kind is EligibilityKind.INCLUSION:
            options = [(True, self.tr("Met")), (False, self.tr("Not met"))]
        else:
            options = [(False, self.tr("Absent")), (True, self.tr("Present"))]
        card = CriterionCard(item, self.context.language, options)
        card.buttons.chosen.connect(self._count)
        self.cards[item.id] = card
        self.items[item.id] = card.buttons
        return card

    def _wording(self, full: bool) -> None:
        for card in self.cards.values():
            card.show_wording(full=full)
        self.grid.set_max_columns(FULL_WORDING_COLUMNS if full else MAX_COLUMNS)
        self.full_wording.setText(
            self.tr("Show the short labels") if full else self.tr("Show the full wording")
        )

    def _given(self) -> dict[str, bool]:
        given = {}
        for key, buttons in self.items.items():
            if isinstance(value := buttons.value(), bool):
                given[key] = value
        return given

    def _count(self, *_: object) -> None:
        given = self._given()
        failing = set(eligibility_failures(self.context.protocol, given))
        for key, card in self.cards.items():
            card.mark_failing(key in failing)
        open_items = eligibility_unanswered(self.context.protocol, given)
        text = self.tr("%d of %d criteria answered.") % (len(given), len(self.items))
        if open_items and given:  # before the first answer every criterion is open
            text += " " + self.tr("Still open: %s.") % ", ".join(open_items)
        self.count.setText(text)
        self.emit_validity()

    def collect(self) -> dict[str, Any]:
        return {"items": self._given()}

    def fill(self, answer: dict[str, Any]) -> None:
        given = answer.get("items", {})
        for key, buttons in self.items.items():
            buttons.set_value(given.get(key))
        self._count()

    def is_valid(self) -> bool:
        return not eligibility_unanswered(self.context.protocol, self._given())
