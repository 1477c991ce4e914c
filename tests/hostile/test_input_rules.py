"""Rules every action's input meets, through the door a screen uses (the service) and replay.

Found on 05c2d4e and accepted without a word: a reason made only of a zero-width space, a
consent date of 1900-01-01 at registration, ``start_infusion`` backdated to 1999; a NUL typed
in a failed sign-in's name was stored and then stopped every sync to PostgreSQL.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from infusion_app.services import auth, participants, session_flow
from infusion_app.services.context import Accepted, Actor, Workspace
from tests.conftest import pass_all_checks
from tests.hostile.conftest import PASSWORD, assert_sound, run_cli

Capsys = pytest.CaptureFixture[str]


def test_a_reason_needs_visible_words(
    capsys: Capsys, site: Workspace, session_id: str, nurse: Actor, db_path: Path
) -> None:
    pass_all_checks(site, nurse, session_id)
    assert isinstance(session_flow.mark_ready(site, nurse, session_id=session_id), Accepted)
    assert isinstance(session_flow.start_infusion(site, nurse, session_id=session_id), Accepted)
    for reason in ("\u200b", "\u200b\u200b ", "\u202eevil"):
        refused = session_flow.pause_infusion(site, nurse, session_id=session_id, reason=reason)
        assert getattr(refused, "code", None) in {"missing_reason", "bad_text"}, reason
        assert "reason" in str(getattr(refused, "reason", ""))
    assert_sound(capsys, db_path)


@pytest.mark.parametrize("day", ["1900-01-01", "0001-01-01", "2101-01-01", "12026-01-01"])
def test_an_implausible_year_is_refused_naming_the_field(
    site: Workspace, investigator: Actor, day: str
) -> None:
    refused = participants.register_participant(
        site,
        investigator,
        subject_code="HPV-001",
        initials="LXM",
        year_of_birth=1985,
        arm="huc_msc",
        consent_date=day,
    )
    assert getattr(refused, "code", None) == "implausible_date"
    assert "consent_date" in refused.reason  # type: ignore[union-attr]


def test_backdating_a_start_to_1999_is_refused(
    capsys: Capsys, site: Workspace, session_id: str, db_path: Path, tmp_path: Path
) -> None:
    script = tmp_path / "s.jsonl"
    lines = [
        {"action": "sign_in", "username": "nurse.li", "password": PASSWORD},
        {
            "action": "start_infusion",
            "session_id": session_id,
            "occurred_at": "1999-01-01T00:00:00Z",
        },
    ]
    script.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    ran = run_cli(capsys, "replay", "--db", str(db_path), str(script))
    answer = json.loads(ran.out.splitlines()[1])
    assert answer["code"] == "implausible_date" and "occurred_at" in answer["reason"]


def test_a_nul_in_a_sign_in_name_is_never_stored(
    capsys: Capsys, site: Workspace, db_path: Path
) -> None:
    before = site.store.count()
    refused = auth.sign_in(site, username="nurse.li\x00", password="x")
    assert getattr(refused, "code", None) == "bad_text"
    assert site.store.count() == before
    assert_sound(capsys, db_path)


def test_an_action_with_a_field_named_action_runs_through_replay(
    capsys: Capsys, site: Workspace, session_id: str, nurse: Actor, db_path: Path, tmp_path: Path
) -> None:
    pass_all_checks(site, nurse, session_id)
    session_flow.mark_ready(site, nurse, session_id=session_id)
    session_flow.start_infusion(site, nurse, session_id=session_id)
    fields = {
        "session_id": session_id,
        "term_code": "infusion_related_reaction",
        "grade": 2,
        "onset_at": site.clock.now().isoformat(),
        "action": "infusion_paused",
        "outcome": "ongoing",
    }
    script = tmp_path / "ae.jsonl"
    lines = [
        {"action": "sign_in", "username": "nurse.li", "password": PASSWORD},
        {"action": "record_adverse_event", "fields": fields},
    ]
    script.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    ran = run_cli(capsys, "replay", "--db", str(db_path), str(script))
    answers = [json.loads(line) for line in ran.out.splitlines()]
    assert answers[1]["status"] == "accepted", answers[1]
    assert_sound(capsys, db_path)
