"""Post-infusion observation: signing waits for the last check, or an investigator's early end."""

from __future__ import annotations

import pytest

from infusion_app.domain.clock import FakeClock
from infusion_app.domain.events import EventType
from infusion_app.domain.outcomes import Refusal
from infusion_app.services import observation, signing, vitals
from infusion_app.services import session_flow as flow
from infusion_app.services.actions import ActionRunner
from infusion_app.services.context import Accepted, Actor, Workspace
from infusion_app.store.rebuild import rebuild_check
from tests.conftest import GOOD_VITALS, PASSWORD, complete, observe_to_the_end, pass_all_checks


@pytest.fixture
def observing(site: Workspace, nurse: Actor, session_id: str, clock: FakeClock) -> str:
    """Started at 09:00, completed at 09:50 (during@15, 30, 45 done), observation begun."""
    pass_all_checks(site, nurse, session_id)
    flow.mark_ready(site, nurse, session_id=session_id)
    flow.start_infusion(site, nurse, session_id=session_id)
    for _ in range(3):
        clock.advance(15 * 60)
        assert isinstance(_record(site, nurse, session_id), Accepted)
    clock.advance(5 * 60)
    complete(site, nurse, session_id=session_id)
    assert isinstance(flow.begin_observation(site, nurse, session_id=session_id), Accepted)
    return session_id


def _record(ws: Workspace, who: Actor, session_id: str) -> Accepted | Refusal:
    return vitals.record_vitals(ws, who, session_id=session_id, vitals=GOOD_VITALS)


def _sign(ws: Workspace, who: Actor, session_id: str) -> Accepted | Refusal:
    return signing.sign_session(ws, who, session_id=session_id, password=PASSWORD)


def _state(ws: Workspace, session_id: str) -> str:
    return str(ws.db.execute("SELECT state FROM sessions WHERE id = ?", [session_id]).fetchone()[0])


def test_signing_is_refused_until_the_last_post_infusion_check(
    site: Workspace, nurse: Actor, observing: str, clock: FakeClock
) -> None:
    refused = _sign(site, nurse, observing)
    assert isinstance(refused, Refusal) and refused.code == "observation_not_over"
    assert "4 of 4" in refused.reason
    assert EventType.SIGNATURE_FAILED not in [e.type for e in site.store.events()]
    for minutes, key in ((0, "end"), (30, "post_30"), (30, "post_60")):
        clock.advance(minutes * 60)
        recorded = _record(site, nurse, observing)
        assert isinstance(recorded, Accepted) and recorded.created["slot_key"] == key
        assert isinstance(_sign(site, nurse, observing), Refusal)
    assert [s.key for s in observation.progress(site, observing).left] == ["post_120"]
    clock.advance(60 * 60)
    assert isinstance(_record(site, nurse, observing), Accepted)
    assert observation.not_over(site, observing) is None
    assert isinstance(_sign(site, nurse, observing), Accepted)
    assert _state(site, observing) == "signed"


def test_a_late_set_counts_for_its_slot(
    site: Workspace, nurse: Actor, observing: str, clock: FakeClock
) -> None:
    assert isinstance(_record(site, nurse, observing), Accepted)  # end, on time
    clock.advance(55 * 60)  # post_30 overdue since 10:30
    late = _record(site, nurse, observing)
    assert isinstance(late, Accepted)
    assert (late.created["slot_key"], late.created["late"]) == ("post_30", True)
    observe_to_the_end(site, nurse, session_id=observing)
    states = [s.state.value for s in observation.progress(site, observing).slots]
    assert states == ["done", "done_late", "done", "done"]
    assert isinstance(_sign(site, nurse, observing), Accepted)


def test_a_missed_during_infusion_set_does_not_take_the_post_infusion_sets(
    site: Workspace, nurse: Actor, session_id: str, clock: FakeClock
) -> None:
    pass_all_checks(site, nurse, session_id)
    flow.mark_ready(site, nurse, session_id=session_id)
    flow.start_infusion(site, nurse, session_id=session_id)
    clock.advance(20 * 60)  # during@15 is never recorded
    complete(site, nurse, session_id=session_id)
    flow.begin_observation(site, nurse, session_id=session_id)
    missed = {s.key: s.state.value for s in vitals.schedule_status(site, session_id)}
    assert missed["during@15"] == "missed"  # no alarm for a set that can no longer be taken
    upcoming = vitals.next_due(site, session_id)
    assert upcoming is not None and upcoming.anchor.value == "end"  # reminders: the next check
    observe_to_the_end(site, nurse, session_id=session_id)  # each set matched to its slot
    missed = {s.key: s.state.value for s in vitals.schedule_status(site, session_id)}
    assert missed["during@15"] == "missed"
    assert isinstance(_sign(site, nurse, session_id), Accepted)


def test_an_investigator_ends_observation_early_with_a_reason(
    site: Workspace, nurse: Actor, investigator: Actor, observing: str, clock: FakeClock
) -> None:
    assert isinstance(_record(site, nurse, observing), Accepted)
    clock.advance(20 * 60)
    by_nurse = observation.end_observation_early(
        site, nurse, session_id=observing, reason="transfer"
    )
    assert isinstance(by_nurse, Refusal) and by_nurse.code == "not_permitted"
    blank = observation.end_observation_early(site, investigator, session_id=observing, reason=" ")
    assert isinstance(blank, Refusal) and blank.code == "missing_early_end_reason"
    ended = observation.end_observation_early(
        site, investigator, session_id=observing, reason="  Transferred to the ward  "
    )
    assert isinstance(ended, Accepted), ended
    [event] = ended.events
    assert (event.type, event.actor, event.payload) == (
        EventType.OBSERVATION_ENDED_EARLY,
        "dr.wang",
        {"reason": "Transferred to the ward"},
    )
    assert event.occurred_at == "2026-11-24T02:10:00.000000Z"
    early = observation.progress(site, observing).early_end
    assert early is not None and (early.by, early.reason) == ("dr.wang", "Transferred to the ward")
    again = observation.end_observation_early(
        site, investigator, session_id=observing, reason="twice"
    )
    assert isinstance(again, Refusal) and again.code == "observation_already_ended"
    assert _state(site, observing) == "observing"
    assert isinstance(_sign(site, nurse, observing), Accepted)
    assert rebuild_check(site.db) == []


def test_ending_early_is_refused_outside_observation_and_when_all_is_done(
    site: Workspace, nurse: Actor, investigator: Actor, session_id: str
) -> None:
    pass_all_checks(site, nurse, session_id)
    flow.mark_ready(site, nurse, session_id=session_id)
    flow.start_infusion(site, nurse, session_id=session_id)
    during = observation.end_observation_early(
        site, investigator, session_id=session_id, reason="x"
    )
    assert isinstance(during, Refusal) and during.code == "not_observing"
    complete(site, nurse, session_id=session_id)
    flow.begin_observation(site, nurse, session_id=session_id)
    observe_to_the_end(site, nurse, session_id=session_id)
    done = observation.end_observation_early(site, investigator, session_id=session_id, reason="x")
    assert isinstance(done, Refusal) and done.code == "observation_already_over"


def test_ending_early_is_a_replay_action(site: Workspace, nurse: Actor, observing: str) -> None:
    runner = ActionRunner(site)
    runner.run("sign_in", {"username": "dr.wang", "password": PASSWORD})
    answer = runner.run(
        "end_observation_early", {"session_id": observing, "reason": "participant left"}
    )
    assert isinstance(answer, Accepted), answer
    missing = runner.run("end_observation_early", {"session_id": observing})
    assert isinstance(missing, Refusal) and missing.code == "missing_field"
