"""Correcting one recorded value: the old value stays visible; the new one needs a reason."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from infusion_app.domain.corrections import CorrectableField, CorrectionReason, ValueKind
from infusion_app.domain.outcomes import Refusal
from infusion_app.services import corrections
from infusion_app.services.audit_trail import TrailRow
from infusion_app.services.context import Actor, Workspace
from infusion_app.services.corrections import correct_value
from infusion_app.ui.form_dialog import FormDialog
from infusion_app.ui.kit.forms import line_edit
from infusion_app.ui.texts import field_label_text, local_time, parse_local, reason_text


def current_value(ws: Workspace, actor: Actor, row: TrailRow, spec: CorrectableField) -> object:
    """The value in force now (the service reads it; the screen never recomputes it)."""
    value = corrections.current_value(ws, row.event_id, spec.field)
    return None if isinstance(value, Refusal) else value


class CorrectionDialog(FormDialog):
    """Field label and current value (fixed), new value, reason and its text; Save or Cancel.

    Times are shown and typed in the site's zone ("YYYY-MM-DD HH:MM"). A refusal keeps
    every entry for correction.
    """

    def __init__(
        self,
        ws: Workspace,
        actor: Actor,
        event_id: str,
        spec: CorrectableField,
        current: object,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Correct a recorded value"), self.tr("Save correction"), parent)
        self._ws, self._actor, self._event_id, self.spec = ws, actor, event_id, spec
        self._zone = ws.protocol.site.timezone
        self.add_hint(
            self.tr(
                "The recorded value is never overwritten: the correction is added to the "
                "audit trail with your name, the time and the reason. A signed session "
                "needs to be signed again."
            )
        )
        self.field_label = self.add_fixed(self.tr("Value"), field_label_text(spec.label))
        self.current_label = self.add_fixed(self.tr("Recorded as"), self._shown(current))
        self.new_value = line_edit(self.tr("New value"))
        self.new_value.setText(self._shown(current) if spec.kind is ValueKind.UTC_TIME else "")
        self.reason = QComboBox()
        self.reason.setAccessibleName(self.tr("Reason for the correction"))
        self.reason.addItem(self.tr("Choose a reason…"), "")
        for reason in CorrectionReason:
            self.reason.addItem(reason_text(reason), reason.value)
        self.reason_text = line_edit(self.tr("Describe the reason"))
        self.add_row(self.tr("&New value"), self.new_value, self._hint())
        self.add_row(self.tr("&Reason"), self.reason)
        self.add_row(
            self.tr("&Details"), self.reason_text, self.tr("Required when the reason is Other.")
        )
        self.ok_button.clicked.connect(self.submit)
        self.new_value.setFocus()

    def _shown(self, value: object) -> str:
        if value is None or value == "":
            return self.tr("(empty)")
        if self.spec.kind is ValueKind.UTC_TIME:
            return local_time(str(value), self._zone, seconds=False)
        return str(value)

    def _hint(self) -> str:
        return {
            ValueKind.INITIALS: self.tr("2 to 4 capital letters, e.g. LHY"),
            ValueKind.YEAR: self.tr("A four-digit year, e.g. 1984"),
            ValueKind.DATE: self.tr("YYYY-MM-DD, e.g. 2026-11-20"),
            ValueKind.UTC_TIME: self.tr("YYYY-MM-DD HH:MM, site time (%s)") % self._zone,
        }[self.spec.kind]

    def choose_reason(self, reason: CorrectionReason) -> None:
        """Select ``reason`` in the list."""
        self.reason.setCurrentIndex(self.reason.findData(reason.value))

    def _new_value(self) -> str:
        text = self.new_value.text().strip()
        if self.spec.kind is ValueKind.UTC_TIME and (moment := parse_local(text, self._zone)):
            return moment.isoformat()
        return text

    def submit(self) -> None:
        """Record the correction; on refusal keep every entry and show the reason."""
        result = correct_value(
            self._ws,
            self._actor,
            event_id=self._event_id,
            field=self.spec.field,
            new_value=self._new_value(),
            reason=str(self.reason.currentData() or ""),
            reason_text=self.reason_text.text().strip(),
        )
        if isinstance(result, Refusal):
            focus = {
                "missing_reason": self.reason,
                "missing_reason_text": self.reason_text,
            }.get(result.code, self.new_value)
            self.refuse(result, focus)
            return
        self.clear_message()
        self.accept()
