"""Corrections: old → new, who, when, why; the original stays; a signed session reopens."""

from __future__ import annotations

import pytest

from infusion_app.domain.events import EventType
from infusion_app.domain.outcomes import Refusal
from infusion_app.services import corrections, signing
from infusion_app.services import session_flow as flow
from infusion_app.services.context import Accepted, Actor, Workspace
from infusion_app.store.audit import verify_log
from infusion_app.store.rebuild import rebuild_check
from tests.conftest import PASSWORD, complete, observe_to_the_end, pass_all_checks


def _event_id(ws: Workspace, event_type: str) -> str:
    return next(e.id for e in ws.store.events() if e.type == event_type)


def test_initials_are_corrected_and_the_original_stays(
    site: Workspace, investigator: Actor, session_id: str
) -> None:
    target = _event_id(site, EventType.PARTICIPANT_REGISTERED)
    result = corrections.correct_value(
        site,
        investigator,
        event_id=target,
        field="initials",
        new_value="LXN",
        reason="transcription_error",
    )
    assert isinstance(result, Accepted) and result.created == {"old": "LXM", "new": "LXN"}
    assert site.db.execute("SELECT initials FROM participants").fetchone()[0] == "LXN"
    original = next(e for e in site.store.events() if e.id == target)
    assert original.payload["initials"] == "LXM"
    row = site.db.execute(
        "SELECT old_value, new_value, reason, corrected_by FROM corrections"
    ).fetchone()
    assert tuple(row) == ("LXM", "LXN", "transcription_error", "dr.wang")
    assert verify_log(site.db).ok and rebuild_check(site.db) == []


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"new_value": "lx"}, "bad_value"),
        ({"reason": "because"}, "missing_reason"),
        ({"reason": "other", "reason_text": " "}, "missing_reason_text"),
        ({"new_value": "LXM"}, "unchanged"),
        ({"field": "arm"}, "not_correctable"),
        ({"event_id": "no-such-event"}, "unknown_event"),
    ],
)
def test_bad_corrections_are_refused(
    site: Workspace, investigator: Actor, session_id: str, fields: dict, code: str
) -> None:
    given = {
        "event_id": _event_id(site, EventType.PARTICIPANT_REGISTERED),
        "field": "initials",
        "new_value": "LXN",
        "reason": "transcription_error",
        **fields,
    }
    before = site.store.count()
    result = corrections.correct_value(site, investigator, **given)
    assert isinstance(result, Refusal) and result.code == code
    assert site.store.count() == before


def test_a_nurse_may_not_correct_participant_details(
    site: Workspace, nurse: Actor, session_id: str
) -> None:
    result = corrections.correct_value(
        site,
        nurse,
        event_id=_event_id(site, EventType.PARTICIPANT_REGISTERED),
        field="year_of_birth",
        new_value="1986",
        reason="transcription_error",
    )
    assert isinstance(result, Refusal) and "investigator" in result.reason


def test_correcting_a_signed_session_reopens_it_for_a_new_signature(
    site: Workspace, nurse: Actor, session_id: str
) -> None:
    pass_all_checks(site, nurse, session_id)
    for step in (flow.mark_ready, flow.start_infusion):
        step(site, nurse, session_id=session_id)
    complete(site, nurse, session_id=session_id)
    flow.begin_observation(site, nurse, session_id=session_id)
    observe_to_the_end(site, nurse, session_id=session_id)
    signing.sign_session(site, nurse, session_id=session_id, password=PASSWORD)
    result = corrections.correct_value(
        site,
        nurse,
        event_id=_event_id(site, EventType.INFUSION_STARTED),
        field="occurred_at",
        new_value="2026-11-24T08:50:00+08:00",
        reason="wrong_time",
        reason_text="clock on wall",
    )
    assert isinstance(result, Accepted), result
    row = site.db.execute("SELECT state, infusion_started_at, signed_by FROM sessions").fetchone()
    assert tuple(row) == ("observing", "2026-11-24T00:50:00.000000Z", None)
    assert signing.signatures(site, session_id) == [], "the old signature no longer covers it"
    again = signing.sign_session(site, nurse, session_id=session_id, password=PASSWORD)
    assert isinstance(again, Accepted)
    assert rebuild_check(site.db) == []
