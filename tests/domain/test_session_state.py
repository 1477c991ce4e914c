"""The session state machine, transition by transition."""

from __future__ import annotations

import pytest

from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.session_state import (
    TRANSITIONS,
    EndReason,
    SessionAction,
    SessionState,
    allowed_actions,
    check_reason,
    transition,
)

S, A = SessionState, SessionAction

LEGAL = [
    (S.SCHEDULED, A.BEGIN_CHECKS, S.CHECKING),
    (S.CHECKING, A.MARK_READY, S.READY),
    (S.READY, A.START, S.INFUSING),
    (S.INFUSING, A.PAUSE, S.PAUSED),
    (S.PAUSED, A.RESUME, S.INFUSING),
    (S.INFUSING, A.COMPLETE, S.ENDED),
    (S.PAUSED, A.COMPLETE, S.ENDED),
    (S.INFUSING, A.STOP, S.ENDED),
    (S.PAUSED, A.STOP, S.ENDED),
    (S.ENDED, A.BEGIN_OBSERVATION, S.OBSERVING),
    (S.OBSERVING, A.SIGN, S.SIGNED),
]
ILLEGAL = [
    (state, action)
    for state in SessionState
    for action in SessionAction
    if (state, action) not in {(s, a) for s, a, _ in LEGAL}
]


@pytest.mark.parametrize(("state", "action", "target"), LEGAL)
def test_each_legal_step_reaches_its_state(
    state: SessionState, action: SessionAction, target: SessionState
) -> None:
    assert transition(state, action) == target


def test_the_table_holds_exactly_the_design_steps() -> None:
    assert {(s, a): t for s, a, t in LEGAL} == TRANSITIONS


@pytest.mark.parametrize(("state", "action"), ILLEGAL)
def test_every_illegal_step_is_refused_with_a_sentence(
    state: SessionState, action: SessionAction
) -> None:
    result = transition(state, action)
    assert isinstance(result, Refusal)
    assert result.reason.endswith(".")
    assert "_" not in result.reason, "a nurse should not read code names"


@pytest.mark.parametrize(
    ("state", "action", "words"),
    [
        (S.CHECKING, A.START, "checks are not complete"),
        (S.SCHEDULED, A.START, "checks have not begun"),
        (S.SIGNED, A.SIGN, "already signed"),
        (S.SIGNED, A.PAUSE, "signed and locked"),
        (S.INFUSING, A.SIGN, "while the infusion is running"),
        (S.PAUSED, A.START, "resume it"),
    ],
)
def test_common_refusals_say_what_is_wrong(
    state: SessionState, action: SessionAction, words: str
) -> None:
    result = transition(state, action)
    assert isinstance(result, Refusal)
    assert words in result.reason


def test_signed_sessions_allow_nothing() -> None:
    assert allowed_actions(S.SIGNED) == ()


def test_an_infusion_can_pause_complete_or_stop() -> None:
    assert set(allowed_actions(S.INFUSING)) == {A.PAUSE, A.COMPLETE, A.STOP}


def test_a_whole_session_walks_to_signed() -> None:
    state = S.SCHEDULED
    for action in (A.BEGIN_CHECKS, A.MARK_READY, A.START, A.PAUSE, A.RESUME, A.COMPLETE):
        result = transition(state, action)
        assert isinstance(result, SessionState)
        state = result
    for action in (A.BEGIN_OBSERVATION, A.SIGN):
        result = transition(state, action)
        assert isinstance(result, SessionState)
        state = result
    assert state is S.SIGNED


@pytest.mark.parametrize(
    ("reason", "text", "code"),
    [
        (None, "", "missing_reason"),
        ("because", "", "missing_reason"),
        ("other", "  ", "missing_reason_text"),
    ],
)
def test_pause_and_stop_need_a_reason(reason: str | None, text: str, code: str) -> None:
    problem = check_reason(reason, text)
    assert problem is not None and problem.code == code


@pytest.mark.parametrize("reason", [r.value for r in EndReason if r is not EndReason.OTHER])
def test_listed_reasons_need_no_text(reason: str) -> None:
    assert check_reason(reason, "") is None


def test_other_with_text_is_accepted() -> None:
    assert check_reason("other", "participant needed the toilet") is None
