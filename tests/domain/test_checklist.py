"""The pre-infusion checklist judged against the shipped protocol, step by step."""

from __future__ import annotations

from typing import Any

import pytest

from infusion_app.domain.checklist import (
    Decision,
    ParticipantFacts,
    RecordedAnswer,
    RecordedDecision,
    evaluate,
)
from infusion_app.domain.checklist_rules import (
    Status,
    answer_problem,
    dose_formula,
    eligibility_failures,
    eligibility_unanswered,
    scientific,
)
from infusion_app.domain.protocol import CheckStep, Protocol
from infusion_app.protocol_files import default_protocol_path, load_protocol
from tests.conftest import GOOD_VITALS

PROTOCOL = load_protocol(default_protocol_path())
FACTS = ParticipantFacts("HPV-001", "LXM", 1985, "2026-11-20")


def good() -> dict[str, dict[str, Any]]:
    return {
        "identity": {"subject_code": "HPV-001", "second_identifier": "LXM", "wristband": "HPV-001"},
        "eligibility": {"items": {i.id: i.kind.value == "inclusion" for i in PROTOCOL.eligibility}},
        "consent": {"on_file": True},
        "pregnancy": {"childbearing_potential": True, "result": "negative"},
        "weight": {"weight_kg": 62.5},
        "baseline_vitals": {"vitals": dict(GOOD_VITALS)},
        "iv_access": {"patent": True},
        "drop_factor": {"drop_factor_gtt_ml": 20},
        "emergency_kit": {"at_hand": True},
    }


def judge(
    answers: dict[str, dict[str, Any]],
    decisions: dict[CheckStep, RecordedDecision] | None = None,
    protocol: Protocol = PROTOCOL,
):  # type: ignore[no-untyped-def]
    recorded = {CheckStep(k): RecordedAnswer(f"ev-{k}", v) for k, v in answers.items()}
    return evaluate(protocol, FACTS, recorded, decisions)


def with_change(step: str, **change: Any) -> dict[str, dict[str, Any]]:
    answers = good()
    answers[step] = {**answers[step], **change}
    return answers


def test_all_good_answers_make_the_session_ready() -> None:
    result = judge(good())
    assert result.ready and result.refusal() is None
    assert [s.step.value for s in result.steps] == [s.value for s in PROTOCOL.checks.steps]


def test_unanswered_steps_keep_it_from_being_ready() -> None:
    answers = good()
    del answers["emergency_kit"]
    result = judge(answers)
    assert not result.ready
    refusal = result.refusal()
    assert refusal is not None and refusal.code == "checks_incomplete"
    assert "emergency kit: not answered yet" in refusal.reason


@pytest.mark.parametrize(
    ("step", "change", "words"),
    [
        ("identity", {"wristband": "HPV-002"}, "wristband reads 'HPV-002'"),
        ("identity", {"second_identifier": "1986"}, "do not match"),
        ("identity", {"subject_code": "HPV-009"}, "is not HPV-001"),
        ("consent", {"on_file": False}, "no signed informed consent"),
        ("pregnancy", {"result": "positive"}, "positive"),
        ("pregnancy", {"result": "not_done"}, "negative test is required"),
        ("weight", {"weight_kg": 30}, "outside 35–150 kg"),
        ("weight", {"weight_kg": 151}, "outside 35–150 kg"),
    ],
)
def test_hard_stops_block_with_a_plain_explanation(step: str, change: dict, words: str) -> None:
    result = judge(with_change(step, **change))
    stopped = result.step(CheckStep(step))
    assert stopped.status is Status.HARD_STOP and words in str(stopped.message)
    refusal = result.refusal()
    assert refusal is not None and refusal.code == "hard_stop"


@pytest.mark.parametrize("item", [f"E{n}" for n in range(1, 11)])
def test_any_exclusion_met_is_a_hard_stop(item: str) -> None:
    answers = good()
    answers["eligibility"]["items"][item] = True
    stopped = judge(answers).step(CheckStep.ELIGIBILITY)
    assert stopped.status is Status.HARD_STOP and item in str(stopped.message)


@pytest.mark.parametrize("item", [f"I{n}" for n in range(1, 6)])
def test_any_inclusion_not_met_is_a_hard_stop(item: str) -> None:
    answers = good()
    answers["eligibility"]["items"][item] = False
    assert judge(answers).step(CheckStep.ELIGIBILITY).status is Status.HARD_STOP


