"""Record a set of vital signs during the infusion; show NEWS2 and any stop-criterion alert."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infusion_app.domain.clock import utc_iso
from infusion_app.domain.outcomes import Refusal
from infusion_app.services import vitals as vitals_service
from infusion_app.services import vitals_not_taken
from infusion_app.services.context import Actor, Outcome, Workspace
from infusion_app.ui.form_dialog import FormDialog
from infusion_app.ui.infusion.asking import ask_late_reason
from infusion_app.ui.infusion.look import big_label
from infusion_app.ui.kit.forms import field_label, line_edit, push_button
from infusion_app.ui.kit.restyle import set_kind, set_style_name
from infusion_app.ui.messages import refusal_text
from infusion_app.ui.texts import local
from infusion_app.ui.vitals.look import news2_incomplete
from infusion_app.ui.vitals_form import VitalsForm


def news2_words(band: str) -> str:
    """The NEWS2 response band as the nurse reads it, with what it asks for."""
    words = {
        "low": QCoreApplication.translate("Infusion", "low — ward-based response"),
        "low_medium": QCoreApplication.translate("Infusion", "low–medium — urgent ward review"),
        "medium": QCoreApplication.translate("Infusion", "medium — urgent response"),
        "high": QCoreApplication.translate("Infusion", "high — emergency response"),
    }
    return words.get(band, band)


NOTE_MIN_PX = 180  # the note of a set partly taken, beside Cancel and Record


def news2_result(created: dict[str, Any]) -> str:
    """NEWS2 as recorded: "NEWS2 5: medium — urgent response"; a partial set's is incomplete,
    never a low score, with the response its measured parameters already call for."""
    total, band = created.get("news2_total"), str(created.get("news2_band"))
    parameters = int(created.get("news2_parameters", 7))
    if parameters >= 7:
        return QCoreApplication.translate("VitalsDialog", "NEWS2 {0}: {1}").format(
            total, news2_words(band)
        )
    text = news2_incomplete(parameters)
    if band != "low":
        text += " — " + QCoreApplication.translate(
            "Infusion", "the measured parameters already score {0}: {1}"
        ).format(total, news2_words(band))
    return text


class VitalsDialog(FormDialog):
    """The shared :class:`VitalsForm`, recorded with ``record_vitals``; then the result.

    After recording, the form gives way to the result: the schedule slot, NEWS2 with its band,
    and each alert, which offers to pause the infusion or to report an adverse event.

    Signals:
        recorded(dict): the service's ``created`` values.
        pause_requested(): "Pause infusion" was chosen for an alert.
        adverse_event_requested(str): "Adverse event…" was chosen; the alert's text.
    """

    recorded = Signal(dict)
    pause_requested = Signal()
    adverse_event_requested = Signal(str)

    def __init__(
        self, ws: Workspace, actor: Actor, session_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Record vital signs"), self.tr("Record"), parent)
        self._ws, self._actor, self._session = ws, actor, session_id
        self.vitals_form = VitalsForm(ws.clock, ws.protocol.site.timezone)
        self.vitals_form.setAccessibleName(self.tr("Vital signs"))
        self._column.insertWidget(1, self.vitals_form)
        for index, widget in enumerate(self._partial_fields(ws)):  # beside Record: no height
            self.button_row.insertWidget(index, widget, 1 if widget is self.partial_note else 0)
        self.result = QFrame()
        self.result.setObjectName("infusionCard")
        self.result_layout = QVBoxLayout(self.result)
        self.result.hide()
        self._column.insertWidget(self._column.count() - 2, self.result)
        self.alert_buttons: list[tuple[QPushButton, QPushButton]] = []
        self.ask_late_reason = ask_late_reason  # tests replace it
        self.ok_button.clicked.connect(self.submit)
        # As wide as its rows need (five ACVPU buttons side by side), not the forms' default:
        # a fixed minimum overrides the layout's, and the buttons were drawn over each other.
        self.partial_note.show()  # counted as when a reason is chosen
        self.setMinimumWidth(max(self.minimumWidth(), self.minimumSizeHint().width()))
        self.partial_note.hide()

    def _partial_fields(self, ws: Workspace) -> tuple[QWidget, ...]:
        """ "Partly taken? Why:" — a reason from the protocol's list lets fields stay empty."""
        self.partial_reason = QComboBox()
        self.partial_reason.setAccessibleName(self.tr("Partly taken: why"))
        self.partial_reason.addItem(self.tr("All measured"), "")
        for reason in vitals_not_taken.not_taken_reasons(ws):
            self.partial_reason.addItem(local(reason.label), reason.id)
        self.partial_note = line_edit(self.tr("Partly taken: note"))
        self.partial_note.setPlaceholderText(self.tr("Note (optional)"))
        self.partial_note.setMinimumWidth(NOTE_MIN_PX)
        self.partial_note.hide()
        self.partial_reason.currentIndexChanged.connect(
            lambda _: self.partial_note.setVisible(bool(self.partial_reason.currentData()))
        )
        self.partial_label = field_label(self.tr("Partly taken? Why:"), self.partial_reason)
        return self.partial_label, self.partial_reason, self.partial_note

    def submit(self) -> None:
        """Check the form (unusual values are confirmed), record, then show the result."""
        reason = str(self.partial_reason.currentData() or "")
        if not self.vitals_form.check(partial=bool(reason)):
            return

        def record(backdate_reason: str = "") -> Outcome:
            return vitals_service.record_vitals(
                self._ws,
                self._actor,
                session_id=self._session,
                vitals=self.vitals_form.values(),
                measured_at=utc_iso(self.vitals_form.measured_time()),
                confirmed_unusual=True,
                backdate_reason=backdate_reason,
                partial_reason=reason,
                partial_note=self.partial_note.text() if reason else "",
            )

        outcome = record()
        if isinstance(outcome, Refusal) and outcome.code == "backdated_without_reason":
            late = self.ask_late_reason(self, refusal_text(outcome))
            if not late.strip():
                return
            outcome = record(late)
        if isinstance(outcome, Refusal):
            self.vitals_form.show_problems([outcome])  # at its field, or under the form
            return
        self.clear_message()
        self.show_result(outcome.created)
        self.recorded.emit(dict(outcome.created))

    def show_result(self, created: dict[str, Any]) -> None:
        """Replace the form with what was recorded: slot, NEWS2 and alerts."""
        for widget in (
            self.vitals_form,
            self.partial_label,
            self.partial_reason,
            self.partial_note,
        ):
            widget.hide()
        self.ok_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setAccessibleName(self.tr("Close"))
        set_style_name(self.cancel_button, "primary")
        slot = created.get("slot_id") or self.tr("not on the schedule")
        late = self.tr(" (late)") if created.get("late") else ""
        self.result_layout.addWidget(
            big_label(
                "value", self.tr("Recorded"), self.tr("✔  Recorded: {0}{1}").format(slot, late)
            )
        )
        band = str(created.get("news2_band"))
        news = big_label("band", self.tr("NEWS2"), news2_result(created))
        low = band == "low" and created.get("news2_parameters", 7) >= 7
        set_kind(news, "in_band" if low else "out_of_band")
        self.result_layout.addWidget(news)
        language = QLocale().name()
        words = {c.id: c.text.get(language) for c in self._ws.protocol.stop_criteria}
        ids = created.get("alert_ids") or []
        for index, alert in enumerate(created.get("alerts") or []):
            alert_id = ids[index] if index < len(ids) else None
            self._add_alert(words.get(alert_id, str(alert)))
        self.result.show()

    def _add_alert(self, text: str) -> None:
        label = big_label(
            "band", self.tr("Stop criterion"), "✖  " + self.tr("Stop criterion") + f": {text}"
        )
        set_kind(label, "outside_hard_limits")
        pause = QPushButton(self.tr("Pause infusion"))
        pause.setObjectName("danger")
        pause.setAccessibleName(self.tr("Pause the infusion"))
        report = push_button(self.tr("Adverse event…"), self.tr("Report an adverse event"))
        pause.clicked.connect(self._pause)
        report.clicked.connect(lambda: self._report(text))
        row = QHBoxLayout()
        row.addWidget(pause)
        row.addWidget(report)
        row.addStretch(1)
        self.result_layout.addWidget(label)
        self.result_layout.addLayout(row)
        self.alert_buttons.append((pause, report))

    def _pause(self) -> None:
        self.accept()
        self.pause_requested.emit()

    def _report(self, text: str) -> None:
        self.accept()
        self.adverse_event_requested.emit(text)
