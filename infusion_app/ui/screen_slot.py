"""A page that holds one screen at a time, made afresh for the signed-in user."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget


class ScreenSlot(QWidget):
    """A place in the main window's stack for a screen built on demand (and dropped on leave)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.screen: QWidget | None = None

    def put(self, screen: QWidget) -> None:
        """Show ``screen`` here, closing the one before."""
        self.clear()
        self.screen = screen
        self._layout.addWidget(screen)

    def clear(self) -> None:
        """Close and drop the screen held (sign-out, hand-over: nothing stays readable)."""
        if self.screen is not None:
            self._layout.removeWidget(self.screen)
            self.screen.close()
            self.screen.deleteLater()
            self.screen = None
