"""Before the start: the bag must be scanned again at the bedside when the two-person check is
older than the protocol allows (its age and the limit said plainly), with the way there.

The words go under the state buttons and the button beside Start, so that a 1024×700 window
keeps its timer and tap pad whole.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton

from infusion_app.services.administration import bedside_rescan_needed
from infusion_app.services.context import Workspace
from infusion_app.ui.infusion.look import big_label
from infusion_app.ui.kit.restyle import set_kind
from infusion_app.ui.messages import message_text


class RescanPanel(QObject):
    """The words and the button, shown while the session is ready but its bedside check is
    too old (or half redone).

    Signals:
        requested(): the nurse asked for the bedside check screen.
    """

    requested = Signal()

    def __init__(self, ws: Workspace, session_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws, self._session = ws, session_id
        self.label = big_label("reminder", self.tr("Bedside check to repeat"))
        set_kind(self.label, "due")
        self.button = QPushButton(self.tr("Scan the bag again…"))
        self.button.setObjectName("primary")
        self.button.setAccessibleName(self.tr("Scan the bag again"))
        self.button.clicked.connect(self.requested)
        self.label.hide()
        self.button.hide()

    def render(self) -> None:
        """Show why the bag is scanned again, or hide when it need not be."""
        needed = bedside_rescan_needed(self._ws, self._session)
        self.label.setVisible(needed is not None)
        self.button.setVisible(needed is not None)
        if needed is not None:
            self.label.setText("⚠  " + message_text(needed))
