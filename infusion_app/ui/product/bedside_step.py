"""One person's part of the bedside check: scan the bag and the wristband, then sign."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from infusion_app.domain.signatures import SignatureMeaning
from infusion_app.ui.kit.forms import (
    error_label,
    field_label,
    hint_label,
    line_edit,
    push_button,
    show_error,
)
from infusion_app.ui.kit.restyle import restyle
from infusion_app.ui.product.look import selectable
from infusion_app.ui.texts import meaning_sentence


class BedsideStepCard(QFrame):
    """Bag, wristband, (user name,) password and Sign; Enter moves to the next field.

    The first person is whoever is signed in (``signer`` names them); the second types a
    user name (``signer`` is None).

    Signals:
        submitted(): Sign was tapped, or Enter pressed in the password field.
    """

    submitted = Signal()

    def __init__(
        self,
        title: str,
        signer: str | None,
        meaning: SignatureMeaning,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("productCard")
        self.setAccessibleName(title)
        self.bag = line_edit(self.tr("Bag scan"))
        self.wristband = line_edit(self.tr("Wristband scan"))
        self.username = line_edit(self.tr("User name of the second person"))
        self.password = line_edit(self.tr("Password"), password=True)
        self.sign_button = push_button(self.tr("Sign"), primary=True)
        self.status = selectable("", "stepStatus", self.tr("Step status"))
        self.message = error_label()
        self._fields: list[QLineEdit] = [self.bag, self.wristband]
        self._fields += [self.password] if signer else [self.username, self.password]
        self._lay_out(title, signer, meaning)
        for field, after in zip(self._fields, self._fields[1:], strict=False):
            field.returnPressed.connect(after.setFocus)
        self.password.returnPressed.connect(self.submitted)
        self.sign_button.clicked.connect(self.submitted)

    def _lay_out(self, title: str, signer: str | None, meaning: SignatureMeaning) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        heading = QLabel(title)
        heading.setObjectName("stepTitle")
        top = QHBoxLayout()  # what this step waits for, beside its title
        top.setSpacing(16)
        top.addWidget(heading)
        top.addWidget(self.status, 1)
        grid.addLayout(top, 0, 0, 1, 3)
        self._inputs: list[QWidget] = []
        if signer:
            grid.addWidget(QLabel(self.tr("Signer")), 1, 0)
            grid.addWidget(selectable(signer, "value", self.tr("Signer")), 1, 1, 1, 2)
        rows = [(self.tr("&Bag"), self.bag), (self.tr("&Wristband"), self.wristband)]
        if not signer:
            rows.append((self.tr("&User name"), self.username))
        rows.append((self.tr("&Password"), self.password))
        for row, (text, field) in enumerate(rows, start=2):
            label = field_label(text, field)
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1, 1, 1 if field is self.password else 2)
            self._inputs += [label, field]
        grid.addWidget(self.sign_button, len(rows) + 1, 2)
        row = len(rows) + 2
        means = hint_label(
            self.tr("Signing means: {words}").format(words=meaning_sentence(meaning))
        )
        self._inputs.append(means)
        grid.addWidget(means, row, 0, 1, 3)
        grid.addWidget(self.message, row + 1, 0, 1, 3)

    def show_problem(self, text: str, focus: QLineEdit | None = None) -> None:
        """Show why the signature was refused; the scans stay, the password is cleared."""
        show_error(self.message, text)
        self.password.clear()
        (focus or self.password).setFocus()

    def set_active(self, active: bool) -> None:
        """Let this person scan and sign, or not yet / no longer."""
        for widget in (*self._fields, self.sign_button):
            widget.setEnabled(active)

    def set_done(self, text: str) -> None:
        """Show that this person's check is recorded, and lock the step."""
        show_error(self.message, "")
        self.password.clear()
        self.set_active(False)
        for widget in (*self._inputs, self.sign_button):
            widget.hide()  # what was scanned and signed shows in the signatures above
        self.status.setText(f"✔  {text}")
        self.status.setProperty("done", "true")
        restyle(self, with_labels=True)

    def set_waiting(self, text: str) -> None:
        """A line saying what this step waits for."""
        self.status.setText(text)
        self.status.setProperty("done", "false")
        restyle(self, with_labels=True)

    def start(self) -> None:
        """Put the cursor in the bag field, where the scanner types."""
        self.bag.setFocus()
