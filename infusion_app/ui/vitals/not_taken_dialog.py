"""Record the set of vital signs due now as not taken: an optional note, then one large button
per reason of the protocol's list (a gloved finger taps one; that records it)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from infusion_app.domain.outcomes import Refusal
from infusion_app.services import vitals as vitals_service
from infusion_app.services import vitals_not_taken
from infusion_app.services.context import Actor, Workspace
from infusion_app.ui.form_dialog import FormDialog
from infusion_app.ui.infusion.look import site_time
from infusion_app.ui.kit.forms import line_edit
from infusion_app.ui.texts import local

REASON_BUTTON_PX = 64  # a reason is one tap with gloves on
DIALOG_WIDTH_PX = 820  # two columns of reasons in words a nurse reads at a glance (1024 px fits)


class NotTakenDialog(FormDialog):
    """The reasons as large buttons; tapping one records ``record_vitals_not_taken``.

    Attributes:
        reason_buttons: one button per reason id, in the protocol's order.

    Signals:
        recorded(dict): the service's ``created`` values.
    """

    recorded = Signal(dict)

    def __init__(
        self, ws: Workspace, actor: Actor, session_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Vital signs not taken"), self.tr("Record"), parent)
        self._ws, self._actor, self._session = ws, actor, session_id
        self.ok_button.hide()  # a reason button records
        self.setMinimumWidth(DIALOG_WIDTH_PX)
        slot = vitals_service.next_due(ws, session_id)
        zone = ws.protocol.site.timezone
        due = (
            self.tr("The set due: {0} at {1}.").format(
                local(slot.label), site_time(slot.due_at, zone)
            )
            if slot is not None
            else self.tr("No set is due now.")
        )
        minutes = ws.protocol.vitals_not_taken.follow_up_min
        self.add_hint(
            due
            + " "
            + self.tr(
                "Tap why it was not taken. It counts as attempted, not missed; "
                "a follow-up set is due in {0} min."
            ).format(minutes)
        )
        self.note = line_edit(self.tr("Note (optional)"))
        self.add_row(self.tr("Note (optional)"), self.note)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.reason_buttons: dict[str, QPushButton] = {}
        for index, reason in enumerate(vitals_not_taken.not_taken_reasons(ws)):
            button = QPushButton(local(reason.label))
            button.setObjectName("notTakenReason")
            button.setAccessibleName(self.tr("Not taken: {0}").format(local(reason.label)))
            button.setMinimumHeight(REASON_BUTTON_PX)
            button.clicked.connect(lambda _=False, r=reason.id: self.record(r))
            grid.addWidget(button, index // 2, index % 2)
            self.reason_buttons[reason.id] = button
        self._column.insertLayout(self._column.indexOf(self.message), grid)

    def record(self, reason: str) -> None:
        """Record the set due now as not taken for ``reason``; close when accepted."""
        outcome = vitals_not_taken.record_vitals_not_taken(
            self._ws, self._actor, session_id=self._session, reason=reason, note=self.note.text()
        )
        if isinstance(outcome, Refusal):
            self.refuse(outcome)
            return
        self.recorded.emit(dict(outcome.created))
        self.accept()
