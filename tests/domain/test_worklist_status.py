"""Worklist chips: what needs a person first."""

from __future__ import annotations

from datetime import date

from infusion_app.domain.session_state import SessionState as S
from infusion_app.domain.worklist_status import Chip, SessionFlags, chips

TODAY = date(2026, 11, 24)


def test_each_state_has_its_chip() -> None:
    assert chips(S.SCHEDULED, TODAY, TODAY, SessionFlags()) == (Chip.SCHEDULED,)
    assert chips(S.ENDED, TODAY, TODAY, SessionFlags()) == (Chip.OBSERVING,)


def test_a_hard_stop_outranks_checking() -> None:
    found = chips(S.CHECKING, TODAY, TODAY, SessionFlags(hard_stop=True, needs_decision=True))
    assert found == (Chip.HARD_STOP, Chip.NEEDS_DECISION, Chip.CHECKING)


def test_an_adverse_event_and_overdue_vitals_come_first() -> None:
    flags = SessionFlags(vitals_due=True, vitals_overdue=True, open_adverse_event=True)
    assert chips(S.INFUSING, TODAY, TODAY, flags) == (
        Chip.ADVERSE_EVENT,
        Chip.VITALS_OVERDUE,
        Chip.INFUSING,
    )


def test_an_observed_session_from_yesterday_is_unsigned() -> None:
    found = chips(S.OBSERVING, date(2026, 11, 23), TODAY, SessionFlags())
    assert found == (Chip.OBSERVING, Chip.UNSIGNED)
