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
    SlotState.PARTIAL: "◑",
    SlotState.NOT_TAKEN: "⊘",
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
        SlotState.PARTIAL: QCoreApplication.translate("Vitals", "Partly taken"),
        SlotState.NOT_TAKEN: QCoreApplication.translate("Vitals", "Not taken"),
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


def news2_incomplete(parameters: int) -> str:
    """A partial set's NEWS2: never shown as a score, e.g. "NEWS2 incomplete — 4 of 7
    parameters"."""
    return QCoreApplication.translate("Vitals", "NEWS2 incomplete — {0} of 7 parameters").format(
        parameters
    )


def news2_cell(total: int, band: str, parameters: int, *, short: bool = False) -> str:
    """NEWS2 in a table cell: "⚠ 5 medium", "0 low"; a partial set's is incomplete, with the
    band its measured parameters already reach when that is above low ("at least 8 high").
    ``short`` (a narrow column titled NEWS2): "incomplete (4 of 7)"."""
    mark = "" if band == "low" else "⚠ "
    if parameters >= 7:
        return f"{mark}{total} {news2_word(band)}"
    incomplete = (
        QCoreApplication.translate("Vitals", "incomplete ({0} of 7)").format(parameters)
        if short
        else news2_incomplete(parameters)
    )
    if band == "low":
        return incomplete
    at_least = QCoreApplication.translate("Vitals", "at least {0} {1}").format(
        total, news2_word(band)
    )
    return f"{mark}{incomplete}; {at_least}"


def value_text(value: float | None, decimals: int = 0) -> str:
    """A measured value, or "—" for a parameter not measured."""
    return "—" if value is None else f"{value:.{decimals}f}"
