"""A small modal form: heading, rows of labelled fields, a refusal line, OK and Cancel.

Every form opens with the cursor in its first field, and Enter moves on to the next field;
in the last field Enter presses the form's OK button.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from infusion_app.domain.outcomes import Refusal
from infusion_app.ui.kit.forms import (
    error_label,
    field_label,
    heading,
    hint_label,
    line_edit,
    push_button,
    show_error,
    styled_label,
)
from infusion_app.ui.kit.placed import placed_in_order
from infusion_app.ui.messages import refusal_text

DIALOG_WIDTH = 640  # px: room for a German-length label beside a field, as on the cards
FIT_MARGIN_PX = 24  # a dialog keeps this much of the window around it
TYPED = (QLineEdit, QAbstractSpinBox)  # fields where Enter moves on
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def is_field(widget: QWidget) -> bool:
    """Whether ``widget`` takes a value: a text, number or date field, a list, a text box, a
    tick box or a choice button (a plain push button is an action, not a field)."""
    if isinstance(widget, QAbstractButton):
        return widget.isCheckable()
    return isinstance(widget, (*TYPED, QComboBox, QPlainTextEdit, QTextEdit))


def fields_in_order(root: QWidget) -> list[QWidget]:
    """The shown, enabled fields of ``root`` in the order its layouts place them (top to
    bottom, as a person reads the form; not the order they were made in)."""
    found: list[QWidget] = []

    def walk_widget(widget: QWidget) -> None:
        if widget.isHidden() or not widget.isEnabled():
            return
        if is_field(widget):
            found.append(widget)
        elif isinstance(widget, QScrollArea) and widget.widget() is not None:
            walk_widget(widget.widget())
        elif widget.layout() is not None:
            walk_layout(widget.layout())

    def walk_layout(layout: QLayout) -> None:
        for placed in placed_in_order(layout):  # row by row, left to right in a grid
            if isinstance(placed, QLayout):
                walk_layout(placed)
            else:
                walk_widget(placed)

    if root.layout() is not None:
        walk_layout(root.layout())
    return found


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
        self.ok_button = push_button(ok_text, primary=True)
        self.ok_button.setDefault(True)
        self.cancel_button = push_button(self.tr("Cancel"))
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
        buttons = self.button_row = QHBoxLayout()  # a form may put a small field at its left
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        self._column.addSpacing(6)
        self._column.addLayout(buttons)
        self._opened = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """On first showing, the cursor goes to the first field (unless the form chose one),
        and Enter in each typed field moves to the next."""
        super().showEvent(event)
        if self._opened:
            return
        self._opened = True
        self._fit_into_window()
        fields = fields_in_order(self)
        for field in fields:
            if isinstance(field, TYPED):
                field.installEventFilter(self)
        chosen = self.focusWidget()
        if fields and (chosen is None or not is_field(chosen)):
            fields[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit_into_window(self) -> None:
        """Never larger than the window it opens over (or the screen): a 768-px laptop shows
        the whole form, its buttons included; a long form scrolls inside."""
        parent = self.parentWidget()
        area = parent.window().geometry() if parent is not None else None
        if area is None or area.isEmpty():
            area = self.screen().availableGeometry()
        width = min(self.width(), area.width() - FIT_MARGIN_PX)
        height = min(self.height(), area.height() - 2 * FIT_MARGIN_PX)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
            self.move(area.center() - self.rect().center())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Enter in a typed field that is not the last one moves to the next field."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER_KEYS
            and isinstance(watched, QWidget)
        ):
            fields = fields_in_order(self)
            if watched in fields and watched is not fields[-1]:
                fields[fields.index(watched) + 1].setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)

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
        shown = styled_label("fixedValue", value)
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


class TypedReasonDialog(FormDialog):
    """A form whose one required field is a typed reason: OK (or Enter in the field) closes it
    once a reason is typed, and says :meth:`missing` otherwise; :meth:`text` is the reason.

    Subclasses call :meth:`add_reason` once, after any rows above it.
    """

    def add_reason(self, field_name: str, label: str, hint: str) -> None:
        """The reason field (accessible name ``field_name``) with its label and hint."""
        self.reason = line_edit(field_name)
        self.add_row(label, self.reason, hint)
        self.reason.returnPressed.connect(self.submit)
        self.ok_button.clicked.connect(self.submit)
        self.reason.setFocus()

    def missing(self) -> Refusal:
        """What to say when no reason is typed."""
        raise NotImplementedError

    def text(self) -> str:
        """The typed reason."""
        return self.reason.text().strip()

    def submit(self) -> None:
        """Close when a reason is typed; otherwise ask for one."""
        if not self.text():
            self.refuse(self.missing(), self.reason)
            return
        self.accept()
