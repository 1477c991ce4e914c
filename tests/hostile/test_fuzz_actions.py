"""Every action's fields, hostile values, through the replay boundary (``ActionRunner.run_line``).

For each action hypothesis writes JSON lines whose fields are real ids, plausible values or
hostile ones (control characters, lone surrogates, NUL, bidirectional overrides, zero-width
text, huge, negative and non-finite numbers, year-1 and year-9999 times, nested structures,
unknown fields), signed in as each role. Every line must get an answer (accepted, refused or
failed), never an exception; afterwards ``audit verify`` and ``rebuild --check`` still pass.

Numbers and dates are also drawn at and just beyond each field's declared range
(``domain/field_ranges.py``). A refusal of a field's value names the field; no line ends in the
boundary's last resort ("A value cannot be used: …", an error no rule caught), and no line is
accepted with a value outside its field's range.

What was tried is counted; ``-s`` prints the counts at the end of the module. An acceptance of
text holding control, bidirectional or only invisible characters is counted as a silent
acceptance (the per-field text rules belong to each action's input schema).
"""

from __future__ import annotations

import json
import os
import unicodedata
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infusion_app.domain.field_ranges import RANGES, Ages, Span, range_problem
from infusion_app.services.actions import ACTIONS, ActionRunner
from infusion_app.services.context import Workspace
from infusion_app.store.audit import verify_log
from infusion_app.store.rebuild import rebuild_check
from tests.conftest import GOOD_VITALS, PASSWORD
from tests.hostile.conftest import schedule

settings.register_profile("hostile", max_examples=25, deadline=None)
settings.register_profile("thorough", max_examples=300, deadline=None)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "hostile")
COUNTS: Counter[str] = Counter()

HOSTILE_TEXT = st.one_of(
    st.text(st.characters(codec=None, exclude_categories=()), max_size=40),  # incl. surrogates
    st.sampled_from(
        [
            "",
            " ",
            "\u200b",
            "\u200b" * 8,
            "\x00",
            "a\x00b",
            "\ud800",
            "\u202eevil",
            "dr.wang\n",
            "../../etc/passwd",
            "x" * 5000,
            "0001-01-01T00:00:00+05:00",
            "9999-12-31T23:59:59-12:00",
            "1999-01-01T00:00:00Z",
            "2099-12-31",
            "1900-01-01",
            "not a date",
            "NaN",
        ]
    ),
)
HOSTILE_NUMBER = st.one_of(
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0, -1, 1e308, -1e308, 1e-320, 2**63, 2**64 + 1]),
)
ANY_JSON = st.recursive(
    st.none() | st.booleans() | HOSTILE_NUMBER | HOSTILE_TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(HOSTILE_TEXT, inner, max_size=4),
    max_leaves=8,
)


def _sensible(name: str, known: dict[str, list[Any]]) -> st.SearchStrategy[Any]:
    """Values that reach past the first checks: real ids and plausible values."""
    if name in known:
        return st.sampled_from(known[name])
    return st.nothing()


def _edges(name: str) -> st.SearchStrategy[Any]:
    """Values at and just beyond the field's declared range (and inside it)."""
    declared = RANGES.get(name)
    if isinstance(declared, Span):
        low, high = declared.low, declared.high
        numbers = st.sampled_from([low, high, low - 1, high + 1, low - 0.001, high * 10])
        inside = st.floats(min_value=low, max_value=high)
        return (numbers | inside).map(lambda n: [n] if name.endswith("_s") else n)
    if isinstance(declared, Ages):
        return st.integers(min_value=1880, max_value=2120)
    if declared is not None:  # a date or a time
        days = st.dates(min_value=date(1990, 1, 1), max_value=date(2110, 1, 1))
        moments = st.datetimes(
            min_value=datetime(2026, 11, 22),
            max_value=datetime(2026, 11, 25),
            timezones=st.just(UTC),
        )
        return days.map(date.isoformat) | moments.map(lambda m: m.isoformat())
    return st.nothing()


def _field(name: str, types: tuple[type, ...], known: dict[str, list[Any]]) -> Any:
    by_type: list[st.SearchStrategy[Any]] = []
    if str in types:
        by_type.append(HOSTILE_TEXT)
    if float in types or int in types:
        by_type.append(HOSTILE_NUMBER)
    if bool in types:
        by_type.append(st.booleans())
    if dict in types or list in types:
        by_type.append(ANY_JSON)
    return st.one_of(_sensible(name, known), _edges(name), *by_type, ANY_JSON)


def _line(action: str, known: dict[str, list[Any]]) -> st.SearchStrategy[dict[str, Any]]:
    spec = ACTIONS[action]
    fields = {f.name: _field(f.name, f.types, known) for f in spec.fields if f.required}
    optional = {f.name: _field(f.name, f.types, known) for f in spec.fields if not f.required}
    extra = st.dictionaries(st.sampled_from(["colour", "actor", "seq"]), ANY_JSON, max_size=1)
    if "action" in fields:  # record_adverse_event: its fields in one object, as replay takes
        return st.fixed_dictionaries(fields, optional=optional).flatmap(
            lambda given: extra.map(lambda more: {"action": action, "fields": {**given, **more}})
        )
    return st.fixed_dictionaries(fields, optional=optional).flatmap(
        lambda given: extra.map(lambda more: {"action": action, **given, **more})
    )


