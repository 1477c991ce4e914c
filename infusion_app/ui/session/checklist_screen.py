"""The pre-infusion checklist: one step at a time, in the protocol's order, judged by the domain.

The host asks the services what each step's status is after every answer; the steps only
show fields and hand back answers. Nothing here decides whether a check holds.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from infusion_app.domain.checklist_rules import Status
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.roles import Role
from infusion_app.domain.session_state import SessionState
from infusion_app.services.checks import (
    answer_check,
    checklist,
    decide_check,
    recorded_answers,
)
from infusion_app.services.context import Actor, Workspace
from infusion_app.services.records import session_header
from infusion_app.services.session_flow import begin_checks, mark_ready
from infusion_app.ui.asking import run_dialog
from infusion_app.ui.kit.forms import error_label, push_button, scrolling, show_error
from infusion_app.ui.kit.restyle import set_style_name
from infusion_app.ui.messages import message_text, refusal_text
from infusion_app.ui.session.decision_dialog import DecisionDialog
from infusion_app.ui.session.look import STATUS_ICONS
from infusion_app.ui.session.outcome_panel import OutcomePanel
from infusion_app.ui.session.step_indicator import INDICATOR_WIDTH, StepIndicator
from infusion_app.ui.session.steps import StepContext, StepState, StepWidget, make_step

DONE = (Status.OK, Status.PROCEED)


class ChecklistScreen(QWidget):
    """Every pre-infusion check of one session, a step indicator, Back/Next and Mark ready.

    Opening a scheduled session begins its checks. Answers already recorded are shown again.
    ``run_dialog`` (the investigator's decision) is replaceable by tests.

    Signals:
        closed(): the nurse left the checklist (answers recorded so far are kept).
        session_ready(str): the session was marked ready; its id.
    """

    closed = Signal()
    session_ready = Signal(str)

    def __init__(
        self,
        ws: Workspace,
        actor: Actor,
        session_id: str,
        parent: QWidget | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws, self._actor, self._session_id = ws, actor, session_id
        self.run_dialog = run_dialog
        context = StepContext(ws.protocol, ws.clock, language or QLocale().name())
        self.steps: list[StepWidget] = [make_step(s, context) for s in ws.protocol.checks.steps]
        self.indicator = StepIndicator([step.heading() for step in self.steps])
        self.pages = QStackedWidget()
        self.outcome = OutcomePanel(actor.role is Role.INVESTIGATOR)
        self.title = QLabel()
        self.title.setObjectName("sessionTitle")
        self.title.setWordWrap(True)  # beside two buttons in a 1024-px window
        self.problem = error_label()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.ready_message = error_label()
        self.close_button = push_button(self.tr("Close checklist"))
        self.bedside_button = push_button(  # the session host shows it while checks run
            self.tr("Bedside product check…"), self.tr("Bedside product check")
        )
        self.bedside_button.hide()
        self.back_button = push_button(self.tr("‹ Back"))
        self.next_button = push_button(self.tr("Next ›"), primary=True)
        self.ready_button = push_button(self.tr("Mark ready"))
        self.answers: dict[str, dict[str, Any]] = {}
        self.result = checklist(ws, session_id)
        self._lay_out()
        self._connect()
        self.open()

    def _lay_out(self) -> None:
        for step in self.steps:
            step.setObjectName("stepPage")
            step.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
            self.pages.addWidget(scrolling(step))
        self.header = header = QHBoxLayout()
        header.setSpacing(16)
        header.addWidget(self.title, 1)
        header.addWidget(self.bedside_button)
        header.addWidget(self.close_button)
        right = QVBoxLayout()
        right.setContentsMargins(20, 12, 20, 12)
        right.addWidget(self.problem)
        right.addWidget(self.pages, 1)
        right.addWidget(self.outcome)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(scrolling(self.indicator, INDICATOR_WIDTH))
        body.addLayout(right, 1)
        footer = QFrame()
        footer.setObjectName("footer")
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.next_button)
        buttons.addSpacing(24)
        buttons.addWidget(self.ready_button)
        column = QVBoxLayout(footer)
        column.setContentsMargins(20, 10, 20, 10)
        column.addLayout(buttons)
        column.addWidget(self.ready_message)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        top = QWidget()
        top.setObjectName("footer")
        top.setLayout(header)
        header.setContentsMargins(20, 10, 20, 10)
        outer.addWidget(top)
        outer.addLayout(body, 1)
        outer.addWidget(footer)

    def _connect(self) -> None:
        for index, step in enumerate(self.steps):
            step.submitted.connect(lambda answer, i=index: self.record(i, answer))
            step.validity_changed.connect(
                lambda _ok, i=index: i == self.current() and self._update_nav()
            )
        self.indicator.step_chosen.connect(self.go_to)
        self.back_button.clicked.connect(lambda: self.go_to(self.current() - 1))
        self.next_button.clicked.connect(self.next)
        self.ready_button.clicked.connect(self.mark_ready)
        self.close_button.clicked.connect(self.closed)
        self.outcome.decide_requested.connect(self.decide)

    def open(self) -> None:
        """Read the session; begin its checks if it is scheduled; show what is recorded."""
        header = session_header(self._ws, self._session_id)
        if header is None:
            show_error(self.problem, self.tr("This session no longer exists."))
            return
        self.title.setText(
            self.tr("Pre-infusion checks · %s · session %d · %s")
            % (header.subject_code, header.number, header.scheduled_for)
        )
        if header.state is SessionState.SCHEDULED:
            begun = begin_checks(self._ws, self._actor, session_id=self._session_id)
            if isinstance(begun, Refusal):
                show_error(self.problem, refusal_text(begun))
        self._read()
        for index, step in enumerate(self.steps):
            step.show(self.state(index))
        first_open = next((i for i, s in enumerate(self.result.steps) if s.status not in DONE), 0)
        self.go_to(first_open)

    def _read(self) -> None:
        self.result = checklist(self._ws, self._session_id)
        self.answers = recorded_answers(self._ws, self._session_id)
        self.indicator.set_statuses([s.status for s in self.result.steps])
        self._show_summary()

    def state(self, index: int) -> StepState:
        """Step ``index`` as judged now, with its recorded answer."""
        judged = self.result.steps[index]
        answer = self.answers.get(judged.step.value)
        return StepState(judged.step, judged.status, message_text(judged.message), answer)

    def current(self) -> int:
        """The index of the step on screen."""
        return self.pages.currentIndex()

    def current_step(self) -> StepWidget:
        """The step widget on screen."""
        return self.steps[self.current()]

    def go_to(self, index: int) -> None:
        """Show step ``index``."""
        index = max(0, min(index, len(self.steps) - 1))
        self.pages.setCurrentIndex(index)
        self.indicator.set_current(index)
        step = self.steps[index]
        self.outcome.show_state(self.state(index), brief=step.owns_message())
        show_error(self.ready_message, "")
        self._update_nav()
        if field := step.findChild(QLineEdit):
            field.setFocus()

    def _dirty(self, index: int) -> bool:
        step = self.steps[index]
        return step.collect() != self.answers.get(step.step.value)

    def _update_nav(self) -> None:
        index, step = self.current(), self.current_step()
        self.back_button.setEnabled(index > 0)
        if self._dirty(index):
            self.next_button.setText(step.record_text())
            self.next_button.setEnabled(step.is_valid())
        else:
            self.next_button.setText(self.tr("Next ›"))
            self.next_button.setEnabled(index < len(self.steps) - 1)
        self.next_button.setAccessibleName(self.next_button.text().strip("‹› "))

    def _show_summary(self) -> None:
        stops = self.result.hard_stops
        if stops:
            names = ", ".join(self.steps[self.result.steps.index(s)].heading() for s in stops)
            text = self.tr("%s  The infusion cannot go ahead — hard stop: %s.")
            self.summary.setText(text % (STATUS_ICONS[Status.HARD_STOP], names))
            set_style_name(self.summary, "error")
        else:
            done = sum(1 for s in self.result.steps if s.status in DONE)
            self.summary.setText(self.tr("%d of %d checks hold.") % (done, len(self.steps)))
            set_style_name(self.summary, "hint")
        self.ready_button.setEnabled(not stops)

    def next(self) -> None:
        """Record the step's answer if it changed; otherwise go to the next step."""
        index = self.current()
        if self._dirty(index):
            self.record(index, self.current_step().collect())
        else:
            self.go_to(index + 1)

    def record(self, index: int, answer: dict[str, Any]) -> None:
        """Record step ``index``'s answer through the service and show the judgement."""
        step = self.steps[index]
        if not step.is_valid() or not step.ready_to_submit():
            return
        outcome = answer_check(
            self._ws, self._actor, session_id=self._session_id, step=step.step.value, answer=answer
        )
        if isinstance(outcome, Refusal):
            step.show_refusal(outcome)
            self._update_nav()
            return
        self._read()
        step.show(self.state(index))
        if index == self.current():
            self.go_to(index)

    def decide(self) -> None:
        """Open the investigator's decision for the step on screen."""
        index, step = self.current(), self.current_step()
        finding = f"{step.heading()}: {message_text(self.result.steps[index].message)}"

        def sign(decision: str, reason: str, password: str) -> Any:
            return decide_check(
                self._ws,
                self._actor,
                session_id=self._session_id,
                step=step.step.value,
                decision=decision,
                reason=reason,
                password=password,
            )

        dialog = DecisionDialog(self._actor, finding, sign, self)
        if self.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            self._read()
            self.go_to(index)

    def mark_ready(self) -> None:
        """Ask the services to mark the session ready; show why not when refused."""
        outcome = mark_ready(self._ws, self._actor, session_id=self._session_id)
        if isinstance(outcome, Refusal):
            show_error(self.ready_message, refusal_text(outcome))
            return
        show_error(self.ready_message, "")
        self.session_ready.emit(self._session_id)
