"""How the session screens show a step's status: an icon and a word (never colour alone)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from infusion_app.domain.checklist_rules import Status


def _tr(text: str) -> str:
    return QCoreApplication.translate("Checklist", text)


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
        Status.PENDING: _tr("To do"),
        Status.OK: _tr("Done"),
        Status.NOT_YET: _tr("Not yet"),
        Status.HARD_STOP: _tr("Hard stop"),
        Status.NEEDS_DECISION: _tr("Investigator decides"),
        Status.PROCEED: _tr("Proceed (decided)"),
        Status.DEFERRED: _tr("Deferred (decided)"),
    }
    return words[status]


def status_text(status: Status) -> str:
    """Icon and word together, so the status never rests on colour alone."""
    return f"{STATUS_ICONS[status]}  {status_word(status)}"
