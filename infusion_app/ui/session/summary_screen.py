"""The session's summary and sign-off: everything recorded, then the nurse signs (performed)
and an investigator countersigns (reviewed); the signed session is locked."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.roles import Role
from infusion_app.domain.session_state import SessionState
from infusion_app.domain.signatures import SignatureMeaning, chain_head_words
from infusion_app.services import exports, record_print, records, session_flow, signing
from infusion_app.services.context import Actor, Outcome, Workspace
from infusion_app.ui.adverse_events.adverse_event_list import AdverseEventListWidget
from infusion_app.ui.asking import run_dialog
from infusion_app.ui.infusion.alarm_sounds import AlarmSounds
from infusion_app.ui.infusion.alarm_watch import AlarmWatch
from infusion_app.ui.infusion.timeline import EventsTimelineWidget
from infusion_app.ui.infusion.vitals_dialog import VitalsDialog
from infusion_app.ui.kit.forms import error_label, heading, hint_label, show_error
from infusion_app.ui.messages import refusal_text
from infusion_app.ui.session.observation_panel import ObservationPanelWidget
from infusion_app.ui.session.record_output import (
    ask_export_target,
    ask_printer,
    export_formats,
    file_stem,
)
from infusion_app.ui.session.summary_sections import SummarySections
from infusion_app.ui.signature_dialog import SignatureDialog
from infusion_app.ui.signature_list import SignatureListWidget
from infusion_app.ui.vitals.not_taken_dialog import NotTakenDialog
from infusion_app.ui.vitals.vitals_chart import VitalsChartWidget
from infusion_app.ui.vitals.vitals_table import VitalsTableWidget

TICK_MS = 1000  # re-renders the observation line; what is due comes from the clock


class SummaryScreen(QWidget):
    """Timeline, checks, product, drip readings, volume, vitals, adverse events and signatures.

    Signals:
        closed(): the user went back to the worklist.
        changed(): something was recorded here (observation begun or ended early, a signature).
        adverse_event_requested(str): the user asked to report an adverse event.
    """

    closed = Signal()
    changed = Signal()
    adverse_event_requested = Signal(str)

    def __init__(
        self,
        ws: Workspace,
        actor: Actor,
        session_id: str,
        sounds: AlarmSounds | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws, self._actor, self._session = ws, actor, session_id
        self.alarms = AlarmWatch(sounds)  # the post-infusion checks falling due and overdue
        self._timer = QTimer(self)  # only re-renders the observation line; times are stored
        self._timer.timeout.connect(self.tick)
        self.run_dialog = run_dialog
        self.ask_export_target = ask_export_target  # the native file dialog; tests replace it
        self.ask_printer = ask_printer  # the system print dialog; tests replace it
        self.output_note = hint_label("")  # where the last export went
        self.output_note.hide()
        self.title = heading(self.tr("Session record"))
        self.chain_head = hint_label("")  # the digits the printed record carries
        self.chain_head.setWordWrap(False)  # one line: the digits are read as one
        self.chain_head.setToolTip(
            self.tr(
                "The hash of this record's latest event. A printed or exported copy carries the "
                "digits of the moment it was made; a record changed afterwards cannot match them."
            )
        )
        self.sections = SummarySections(ws, session_id)
        self.timeline = EventsTimelineWidget(ws, session_id)
        self.timeline.setMinimumHeight(220)
        self.signatures = SignatureListWidget(ws.protocol.site.timezone)
        self.chart = VitalsChartWidget(ws, session_id)
        self.chart.setMinimumHeight(560)
        self.vitals_table = VitalsTableWidget(ws, session_id)
        self.vitals_table.setMinimumHeight(260)
        self.adverse_events = AdverseEventListWidget(ws, actor, session_id)
        self.adverse_events.setMinimumHeight(200)
        self.observation = ObservationPanelWidget(ws, actor, session_id)
        self.observation.changed.connect(lambda: self._done(None))
        self.message = error_label()
        self.buttons = self._buttons()
        self._lay_out()
        self.refresh()

    def _buttons(self) -> dict[str, QPushButton]:
        buttons = {}
        for key, text, slot in (
            ("observe", self.tr("Begin observation"), self.begin_observation),
            ("sign", self.tr("Sign (performed)…"), self.sign),
            ("countersign", self.tr("Countersign (reviewed)…"), self.countersign),
            ("report", self.tr("Adverse event…"), self._report),
            ("vitals", self.tr("Record vitals…"), self.record_vitals),
            ("not_taken", self.tr("Not taken…"), self.record_not_taken),
            ("export", self.tr("Export…"), self.export_record),
            ("print", self.tr("Print…"), self.print_record),
            ("back", self.tr("Back to worklist"), self.closed.emit),
        ):
            button = QPushButton(text)
            button.setAccessibleName(text)
            button.setMinimumHeight(48)
            button.clicked.connect(slot)
            buttons[key] = button
        for key in ("observe", "sign", "countersign"):
            buttons[key].setObjectName("primary")
        return buttons

    def _lay_out(self) -> None:
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(24, 16, 24, 16)
        grid.setHorizontalSpacing(24)
        grid.addWidget(self.sections, 0, 0, 2, 1)
        timeline_heading = QLabel(self.tr("Timeline"))
        timeline_heading.setBuddy(self.timeline)  # a screen reader names the list by it
        self.timeline.setAccessibleName(timeline_heading.text())
        grid.addWidget(timeline_heading, 0, 1)
        grid.addWidget(self.timeline, 1, 1)
        grid.addWidget(self.chart, 2, 0, 1, 2)
        grid.addWidget(self.vitals_table, 3, 0, 1, 2)
        grid.addWidget(self.adverse_events, 4, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        footer = QHBoxLayout()
        footer.addWidget(self.buttons["back"])
        footer.addWidget(self.buttons["report"])
        footer.addWidget(self.buttons["vitals"])
        footer.addWidget(self.buttons["not_taken"])
        footer.addWidget(self.message, 1)
        footer.addWidget(self.output_note, 1)
        footer.addStretch(1)
        for key in ("observe", "sign", "countersign"):
            footer.addWidget(self.buttons[key])
        top = QHBoxLayout()  # the record leaves the app from here: a file or paper
        top.addWidget(self.title, 1)
        top.addWidget(self.chain_head)
        top.addWidget(self.buttons["export"])
        top.addWidget(self.buttons["print"])
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(scroll, 1)
        column.addWidget(self.observation)
        column.addWidget(self.signatures)
        column.addLayout(footer)

    def _state(self) -> SessionState:
        return SessionState(records.session_state(self._ws, self._session))

    def refresh(self) -> None:
        """Read the record afresh; offer only the step the state allows (services decide)."""
        state = self._state()
        self.sections.refresh()
        self.timeline.refresh()
        self.chart.refresh()
        self.vitals_table.refresh()
        self.adverse_events.refresh()
        self.observation.refresh(state)
        self._follow_observation(state)
        self.buttons["report"].setVisible(state is not SessionState.SIGNED)
        self.buttons["vitals"].setVisible(state is not SessionState.SIGNED)
        self.buttons["not_taken"].setVisible(state in (SessionState.ENDED, SessionState.OBSERVING))
        shown = signing.signatures(self._ws, self._session)
        self.signatures.set_signatures(shown)
        countersigned = any(s.meaning in signing.COUNTER_MEANINGS for s in shown)
        self.buttons["observe"].setVisible(state is SessionState.ENDED)
        self.buttons["sign"].setVisible(state is SessionState.OBSERVING)
        self.buttons["sign"].setEnabled(self.observation.is_over)  # the panel says why not
        self.buttons["countersign"].setVisible(
            state is SessionState.SIGNED
            and self._actor.role is Role.INVESTIGATOR
            and not countersigned
        )
        head = chain_head_words(records.chain_head(self._ws, self._session))
        self.chain_head.setText(self.tr("Chain head %s") % head)
        locked = self.tr("Signed and locked") if state is SessionState.SIGNED else ""
        self.title.setText(self.tr("Session record") + (f" · {locked}" if locked else ""))

    def _done(self, result: Outcome | None) -> None:
        if isinstance(result, Refusal):
            show_error(self.message, refusal_text(result))
            return
        self.message.clear()
        self.refresh()
        self.changed.emit()

    def record_vitals(self) -> None:
        """Post-infusion vital signs (end, 30, 60, 120 min after) from the record screen."""
        dialog = VitalsDialog(self._ws, self._actor, self._session, self)
        dialog.adverse_event_requested.connect(self.adverse_event_requested)
        self.run_dialog(dialog)
        self.refresh()

    def record_not_taken(self) -> None:
        """A post-infusion set not taken, with the reason (from the record screen)."""
        dialog = NotTakenDialog(self._ws, self._actor, self._session, self)
        self.run_dialog(dialog)
        dialog.deleteLater()
        self.refresh()

    def export_record(self) -> None:
        """Export this session's record where the person chooses (PDF for everyone who reads
        it; CSV, FHIR and ODM too for investigators); the export is an audit event."""
        header = records.session_header(self._ws, self._session)
        if header is None:
            return
        stem = file_stem(header.subject_code, header.number)
        chosen = self.ask_export_target(self, stem, export_formats(self._actor.role))
        if chosen is None:
            return
        kind, path = chosen
        result = exports.export_session(self._ws, self._actor, self._session, kind.value, path)
        if isinstance(result, Refusal):
            self._show_output(refusal_text(result), problem=True)
            return
        where = result.paths[0] if len(result.paths) == 1 else result.paths[0].parent
        self._show_output(self.tr("Exported to {0}").format(where))
        self.timeline.refresh()  # the export is one of the session's events

    def print_record(self) -> None:
        """Print this session's record on the printer the person chooses; an audit event."""
        printer = self.ask_printer(self)
        if printer is None:
            return
        result = record_print.print_record(
            self._ws,
            self._actor,
            session_id=self._session,
            printer=printer,
            printer_name=printer.printerName() or printer.outputFileName(),
        )
        if isinstance(result, Refusal):
            self._show_output(refusal_text(result), problem=True)
            return
        self._show_output(self.tr("Sent {0} pages to the printer").format(result.created["pages"]))
        self.timeline.refresh()

    def _show_output(self, text: str, *, problem: bool = False) -> None:
        show_error(self.message, text if problem else "")
        self.output_note.setText("" if problem else text)
        self.output_note.setVisible(not problem)

    def _report(self) -> None:
        self.adverse_event_requested.emit("")

    def _follow_observation(self, state: SessionState) -> None:
        watching = state in (SessionState.ENDED, SessionState.OBSERVING)
        if watching and not self._timer.isActive():
            self._timer.start(TICK_MS)
        elif not watching:
            self._timer.stop()
        if watching and not self.observation.is_over:
            self.alarms.check_slot(self.observation.progress.next_slot)

    def tick(self) -> None:
        """Re-render what is left of the observation from the clock; sound a slot falling due."""
        try:
            state = self._state()
        except records.DatabaseClosed:  # the database was closed: the screen is going away
            self._timer.stop()
            return
        self.observation.refresh(state)
        self.buttons["sign"].setEnabled(self.observation.is_over)
        self._follow_observation(state)

    def begin_observation(self) -> None:
        """Start the post-infusion observation period."""
        self._done(session_flow.begin_observation(self._ws, self._actor, session_id=self._session))

    def _sign_with(self, meanings: tuple[SignatureMeaning, ...], countersign: bool) -> None:
        def sign(password: str, meaning: SignatureMeaning | str) -> Outcome:
            function = signing.countersign_session if countersign else signing.sign_session
            return function(
                self._ws,
                self._actor,
                session_id=self._session,
                password=password,
                meaning=SignatureMeaning(meaning).value,
            )

        what = self.tr("Infusion session record of %s") % self.sections.subject_line()
        dialog = SignatureDialog(self._actor, what, meanings, sign, self)
        if self.run_dialog(dialog):
            self._done(dialog.outcome)

    def sign(self) -> None:
        """The nurse signs what she performed; the session is then locked."""
        self._sign_with((SignatureMeaning.PERFORMED,), countersign=False)

    def countersign(self) -> None:
        """An investigator, not the nurse who signed, countersigns."""
        self._sign_with((SignatureMeaning.REVIEWED, SignatureMeaning.APPROVED), countersign=True)
