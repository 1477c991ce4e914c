"""The checklist's left column: every step with its status as an icon and a word."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QPushButton, QVBoxLayout, QWidget

from infusion_app.domain.checklist_rules import Status
from infusion_app.ui.session.look import STATUS_ICONS, status_word

INDICATOR_WIDTH = 300  # px: the longest step title and status word fit on two lines


class StepIndicator(QFrame):
    """One checkable button per step; tapping one goes to that step.

    Signals:
        step_chosen(int): the index of the step tapped.
    """

    step_chosen = Signal(int)

    def __init__(self, titles: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepList")
        self.setAccessibleName(self.tr("Steps of the checklist"))
        self._titles = list(titles)
        self.group = QButtonGroup(self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 8)
        column.setSpacing(0)
        for index in range(len(self._titles)):
            button = QPushButton()
            button.setObjectName("stepButton")
            button.setCheckable(True)
            self.group.addButton(button, index)
            column.addWidget(button)
        column.addStretch(1)
        self.set_statuses([Status.PENDING] * len(self._titles))
        self.group.idClicked.connect(self.step_chosen)

    def button(self, index: int) -> QPushButton:
        """The button of step ``index``."""
        return self.group.button(index)  # type: ignore[return-value]

    def set_statuses(self, statuses: Sequence[Status]) -> None:
        """Show each step's status: icon, number, title and the status word."""
        for index, (title, status) in enumerate(zip(self._titles, statuses, strict=True)):
            word = status_word(status)
            button = self.button(index)
            button.setText(f"{STATUS_ICONS[status]}  {index + 1}. {title}\n      {word}")
            button.setAccessibleName(self.tr("Step %d, %s: %s") % (index + 1, title, word))
            button.setProperty("status", status.value)

    def set_current(self, index: int) -> None:
        """Mark step ``index`` as the one on screen."""
        self.button(index).setChecked(True)
