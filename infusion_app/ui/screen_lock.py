"""Automatic screen lock: an inactivity watcher for the whole app, and the lock screen itself.

The lock screen shows no participant data: only the site, who is signed in, the time and a
status strip (a running infusion's timers and alarms keep running behind it).
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from infusion_app.domain.clock import Clock
from infusion_app.domain.outcomes import Refusal
from infusion_app.services.auth import hand_over, unlock
from infusion_app.services.context import Actor, Workspace
from infusion_app.ui.kit.forms import (
    centred_card,
    error_label,
    field_label,
    heading,
    line_edit,
    push_button,
    show_error,
)
from infusion_app.ui.messages import refusal_text
from infusion_app.ui.texts import role_text

TICK_MS = 1000  # the tick only looks at the clock; idle time is never counted in ticks
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


class InactivityWatcher(QObject):
    """Watches the key, mouse, touch and tablet input of the app's windows while armed.

    The filter sits on each top-level ``QWindow`` (the main window, dialogs, pop-ups): the
    platform delivers every input event to a window first, so it sees all input and nothing
    else. An application-wide Python event filter would see every event of every object;
    under PySide6 6.11 that made wrappers for objects being deleted (a segfault at teardown)
    and recursed through property changes (a stack overflow creating QSettings).

    Idle time is measured with ``clock.monotonic()`` (a wall-clock jump cannot lock or delay
    the lock); a :class:`QTimer` only decides when to look.

    Signals:
        idle(int): no input for the limit while armed; carries the idle time in seconds.
            The watcher disarms itself; :meth:`arm` starts watching again.
    """

    idle = Signal(int)

    def __init__(self, clock: Clock, limit_seconds: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.limit_seconds = limit_seconds
        self._last_input = clock.monotonic()
        self._armed = False
        self._watched: list[QWindow] = []
        self._following_focus = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(TICK_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Note the time of any input; never consumes the event."""
        if event.type() in INPUT_EVENTS:
            self._last_input = self._clock.monotonic()
        return False

    @property
    def armed(self) -> bool:
        """True while someone is signed in and the screen is not locked."""
        return self._armed

    def arm(self) -> None:
        """Start watching from now (sign-in, unlock)."""
        self._last_input = self._clock.monotonic()
        self._armed = True
        self._watch_windows()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and not self._following_focus:
            app.focusWindowChanged.connect(self._watch_windows)  # a dialog opened later
            self._following_focus = True

    def disarm(self) -> None:
        """Stop watching (signed out, or already locked)."""
        self._armed = False
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and self._following_focus:
            app.focusWindowChanged.disconnect(self._watch_windows)
            self._following_focus = False
        for window in self._watched:
            if shiboken6.isValid(window):  # not a window deleted meanwhile
                window.removeEventFilter(self)
        self._watched = []

    def _watch_windows(self, *_: object) -> None:
        """Filter every top-level window not yet watched (a new dialog or pop-up)."""
        if not self._armed:
            return
        self._watched = [window for window in self._watched if shiboken6.isValid(window)]
        for window in QGuiApplication.topLevelWindows():
            if window not in self._watched:
                window.installEventFilter(self)
                self._watched.append(window)

    def idle_seconds(self) -> float:
        """Seconds since the last input (monotonic)."""
        return self._clock.monotonic() - self._last_input

    def check(self) -> None:
        """Emit :attr:`idle` once the limit has passed without input."""
        if self._armed:
            self._watch_windows()
        idle = self.idle_seconds()
        if self._armed and idle >= self.limit_seconds:
            self.disarm()
            self.idle.emit(int(idle))


