"""One session from the worklist: the screen its state calls for, and the moves between them.

scheduled/checking → the checklist (with the bedside product check beside it);
ready/infusing/paused → the infusion screen; ended/observing/signed → the record and sign-off.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from infusion_app.domain.session_state import SessionState
from infusion_app.services import records
from infusion_app.services.context import Actor, Workspace
from infusion_app.ui.adverse_events.adverse_event_dialog import AdverseEventDialog
from infusion_app.ui.asking import run_dialog
from infusion_app.ui.infusion.alarm_sounds import AlarmSounds
from infusion_app.ui.infusion.infusion_screen import InfusionScreen
from infusion_app.ui.kit.forms import push_button
from infusion_app.ui.product.bedside_check_screen import BedsideCheckScreen
from infusion_app.ui.session.checklist_screen import ChecklistScreen
from infusion_app.ui.session.summary_screen import SummaryScreen

CHECKING = (SessionState.SCHEDULED, SessionState.CHECKING)
INFUSING = (SessionState.READY, SessionState.INFUSING, SessionState.PAUSED)


class SessionHost(QWidget):
    """Hosts the current screen of one session; rebuilt when the session moves on.

    Signals:
        closed(): back to the worklist.
    """

    closed = Signal()

    def __init__(
        self,
        ws: Workspace,
        actor: Actor,
        session_id: str,
        sounds: AlarmSounds | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws, self._actor, self.session_id, self._sounds = ws, actor, session_id, sounds
        self.run_dialog: Callable[[QDialog], int] = run_dialog
        self.stack = QStackedWidget()
        self.bar_product_button = push_button(
            self.tr("Bedside product check…"), self.tr("Bedside product check")
        )
        self.bar_product_button.clicked.connect(self.show_bedside_check)
        self.bar_product_button.hide()  # the checklist shows its own, in its title row
        self.checklist_button = push_button(
            self.tr("‹ Back to the checklist"), self.tr("Back to the checklist")
        )
        self.checklist_button.clicked.connect(self.show_current)
        self.bar_title = QLabel()  # the bedside check's heading, beside the way back
        self.bar_title.setObjectName("heading")
        self.bar_title.hide()
        self.bar = QHBoxLayout()
        self.bar.setContentsMargins(20, 6, 20, 0)
        self.bar.setSpacing(16)
        self.bar.addWidget(self.checklist_button)
        self.bar.addWidget(self.bar_title)
        self.bar.addStretch(1)
        self.bar.addWidget(self.bar_product_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.bar)
        column.addWidget(self.stack, 1)
        self.screen: QWidget | None = None
        self.show_current()

    @property
    def product_button(self) -> QPushButton:
        """The "Bedside product check…" button on screen: the checklist's own, in its title
        row, while the checklist shows; else the bar's (hidden outside the checks)."""
        if isinstance(self.screen, ChecklistScreen):
            return self.screen.bedside_button
        return self.bar_product_button

    def state(self) -> SessionState:
        """The session's state as recorded now."""
        return SessionState(records.session_state(self._ws, self.session_id))

    def _replace(self, screen: QWidget) -> None:
        if self.screen is not None:
            self.stack.removeWidget(self.screen)
            self.screen.close()
            self.screen.deleteLater()
        self.screen = screen
        self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        """Close the screen shown too: closing a widget does not close its children, and the
        infusion screen ticks until it is closed."""
        if self.screen is not None:
            self.screen.close()
        super().closeEvent(event)

    def show_current(self) -> None:
        """The screen the session's state calls for."""
        state = self.state()
        self.checklist_button.setVisible(False)
        self.bar_title.hide()
        if state in CHECKING:
            screen: QWidget = ChecklistScreen(self._ws, self._actor, self.session_id)
            screen.session_ready.connect(self._moved)
        elif state in INFUSING:
            screen = InfusionScreen(self._ws, self._actor, self.session_id, self._sounds)
            screen.ended.connect(self._moved)
            screen.adverse_event_requested.connect(self.report_adverse_event)
            screen.rescan_requested.connect(self.show_bedside_check)
        else:
            screen = SummaryScreen(self._ws, self._actor, self.session_id, self._sounds)
            screen.adverse_event_requested.connect(self.report_adverse_event)
        screen.closed.connect(self.closed)
        self._replace(screen)
        if isinstance(screen, ChecklistScreen):  # its own, in its title row: room for criteria
            screen.bedside_button.clicked.connect(self.show_bedside_check)
        # After the screen is made: opening the checklist begins the checks.
        self.product_button.setVisible(self.state() is SessionState.CHECKING)

    def show_bedside_check(self) -> None:
        """The two-person bag and wristband check, beside the checklist."""
        screen = BedsideCheckScreen(self._ws, self._actor, self.session_id)
        screen.verified.connect(self._moved)
        self.product_button.setVisible(False)
        back = (
            self.tr("‹ Back to the infusion")
            if self.state() is SessionState.READY
            else self.tr("‹ Back to the checklist")
        )
        self.checklist_button.setText(back)
        self.checklist_button.setAccessibleName(back.removeprefix("‹ "))
        self.checklist_button.setVisible(True)
        self.bar_title.setText(screen.title.text())  # one row for both: room for STOP
        self.bar_title.show()
        screen.title.hide()
        self._replace(screen)

    def report_adverse_event(self, alert: str = "") -> None:
        """The adverse-event form (CTCAE v5.0), opened from anywhere in the session."""
        dialog = AdverseEventDialog(self._ws, self._actor, self.session_id, self, alert=alert)
        self.run_dialog(dialog)
        refresh = getattr(self.screen, "refresh", None)
        if callable(refresh):
            refresh()

    def _moved(self, *_: object) -> None:
        self.show_current()
