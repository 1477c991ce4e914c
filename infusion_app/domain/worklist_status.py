"""The worklist's status chip: what a session needs from a person, most urgent first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from infusion_app.domain.session_state import SessionState


class Chip(StrEnum):
    """One status a session shows on the worklist (its words, never its colour alone)."""

    ESCALATION = "escalation"  # a NEWS2 escalation not yet answered (whom was informed)
    ADVERSE_EVENT = "adverse_event"
    VITALS_OVERDUE = "vitals_overdue"
    HARD_STOP = "hard_stop"
    VITALS_NOT_TAKEN = "vitals_not_taken"  # a set not (fully) taken waits for its follow-up
    INFUSING = "infusing"
    PAUSED = "paused"
    VITALS_DUE = "vitals_due"
    NEEDS_DECISION = "needs_decision"
    OBSERVING = "observing"
    UNSIGNED = "unsigned"
    READY = "ready"
    CHECKING = "checking"
    SCHEDULED = "scheduled"
    SIGNED = "signed"


# The order of Chip above is the order of urgency: the first chip of a session sorts it.
URGENCY = {chip: rank for rank, chip in enumerate(Chip)}

_STATE_CHIP = {
    SessionState.SCHEDULED: Chip.SCHEDULED,
    SessionState.CHECKING: Chip.CHECKING,
    SessionState.READY: Chip.READY,
    SessionState.INFUSING: Chip.INFUSING,
    SessionState.PAUSED: Chip.PAUSED,
    SessionState.ENDED: Chip.OBSERVING,
    SessionState.OBSERVING: Chip.OBSERVING,
    SessionState.SIGNED: Chip.SIGNED,
}


@dataclass(frozen=True)
class SessionFlags:
    """Facts beyond the state that change what a session needs."""

    hard_stop: bool = False
    needs_decision: bool = False
    vitals_due: bool = False
    vitals_overdue: bool = False
    open_adverse_event: bool = False
    open_escalation: bool = False
    vitals_follow_up: bool = False  # a follow-up of a set partly or not taken is still to do


def chips(state: SessionState, day: date, today: date, flags: SessionFlags) -> tuple[Chip, ...]:
    """Every chip that applies, most urgent first."""
    found = {_STATE_CHIP[state]}
    wanted = {
        Chip.ESCALATION: flags.open_escalation,
        Chip.ADVERSE_EVENT: flags.open_adverse_event,
        Chip.VITALS_OVERDUE: flags.vitals_overdue,
        Chip.VITALS_DUE: flags.vitals_due and not flags.vitals_overdue,
        Chip.HARD_STOP: flags.hard_stop and state is SessionState.CHECKING,
        Chip.VITALS_NOT_TAKEN: flags.vitals_follow_up,
        Chip.NEEDS_DECISION: flags.needs_decision and state is SessionState.CHECKING,
        Chip.UNSIGNED: state in (SessionState.ENDED, SessionState.OBSERVING) and day < today,
    }
    found |= {chip for chip, applies in wanted.items() if applies}
    return tuple(sorted(found, key=URGENCY.__getitem__))
