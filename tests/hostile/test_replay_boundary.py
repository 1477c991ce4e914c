"""``infusion-app replay``: every line gets an answer with its number, never a traceback.

Found on 05c2d4e: a script saved as GBK stopped with UnicodeDecodeError before anything ran;
100,000 nested ``[`` (RecursionError), a lone surrogate (UnicodeEncodeError), ``1e400``
(ValueError), ``0001-01-01T00:00:00+05:00`` in a time (OverflowError) and a weight of 0 at
receipt each ended the whole script with a traceback.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from infusion_app.services import session_flow
from infusion_app.services.context import Accepted, Actor, Workspace
from tests.conftest import good_receipt, pass_all_checks
from tests.hostile.conftest import PASSWORD, assert_sound, run_cli

Capsys = pytest.CaptureFixture[str]
YEAR_ONE = "0001-01-01T00:00:00+05:00"


def _j(**line: object) -> bytes:
    return (json.dumps(line) + "\n").encode("utf-8")


def _sign_in(user: str) -> bytes:
    return _j(action="sign_in", username=user, password=PASSWORD)


@pytest.fixture
def ready(site: Workspace, session_id: str, nurse: Actor) -> str:
    """HPV-001's session with every check passed and the bag verified: ready to start."""
    pass_all_checks(site, nurse, session_id)
    assert isinstance(session_flow.mark_ready(site, nurse, session_id=session_id), Accepted)
    return session_id


def test_hostile_lines_are_refusals_with_their_line_numbers(
    capsys: Capsys, site: Workspace, ready: str, db_path: Path, tmp_path: Path
) -> None:
    registered = site.db.execute(
        "SELECT id FROM events WHERE type = 'participant.registered'"
    ).fetchone()[0]
    gbk = json.dumps({"action": "pause_infusion", "session_id": ready, "reason": "病人要求"})
    gbk = gbk.encode("utf-8").decode("unicode_escape") + "\n"  # the Chinese as typed, not \u
    lines = [
        _sign_in("nurse.li"),  # 1
        gbk.encode("gbk"),  # 2: a script saved as GBK
        b"{not json\n",  # 3
        b"[" * 100_000 + b"\n",  # 4
        b'{"action": "sign_in", "username": "\\ud800", "password": "x"}\n',  # 5
        _j(action="record_vitals", session_id=ready, vitals={}, measured_at=YEAR_ONE),  # 6
        _j(action="start_infusion", session_id=ready, occurred_at=YEAR_ONE),  # 7
        _sign_in("pharm.zhao"),  # 8
        _j(action="receive_product", **good_receipt(weight_kg=0)),  # 9
        _j(action="receive_product", **good_receipt()).replace(b"58500000.0", b"1e400"),  # 10
        _j(action="receive_product", **good_receipt(expires_at=YEAR_ONE)),  # 11
        _sign_in("dr.wang"),  # 12
        _j(
            action="correct_value",
            event_id=registered,
            field="consent_date",
            new_value=YEAR_ONE,
            reason="transcription_error",
        ),  # 13
        _j(action="lock_screen", colour="red"),  # 14: an unknown field
        _j(action="lock_screen"),  # 15: still runs
    ]
    script = tmp_path / "hostile.jsonl"
    script.write_bytes(b"".join(lines))
    ran = run_cli(capsys, "replay", "--db", str(db_path), str(script))
    answers = {a["line"]: a for a in map(json.loads, ran.out.splitlines())}
    assert ran.status == 1
    assert sorted(answers) == list(range(1, 16))
    accepted = {n for n, a in answers.items() if a["status"] == "accepted"}
    assert accepted == {1, 8, 12, 15}
    assert answers[2]["code"] == "bad_encoding"
    assert answers[3]["code"] == answers[4]["code"] == "bad_json"
    assert answers[5]["code"] == "bad_text"
    assert answers[10]["code"] == "bad_field"
    assert answers[14]["code"] == "unknown_field"
    assert all(a["reason"] for n, a in answers.items() if n not in accepted)
    assert_sound(capsys, db_path)


def test_a_script_on_standard_input_is_read_the_same_way(
    capsys: Capsys, site: Workspace, db_path: Path
) -> None:
    ran = run_cli(
        capsys,
        *("replay", "--db", str(db_path), "-"),
        stdin=_sign_in("nurse.li").decode() + "[" * 50_000 + "\n" + '{"action": "lock_screen"}\n',
    )
    statuses = [json.loads(line)["status"] for line in ran.out.splitlines()]
    assert statuses == ["accepted", "refused", "accepted"]
