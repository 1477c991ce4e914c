"""Eligibility criteria as cards in a grid that re-flows with the width: all fifteen fit one
1366×768 screen (five columns), a narrower window gets fewer columns and scrolls."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QLayout, QVBoxLayout, QWidget

from infusion_app.domain.protocol import EligibilityItem
from infusion_app.ui.kit.restyle import set_style_property
from infusion_app.ui.session.choice_buttons import CHECK_MARK, ChoiceButtons

MAX_COLUMNS = 5  # one row of inclusion criteria, two of exclusion criteria (the NCT06610773 file)
GAP = 8  # px between cards
BUTTON_PADDING = 12  # px: a chosen button's padding (4) and border (2), both sides
CARD_BORDER = 3  # px: a failing card's border (app.qss)
BUTTON_GAP = 6  # px between a card's buttons


class CriterionCard(QFrame):
    """One criterion: its id and words above its two big answer buttons."""

    def __init__(
        self,
        item: EligibilityItem,
        language: str,
        options: Sequence[tuple[object, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("criterion")
        self.item, self.language = item, language
        self.words = QLabel()
        self.words.setObjectName("criterionText")
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        full = item.text.get(language)
        self.words.setToolTip(full)
        self.buttons = ChoiceButtons(options, f"{item.id}: {item.label.get(language)}", columns=2)
        self.buttons.setAccessibleDescription(full)
        self.buttons.layout().setSpacing(BUTTON_GAP)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 6, 4, 6)
        column.setSpacing(6)
        column.addWidget(self.words, 1)
        column.addWidget(self.buttons)
        self.show_wording(full=False)

    def needed_width(self) -> int:
        """The narrowest the card may be, whatever is chosen: each button wide enough for its
        words and the tick a chosen button gets, inside the thickest border a card gets."""
        widest = max(
            b.fontMetrics().horizontalAdvance(CHECK_MARK + b.text().removeprefix(CHECK_MARK))
            for b in self.buttons.buttons()
        )
        margins = self.layout().contentsMargins()
        count = len(self.buttons.buttons())
        buttons = count * (widest + BUTTON_PADDING) + (count - 1) * BUTTON_GAP
        return buttons + margins.left() + margins.right() + 2 * CARD_BORDER

    def show_wording(self, *, full: bool) -> None:
        """The short bedside label, or the protocol's full wording."""
        text = (self.item.text if full else self.item.label).get(self.language)
        self.words.setText(f"{self.item.id}  {text}")

    def mark_failing(self, failing: bool) -> None:
        """Outline the card when its answer stops the infusion (the words say it too)."""
        set_style_property(self, "failing", "yes" if failing else "no")


class CriteriaGrid(QWidget):
    """Headed groups of cards; as many columns as the width allows, at most ``max_columns``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # may re-flow
        self.grid.setHorizontalSpacing(GAP)
        self.grid.setVerticalSpacing(GAP)
        self.groups: list[tuple[QLabel, list[CriterionCard]]] = []
        self.max_columns = MAX_COLUMNS
        self.columns = 0

    def add_group(self, heading: QLabel, cards: list[CriterionCard]) -> None:
        """A heading over its cards."""
        self.groups.append((heading, cards))
        self.columns = 0  # place every group again
        self._place(self._fitting(self.width()) if self.width() > 1 else self.max_columns)

    def set_max_columns(self, columns: int) -> None:
        """At most ``columns`` side by side (fewer for long texts)."""
        self.max_columns = columns
        self._place(self._fitting(self.width()))

    def _fitting(self, width: int) -> int:
        widest = max((card.needed_width() for _, cards in self.groups for card in cards), default=1)
        return max(1, min(self.max_columns, (width + GAP) // (widest + GAP)))

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for heading, cards in self.groups:  # out of the grid (still the grid's children)
            for widget in (heading, *cards):
                self.grid.removeWidget(widget)
        for column in range(MAX_COLUMNS):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        row = 0
        for heading, cards in self.groups:
            self.grid.addWidget(heading, row, 0, 1, columns)
            row += 1
            for index, card in enumerate(cards):
                self.grid.addWidget(card, row + index // columns, index % columns)
            row += (len(cards) + columns - 1) // columns
        self.grid.invalidate()
        self.updateGeometry()  # the scroll area asks for the new height

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        self._place(self._fitting(event.size().width()))
        super().resizeEvent(event)
