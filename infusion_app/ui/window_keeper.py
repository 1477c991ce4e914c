"""Keeps the one main window, and builds it again when the language changes.

Every screen sets its texts when it is built, so a new language means new screens. The
window is only rebuilt when nothing can be lost: nobody is signed in (see
:class:`~infusion_app.ui.window_extras.HeaderExtras`). Everything clinical is in the database
the moment it is entered, so a rebuilt window shows the same record.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from infusion_app.services.context import Workspace
from infusion_app.ui.infusion.alarm_sounds import AlarmSounds
from infusion_app.ui.main_window import MainWindow
from infusion_app.ui.preferences import install_language, load_preferences


class WindowKeeper(QObject):
    """Owns the main window on one workspace; ``window`` is the one showing now."""

    def __init__(self, ws: Workspace, sounds: AlarmSounds | None = None) -> None:
        super().__init__()
        self._ws = ws
        self._sounds = sounds
        self.window = self._build()

    def _build(self) -> MainWindow:
        window = MainWindow(self._ws, self._sounds)
        window.extras.rebuild_requested.connect(self.rebuild)
        return window

    def rebuild(self) -> MainWindow:
        """Install the saved language and replace the window with one built in it."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        install_language(app, load_preferences().language)
        old = self.window
        self.window = self._build()
        self.window.setGeometry(old.geometry())
        if old.isVisible():
            self.window.showMaximized() if old.isMaximized() else self.window.show()
        old.close()
        old.deleteLater()
        return self.window
