"""How the session screens show a step's status: an icon and a word (never colour alone)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from infusion_app.domain.checklist_rules import Status

STATUS_ICONS: dict[Status, str] = {
    Status.PENDING: "○",
    Status.OK: "✔",
    Status.NOT_YET: "◐",
    Status.HARD_STOP: "✖",
    Status.NEEDS_DECISION: "⚖",
    Status.PROCEED: "✔",
    Status.DEFERRED: "⊘",
}


def status_word(status: Status) -> str:
    """The status as a nurse reads it beside its icon, e.g. "Hard stop"."""
    words = {
        Status.PENDING: QCoreApplication.translate("Checklist", "To do"),
        Status.OK: QCoreApplication.translate("Checklist", "Done"),
        Status.NOT_YET: QCoreApplication.translate("Checklist", "Not yet"),
        Status.HARD_STOP: QCoreApplication.translate("Checklist", "Hard stop"),
        Status.NEEDS_DECISION: QCoreApplication.translate("Checklist", "Investigator decides"),
        Status.PROCEED: QCoreApplication.translate("Checklist", "Proceed (decided)"),
        Status.DEFERRED: QCoreApplication.translate("Checklist", "Deferred (decided)"),
    }
    return words[status]


def status_text(status: Status) -> str:
    """Icon and word together, so the status never rests on colour alone."""
    return f"{STATUS_ICONS[status]}  {status_word(status)}"
