"""A small modal form: heading, rows of labelled fields, a refusal line, OK and Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infusion_app.domain.outcomes import Refusal
from infusion_app.ui.kit.forms import error_label, field_label, heading, hint_label, show_error
from infusion_app.ui.messages import refusal_text

DIALOG_WIDTH = 640  # px: room for a German-length label beside a field, as on the cards


class FormDialog(QDialog):
    """The frame every form dialog shares; subclasses add rows and connect ``ok_button``.

    A refusal from a service is shown with :meth:`refuse`; what was typed stays, except a
    password, which is cleared so it is never left on screen.
    """

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(DIALOG_WIDTH)
        self.message = error_label()
        self.ok_button = QPushButton(ok_text)
        self.ok_button.setObjectName("primary")
        self.ok_button.setAccessibleName(ok_text)
        self.ok_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.form = QGridLayout()
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(8)
        self.form.setColumnStretch(1, 1)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(28, 24, 28, 24)
        self._column.setSpacing(10)
        self._column.addWidget(heading(title))
        self._column.addLayout(self.form)
        self._column.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        self._column.addSpacing(6)
        self._column.addLayout(buttons)

    def add_hint(self, text: str) -> QLabel:
        """A line of explanation above the form."""
        label = hint_label(text)
        self._column.insertWidget(1, label)
        return label

    def add_row(self, label: str, field: QWidget, hint: str = "") -> None:
        """A labelled field (its label is the field's buddy), with an optional hint under it."""
        row = self.form.rowCount()
        self.form.addWidget(field_label(label, field), row, 0)
        self.form.addWidget(field, row, 1)
        if hint:
            self.form.addWidget(hint_label(hint), row + 1, 1)

    def add_fixed(self, label: str, value: str) -> QLabel:
        """A value shown but not editable (e.g. who signs); selectable for screen readers."""
        shown = QLabel(value)
        shown.setObjectName("fixedValue")
        shown.setWordWrap(True)
        shown.setAccessibleName(label.replace("&", ""))
        row = self.form.rowCount()
        self.form.addWidget(QLabel(label), row, 0)
        self.form.addWidget(shown, row, 1)
        return shown

    def refuse(self, refusal: Refusal, focus: QWidget | None = None) -> None:
        """Show the refusal's reason; clear password fields; put the cursor where it helps."""
        show_error(self.message, refusal_text(refusal))
        for field in self.findChildren(QLineEdit):
            if field.echoMode() == QLineEdit.EchoMode.Password:
                field.clear()
        if focus is not None:
            focus.setFocus()
            if isinstance(focus, QLineEdit):
                focus.selectAll()

    def clear_message(self) -> None:
        """Hide the refusal line."""
        show_error(self.message, "")
