"""The action catalogue behind ``infusion-app replay`` and docs/actions.md."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from infusion_app.services.actions import ACTIONS, ActionRunner
from infusion_app.services.context import Workspace
from tests.conftest import PASSWORD

DOCS = Path(__file__).resolve().parents[2] / "docs" / "actions.md"


def test_every_action_and_field_is_documented() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for action in ACTIONS.values():
        assert f"### `{action.name}`" in text, f"{action.name} is not in docs/actions.md"
        for field in action.fields:
            assert f"`{field.name}`" in text


def test_fields_come_from_the_service_signatures() -> None:
    pause = ACTIONS["pause_infusion"]
    assert [(f.name, f.required) for f in pause.fields] == [
        ("session_id", True),
        ("reason", True),
        ("reason_text", False),
    ]
    assert ACTIONS["pause_infusion"].needs_actor and not ACTIONS["sign_in"].needs_actor


def _run(runner: ActionRunner, **line: object) -> dict:
    return runner.run_line(json.dumps(line))


def test_a_script_runs_as_whoever_signed_in(site: Workspace) -> None:
    runner = ActionRunner(site)
    refused = _run(runner, action="register_participant", subject_code="HPV-003")
    assert refused["code"] == "missing_field"
    anonymous = _run(
        runner, action="schedule_session", subject_code="HPV-001", scheduled_for="2026-11-24"
    )
    assert anonymous["code"] == "not_signed_in"
    signed = _run(runner, action="sign_in", username="dr.wang", password=PASSWORD)
    assert signed["status"] == "accepted" and signed["created"]["role"] == "investigator"
    registered = _run(
        runner,
        action="register_participant",
        subject_code="HPV-003",
        initials="WQ",
        year_of_birth=1979,
        arm="huc_msc",
        consent_date="2026-11-01",
    )
    assert registered["status"] == "accepted" and len(registered["event_ids"]) == 1
    assert site.db.execute("SELECT registered_by FROM participants").fetchone()[0] == "dr.wang"
    _run(runner, action="sign_out")
    assert runner.actor is None


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("not json", "bad_json"),
        ("[1, 2]", "bad_line"),
        ('{"action": "fly"}', "unknown_action"),
        ('{"action": "sign_in", "username": "a", "password": "b", "pin": 1}', "unknown_field"),
        ('{"action": "sign_in", "username": 7, "password": "b"}', "bad_field"),
    ],
)
def test_malformed_lines_are_refused_with_a_reason(site: Workspace, line: str, code: str) -> None:
    answer = ActionRunner(site).run_line(line)
    assert answer["status"] == "refused" and answer["code"] == code and answer["reason"]
