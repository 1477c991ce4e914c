"""Checks through the services: every answer an event, ready only when the domain says so."""

from __future__ import annotations

from infusion_app.domain.events import EventType
from infusion_app.domain.outcomes import Refusal
from infusion_app.services import checks
from infusion_app.services import session_flow as flow
from infusion_app.services.context import Accepted, Actor, Workspace
from infusion_app.store.rebuild import rebuild_check
from tests.conftest import GOOD_VITALS, PASSWORD, good_answers, pass_all_checks, verify_product


def test_answers_are_events_and_the_result_says_the_status(
    site: Workspace, nurse: Actor, session_id: str
) -> None:
    flow.begin_checks(site, nurse, session_id=session_id)
    result = checks.answer_check(
        site, nurse, session_id=session_id, step="weight", answer={"weight_kg": 58.5}
    )
    assert isinstance(result, Accepted)
    assert result.created == {
        "status": "ok",
        "message": "1×10⁶ cells/kg × 58.5 kg = 5.85×10⁷ cells",
    }
    assert result.events[0].type == EventType.CHECK_ANSWERED


def test_checks_are_answered_only_during_the_checks(
    site: Workspace, nurse: Actor, session_id: str
) -> None:
    result = checks.answer_check(
        site, nurse, session_id=session_id, step="consent", answer={"on_file": True}
    )
    assert isinstance(result, Refusal) and result.code == "not_checking"


def test_ready_is_refused_until_every_check_holds(
    site: Workspace, nurse: Actor, session_id: str
) -> None:
    flow.begin_checks(site, nurse, session_id=session_id)
    refused = flow.mark_ready(site, nurse, session_id=session_id)
    assert isinstance(refused, Refusal) and "identity: not answered yet" in refused.reason
    for step, answer in good_answers(site).items():
        checks.answer_check(site, nurse, session_id=session_id, step=step, answer=answer)
    no_bag = flow.mark_ready(site, nurse, session_id=session_id)
    assert isinstance(no_bag, Refusal) and no_bag.code == "product_not_verified"
    verify_product(site, session_id)
    assert isinstance(flow.mark_ready(site, nurse, session_id=session_id), Accepted)


def test_a_wristband_mismatch_blocks_and_a_rescan_is_on_the_record(
    site: Workspace, nurse: Actor, session_id: str
) -> None:
    pass_all_checks(site, nurse, session_id)
    wrong = {"subject_code": "HPV-001", "second_identifier": "LXM", "wristband": "HPV-007"}
    answered = checks.answer_check(
        site, nurse, session_id=session_id, step="identity", answer=wrong
    )
    assert isinstance(answered, Accepted) and answered.created["status"] == "hard_stop"
    refused = flow.mark_ready(site, nurse, session_id=session_id)
    assert isinstance(refused, Refusal) and refused.code == "hard_stop"
    assert "HPV-007" in refused.reason
    identity_events = [
        e
        for e in site.store.events(session=session_id)
        if e.type == EventType.CHECK_ANSWERED and e.payload["step"] == "identity"
    ]
    assert len(identity_events) == 2, "every answer stays in the log"


def test_an_investigator_decides_with_a_signature(
    site: Workspace, nurse: Actor, investigator: Actor, session_id: str
) -> None:
    pass_all_checks(site, nurse, session_id)
    high = {"vitals": {**GOOD_VITALS, "systolic_mmhg": 168}}
    checks.answer_check(site, nurse, session_id=session_id, step="baseline_vitals", answer=high)
    nurse_try = checks.decide_check(
        site,
        nurse,
        session_id=session_id,
        step="baseline_vitals",
        decision="proceed",
        reason="x",
        password=PASSWORD,
    )
    assert isinstance(nurse_try, Refusal) and nurse_try.code == "not_permitted"
    bad_password = checks.decide_check(
        site,
        investigator,
        session_id=session_id,
        step="baseline_vitals",
        decision="proceed",
        reason="known hypertension, stable",
        password="wrong wrong",
    )
    assert isinstance(bad_password, Refusal)
    decided = checks.decide_check(
        site,
        investigator,
        session_id=session_id,
        step="baseline_vitals",
        decision="proceed",
        reason="known hypertension, stable",
        password=PASSWORD,
    )
    assert isinstance(decided, Accepted)
    assert isinstance(flow.mark_ready(site, nurse, session_id=session_id), Accepted)
    signer = site.db.execute(
        "SELECT full_name, meaning, record_type FROM signatures WHERE username = 'dr.wang'"
    ).fetchone()
    assert tuple(signer) == ("Wang Fang", "approved", "check:baseline_vitals")
    assert rebuild_check(site.db) == []


def test_no_decision_where_the_protocol_gives_none(
    site: Workspace, nurse: Actor, investigator: Actor, session_id: str
) -> None:
    pass_all_checks(site, nurse, session_id)
    checks.answer_check(
        site, nurse, session_id=session_id, step="consent", answer={"on_file": False}
    )
    result = checks.decide_check(
        site,
        investigator,
        session_id=session_id,
        step="consent",
        decision="proceed",
        reason="x",
        password=PASSWORD,
    )
    assert isinstance(result, Refusal) and result.code == "no_decision_needed"


def test_the_worklist_shows_a_hard_stop_first(
    site: Workspace, nurse: Actor, session_id: str
) -> None:
    from datetime import date

    from infusion_app.services.worklist import worklist

    pass_all_checks(site, nurse, session_id)
    checks.answer_check(
        site,
        nurse,
        session_id=session_id,
        step="pregnancy",
        answer={"childbearing_potential": True, "result": "positive"},
    )
    [row] = worklist(site, date(2026, 11, 24))
    assert row.chip.value == "hard_stop" and "checking" in row.chips
