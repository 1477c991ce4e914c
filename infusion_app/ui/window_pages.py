"""The main window's pages behind the navigation bar, each built the first time it is shown.

The window opens with none of them imported (start-up time: bench/run_all.py), and drops them
all when the user signs out or hands over, so nothing of one user's screens stays readable.
The pharmacy and discrepancies pages are made afresh on every showing, in their
:class:`ScreenSlot`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QStackedWidget, QWidget

from infusion_app.services.context import Actor, Workspace
from infusion_app.ui.screen_slot import ScreenSlot

KEYS = ("worklist", "participants", "pharmacy", "discrepancies", "users", "audit")


class WindowPages:
    """Builds, shows and drops the pages of ``stack``; ``open_session`` gets the worklist's
    activated sessions."""

    def __init__(
        self, ws: Workspace, stack: QStackedWidget, open_session: Callable[[str], None]
    ) -> None:
        self._ws = ws
        self._stack = stack
        self._open_session = open_session
        self.pharmacy = ScreenSlot()  # the receipt screen, made for whoever signs in
        self.discrepancies = ScreenSlot()  # sync discrepancies, read afresh for an investigator
        for slot in (self.pharmacy, self.discrepancies):
            stack.addWidget(slot)
        self._built: dict[str, QWidget] = {}

    def built(self, key: str) -> QWidget | None:
        """The page ``key`` if it exists now (never builds one)."""
        slots: dict[str, QWidget] = {"pharmacy": self.pharmacy, "discrepancies": self.discrepancies}
        return slots.get(key) or self._built.get(key)

    def key_of(self, page: QWidget) -> str | None:
        """Which key ``page`` is shown under, or None."""
        return next((key for key in KEYS if self.built(key) is page), None)

    def get(self, key: str) -> QWidget:
        """The page ``key``, built and put in the stack the first time it is asked for."""
        page = self.built(key)
        if page is None:
            page = self._built[key] = self._make(key)
            self._stack.addWidget(page)
        return page

    def _make(self, key: str) -> QWidget:
        ws = self._ws
        if key == "worklist":
            from infusion_app.ui.worklist_screen import WorklistScreen

            worklist = WorklistScreen(ws, ws.clock)
            worklist.session_activated.connect(self._open_session)
            return worklist
        if key == "users":
            from infusion_app.ui.users_screen import UsersScreen

            return UsersScreen(ws)
        if key == "audit":
            from infusion_app.ui.audit_trail_screen import AuditTrailScreen

            return AuditTrailScreen(ws)
        if key == "participants":
            from infusion_app.ui.participants.participants_screen import ParticipantsScreen

            return ParticipantsScreen(ws)
        raise KeyError(key)

    def show(self, key: str, actor: Actor) -> QWidget:
        """Read the page ``key`` afresh for ``actor``; returns the page to make current."""
        if key == "pharmacy":
            from infusion_app.ui.product.receipt_screen import ReceiptScreen

            self.pharmacy.put(ReceiptScreen(self._ws, actor))
            return self.pharmacy
        if key == "discrepancies":
            from infusion_app.ui.discrepancies_screen import DiscrepanciesScreen

            screen = DiscrepanciesScreen(self._ws)
            screen.show_for(actor)
            self.discrepancies.put(screen)
            return self.discrepancies
        page = self.get(key)
        if key == "worklist":
            page.refresh()  # type: ignore[attr-defined]
        else:
            page.show_for(actor)  # type: ignore[attr-defined]
        return page

    def drop_all(self) -> None:
        """Close and forget every page (sign-out, hand-over): built again, empty, when shown."""
        for page in self._built.values():
            self._stack.removeWidget(page)
            page.close()
            page.deleteLater()
        self._built.clear()
        self.pharmacy.clear()
        self.discrepancies.clear()
