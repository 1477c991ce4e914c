"""Electronic signature: re-enter the password and choose what the signature means (Part 11)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.signatures import SignatureMeaning
from infusion_app.services.context import Actor, Outcome
from infusion_app.ui.form_dialog import FormDialog
from infusion_app.ui.kit.forms import line_edit
from infusion_app.ui.texts import meaning_sentence, role_text

SignFunction = Callable[[str, str], Outcome]


class SignatureDialog(FormDialog):
    """What is signed, by whom (fixed), its meaning, and the signer's password.

    ``sign(password, meaning)`` records the signature, e.g.
    ``lambda password, meaning: sign_session(ws, actor, session_id=..., password=password,
    meaning=meaning)``. On a refusal the dialog stays open with the reason; on success it
    closes with ``accept()`` and keeps the outcome in :attr:`outcome`.
    """

    def __init__(
        self,
        actor: Actor,
        description: str,
        meanings: Sequence[SignatureMeaning],
        sign: SignFunction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Sign electronically"), self.tr("Sign"), parent)
        self._sign = sign
        self.outcome: Outcome | None = None
        self.add_hint(
            self.tr(
                "Your signature is the legally binding equivalent of your handwritten "
                "signature. It is linked to this record and cannot be moved to another."
            )
        )
        self.record_label = self.add_fixed(self.tr("Signing"), description)
        self.signer_label = self.add_fixed(
            self.tr("Signed by"),
            f"{actor.full_name} · {role_text(actor.role)} · {actor.username}",
        )
        self.meaning_buttons = QButtonGroup(self)
        self.meaning_box = QWidget()
        self.meaning_box.setAccessibleName(self.tr("Meaning of the signature"))
        column = QVBoxLayout(self.meaning_box)
        column.setContentsMargins(0, 0, 0, 0)
        for meaning in meanings:
            button = QRadioButton(meaning_sentence(meaning))
            button.setAccessibleName(meaning_sentence(meaning))
            button.setProperty("meaning", meaning.value)
            self.meaning_buttons.addButton(button)
            column.addWidget(button)
        if len(meanings) == 1:
            self.meaning_buttons.buttons()[0].setChecked(True)
        self.add_row(self.tr("Meaning"), self.meaning_box)
        self.password = line_edit(self.tr("Your password"), password=True)
        self.add_row(self.tr("Your &password"), self.password)
        self.password.returnPressed.connect(self.submit)
        self.ok_button.clicked.connect(self.submit)
        self.password.setFocus()

    def meaning(self) -> str:
        """The chosen meaning's value, or "" when none is chosen."""
        button = self.meaning_buttons.checkedButton()
        return str(button.property("meaning")) if button else ""

    def choose(self, meaning: SignatureMeaning) -> None:
        """Tick the radio button of ``meaning``."""
        for button in self.meaning_buttons.buttons():
            button.setChecked(button.property("meaning") == meaning.value)

    def submit(self) -> None:
        """Sign; stay open with the reason on refusal, close with accept() on success."""
        if not self.meaning():
            self.refuse(
                Refusal("no_meaning", self.tr("Choose what your signature means.")),
                self.meaning_box,
            )
            return
        result = self._sign(self.password.text(), self.meaning())
        if isinstance(result, Refusal):
            self.refuse(result, self.password)
            return
        self.password.clear()
        self.clear_message()
        self.outcome = result
        self.accept()
