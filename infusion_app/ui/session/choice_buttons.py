"""Big toggle buttons for one choice out of a few (yes/no, ACVPU, drop factors)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QPushButton, QWidget

CHECK_MARK = "✓ "  # a chosen button also shows a tick: the choice never rests on colour alone


class ChoiceButtons(QWidget):
    """A row (or rows) of checkable buttons, at most one chosen; each button carries a value.

    Signals:
        chosen(object): the value of the button just chosen.
    """

    chosen = Signal(object)

    def __init__(
        self,
        options: Sequence[tuple[object, str]],
        accessible_name: str,
        parent: QWidget | None = None,
        *,
        columns: int = 0,
    ) -> None:
        """``columns``: lay the buttons out in rows of that many (0: all in one row)."""
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self._values: list[object] = []
        self._texts: list[str] = []
        layout = QGridLayout(self) if columns else QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        for index, (value, text) in enumerate(options):
            button = QPushButton(text)
            button.setObjectName("choice")
            button.setCheckable(True)
            button.setAccessibleName(f"{accessible_name}: {text}")
            self.group.addButton(button, index)
            self._values.append(value)
            self._texts.append(text)
            if isinstance(layout, QGridLayout):
                layout.addWidget(button, index // columns, index % columns)
            else:
                layout.addWidget(button)
        if isinstance(layout, QHBoxLayout):
            layout.addStretch(1)
        self.group.idClicked.connect(self._clicked)

    def buttons(self) -> list[QPushButton]:
        """The buttons in the order of the options."""
        return [self.group.button(i) for i in range(len(self._values))]  # type: ignore[misc]

    def button(self, value: object) -> QPushButton:
        """The button of ``value``."""
        return self.buttons()[self._values.index(value)]

    def value(self) -> object | None:
        """The chosen value, or None when nothing is chosen."""
        index = self.group.checkedId()
        return self._values[index] if index >= 0 else None

    def set_value(self, value: object | None) -> None:
        """Choose ``value`` (None or an unknown value clears the choice)."""
        self.group.setExclusive(False)
        for index, button in enumerate(self.buttons()):
            button.setChecked(self._values[index] == value and value is not None)
        self.group.setExclusive(True)
        self._mark()

    def _clicked(self, index: int) -> None:
        self._mark()
        self.chosen.emit(self._values[index])

    def _mark(self) -> None:
        for index, button in enumerate(self.buttons()):
            text = self._texts[index]
            button.setText(CHECK_MARK + text if button.isChecked() else text)
