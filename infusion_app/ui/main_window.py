"""The main window: a header bar over one screen at a time."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from infusion_app.domain.roles import Role
from infusion_app.services.auth import sign_out
from infusion_app.services.context import Actor, Workspace
from infusion_app.services.users import current_site_code
from infusion_app.ui.first_run_screen import FirstRunScreen
from infusion_app.ui.sign_in_screen import SignInScreen
from infusion_app.ui.worklist_screen import WorklistScreen

CLOCK_TICK_MS = 1000  # the tick only re-renders; the time always comes from the clock


class MainWindow(QMainWindow):
    """Header (site, protocol, user, sign out, clock) and the screen stack.

    First-run set-up when the database has no site yet, then sign-in, then the worklist.
    """

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._actor: Actor | None = None
        self.setMinimumSize(1024, 700)
        self.site_label = QLabel()
        self.site_label.setObjectName("headerTitle")
        self.protocol_label = QLabel(self.tr("Trial %s") % ws.protocol.id)
        self.user_label = QLabel()
        self.user_label.setAccessibleName(self.tr("Signed-in user"))
        self.clock_label = QLabel()
        self.clock_label.setObjectName("clock")
        self.clock_label.setAccessibleName(self.tr("Time at the site"))
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.setAccessibleName(self.tr("Sign out"))
        self.sign_out_button.clicked.connect(self.sign_out)
        self.stack = QStackedWidget()
        self.first_run: FirstRunScreen | None = None
        self.sign_in = SignInScreen(ws)
        self.worklist = WorklistScreen(ws, ws.clock)
        self._build_stack()
        self._lay_out()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._show_time)
        self._timer.start(CLOCK_TICK_MS)
        self._show_time()
        self._show_signed_in(None)

    def _build_stack(self) -> None:
        if current_site_code(self._ws) is None:
            self.first_run = FirstRunScreen(self._ws)
            self.first_run.completed.connect(self._site_set_up)
            self.stack.addWidget(self.first_run)
        self.stack.addWidget(self.sign_in)
        self.stack.addWidget(self.worklist)
        self.sign_in.signed_in.connect(self._signed_in)
        self._show_site()

    def _lay_out(self) -> None:
        header = QFrame()
        header.setObjectName("header")
        header.setMinimumHeight(62)  # the same with or without the Sign out button: no jump
        row = QHBoxLayout(header)
        row.setContentsMargins(20, 8, 20, 8)
        row.setSpacing(20)
        row.addWidget(self.site_label)
        row.addWidget(self.protocol_label)
        row.addStretch(1)
        row.addWidget(self.user_label)
        row.addWidget(self.sign_out_button)
        row.addSpacing(12)
        row.addWidget(self.clock_label)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(header)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _show_site(self) -> None:
        site = current_site_code(self._ws)
        shown = site or self.tr("not set up")
        self.site_label.setText(self.tr("Site %s") % shown)
        self.setWindowTitle(self.tr("Infusion logger — %s") % shown)

    def _show_time(self) -> None:
        local = self._ws.clock.now().astimezone(ZoneInfo(self._ws.protocol.site.timezone))
        self.clock_label.setText(local.strftime("%H:%M"))
        self.clock_label.setToolTip(local.strftime("%Y-%m-%d %H:%M %Z"))

    def _role_words(self, role: Role) -> str:
        return {
            Role.NURSE: self.tr("Nurse"),
            Role.PHARMACIST: self.tr("Pharmacist"),
            Role.INVESTIGATOR: self.tr("Investigator"),
            Role.ADMIN: self.tr("Administrator"),
        }[role]

    def _show_signed_in(self, actor: Actor | None) -> None:
        self._actor = actor
        if actor is None:
            self.user_label.clear()
        else:
            self.user_label.setText(f"{actor.full_name} · {self._role_words(actor.role)}")
        self.user_label.setVisible(actor is not None)
        self.sign_out_button.setVisible(actor is not None)

    def _site_set_up(self, username: str) -> None:
        self._show_site()
        if self.first_run is not None:  # its fields hold the new password: drop the screen
            self.stack.removeWidget(self.first_run)
            self.first_run.deleteLater()
            self.first_run = None
        self.stack.setCurrentWidget(self.sign_in)
        self.sign_in.reset(username)

    def _signed_in(self, actor: Actor) -> None:
        self._show_signed_in(actor)
        self.worklist.refresh()
        self.stack.setCurrentWidget(self.worklist)
        self.worklist.search.setFocus()

    @property
    def actor(self) -> Actor | None:
        """Who is signed in, or None."""
        return self._actor

    def sign_out(self) -> None:
        """Record the sign-out and return to the sign-in screen with the fields cleared."""
        if self._actor is not None:
            sign_out(self._ws, self._actor)
        self._show_signed_in(None)
        self.stack.setCurrentWidget(self.sign_in)
        self.sign_in.reset()
