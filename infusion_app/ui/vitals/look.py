"""How the vitals views look: their stylesheet rules and the words for slot states.

A state always shows an icon and a word, never colour alone; an overdue slot is loud.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from infusion_app.domain.vitals_schedule import SlotState

VITALS_STYLE = """
#vitalsCard { background: #ffffff; border: 1px solid #d5dbe1; border-radius: 10px; }
QLabel#slotIcon { font-size: 18pt; font-weight: 700; min-width: 36px; }
QLabel#slotLabel { font-size: 13pt; }
QLabel#slotDue { font-size: 13pt; font-weight: 600; }
QLabel#slotState { font-size: 13pt; font-weight: 600; border-radius: 6px; padding: 6px 10px;
    border: 1px solid #d5dbe1; background: #eef2f6; }
QLabel#slotState[kind="due"] { color: #6b4200; background: #fff8e1; border: 2px solid #b7791f; }
QLabel#slotState[kind="overdue"] { color: #ffffff; background: #a51d2d;
    border: 3px solid #6e0f1b; font-size: 15pt; font-weight: 700; }
QLabel#slotIcon[kind="overdue"] { color: #a51d2d; }
QLabel#slotIcon[kind="due"] { color: #8a5a00; }
QLabel#slotState[kind="done"] { color: #1e5b22; background: #eef6ee; border-color: #2e7d32; }
QLabel#slotState[kind="done_late"] { color: #1e5b22; background: #fff8e1;
    border: 2px dashed #b7791f; }
QLabel#slotIcon[kind="done"], QLabel#slotIcon[kind="done_late"] { color: #2e7d32; }
QLabel#panelTitle { font-size: 15pt; font-weight: 600; }
"""

STATE_ICONS: dict[SlotState, str] = {
    SlotState.UPCOMING: "○",
    SlotState.DUE: "◔",
    SlotState.OVERDUE: "⚠",
    SlotState.DONE: "✓",
    SlotState.DONE_LATE: "✓",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Vitals", text)


def state_word(state: SlotState) -> str:
    """The slot's state in a word or two, e.g. "Overdue — measure now"."""
    words = {
        SlotState.UPCOMING: _tr("Upcoming"),
        SlotState.DUE: _tr("Due now"),
        SlotState.OVERDUE: _tr("Overdue — measure now"),
        SlotState.DONE: _tr("Done"),
        SlotState.DONE_LATE: _tr("Done late"),
    }
    return words[state]


def news2_word(band: str) -> str:
    """The NEWS2 band in a word, e.g. "low–medium"."""
    words = {
        "low": _tr("low"),
        "low_medium": _tr("low–medium"),
        "medium": _tr("medium"),
        "high": _tr("high"),
    }
    return words.get(band, band)
