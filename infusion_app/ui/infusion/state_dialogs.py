"""Small dialogs for the infusion's state changes: a reason to pause or stop, and completion."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.session_state import EndReason, check_reason
from infusion_app.ui.form_dialog import FormDialog, TypedReasonDialog
from infusion_app.ui.infusion.look import big_label
from infusion_app.ui.kit.restyle import set_kind
from infusion_app.ui.session.choice_buttons import ChoiceButtons


def reason_word(reason: EndReason) -> str:
    """A pause or stop reason as the nurse reads it on its button."""
    words = {
        EndReason.REACTION: QCoreApplication.translate("Infusion", "Reaction"),
        EndReason.OCCLUSION: QCoreApplication.translate("Infusion", "Occlusion"),
        EndReason.INFILTRATION: QCoreApplication.translate("Infusion", "Infiltration"),
        EndReason.PARTICIPANT_REQUEST: QCoreApplication.translate(
            "Infusion", "Participant's request"
        ),
        EndReason.OTHER: QCoreApplication.translate("Infusion", "Other (describe)"),
    }
    return words[reason]


class ReasonDialog(FormDialog):
    """Choose why the infusion pauses or stops; "other" needs a few words.

    The domain's :func:`check_reason` decides whether the answer will do, so the dialog and
    the service never disagree.
    """

    def __init__(self, title: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(title, action, parent)
        self.choices = ChoiceButtons(
            [(reason.value, reason_word(reason)) for reason in EndReason], self.tr("Reason")
        )
        self.details = QLineEdit()
        self.details.setAccessibleName(self.tr("Describe the reason"))
        self.add_row(self.tr("Reason"), self.choices)
        self.add_row(self.tr("&Details"), self.details, self.tr("Needed when you choose Other."))
        self.ok_button.clicked.connect(self.submit)

    def reason(self) -> str:
        """The chosen reason's value ("" when none is chosen)."""
        return str(self.choices.value() or "")

    def text(self) -> str:
        """The typed details."""
        return self.details.text().strip()

    def submit(self) -> None:
        """Close when the reason will do; otherwise say what is missing."""
        problem = check_reason(self.reason() or None, self.text())
        if isinstance(problem, Refusal):
            self.refuse(
                Refusal(problem.code, self.tr("Choose a reason; describe it when it is Other.")),
                self.details if self.reason() else self.choices,
            )
            return
        self.accept()


class CompletionDialog(FormDialog):
    """Confirm the bag is empty and the line flushed before the infusion is completed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Complete the infusion"), self.tr("Complete"), parent)
        self.add_hint(self.tr("If the bag is not empty, stop the infusion with a reason instead."))
        self.bag_empty = QCheckBox(self.tr("The bag is empty"))
        self.bag_empty.setAccessibleName(self.tr("The bag is empty"))
        self.line_flushed = QCheckBox(self.tr("The line is flushed"))
        self.line_flushed.setAccessibleName(self.tr("The line is flushed"))
        self.add_row("", self.bag_empty)
        self.add_row("", self.line_flushed)
        self.ok_button.clicked.connect(self.submit)

    def submit(self) -> None:
        """Close when both are ticked; otherwise say why not."""
        if not (self.bag_empty.isChecked() and self.line_flushed.isChecked()):
            self.refuse(
                Refusal(
                    "not_finished",
                    self.tr("Tick both: the bag is empty and the line is flushed."),
                ),
                self.bag_empty,
            )
            return
        self.accept()


class LateEntryDialog(TypedReasonDialog):
    """A time longer ago than the site allows without a reason: why it is recorded late."""

    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Recorded late"), self.tr("Record with this reason"), parent)
        self.add_hint(message)
        self.add_reason(
            self.tr("Why is it recorded late?"),
            self.tr("&Why is it recorded late?"),
            self.tr("E.g. written on paper during the emergency, typed in afterwards."),
        )

    def missing(self) -> Refusal:
        """A reason is required: the record shows it beside the time."""
        return Refusal("backdated_without_reason", self.tr("Say why it is recorded late."))


class AcknowledgeDialog(TypedReasonDialog):
    """A red drip rate: the guardrail's sentence, and what the nurse did about it (required)."""

    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Acknowledge the drip rate"), self.tr("Record with this reason"), parent
        )
        self.warning = big_label("band", self.tr("Guardrail"), f"✖  {message}")
        set_kind(self.warning, "outside_hard_limits")
        self._column.insertWidget(1, self.warning)
        self.add_reason(
            self.tr("What did you do?"),
            self.tr("&What did you do?"),
            self.tr("E.g. clamp closed, line checked, rate set again and recounted."),
        )

    def missing(self) -> Refusal:
        """A reason is required: the rate is outside the band."""
        return Refusal("acknowledgement_needed", self.tr("Say what you did about this rate."))
