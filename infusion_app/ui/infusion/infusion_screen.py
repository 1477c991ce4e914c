"""The infusion screen: the big timer, state buttons, drip readings, reminders and events."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QHideEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.session_state import SessionAction, SessionState, allowed_actions
from infusion_app.services import infusion, records, session_flow
from infusion_app.services import vitals as vitals_service
from infusion_app.services.context import Actor, Outcome, Workspace
from infusion_app.ui.asking import run_dialog
from infusion_app.ui.infusion.alarm_sounds import AlarmSounds
from infusion_app.ui.infusion.alarm_watch import AlarmWatch
from infusion_app.ui.infusion.alert_strip import AlertStrip
from infusion_app.ui.infusion.asking import ask_completion, ask_end_reason
from infusion_app.ui.infusion.escalation_panel import EscalationPanel
from infusion_app.ui.infusion.look import big_label
from infusion_app.ui.infusion.reading_panel import DripReadingsWidget
from infusion_app.ui.infusion.reminders import RemindersWidget
from infusion_app.ui.infusion.rescan_panel import RescanPanel
from infusion_app.ui.infusion.status_panel import InfusionStatusWidget
from infusion_app.ui.infusion.timeline import EventsTimelineWidget
from infusion_app.ui.infusion.vitals_dialog import VitalsDialog
from infusion_app.ui.kit.forms import error_label, field_label, heading, show_error
from infusion_app.ui.kit.restyle import set_compact
from infusion_app.ui.messages import refusal_text
from infusion_app.ui.vitals.not_taken_dialog import NotTakenDialog
from infusion_app.ui.vitals.schedule_panel import SchedulePanel
from infusion_app.ui.vitals.vitals_chart import VitalsChartWidget

TICK_MS = 500  # one tick only re-renders from the clock; nothing counts ticks
COMPACT_BELOW_PX = 690  # screen height (px) under which the timer is smaller: 673 at 1366×768
TARGET_PX = 48  # the least height of a button a gloved finger taps
STOP_APART_PX = 48  # the least space between Stop and the other actions
NARROW_TABS_BELOW_PX = 1150  # the screen's own width under which the reading tabs are smaller
MARGINS, COMPACT_MARGINS = (20, 12, 20, 12), (20, 4, 20, 4)  # left, top, right, bottom (px)
A = SessionAction
VITALS_KEY, ADVERSE_KEY, ADVERSE_KEY_2 = "F2", "F3", "Ctrl+E"  # frequent actions at the bedside


class Half(QWidget):
    """One side of the screen's body. It asks for no more than its minimum, so the two sides
    share the rest by their stretch, whatever a long line inside would like."""

    def __init__(self, layout: QVBoxLayout) -> None:
        super().__init__()
        self.setLayout(layout)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """The minimum size (see the class)."""
        return self.minimumSizeHint()


class InfusionScreen(QWidget):
    """One session's infusion, from Start to Complete or Stop, at the bedside.

    Every number is computed from recorded times on each repaint, so the screen is right after
    a restart. Buttons are enabled per state as a courtesy; the services decide. ``ask_*``
    helpers and ``run_dialog`` are replaceable by tests; ``sounds`` may be None (silent).

    Signals:
        closed(): the nurse closed the screen.
        ended(str): the infusion ended, "completed" or "stopped".
        adverse_event_requested(str): report an adverse event (the alert's text, or "").
    """

    closed = Signal()
    ended = Signal(str)
    adverse_event_requested = Signal(str)
    rescan_requested = Signal()  # the bedside check is too old to start on

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
        self.ask_end_reason = ask_end_reason
        self.ask_completion = ask_completion
        self.run_dialog = run_dialog
        self.alarms = AlarmWatch(sounds)
        zone = ws.protocol.site.timezone
        self.title = heading(self.tr("Infusion"))
        self.status_panel = InfusionStatusWidget(zone)
        self.reminders = RemindersWidget(zone)
        self.escalations = EscalationPanel(ws, actor, session_id)  # NEWS2: whom was informed
        self.rescan = RescanPanel(ws, session_id, self)  # before the start: a check too old
        self.readings = DripReadingsWidget(ws, actor, session_id, sounds)
        self.chart = VitalsChartWidget(ws, session_id)  # the live chart, beside the readings
        self.schedule = SchedulePanel(ws, session_id)
        self.readings.addTab(self.chart, self.tr("Chart"))
        self.readings.addTab(self.schedule, self.tr("Vitals schedule"))
        self.timeline = EventsTimelineWidget(ws, session_id)
        self.alarm = big_label("alarm", self.tr("Alarm"))
        self.alarm.hide()
        self.alerts = AlertStrip(self.alarm, self.reminders)  # one line on a short screen
        self.message = error_label()
        self.buttons = {
            A.START: self._button(self.tr("▶ Start"), self.tr("Start the infusion"), "primary"),
            A.PAUSE: self._button(self.tr("‖ Pause…"), self.tr("Pause the infusion")),
            A.RESUME: self._button(self.tr("▶ Resume"), self.tr("Resume the infusion"), "primary"),
            A.STOP: self._button(self.tr("■ Stop…"), self.tr("Stop the infusion early")),
            A.COMPLETE: self._button(self.tr("✔ Complete…"), self.tr("Complete the infusion")),
        }
        self.vitals_button = self._button(self.tr("Record vitals…"), self.tr("Record vital signs"))
        self.vitals_button.setObjectName("primary")
        self.not_taken_button = self._button(
            self.tr("Not taken…"), self.tr("Vital signs not taken")
        )
        self.adverse_button = self._button(self.tr("⚠ Adverse event…"), self.tr("Adverse event"))
        self.adverse_button.setObjectName("danger")
        self.close_button = self._button(self.tr("Close"), self.tr("Close the infusion screen"))
        self._add_shortcuts()
        self._paused_since: datetime | None = None
        self._lay_out()
        self._connect()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self.refresh()

    def _button(self, text: str, accessible_name: str, name: str = "stateButton") -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible_name)
        button.setMinimumHeight(TARGET_PX)
        return button

    def _add_shortcuts(self) -> None:
        # F2/F3 rather than Ctrl+V: Ctrl+V must stay "paste" in the fields. A shortcut clicks
        # the button, so a disabled button stays disabled; Space taps a drop on the tap pad.
        self.vitals_button.setShortcut(QKeySequence(VITALS_KEY))
        self.vitals_button.setToolTip(self.tr("Record vital signs (F2)"))
        self.adverse_button.setShortcut(QKeySequence(ADVERSE_KEY))
        self.adverse_button.setToolTip(self.tr("Report an adverse event (F3 or Ctrl+E)"))
        QShortcut(QKeySequence(ADVERSE_KEY_2), self, self.adverse_button.animateClick)

    def _lay_out(self) -> None:
        top = QHBoxLayout()  # the frequent actions of any state, beside the title
        top.addWidget(self.title, 1)
        top.addWidget(self.vitals_button)
        top.addWidget(self.not_taken_button)
        top.addWidget(self.adverse_button)
        top.addWidget(self.close_button)
        actions = QHBoxLayout()  # only what this state allows shows: narrow enough for 1024 px
        for action in (A.START, A.PAUSE, A.RESUME, A.COMPLETE):
            actions.addWidget(self.buttons[action])
        actions.addWidget(self.rescan.button)
        actions.addStretch(1)  # Stop stands apart, at the far side: never hit for Complete
        actions.addSpacing(STOP_APART_PX)
        actions.addWidget(self.buttons[A.STOP])
        left = QVBoxLayout()
        left.addWidget(self.status_panel)
        left.addLayout(actions)
        left.addWidget(self.rescan.label)  # under Start, whose button is beside it
        left.addWidget(self.message)
        left.addWidget(field_label(self.tr("Events of this session"), self.timeline))
        left.addWidget(self.timeline, 1)
        left.setContentsMargins(0, 0, 0, 0)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.readings)
        body = QHBoxLayout()  # what is left over their minimums is shared half and half:
        body.addWidget(Half(left), 1)  # at 1280 px all six reading tabs are in view, and at
        body.addWidget(Half(right), 1)  # 1024 px the cards keep a readable width
        column = self._column = QVBoxLayout(self)
        column.setContentsMargins(*MARGINS)
        column.addLayout(top)
        column.addWidget(self.alerts)
        column.addWidget(self.escalations)
        column.addLayout(body, 1)

    def _connect(self) -> None:
        self.buttons[A.START].clicked.connect(self.start)
        self.buttons[A.PAUSE].clicked.connect(self.pause)
        self.buttons[A.RESUME].clicked.connect(self.resume)
        self.buttons[A.STOP].clicked.connect(self.stop)
        self.buttons[A.COMPLETE].clicked.connect(self.complete)
        self.vitals_button.clicked.connect(self.record_vitals)
        self.not_taken_button.clicked.connect(self.record_not_taken)
        self.adverse_button.clicked.connect(lambda: self.adverse_event_requested.emit(""))
        self.close_button.clicked.connect(self.close_screen)
        self.readings.recorder.recorded.connect(self._reading_recorded)
        self.readings.recorder.refused.connect(lambda _: self.render())
        self.escalations.acknowledged.connect(self.refresh)
        self.rescan.requested.connect(self.rescan_requested)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """Repaint at once and on every tick while shown."""
        super().showEvent(event)
        self.refresh()
        self._timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """A smaller timer and tap pad on a short screen (a 1024×700 window), so that nothing
        is squeezed; both still readable and tappable across the bed."""
        super().resizeEvent(event)
        compact = event.size().height() < COMPACT_BELOW_PX
        self._column.setContentsMargins(*(COMPACT_MARGINS if compact else MARGINS))
        self.status_panel.set_compact(compact)
        self.alerts.set_collapsed(compact)
        for label in (self.alarm, self.reminders.vitals, self.reminders.recount, self.rescan.label):
            set_compact(label, compact)
        set_compact(self.readings.tap_pad.pad, compact)
        # Narrow (a 1024 px window): smaller tab words, so that all six stay in view.
        set_compact(self.readings.tabBar(), event.size().width() < NARROW_TABS_BELOW_PX)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        """No repaints while hidden (the window closed, or another screen in front); showing
        again repaints at once and restarts the tick."""
        super().hideEvent(event)
        self._timer.stop()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        """No repaints once closed (the workspace may be closed next).

        Merely hidden (another screen in front, the screen lock) it keeps ticking, so the
        alarms still sound.
        """
        self._timer.stop()
        super().closeEvent(event)

    # Rendering ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the events again (after an action or a restart), then repaint."""
        self.timeline.refresh()
        self.chart.refresh()
        header = records.session_header(self._ws, self._session)
        subject = header.subject_code if header else ""
        self.title.setText(self.tr("Infusion — {0}").format(subject))
        self._paused_since = records.paused_since(self._ws, self._session)
        self.render()

    def _tick(self) -> None:
        """Repaint on the clock; stop when the database has closed (the screen is going away)."""
        try:
            self.render()
        except records.DatabaseClosed:
            self._timer.stop()

    def render(self) -> None:
        """Repaint everything from the recorded status and the clock now."""
        now = self._ws.clock.now()
        status = infusion.infusion_status(self._ws, self._session)
        slot = vitals_service.next_due(self._ws, self._session)
        self.status_panel.render(status, now, self._paused_since)
        self.reminders.render(now, slot, status.recount_due_at)
        self.escalations.render()
        self.rescan.render()
        if self.readings.currentWidget() is self.schedule:
            self.schedule.refresh()
        allowed = allowed_actions(status.state)
        for action, button in self.buttons.items():  # what cannot be done now is not shown
            button.setEnabled(action in allowed)
            button.setVisible(action in allowed)
        open_states = (SessionState.INFUSING, SessionState.PAUSED)
        self.vitals_button.setEnabled(status.state is not SessionState.SIGNED)
        self.not_taken_button.setEnabled(slot is not None)  # a set due or coming up
        self.adverse_button.setEnabled(status.state in (*open_states, SessionState.OBSERVING))
        overdue = self.reminders.recount.property("kind") == "overdue"
        banner = self.alarms.check(status, slot, overdue)
        self.alarm.setText(banner)
        self.alerts.arrange()

    # Actions --------------------------------------------------------------------------------

    def _after(self, outcome: Outcome) -> bool:
        """Show a refusal, or refresh after success; True on success."""
        if isinstance(outcome, Refusal):
            show_error(self.message, refusal_text(outcome))
            self.render()
            return False
        show_error(self.message, "")
        self.refresh()
        return True

    def start(self) -> None:
        """Start the infusion now."""
        self._after(session_flow.start_infusion(self._ws, self._actor, session_id=self._session))

    def pause(self) -> None:
        """Ask why, then pause."""
        reason = self.ask_end_reason(self, self.tr("Pause the infusion"), self.tr("Pause"))
        if reason is not None:
            self._after(
                session_flow.pause_infusion(
                    self._ws,
                    self._actor,
                    session_id=self._session,
                    reason=reason.reason,
                    reason_text=reason.text,
                )
            )

    def resume(self) -> None:
        """Resume a paused infusion."""
        self._after(session_flow.resume_infusion(self._ws, self._actor, session_id=self._session))

    def stop(self) -> None:
        """Ask why, then stop the infusion early."""
        reason = self.ask_end_reason(self, self.tr("Stop the infusion"), self.tr("Stop"))
        if reason is None:
            return
        outcome = session_flow.stop_infusion(
            self._ws,
            self._actor,
            session_id=self._session,
            reason=reason.reason,
            reason_text=reason.text,
        )
        if self._after(outcome):
            self.ended.emit("stopped")

    def complete(self) -> None:
        """Ask that the bag is empty and the line flushed, then complete."""
        answers = self.ask_completion(self)
        if answers is None:
            return
        outcome = session_flow.complete_infusion(
            self._ws,
            self._actor,
            session_id=self._session,
            bag_empty=answers[0],
            line_flushed=answers[1],
        )
        if self._after(outcome):
            self.ended.emit("completed")

    def record_vitals(self) -> None:
        """Open the vital-signs dialog; an alert may ask to pause or to report an event."""
        dialog = VitalsDialog(self._ws, self._actor, self._session, self)
        dialog.recorded.connect(self._vitals_recorded)
        dialog.pause_requested.connect(self.pause)
        dialog.adverse_event_requested.connect(self.adverse_event_requested)
        self.run_dialog(dialog)
        dialog.deleteLater()

    def record_not_taken(self) -> None:
        """Open the dialog that records the set due now as not taken, with a reason."""
        dialog = NotTakenDialog(self._ws, self._actor, self._session, self)
        self.run_dialog(dialog)
        dialog.deleteLater()
        self.refresh()

    def _vitals_recorded(self, created: dict) -> None:
        if created.get("alerts"):
            self.alarms.stop_criterion()
        self.refresh()

    def _reading_recorded(self, created: dict) -> None:
        self.alarms.reading(str(created.get("band", "")))
        self.refresh()

    def close_screen(self) -> None:
        """Stop repainting and say the screen was closed."""
        self._timer.stop()
        self.readings.metronome.set_running(False)
        self.closed.emit()