def test_no_pregnancy_test_is_needed_without_child_bearing_potential() -> None:
    answers = with_change("pregnancy", childbearing_potential=False, result=None)
    assert judge(answers).step(CheckStep.PREGNANCY).status is Status.OK


def test_iv_access_not_patent_is_fixable_not_a_hard_stop() -> None:
    result = judge(with_change("iv_access", patent=False))
    assert result.step(CheckStep.IV_ACCESS).status is Status.NOT_YET
    assert not result.hard_stops


def test_the_dose_is_shown_with_its_formula() -> None:
    step = judge(good()).step(CheckStep.WEIGHT)
    assert str(step.message) == "1×10⁶ cells/kg × 62.5 kg = 6.25×10⁷ cells"
    assert str(dose_formula(PROTOCOL, 50)) == "1×10⁶ cells/kg × 50 kg = 5×10⁷ cells"
    assert scientific(1.0e6) == "1×10⁶"


def _high_bp() -> dict[str, dict[str, Any]]:
    answers = good()
    answers["baseline_vitals"]["vitals"]["systolic_mmhg"] = 172
    return answers


def test_baseline_out_of_range_waits_for_an_investigator() -> None:
    step = judge(_high_bp()).step(CheckStep.BASELINE_VITALS)
    assert step.status is Status.NEEDS_DECISION
    assert "Systolic BP 172 mmHg (allowed 90–160)" in str(step.message)


@pytest.mark.parametrize(
    ("decision", "status", "ready"),
    [(Decision.PROCEED, Status.PROCEED, True), (Decision.DEFER, Status.DEFERRED, False)],
)
def test_an_investigator_decision_is_on_the_record(
    decision: Decision, status: Status, ready: bool
) -> None:
    decided = {
        CheckStep.BASELINE_VITALS: RecordedDecision("ev-baseline_vitals", decision, "chronic HTN")
    }
    result = judge(_high_bp(), decided)
    assert result.step(CheckStep.BASELINE_VITALS).status is status
    assert "chronic HTN" in str(result.step(CheckStep.BASELINE_VITALS).message)
    assert result.ready is ready


def test_a_decision_on_an_older_answer_no_longer_counts() -> None:
    decided = {CheckStep.BASELINE_VITALS: RecordedDecision("ev-older", Decision.PROCEED, "ok")}
    assert (
        judge(_high_bp(), decided).step(CheckStep.BASELINE_VITALS).status is Status.NEEDS_DECISION
    )


@pytest.mark.parametrize(
    ("step", "answer", "code"),
    [
        (CheckStep.WEIGHT, {"weight_kg": "sixty"}, "bad_weight"),
        (CheckStep.WEIGHT, {"weight_kg": -2}, "bad_weight"),
        (CheckStep.DROP_FACTOR, {"drop_factor_gtt_ml": 12}, "bad_drop_factor"),
        (
            CheckStep.BASELINE_VITALS,
            {"vitals": {**GOOD_VITALS, "spo2_pct": 101}},
            "impossible_spo2_pct",
        ),
        (CheckStep.PREGNANCY, {"result": "maybe"}, "bad_result"),
    ],
)
def test_badly_formed_answers_are_refused(step: CheckStep, answer: dict, code: str) -> None:
    problem = answer_problem(PROTOCOL, step, answer)
    assert problem is not None and problem.code == code


def test_the_eligibility_rule_names_what_is_missing_and_what_stops() -> None:
    """The screen asks these two functions; it decides neither."""
    given = {i.id: i.kind.value == "inclusion" for i in PROTOCOL.eligibility}
    assert eligibility_unanswered(PROTOCOL, given) == ()
    assert eligibility_failures(PROTOCOL, given) == ()
    del given["I3"], given["E9"]
    given["I2"], given["E3"] = False, True
    assert eligibility_unanswered(PROTOCOL, given) == ("I3", "E9")
    assert eligibility_failures(PROTOCOL, given) == ("I2", "E3")
    assert eligibility_unanswered(PROTOCOL, {"I1": "yes"}) == tuple(
        i.id for i in PROTOCOL.eligibility
    ), "only a true or a false answers a criterion"


def test_every_criterion_has_a_bedside_label_and_keeps_its_full_wording() -> None:
    for item in PROTOCOL.eligibility:
        assert item.short is not None and item.label is item.short
        assert len(item.label.en) <= 45 and item.text.en != item.label.en, item.id
    assert PROTOCOL.eligibility[2].text.en.startswith("The subjects were not participating")
