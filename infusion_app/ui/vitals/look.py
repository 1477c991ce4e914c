"""How the vitals views show slot states: icons and words (the rules are in app.qss).

A state always shows an icon and a word, never colour alone; an overdue slot is loud.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from infusion_app.domain.vitals_schedule import SlotState

STATE_ICONS: dict[SlotState, str] = {
    SlotState.UPCOMING: "○",
    SlotState.DUE: "◔",
    SlotState.OVERDUE: "⚠",
    SlotState.DONE: "✓",
    SlotState.DONE_LATE: "✓",
    SlotState.MISSED: "✕",
}


def state_word(state: SlotState) -> str:
    """The slot's state in a word or two, e.g. "Overdue — measure now"."""
    words = {
        SlotState.UPCOMING: QCoreApplication.translate("Vitals", "Upcoming"),
        SlotState.DUE: QCoreApplication.translate("Vitals", "Due now"),
        SlotState.OVERDUE: QCoreApplication.translate("Vitals", "Overdue — measure now"),
        SlotState.DONE: QCoreApplication.translate("Vitals", "Done"),
        SlotState.DONE_LATE: QCoreApplication.translate("Vitals", "Done late"),
        SlotState.MISSED: QCoreApplication.translate("Vitals", "Missed (infusion ended)"),
    }
    return words[state]


def news2_word(band: str) -> str:
    """The NEWS2 band in a word, e.g. "low–medium"."""
    words = {
        "low": QCoreApplication.translate("Vitals", "low"),
        "low_medium": QCoreApplication.translate("Vitals", "low–medium"),
        "medium": QCoreApplication.translate("Vitals", "medium"),
        "high": QCoreApplication.translate("Vitals", "high"),
    }
    return words.get(band, band)
