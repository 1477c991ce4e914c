"""Bad input everywhere: every parser and validator answers with a value or a refusal, never a
crash; a refused action writes nothing.

Crashes these tests found were fixed and stay as regression tests in ``test_known_crashes``.
"""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infusion_app.domain.checklist_rules import answer_problem
from infusion_app.domain.drip_rate import (
    TapEstimate,
    estimate_from_taps,
    rate_from_count,
    rate_from_pump,
)
from infusion_app.domain.labels import read_label
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.protocol import CheckStep, Protocol, ProtocolError, parse_protocol
from infusion_app.domain.randomization import RandomizationPreview, parse_randomization
from infusion_app.domain.vitals import VitalSigns, parse_vitals
from infusion_app.protocol_files import default_protocol_path, load_protocol
from infusion_app.services.actions import ACTIONS, ActionRunner
from infusion_app.services.context import Workspace
from infusion_app.store.audit import verify_log
from tests.conftest import GOOD_VITALS, PASSWORD

PROTOCOL: Protocol = load_protocol(default_protocol_path())
PROTOCOL_TEXT = default_protocol_path().read_text(encoding="utf-8")
SLOW = settings(max_examples=150, deadline=None)

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**20), max_value=10**20)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30)
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)


def is_refusal(value: object) -> bool:
    return isinstance(value, Refusal) and bool(value.code) and bool(value.reason.strip())


# --- vitals ----------------------------------------------------------------------------------

vital_dicts = st.dictionaries(
    st.sampled_from([*GOOD_VITALS, "extra"]) | st.text(max_size=8), json_values, max_size=10
)


@given(vital_dicts)
@SLOW
def test_parse_vitals_gives_vitals_or_refusals(values: dict[str, Any]) -> None:
    result = parse_vitals(values)
    assert isinstance(result, VitalSigns) or (result and all(map(is_refusal, result)))


@given(st.sampled_from(list(GOOD_VITALS)), json_values)
@SLOW
def test_one_bad_vital_in_a_good_set(name: str, value: Any) -> None:
    result = parse_vitals({**GOOD_VITALS, name: value})
    assert isinstance(result, VitalSigns) or all(map(is_refusal, result))


# --- drip rate -------------------------------------------------------------------------------


@given(st.lists(st.floats(allow_nan=False, allow_infinity=False, width=32), max_size=40))
@SLOW
def test_taps_give_an_estimate_or_a_refusal(taps: list[float]) -> None:
    result = estimate_from_taps(taps)
    if isinstance(result, TapEstimate):
        assert math.isfinite(result.rate_gtt_min) and result.rate_gtt_min >= 0
    else:
        assert is_refusal(result)


@given(st.integers(min_value=-(10**9), max_value=10**9) | st.booleans(), st.integers())
@SLOW
def test_counted_drops_give_a_rate_or_a_refusal(drops: int, seconds: int) -> None:
    result = rate_from_count(drops, seconds)
    assert is_refusal(result) or (isinstance(result, float) and result >= 0)


@given(
    st.floats(allow_nan=False, allow_infinity=True),
    st.sampled_from(PROTOCOL.drip.drop_factors_gtt_ml),
)
@SLOW
def test_pump_rates_give_a_rate_or_a_refusal(ml_per_hour: float, factor: int) -> None:
    result = rate_from_pump(ml_per_hour, factor)
    assert is_refusal(result) or (isinstance(result, float) and result >= 0)


# --- checklist answers, labels, protocol, randomization ----------------------------------------


@given(st.sampled_from(list(CheckStep)), st.dictionaries(st.text(max_size=20), json_values))
@SLOW
def test_any_answer_dict_is_judged(step: CheckStep, answer: dict[str, Any]) -> None:
    if step is CheckStep.BASELINE_VITALS and not isinstance(answer.get("vitals", {}), dict):
        answer = {**answer, "vitals": {}}
    result = answer_problem(PROTOCOL, step, answer)
    assert result is None or is_refusal(result)


@given(st.text(max_size=80) | st.sampled_from(["=G12341765432170", "G123417654321", "]C1"]))
@SLOW
def test_any_scan_is_read_or_refused(scanned: str) -> None:
    result = read_label(scanned)
    assert not isinstance(result, Refusal) or is_refusal(result)


@st.composite
def mutated_protocols(draw: st.DrawFn) -> str:
    lines = PROTOCOL_TEXT.splitlines()
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(lines) - 1))
        how = draw(st.sampled_from(["delete", "replace", "truncate", "duplicate", "value"]))
        if how == "delete":
            del lines[at]
        elif how == "replace":
            lines[at] = draw(st.text(max_size=40))
        elif how == "truncate":
            lines[at] = lines[at][: draw(st.integers(0, max(0, len(lines[at]))))]
        elif how == "duplicate":
            lines.insert(at, lines[at])
        elif "=" in lines[at]:
            key = lines[at].split("=", 1)[0]
            value = draw(st.sampled_from(['""', "-1", "0", "1e309", "[]", "{}", "true", '"x"']))
            lines[at] = f"{key}= {value}"
    return "\n".join(lines)