class LockScreen(QWidget):
    """Site, signed-in user, time and status strip; unlock, or another user takes over.

    The screen calls the services itself: a refusal's reason (wrong password, lockout with
    its minutes) shows under the field; the user name typed for a take-over stays.

    Signals:
        unlocked(): the signed-in user entered the right password.
        handed_over(object): another user took over; carries their
            :class:`~infusion_app.services.context.Actor`.
    """

    unlocked = Signal()
    handed_over = Signal(object)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._actor: Actor | None = None
        self.setObjectName("lockScreen")
        self.site_label = QLabel()
        self.site_label.setAccessibleName(self.tr("Site"))
        self.time_label = QLabel()
        self.time_label.setObjectName("lockTime")
        self.time_label.setAccessibleName(self.tr("Time at the site"))
        self.user_label = QLabel()
        self.user_label.setObjectName("lockUser")
        self.user_label.setAccessibleName(self.tr("Signed-in user"))
        self.status_strip = QLabel()
        self.status_strip.setObjectName("statusStrip")
        self.status_strip.setAccessibleName(self.tr("Status"))
        self.status_strip.setWordWrap(True)
        self.password = line_edit(self.tr("Your password"), password=True)
        self.unlock_button = push_button(self.tr("Unlock"), primary=True)
        self.message = error_label()
        self.other_username = line_edit(self.tr("User name of the person taking over"))
        self.other_password = line_edit(
            self.tr("Password of the person taking over"), password=True
        )
        self.take_over_button = push_button(self.tr("Take over"))
        self.other_message = error_label()
        self._lay_out()
        self.password.returnPressed.connect(self.submit_unlock)
        self.unlock_button.clicked.connect(self.submit_unlock)
        self.other_username.returnPressed.connect(self.other_password.setFocus)
        self.other_password.returnPressed.connect(self.submit_take_over)
        self.take_over_button.clicked.connect(self.submit_take_over)
        self.set_status([])

    def _lay_out(self) -> None:
        card = centred_card(self, width=720)
        top = QFrame()
        top.setObjectName("lockTop")
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        for label in (self.time_label, self.site_label, self.user_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(label)
        card.addWidget(top)
        card.addWidget(self.status_strip)
        card.addSpacing(6)
        card.addWidget(heading(self.tr("Screen locked")))
        card.addWidget(field_label(self.tr("Your &password"), self.password))
        card.addWidget(self.password)
        card.addWidget(self.message)
        card.addWidget(self.unlock_button)
        card.addSpacing(10)
        divider = QFrame()
        divider.setObjectName("divider")
        divider.setFixedHeight(1)
        card.addWidget(divider)
        other = QLabel(self.tr("Another user takes over"))
        other.setObjectName("subheading")
        card.addWidget(other)
        card.addWidget(field_label(self.tr("User &name"), self.other_username))
        card.addWidget(self.other_username)
        card.addWidget(field_label(self.tr("Pass&word"), self.other_password))
        card.addWidget(self.other_password)
        card.addWidget(self.other_message)
        card.addWidget(self.take_over_button)

    def show_for(self, actor: Actor, site: str) -> None:
        """Lock for ``actor``: every field empty, no message, the cursor in the password."""
        self._actor = actor
        self.site_label.setText(self.tr("Site %s") % site)
        self.user_label.setText(
            self.tr("Signed in: %s · %s") % (actor.full_name, role_text(actor.role))
        )
        for field in (self.password, self.other_username, self.other_password):
            field.clear()
        show_error(self.message, "")
        show_error(self.other_message, "")
        self.password.setFocus()

    def show_time(self, clock: Clock) -> None:
        """Re-render the time from the clock (called on the window's tick)."""
        local = clock.now().astimezone(ZoneInfo(self._ws.protocol.site.timezone))
        self.time_label.setText(local.strftime("%H:%M"))
        self.time_label.setToolTip(local.strftime("%Y-%m-%d %H:%M %Z"))

    def set_status(self, lines: list[str]) -> None:
        """What keeps running behind the lock: elapsed infusion time, vitals due, alarms."""
        shown = lines or [self.tr("No infusion running")]
        self.status_strip.setText("\n".join(shown))

    def submit_unlock(self) -> None:
        """The same user's password: unlock, or show why not."""
        if self._actor is None:
            return
        result = unlock(self._ws, self._actor, password=self.password.text())
        if not self._refused(result, self.message, self.password):
            self.unlocked.emit()

    def submit_take_over(self) -> None:
        """Another user's name and password: hand the laptop over, or show why not."""
        if self._actor is None:
            return
        result = hand_over(
            self._ws,
            self._actor,
            username=self.other_username.text().strip(),
            password=self.other_password.text(),
        )
        if self._refused(result, self.other_message, self.other_password):
            return
        self.other_username.clear()
        self.handed_over.emit(result)

    @staticmethod
    def _refused(result: object, message: QLabel, password: QLineEdit) -> bool:
        """Clear the typed ``password``; True, with the reason in ``message``, for a refusal."""
        password.clear()
        if isinstance(result, Refusal):
            show_error(message, refusal_text(result))
            password.setFocus()
            return True
        show_error(message, "")
        return False
