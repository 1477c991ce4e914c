"""Electronic signatures: re-authentication, meaning, manifestation, two people, locking."""

from __future__ import annotations

import pytest

from infusion_app.domain.events import EventType
from infusion_app.domain.outcomes import Refusal
from infusion_app.services import session_flow as flow
from infusion_app.services import signing
from infusion_app.services.context import Accepted, Actor, Workspace
from tests.conftest import PASSWORD, complete, observe_to_the_end, pass_all_checks


@pytest.fixture
def observing(site: Workspace, nurse: Actor, session_id: str) -> str:
    """Infused, then observed to the last post-infusion check (09:00 to 11:00 on the clock)."""
    pass_all_checks(site, nurse, session_id)
    for step in (
        flow.mark_ready,
        flow.start_infusion,
        complete,
        flow.begin_observation,
    ):
        assert isinstance(step(site, nurse, session_id=session_id), Accepted)
    observe_to_the_end(site, nurse, session_id=session_id)
    return session_id


def test_the_nurse_signs_with_password_and_meaning(
    site: Workspace, nurse: Actor, observing: str, clock: object
) -> None:
    result = signing.sign_session(site, nurse, session_id=observing, password=PASSWORD)
    assert isinstance(result, Accepted)
    shown = signing.signatures(site, observing)
    assert [s.username for s in shown] == ["nurse.li"]
    assert shown[0].manifestation.text("Asia/Shanghai") == (
        "Li Na (nurse) — performed — 2026-11-24 11:00:00 CST (UTC+08:00)"
    )


def test_a_wrong_password_does_not_sign_and_is_recorded(
    site: Workspace, nurse: Actor, observing: str
) -> None:
    result = signing.sign_session(site, nurse, session_id=observing, password="guess guess")
    assert isinstance(result, Refusal)
    state = site.db.execute("SELECT state FROM sessions").fetchone()[0]
    assert state == "observing"
    assert list(site.store.events())[-1].type == EventType.SIGNATURE_FAILED


def test_the_first_signature_means_performed(site: Workspace, nurse: Actor, observing: str) -> None:
    result = signing.sign_session(
        site, nurse, session_id=observing, password=PASSWORD, meaning="approved"
    )
    assert isinstance(result, Refusal) and result.code == "meaning_not_allowed"


def test_the_signature_is_bound_to_the_records_last_event(
    site: Workspace, nurse: Actor, observing: str
) -> None:
    last = list(site.store.events(session=observing))[-1]
    signing.sign_session(site, nurse, session_id=observing, password=PASSWORD)
    bound = site.db.execute(
        "SELECT record_hash FROM signatures WHERE record_type = 'session'"
    ).fetchone()[0]
    assert bound == last.hash


def test_a_signed_session_is_locked(site: Workspace, nurse: Actor, observing: str) -> None:
    signing.sign_session(site, nurse, session_id=observing, password=PASSWORD)
    again = signing.sign_session(site, nurse, session_id=observing, password=PASSWORD)
    assert isinstance(again, Refusal) and "already signed" in again.reason
    paused = flow.pause_infusion(site, nurse, session_id=observing, reason="occlusion")
    assert isinstance(paused, Refusal) and "signed and locked" in paused.reason


def test_an_investigator_countersigns(
    site: Workspace, nurse: Actor, investigator: Actor, observing: str
) -> None:
    signing.sign_session(site, nurse, session_id=observing, password=PASSWORD)
    result = signing.countersign_session(
        site, investigator, session_id=observing, password=PASSWORD
    )
    assert isinstance(result, Accepted)
    assert [s.meaning.value for s in signing.signatures(site, observing)] == [
        "performed",
        "reviewed",
    ]
    twice = signing.countersign_session(site, investigator, session_id=observing, password=PASSWORD)
    assert isinstance(twice, Refusal) and twice.code == "already_countersigned"


def test_the_same_person_cannot_sign_both(
    site: Workspace, investigator: Actor, observing: str
) -> None:
    signing.sign_session(site, investigator, session_id=observing, password=PASSWORD)
    result = signing.countersign_session(
        site, investigator, session_id=observing, password=PASSWORD
    )
    assert isinstance(result, Refusal) and result.code == "same_signer"


def test_countersigning_needs_a_signed_session(
    site: Workspace, investigator: Actor, observing: str
) -> None:
    result = signing.countersign_session(
        site, investigator, session_id=observing, password=PASSWORD
    )
    assert isinstance(result, Refusal) and result.code == "not_signed"