def _keys(value: Any) -> set[str]:
    """Every key in a line, at any depth (a refusal may name a field inside a field)."""
    if isinstance(value, dict):
        return {str(k) for k in value} | {k for v in value.values() for k in _keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in _keys(v)}
    return set()


def _fields(line: dict[str, Any]) -> dict[str, Any]:
    """The action's fields a line gives."""
    if set(line) == {"action", "fields"}:
        return dict(line["fields"])
    return {k: v for k, v in line.items() if k != "action"}


def _hostile_text_in(value: Any) -> bool:
    if isinstance(value, str):
        visible = [c for c in value if unicodedata.category(c) not in ("Cf", "Zs")]
        controls = any(unicodedata.category(c) in ("Cc", "Cs") for c in value)
        bidi = any(c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069" for c in value)
        return controls or bidi or (bool(value) and not visible)
    if isinstance(value, dict):
        return any(_hostile_text_in(v) for v in value.values())
    if isinstance(value, list):
        return any(_hostile_text_in(v) for v in value)
    return False


# Refusals of one field's value: each names the field.
FIELD_CODES = frozenset(
    {
        "unknown_field",
        "missing_field",
        "bad_field",
        "bad_text",
        "implausible_date",
        "implausible_number",
        "time_in_future",
        "time_too_early",
        "backdated_without_reason",
    }
)
LAST_RESORT = "A value cannot be used:"  # ActionRunner.run_line's catch-all


def _out_of_range(line: dict[str, Any], ws: Workspace) -> bool:
    now, today = ws.clock.now(), ws.site_today()
    return any(range_problem(k, v, now, today) for k, v in _fields(line).items())


@pytest.fixture
def ward(site: Workspace, investigator: Any) -> Iterator[tuple[Workspace, dict[str, list[Any]]]]:
    session = schedule(site, investigator)
    registered = site.db.execute(
        "SELECT id FROM events WHERE type = 'participant.registered'"
    ).fetchone()[0]
    known = {
        "session_id": [session, "no-such-session"],
        "subject_code": ["HPV-001", "HPV-002"],
        "label_subject_code": ["HPV-001"],
        "event_id": [registered],
        "username": ["nurse.li", "dr.wang", "admin"],
        "password": [PASSWORD],
        "vitals": [GOOD_VITALS],
        "arm": ["huc_msc", "placebo"],
        "role": ["nurse", "admin"],
    }
    yield site, known
    report = verify_log(site.db)
    assert report.ok, report.problems
    assert rebuild_check(site.db) == []


SIGN_IN = {
    role: json.dumps({"action": "sign_in", "username": user, "password": PASSWORD})
    for role, user in (
        ("nurse", "nurse.li"),
        ("investigator", "dr.wang"),
        ("pharmacist", "pharm.zhao"),
        ("admin", "admin"),
    )
}


@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_every_action_answers_hostile_fields(
    ward: tuple[Workspace, dict[str, list[Any]]], action: str
) -> None:
    ws, known = ward
    runner = ActionRunner(ws)

    @settings(
        settings.get_profile(PROFILE),
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(line=_line(action, known), role=st.sampled_from(sorted(SIGN_IN)))
    def one(line: dict[str, Any], role: str) -> None:
        runner.run_line(SIGN_IN[role])
        text = json.dumps(line)  # NaN and Infinity as JSON has them: refused at the boundary
        try:
            answer = runner.run_line(text)
        except Exception:
            COUNTS["crashes"] += 1
            raise
        COUNTS["lines tried"] += 1
        COUNTS[answer["status"]] += 1
        assert answer["status"] in {"accepted", "refused", "failed"}
        reason = answer.get("reason", "")
        assert isinstance(reason, str)
        if answer["status"] == "accepted" and _hostile_text_in(line):
            COUNTS["silent acceptances (hostile text)"] += 1
        if answer["status"] == "accepted" and _out_of_range(line, ws):
            COUNTS["silent acceptances (out of range)"] += 1
        if reason.startswith(LAST_RESORT):
            COUNTS["errors no rule caught"] += 1
        assert not reason.startswith(LAST_RESORT), (line, reason)
        if answer.get("code") in FIELD_CODES:
            COUNTS["refusals naming a field"] += 1
            named = [*_keys(line), "a field name"]
            assert any(name in reason for name in named), (line, reason)
        assert COUNTS["silent acceptances (out of range)"] == 0, line

    one()


@pytest.fixture(scope="module", autouse=True)
def counts_printed() -> Iterator[None]:
    yield
    print(f"\nhostile replay lines ({PROFILE}): {dict(sorted(COUNTS.items()))}")
