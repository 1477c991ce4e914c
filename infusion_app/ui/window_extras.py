"""What the main window's header carries besides who is signed in: Settings…, the alarm mute,
the training banner and the Ctrl+L lock shortcut — kept here so ``main_window.py`` stays small.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from infusion_app.services.context import Workspace
from infusion_app.services.training import is_training
from infusion_app.ui.infusion.alarm_sounds import AlarmSounds
from infusion_app.ui.infusion.look import countdown_text
from infusion_app.ui.kit.forms import push_button
from infusion_app.ui.preferences import (
    Preferences,
    language_in_use,
    load_preferences,
    resolve_language,
    save_preferences,
)
from infusion_app.ui.themes import apply_look
from infusion_app.ui.training import training_banner

MUTE_MINUTES = 2
TICK_MS = 1000  # re-renders the time left; the time itself comes from the sounds' clock
LOCK_SHORTCUT = "Ctrl+L"


def make_nav_buttons(on_click: Callable[[], None]) -> dict[str, QPushButton]:
    """The navigation bar's buttons by screen key, checkable and exclusive."""
    buttons = {}
    for key, text in (
        ("worklist", QCoreApplication.translate("WindowExtras", "Worklist")),
        ("participants", QCoreApplication.translate("WindowExtras", "Participants")),
        ("pharmacy", QCoreApplication.translate("WindowExtras", "Pharmacy")),
        ("discrepancies", QCoreApplication.translate("WindowExtras", "Discrepancies")),
        ("users", QCoreApplication.translate("WindowExtras", "Users")),
        ("audit", QCoreApplication.translate("WindowExtras", "Audit trail")),
    ):
        button = QPushButton(text)
        button.setObjectName("navButton")
        button.setAccessibleName(text)
        button.setCheckable(True)
        button.setAutoExclusive(True)
        button.setProperty("screen", key)
        button.clicked.connect(on_click)
        buttons[key] = button
    return buttons


class HeaderExtras(QObject):
    """Settings…, "Mute alarms 2 min" with the time left, the training banners, Ctrl+L.

    A new theme or text size shows at once. A new language needs the screens built again:
    when nobody is signed in (and no first-run form is open) ``rebuild_requested`` is emitted
    at once; otherwise the language waits for the next sign-out, and the person is told so.

    Signals:
        rebuild_requested(): build the window again in the language now saved.
    """

    rebuild_requested = Signal()

    def __init__(self, window: QMainWindow, ws: Workspace, sounds: AlarmSounds | None) -> None:
        super().__init__(window)
        self._window = window
        self._sounds = sounds
        self.pending_language = False
        self.inform: Callable[[str], object] = self._inform  # tests replace it
        self.settings_button = push_button(
            self.tr("Settings…"), self.tr("Settings: language, theme, text size")
        )
        self.settings_button.clicked.connect(self.open_settings)
        self.mute_button = QPushButton()
        self.mute_button.clicked.connect(self.toggle_mute)
        self.mute_left = QLabel()
        self.mute_left.setObjectName("muteLeft")
        self.mute_left.setAccessibleName(self.tr("Alarm sounds muted for"))
        training = is_training(ws)
        self.banner = training_banner() if training else None
        self.lock_banner = training_banner() if training else None
        self.lock_shortcut = QShortcut(QKeySequence(LOCK_SHORTCUT), window)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.show_mute)
        self._timer.start(TICK_MS)

    def install(self, header: QHBoxLayout, column: QVBoxLayout) -> None:
        """Put the controls in the header row and the banners above the stack and lock screen."""
        window = self._window
        header.insertWidget(header.indexOf(window.user_label), self.mute_left)
        header.insertWidget(header.indexOf(window.user_label), self.mute_button)
        header.insertWidget(header.indexOf(window.lock_button), self.settings_button)
        if self.banner is not None and self.lock_banner is not None:
            column.insertWidget(column.indexOf(window.stack), self.banner)
            window.lock_screen.layout().insertWidget(0, self.lock_banner)
        self.lock_shortcut.activated.connect(window.lock)
        window.sign_out_button.clicked.connect(self._signed_out)
        self.show_mute()

    def open_settings(self) -> None:
        """Show the settings dialog and put what was chosen to use."""
        from infusion_app.ui.asking import run_dialog  # dialogs load when first opened
        from infusion_app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(load_preferences(), self._window)
        if run_dialog(dialog):
            self.apply(dialog.preferences())

    def apply(self, preferences: Preferences) -> None:
        """Save ``preferences``; the look changes now, the language now or at the next sign-in."""
        save_preferences(preferences)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_look(app, preferences.theme, preferences.text_scale)
        if resolve_language(preferences.language) == language_in_use(app):
            self.pending_language = False
            return
        if self._window.actor is None and getattr(self._window, "first_run", None) is None:
            self.rebuild_requested.emit()
            return
        self.pending_language = True
        self.inform(
            self.tr(
                "The new language shows from the next sign-in. Everything on screen stays "
                "as it is; a session in progress is saved as you go."
            )
        )

    def _signed_out(self) -> None:
        if self.pending_language:
            self.pending_language = False
            QTimer.singleShot(0, self.rebuild_requested.emit)  # after the sign-out has run

    def _inform(self, text: str) -> None:
        QMessageBox.information(self._window, self.tr("Settings"), text)

    def toggle_mute(self) -> None:
        """Mute every alarm tone for 2 minutes, or sound them again if muted."""
        if self._sounds is None:
            return
        self._sounds.mute_for(0 if self._sounds.muted_seconds_left() > 0 else MUTE_MINUTES)
        self.show_mute()

    def show_mute(self) -> None:
        """The button's words and the time left; the control shows only while signed in."""
        signed_in = self._sounds is not None and self._window.actor is not None
        left = self._sounds.muted_seconds_left() if self._sounds is not None else 0.0
        self.mute_button.setVisible(signed_in)
        self.mute_left.setVisible(signed_in and left > 0)
        if not signed_in:  # words and icon when it shows: QStyle's enums cost 15 ms to load
            return
        from PySide6.QtWidgets import QStyle

        if left > 0:  # an icon from the style: the fonts here have no emoji (a box showed)
            text, icon = self.tr("Sound on again"), QStyle.StandardPixmap.SP_MediaVolume
            self.mute_left.setText(self.tr("Muted %s") % countdown_text(left))
        else:
            text, icon = self.tr("Mute alarms 2 min"), QStyle.StandardPixmap.SP_MediaVolumeMuted
        if self.mute_button.text() != text:
            self.mute_button.setText(text)
            self.mute_button.setIcon(self.mute_button.style().standardIcon(icon))
            self.mute_button.setAccessibleName(text)
