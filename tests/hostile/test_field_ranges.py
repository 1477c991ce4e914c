"""Each field's plausible range, declared once (``domain/field_ranges.py``), through replay.

Found on 05c2d4e and accepted without a word: ``correct_value`` to a year of birth of 2099 or
1900 and to a consent date of 2099-12-31; a consent date of 1900-01-01 at registration. Tried
on this version before the ranges: a bag of 1e308 mL and a receipt temperature of -1e308 °C
accepted, 1e308 viable cells ended in the replay's last resort ("A value cannot be used:
[<class 'decimal.InvalidOperation'>]"), a screen locked after -5 or 10²⁰ idle seconds.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from infusion_app.domain.clock import utc_iso
from infusion_app.domain.corrections import CORRECTABLE
from infusion_app.domain.field_ranges import RANGES
from infusion_app.services.actions import ACTIONS, ActionRunner
from infusion_app.services.context import Workspace
from tests.conftest import GOOD_VITALS, good_receipt
from tests.hostile.conftest import PASSWORD, assert_sound

Capsys = pytest.CaptureFixture[str]
TIME_OR_DATE = ("_at", "_date", "scheduled_for")


def _runner(ws: Workspace, user: str) -> ActionRunner:
    runner = ActionRunner(ws)
    line = {"action": "sign_in", "username": user, "password": PASSWORD}
    assert runner.run_line(json.dumps(line))["status"] == "accepted"
    return runner


# Fields whose whole range a domain rule judges (``ByRule``) are named in its own words.
WORDS = {"weight_kg": "Weight (kg):", "viability_pct": "Viability (%):"}


def _refused_naming(answer: dict[str, Any], field: str) -> None:
    assert answer["status"] == "refused", answer
    assert answer["reason"].startswith(WORDS.get(field, f"{field}:")), answer


def test_every_number_date_and_time_field_has_its_range_declared() -> None:
    """A new action's number or time field cannot slip past: it needs a declared range."""
    missing = {
        f"{action.name}.{field.name}"
        for action in ACTIONS.values()
        for field in action.fields
        if (int in field.types or float in field.types or field.name.endswith(TIME_OR_DATE))
        and bool not in field.types
        and field.name not in RANGES
    }
    missing |= {f"correct_value → {c.field}" for c in CORRECTABLE if c.kind != "initials"}
    missing -= {f"correct_value → {name}" for name in RANGES}
    assert missing == set()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("year_of_birth", "2099"),
        ("year_of_birth", "1900"),
        ("consent_date", "2099-12-31"),
    ],
)
def test_a_correction_outside_the_field_s_range_is_refused(
    capsys: Capsys, site: Workspace, session_id: str, db_path: Path, field: str, value: str
) -> None:
    registered = site.db.execute(
        "SELECT id FROM events WHERE type = 'participant.registered'"
    ).fetchone()[0]
    investigator = _runner(site, "dr.wang")
    line = {
        "action": "correct_value",
        "event_id": registered,
        "field": field,
        "new_value": value,
        "reason": "transcription_error",
    }
    _refused_naming(investigator.run_line(json.dumps(line)), field)
    assert site.db.execute("SELECT count(*) FROM corrections").fetchone()[0] == 0
    tomorrow = investigator.run_line(json.dumps({**line, "new_value": "2026-11-25"}))
    if field == "consent_date":  # never after today, as at registration
        assert (tomorrow["status"], tomorrow["code"]) == ("refused", "consent_in_future")
    plausible = {"year_of_birth": "1986", "consent_date": "2026-11-19"}[field]
    accepted = investigator.run_line(json.dumps({**line, "new_value": plausible}))
    assert accepted["status"] == "accepted", accepted
    assert_sound(capsys, db_path)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("consent_date", "1900-01-01"),
        ("consent_date", "2099-12-31"),
        ("year_of_birth", 2099),
        ("year_of_birth", 1880),
        ("first_session_date", "2099-01-01"),
    ],
)
def test_a_registration_outside_a_field_s_range_is_refused(
    site: Workspace, field: str, value: object
) -> None:
    line = {
        "action": "register_participant",
        "subject_code": "HPV-002",
        "initials": "ABC",
        "year_of_birth": 1980,
        "arm": "huc_msc",
        "consent_date": "2026-11-20",
        field: value,
    }
    _refused_naming(_runner(site, "dr.wang").run_line(json.dumps(line)), field)
    assert site.db.execute("SELECT count(*) FROM participants").fetchone()[0] == 0


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("volume_ml", 1e308),
        ("temperature_c", -1e308),
        ("total_viable_cells", 1e308),
        ("viability_pct", -0.5),
        ("weight_kg", 0),
        ("expires_at", "2099-01-01T00:00:00Z"),
        ("prepared_at", "2026-11-25T01:00:00Z"),  # tomorrow
    ],
)
def test_a_receipt_outside_a_field_s_range_is_refused(
    capsys: Capsys, site: Workspace, session_id: str, db_path: Path, field: str, value: object
) -> None:
    line = {"action": "receive_product", **good_receipt(**{field: value})}
    _refused_naming(_runner(site, "pharm.zhao").run_line(json.dumps(line)), field)
    assert site.db.execute("SELECT count(*) FROM products").fetchone()[0] == 0
    assert_sound(capsys, db_path)


@pytest.mark.parametrize("seconds", [-5, 10**20, 86_401])
def test_idle_seconds_outside_a_day_are_refused(site: Workspace, seconds: int) -> None:
    line = {"action": "lock_screen", "idle_seconds": seconds}
    _refused_naming(_runner(site, "nurse.li").run_line(json.dumps(line)), "idle_seconds")


def test_a_time_inside_a_check_s_answer_meets_its_window(
    site: Workspace, session_id: str, clock: Any
) -> None:
    """Tried on this version: the baseline vital signs answered as measured 30 minutes ahead
    of the clock were accepted."""
    nurse = _runner(site, "nurse.li")
    assert (
        nurse.run_line(json.dumps({"action": "begin_checks", "session_id": session_id}))["status"]
        == "accepted"
    )

    def answer(minutes_ahead: int) -> dict[str, Any]:
        measured = utc_iso(clock.now() + timedelta(minutes=minutes_ahead))
        line = {
            "action": "answer_check",
            "session_id": session_id,
            "step": "baseline_vitals",
            "answer": {"vitals": GOOD_VITALS, "measured_at": measured},
        }
        return nurse.run_line(json.dumps(line))

    ahead = answer(30)
    _refused_naming(ahead, "measured_at")
    assert ahead["code"] == "time_in_future"
    assert answer(0)["status"] == "accepted"
