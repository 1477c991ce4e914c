"""Adverse events: CTCAE grades, seriousness, outcome, vitals around onset, worklist chip."""

from __future__ import annotations

from datetime import date

import pytest

from infusion_app.domain.adverse_events import check_grade
from infusion_app.domain.clock import FakeClock
from infusion_app.domain.outcomes import Refusal
from infusion_app.services import adverse_events as ae
from infusion_app.services import session_flow as flow
from infusion_app.services import vitals
from infusion_app.services.context import Accepted, Actor, Workspace
from infusion_app.services.worklist import worklist
from tests.conftest import GOOD_VITALS, pass_all_checks


@pytest.fixture
def infusing(site: Workspace, nurse: Actor, session_id: str) -> str:
    pass_all_checks(site, nurse, session_id)
    flow.mark_ready(site, nurse, session_id=session_id)
    flow.start_infusion(site, nurse, session_id=session_id)
    return session_id


def _record(ws: Workspace, who: Actor, session_id: str, **change: object) -> Accepted | Refusal:
    given: dict = {
        "term_code": "infusion_related_reaction",
        "grade": 2,
        "onset_at": "2026-11-24T01:10:00Z",
        "action": "infusion_paused",
        "outcome": "ongoing",
        **change,
    }
    return ae.record_adverse_event(ws, who, session_id=session_id, **given)


@pytest.mark.parametrize(
    ("term", "grade", "ok"),
    [("anaphylaxis", 1, False), ("anaphylaxis", 3, True), ("chills", 4, False), ("fever", 1, True)],
)
def test_only_grades_ctcae_defines_for_the_term(term: str, grade: int, ok: bool) -> None:
    assert (check_grade(term, grade) is None) is ok


def test_an_event_links_the_vitals_around_its_onset(
    site: Workspace, nurse: Actor, infusing: str, clock: FakeClock
) -> None:
    clock.advance(12 * 60)
    vitals.record_vitals(
        site, nurse, session_id=infusing, vitals={**GOOD_VITALS, "temperature_c": 38.3}
    )
    clock.advance(60)
    result = _record(site, nurse, infusing)
    assert isinstance(result, Accepted)
    assert len(result.created["linked_vitals"]) == 1 and result.created["serious"] is False
    [row] = ae.adverse_events(site, infusing)
    assert (row.term_name, row.grade, row.is_open) == ("Infusion related reaction", 2, True)


def test_a_seriousness_criterion_makes_it_serious(
    site: Workspace, nurse: Actor, infusing: str, clock: FakeClock
) -> None:
    clock.advance(15 * 60)
    result = _record(site, nurse, infusing, serious_criteria=["hospitalization"], grade=3)
    assert isinstance(result, Accepted) and result.created["serious"] is True


def test_the_outcome_is_updated_and_the_worklist_shows_an_open_event(
    site: Workspace, nurse: Actor, infusing: str, clock: FakeClock
) -> None:
    clock.advance(15 * 60)
    result = _record(site, nurse, infusing)
    assert isinstance(result, Accepted)
    assert worklist(site, date(2026, 11, 24))[0].chip.value == "adverse_event"
    ae.update_adverse_event(
        site, nurse, ae_id=result.created["ae_id"], outcome="recovered", grade=2
    )
    assert worklist(site, date(2026, 11, 24))[0].chip.value != "adverse_event"


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"term_code": "sunburn"}, "unknown_term"),
        ({"term_code": "other"}, "missing_term"),
        ({"action": "ignored"}, "bad_action"),
        ({"onset_at": "2026-11-24T03:00:00Z"}, "time_in_future"),
    ],
)
def test_bad_entries_are_refused(
    site: Workspace, nurse: Actor, infusing: str, change: dict, code: str
) -> None:
    result = _record(site, nurse, infusing, **{"onset_at": "2026-11-24T00:55:00Z", **change})
    assert isinstance(result, Refusal) and result.code == code


def test_vitals_overdue_shows_on_the_worklist(
    site: Workspace, nurse: Actor, infusing: str, clock: FakeClock
) -> None:
    clock.advance(21 * 60)
    assert worklist(site, date(2026, 11, 24))[0].chip.value == "vitals_overdue"
