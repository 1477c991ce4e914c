"""Questions the infusion screens ask in a modal box; tests replace them per instance."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from infusion_app.ui.infusion.state_dialogs import (
    AcknowledgeDialog,
    CompletionDialog,
    LateEntryDialog,
    ReasonDialog,
)


@dataclass(frozen=True)
class Reason:
    """Why an infusion is paused or stopped: an EndReason value, and text (needed for other)."""

    reason: str
    text: str = ""


def ask_reason(parent: QWidget | None, message: str) -> str:
    """Ask what was done about a red drip rate; "" when cancelled (tests replace this)."""
    dialog = AcknowledgeDialog(message, parent)
    return dialog.text() if dialog.exec() else ""


def ask_late_reason(parent: QWidget | None, message: str) -> str:
    """Ask why a time long ago is recorded only now; "" when cancelled (tests replace this)."""
    dialog = LateEntryDialog(message, parent)
    return dialog.text() if dialog.exec() else ""


def ask_end_reason(parent: QWidget, title: str, action: str) -> Reason | None:
    """Ask why the infusion pauses or stops; None when cancelled (tests replace this)."""
    dialog = ReasonDialog(title, action, parent)
    if not dialog.exec():
        return None
    return Reason(dialog.reason(), dialog.text())


def ask_completion(parent: QWidget) -> tuple[bool, bool] | None:
    """Ask whether the bag is empty and the line flushed; None when cancelled."""
    dialog = CompletionDialog(parent)
    if not dialog.exec():
        return None
    return dialog.bag_empty.isChecked(), dialog.line_flushed.isChecked()
