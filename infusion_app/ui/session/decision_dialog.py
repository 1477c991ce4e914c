"""An investigator's decision on a check: proceed or defer, why, and a signature."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from infusion_app.domain.outcomes import Refusal
from infusion_app.services.context import Actor, Outcome
from infusion_app.ui.form_dialog import FormDialog
from infusion_app.ui.kit.forms import line_edit
from infusion_app.ui.texts import role_text

DecideFunction = Callable[[str, str, str], Outcome]  # (decision, reason, password)


class DecisionDialog(FormDialog):
    """Proceed or defer, the reason, and the investigator's password (an e-signature).

    ``decide(decision, reason, password)`` records it. On a refusal the dialog stays open with
    the reason and everything but the password kept; on success it accepts.
    """

    def __init__(
        self,
        actor: Actor,
        description: str,
        decide: DecideFunction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Investigator's decision"), self.tr("Sign decision"), parent)
        self._decide = decide
        self.outcome: Outcome | None = None
        self.add_hint(
            self.tr("Your decision is signed with your password and kept in the audit trail.")
        )
        self.finding_label = self.add_fixed(self.tr("Finding"), description)
        self.add_fixed(
            self.tr("Decided by"), f"{actor.full_name} · {role_text(actor.role)} · {actor.username}"
        )
        self.choices = QButtonGroup(self)
        self.choice_box = QWidget()
        self.choice_box.setAccessibleName(self.tr("Decision"))
        column = QVBoxLayout(self.choice_box)
        column.setContentsMargins(0, 0, 0, 0)
        self.proceed = self._choice(self.tr("Proceed with the infusion today"), "proceed")
        self.defer = self._choice(self.tr("Defer: no infusion today"), "defer")
        for button in (self.proceed, self.defer):
            column.addWidget(button)
        self.add_row(self.tr("Decision"), self.choice_box)
        self.reason = line_edit(self.tr("Reason for the decision"))
        self.add_row(self.tr("&Reason"), self.reason)
        self.password = line_edit(self.tr("Your password"), password=True)
        self.add_row(self.tr("Your &password"), self.password)
        self.password.returnPressed.connect(self.submit)
        self.ok_button.clicked.connect(self.submit)

    def _choice(self, text: str, value: str) -> QRadioButton:
        button = QRadioButton(text)
        button.setAccessibleName(text)
        button.setProperty("decision", value)
        self.choices.addButton(button)
        return button

    def decision(self) -> str:
        """ "proceed", "defer", or "" when none is chosen."""
        button = self.choices.checkedButton()
        return str(button.property("decision")) if button else ""

    def submit(self) -> None:
        """Record the decision; stay open with the reason on refusal."""
        if not self.decision():
            refusal = Refusal("no_decision", self.tr("Choose to proceed or to defer."))
            self.refuse(refusal, self.choice_box)
            return
        result = self._decide(self.decision(), self.reason.text().strip(), self.password.text())
        if isinstance(result, Refusal):
            focus = self.reason if result.code == "missing_reason" else self.password
            self.refuse(result, focus)
            return
        self.clear_message()
        self.outcome = result
        self.accept()
