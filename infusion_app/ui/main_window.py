"""The main window: a header bar over one screen at a time, and the lock screen over it all."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.roles import Role
from infusion_app.services.auth import lock_screen, sign_out
from infusion_app.services.context import Actor, Workspace
from infusion_app.services.records import DatabaseClosed
from infusion_app.services.users import current_site_code
from infusion_app.ui.escalation_status import EscalationStatusLabel
from infusion_app.ui.first_run_screen import FirstRunScreen
from infusion_app.ui.infusion.alarm_sounds import AlarmSounds
from infusion_app.ui.kit.forms import push_button
from infusion_app.ui.messages import refusal_text
from infusion_app.ui.screen_lock import InactivityWatcher, LockScreen
from infusion_app.ui.screen_slot import ScreenSlot
from infusion_app.ui.sign_in_screen import SignInScreen
from infusion_app.ui.sync_status import SyncStatusLabel
from infusion_app.ui.texts import role_text
from infusion_app.ui.window_extras import HeaderExtras, make_nav_buttons
from infusion_app.ui.window_pages import WindowPages
from infusion_app.ui.window_status import running_lines

if TYPE_CHECKING:  # the screens themselves are imported when first shown (start-up time)
    from infusion_app.ui.audit_trail_screen import AuditTrailScreen
    from infusion_app.ui.participants.participants_screen import ParticipantsScreen
    from infusion_app.ui.users_screen import UsersScreen
    from infusion_app.ui.worklist_screen import WorklistScreen

CLOCK_TICK_MS = 1000  # the tick only re-renders; the time always comes from the clock
# Which screens each role can reach from the navigation bar (the services still decide).
SCREENS_OF_ROLE: dict[Role, tuple[str, ...]] = {
    Role.NURSE: ("worklist",),
    Role.PHARMACIST: ("worklist", "pharmacy"),
    Role.INVESTIGATOR: ("worklist", "participants", "discrepancies", "audit"),
    Role.ADMIN: ("worklist", "users", "audit"),
}


class MainWindow(QMainWindow):
    """Header (site, protocol, user, lock, sign out, clock), navigation and the screen stack.

    First-run set-up when the database has no site yet, then sign-in, then the worklist (and,
    by role, users and the audit trail). After the site's inactivity limit, or on "Lock now",
    the lock screen covers everything until the user unlocks or another user takes over.
    """

    def __init__(
        self, ws: Workspace, sounds: AlarmSounds | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self._sounds = sounds
        self.resume_session: str | None = None  # set at start-up after an unexpected stop
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
        self.sign_out_button = push_button(self.tr("Sign out"))
        self.sign_out_button.clicked.connect(self.sign_out)
        self.lock_button = push_button(self.tr("Lock now"), self.tr("Lock the screen now"))
        self.lock_button.clicked.connect(self.lock)
        self.stack = QStackedWidget()
        self.first_run: FirstRunScreen | None = None
        self.sign_in = SignInScreen(ws)
        self.sync_status = SyncStatusLabel(ws)
        self.escalation_status = EscalationStatusLabel(ws, sounds)  # NEWS2, on every screen
        self.sync_status.worker.succeeded.connect(self._synced)
        self.session = ScreenSlot()  # one session's screens, opened from the worklist
        self.nav_buttons = make_nav_buttons(self._nav_clicked)
        self.pages = QStackedWidget()  # the content, or the lock screen covering it
        self.lock_screen = LockScreen(ws)
        self.lock_screen.unlocked.connect(self._unlocked)
        self.lock_screen.handed_over.connect(self._handed_over)
        self.watcher = InactivityWatcher(ws.clock, ws.protocol.site.screen_lock_minutes * 60, self)
        self.watcher.idle.connect(self._idle)
        self.extras = HeaderExtras(self, ws, sounds)  # settings, mute, training banner
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
        self.stack.addWidget(self.session)
        self.screens = WindowPages(self._ws, self.stack, self.open_session)
        self.pharmacy, self.discrepancies = self.screens.pharmacy, self.screens.discrepancies
        self.sign_in.signed_in.connect(self._signed_in)
        self._show_site()

    def _lay_out(self) -> None:
        header = QFrame()
        header.setObjectName("header")
        header.setMinimumHeight(62)  # the same with or without the Sign out button: no jump
        row = QHBoxLayout(header)
        row.setContentsMargins(16, 8, 16, 8)
        row.setSpacing(12)
        for widget in (self.site_label, self.user_label, self.clock_label, *self._header_buttons()):
            widget.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        row.addWidget(self.site_label)
        row.addStretch(1)
        row.addWidget(self.user_label)
        row.addWidget(self.lock_button)
        row.addWidget(self.sign_out_button)
        row.addSpacing(12)
        row.addWidget(self.clock_label)
        self.nav_bar = QFrame()
        self.nav_bar.setObjectName("navBar")
        nav = QHBoxLayout(self.nav_bar)
        nav.setContentsMargins(20, 6, 20, 6)
        for button in self.nav_buttons.values():
            nav.addWidget(button)
        nav.addStretch(1)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(header)
        column.addWidget(self.nav_bar)
        column.addWidget(self.stack, 1)
        self.pages.addWidget(content)
        self.pages.addWidget(self.lock_screen)
        self.setCentralWidget(self.pages)
        self.statusBar().addWidget(self.protocol_label)  # bottom left: the header has no room
        self.statusBar().addWidget(self.escalation_status, 1)
        self.statusBar().addPermanentWidget(self.sync_status)  # bottom right, on every screen
        self.statusBar().setSizeGripEnabled(False)
        self.extras.install(row, column)

    def _header_buttons(self) -> tuple[QPushButton, ...]:
        extras = self.extras
        return (self.lock_button, self.sign_out_button, extras.settings_button, extras.mute_button)

    def _show_site(self) -> None:
        site = current_site_code(self._ws)
        shown = site or self.tr("not set up")
        self.site_label.setText(self.tr("Site %s") % shown)
        self.setWindowTitle(self.tr("Infusion logger — %s") % shown)

    def _show_time(self) -> None:
        local = self._ws.clock.now().astimezone(ZoneInfo(self._ws.protocol.site.timezone))
        self.clock_label.setText(local.strftime("%H:%M"))
        date = QDate(local.year, local.month, local.day)
        long_date = QLocale().toString(date, QLocale.FormatType.LongFormat)  # the locale's words
        self.clock_label.setToolTip(f"{long_date} {local.strftime('%H:%M %Z')}")
        self.lock_screen.show_time(self._ws.clock)
        self._show_escalation()
        if self.locked:  # what keeps running behind the lock: elapsed, vitals due, alarms
            self._show_running()
        else:
            self._show_sync()

    def _show_escalation(self) -> None:
        try:
            self.escalation_status.refresh(self._ws.clock.now())
        except DatabaseClosed:  # the database was closed: the window is going away
            self._timer.stop()
            return
        # An open escalation takes the trial's place: the strip has room for one of them.
        self.protocol_label.setVisible(self.escalation_status.task is None)

    def _show_sync(self) -> None:
        try:
            self.sync_status.refresh()  # the waiting count grows with every entry
        except DatabaseClosed:  # the database was closed: the window is going away
            self._timer.stop()

    def _show_running(self) -> None:
        try:
            lines = running_lines(self._ws, self._ws.clock.now())
        except DatabaseClosed:  # the database was closed: the window is going away
            self._timer.stop()
            return
        self.lock_screen.set_status(lines)

    def _show_signed_in(self, actor: Actor | None) -> None:
        self._actor = actor
        if actor is None:
            self.user_label.clear()
            self.watcher.disarm()
        else:
            self.user_label.setText(f"{actor.full_name} · {role_text(actor.role)}")
            self.watcher.arm()
        for widget in (self.user_label, self.sign_out_button, self.lock_button):
            widget.setVisible(actor is not None)
        reachable = SCREENS_OF_ROLE[actor.role] if actor else ()
        for key, button in self.nav_buttons.items():
            button.setVisible(key in reachable)
        self.nav_bar.setVisible(len(reachable) > 1)
        self.screens.drop_all()  # built again, empty, for whoever signs in next
        self.session.clear()

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
        self.show_screen(self.worklist)
        self.worklist.search.setFocus()
        if self.resume_session:  # after a crash: back on the infusion that was running
            session, self.resume_session = self.resume_session, None
            self.open_session(session)

    def show_screen(self, screen: QWidget) -> None:
        """Show a navigation page (worklist, users, audit trail…), read afresh for the user."""
        key = self.screens.key_of(screen)
        if self._actor is None or key is None:
            return
        self._show_page(key)

    def _show_page(self, key: str) -> None:
        assert self._actor is not None
        self.stack.setCurrentWidget(self.screens.show(key, self._actor))
        for other, button in self.nav_buttons.items():
            button.setChecked(other == key)

    @property
    def worklist(self) -> WorklistScreen:
        """The worklist, built at the first sign-in (and again after each sign-out)."""
        return cast("WorklistScreen", self.screens.get("worklist"))

    @property
    def users(self) -> UsersScreen:
        """The users screen (administrators), built the first time it is asked for."""
        return cast("UsersScreen", self.screens.get("users"))

    @property
    def audit_trail(self) -> AuditTrailScreen:
        """The audit-trail screen, built the first time it is asked for."""
        return cast("AuditTrailScreen", self.screens.get("audit"))

    @property
    def participants(self) -> ParticipantsScreen:
        """The participants screen (investigators), built the first time it is asked for."""
        return cast("ParticipantsScreen", self.screens.get("participants"))

    def open_session(self, session_id: str) -> None:
        """Open one session at the screen its state calls for (checks, infusion or record)."""
        if self._actor is None:
            return
        from infusion_app.services.session_protocols import session_workspace
        from infusion_app.ui.session_host import SessionHost

        # The session's screens judge it by the protocol file it was scheduled under.
        ws = session_workspace(self._ws, session_id)
        host = SessionHost(ws, self._actor, session_id, self._sounds)
        host.closed.connect(self._session_closed)
        self.session.put(host)
        self.stack.setCurrentWidget(self.session)
        for button in self.nav_buttons.values():
            button.setChecked(False)

    def _session_closed(self) -> None:
        self.session.clear()
        self.show_screen(self.worklist)

    def _synced(self) -> None:
        worklist = self.screens.built("worklist")
        if worklist is not None and self.stack.currentWidget() is worklist and self._actor:
            self.worklist.refresh()  # what other laptops recorded shows at once

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Stop the clock, cancel a running sync and close the open session's screen (its
        timer ticks against a workspace that is closed next) before the window goes."""
        self._timer.stop()
        self.sync_status.stop()
        self.session.clear()
        super().closeEvent(event)

    def _nav_clicked(self) -> None:
        # A bound method, not a lambda holding self: the window can be freed when closed.
        if self._actor is not None:
            self._show_page(str(self.sender().property("screen")))

    def _idle(self, seconds: int) -> None:
        self.lock(idle_seconds=seconds)

    @property
    def locked(self) -> bool:
        """True while the lock screen covers the window."""
        return self.pages.currentWidget() is self.lock_screen

    def lock(self, *, idle_seconds: int = 0) -> None:
        """Record the lock and cover the window; open dialogs are cancelled (never left showing).

        Nothing happens when nobody is signed in or the screen is already locked.
        """
        if self._actor is None or self.locked:
            return
        self.watcher.disarm()
        locked = lock_screen(self._ws, self._actor, idle_seconds=idle_seconds)
        _close_dialogs()
        if isinstance(locked, Refusal):  # deactivated meanwhile: may not even lock
            self._back_to_sign_in(locked)
            return
        self.lock_screen.show_for(self._actor, current_site_code(self._ws) or "")
        self.lock_screen.show_time(self._ws.clock)
        self.pages.setCurrentWidget(self.lock_screen)
        self._show_running()  # at once, not at the next tick
        self.lock_screen.password.setFocus()

    def _unlocked(self) -> None:
        self.pages.setCurrentWidget(self.pages.widget(0))
        self.watcher.arm()

    def _handed_over(self, actor: Actor) -> None:
        self._show_signed_in(actor)
        self._unlocked()
        self.show_screen(self.worklist)

    @property
    def actor(self) -> Actor | None:
        """Who is signed in, or None."""
        return self._actor

    def sign_out(self) -> None:
        """Record the sign-out and return to the sign-in screen with the fields cleared.

        A user deactivated since signing in may record nothing, not even this: the window
        returns to the sign-in screen all the same, saying why.
        """
        outcome = sign_out(self._ws, self._actor) if self._actor is not None else None
        self._back_to_sign_in(outcome if isinstance(outcome, Refusal) else None)

    def _back_to_sign_in(self, refusal: Refusal | None = None) -> None:
        self._show_signed_in(None)
        self.pages.setCurrentWidget(self.pages.widget(0))
        self.stack.setCurrentWidget(self.sign_in)
        self.sign_in.reset()
        if refusal is not None:
            self.sign_in.say(refusal_text(refusal))


def _close_dialogs() -> None:
    """Cancel every open dialog (never left showing over a locked or signed-out window)."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