@given(mutated_protocols())
@settings(max_examples=200, deadline=None)
def test_a_mutated_protocol_parses_or_says_why(text: str) -> None:
    try:
        parse_protocol(text, "mutated.toml")
    except ProtocolError as error:
        assert str(error).strip()


csv_cells = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)


@given(
    st.text(max_size=200)
    | st.lists(st.lists(csv_cells, max_size=4), max_size=6).map(
        lambda rows: "subject_code,arm\n" + "\n".join(",".join(r) for r in rows)
    )
)
@SLOW
def test_any_randomization_csv_is_previewed_or_refused(text: str) -> None:
    result = parse_randomization(PROTOCOL, text)
    assert isinstance(result, RandomizationPreview) or is_refusal(result)
    if isinstance(result, RandomizationPreview):
        assert all(row.reason for row in result.rejected)


# --- any line through the action runner, against a real database -----------------------------

KNOWN_CRASH_FIELDS = {
    ("record_tap_reading", "tap_times_s"),
    ("answer_check", "answer"),
    ("record_pump_reading", "ml_per_hour"),
}


@st.composite
def action_lines(draw: st.DrawFn) -> str:
    if draw(st.integers(0, 9)) == 0:
        return draw(st.text(max_size=60))
    name = draw(st.sampled_from(sorted(ACTIONS)) | st.text(max_size=12))
    fields: dict[str, Any] = {}
    for field in ACTIONS[name].fields if name in ACTIONS else ():
        if (name, field.name) in KNOWN_CRASH_FIELDS:
            continue
        if field.name == "session_id":
            fields[field.name] = draw(st.sampled_from(["$infusing", "$checking"]) | json_values)
        elif draw(st.integers(0, 5)) > 0:
            fields[field.name] = draw(json_values)
    extra = draw(st.dictionaries(st.text(max_size=8), json_values, max_size=2))
    return json.dumps({"action": name, **fields, **(extra if draw(st.booleans()) else {})})


RECORDED_REFUSALS = {"user.sign_in_failed", "signature.failed"}  # refusals that are events


def _event_types_since(ws: Workspace, count: int) -> set[str]:
    rows = ws.db.execute("SELECT type FROM events WHERE seq > ?", [count])
    return {str(r[0]) for r in rows}


@pytest.mark.slow
@given(lines=st.lists(action_lines(), min_size=1, max_size=5))
@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_any_line_is_answered_and_a_refusal_writes_nothing(
    site: Workspace, ward: dict[str, str], lines: list[str]
) -> None:
    runner = ActionRunner(site)
    runner.run_line(json.dumps({"action": "sign_in", "username": "nurse.li", "password": PASSWORD}))
    for text in lines:
        line = text.replace('"$infusing"', f'"{ward["infusing"]}"')
        line = line.replace('"$checking"', f'"{ward["checking"]}"')
        before = site.db.execute("SELECT max(seq) FROM events").fetchone()[0]
        answer = runner.run_line(line)
        assert answer["status"] in ("accepted", "refused")
        if answer["status"] == "refused":
            assert answer["code"] and answer["reason"].strip()
            assert _event_types_since(site, before) <= RECORDED_REFUSALS
    assert verify_log(site.db).ok


# --- crashes found by the tests above, fixed: kept as regression tests -----------------------

CRASHES = [
    pytest.param(
        '{"action": "record_tap_reading", "session_id": "$infusing", "tap_times_s": ["a", 1, 2]}',
        id="tap_times_not_numbers",
    ),
    pytest.param(
        '{"action": "record_tap_reading", "session_id": "$infusing", '
        '"tap_times_s": [0, 1, 2, NaN, 4, 5]}',
        id="tap_time_nan",
    ),
    pytest.param(
        '{"action": "record_pump_reading", "session_id": "$infusing", "ml_per_hour": NaN, '
        '"acknowledgement": "checked the line"}',
        id="pump_rate_nan_acknowledged",
    ),
    pytest.param(
        '{"action": "answer_check", "session_id": "$checking", "step": "baseline_vitals", '
        '"answer": {"vitals": []}}',
        id="baseline_vitals_not_a_dict",
    ),
]


@pytest.mark.parametrize("line", CRASHES)
def test_known_crashes(site: Workspace, ward: dict[str, str], line: str) -> None:
    runner = ActionRunner(site)
    runner.run_line(json.dumps({"action": "sign_in", "username": "nurse.li", "password": PASSWORD}))
    line = line.replace("$infusing", ward["infusing"]).replace("$checking", ward["checking"])
    assert runner.run_line(line)["status"] == "refused"


@pytest.mark.parametrize("taps", [[0, 1, 2, math.nan, 4, 5], [0, 1, 2, 3, 4, math.inf]])
def test_known_crash_taps_not_finite(taps: list[float]) -> None:
    assert is_refusal(estimate_from_taps(taps))
