"""Ed25519: a signature appended without the signer's password fails ``audit verify``."""

from __future__ import annotations

import json

from infusion_app.domain.events import EventDraft, EventType
from infusion_app.services import signing, users
from infusion_app.services.context import Accepted, Actor, Workspace
from infusion_app.store.audit import verify_log
from infusion_app.store.signature_keys import current_signing_key, verify_signatures
from tests.conftest import PASSWORD
from tests.services.test_signing import observing  # noqa: F401 (fixture)


def _signed(site: Workspace, nurse: Actor, session: str) -> None:
    assert isinstance(
        signing.sign_session(site, nurse, session_id=session, password=PASSWORD), Accepted
    )


def test_each_signature_carries_an_ed25519_signature_that_verifies(
    site: Workspace,
    nurse: Actor,
    investigator: Actor,
    observing: str,  # noqa: F811
) -> None:
    _signed(site, nurse, observing)
    result = signing.countersign_session(
        site, investigator, session_id=observing, password=PASSWORD
    )
    assert isinstance(result, Accepted)
    assert "ed25519" in result.events[0].payload
    assert verify_signatures(site.db) == []


def test_a_countersignature_appended_without_the_password_is_named(
    site: Workspace,
    nurse: Actor,
    observing: str,  # noqa: F811
) -> None:
    """The insider holding the open file appends dr.wang's countersignature: the chain is
    recomputed by the store itself, so only the missing key gives it away."""
    _signed(site, nurse, observing)
    manifest = {
        "meaning": "reviewed",
        "full_name": "Wang Fang",
        "role": "investigator",
        "record_hash": signing.record_hash(site, observing),
    }
    forged = site.store.append(
        [EventDraft(EventType.SESSION_COUNTERSIGNED, "dr.wang", manifest, "HPV-001", observing)]
    )[0]
    assert verify_log(site.db).ok  # the chain alone cannot tell
    problems = verify_signatures(site.db)
    assert [p.event_id for p in problems] == [forged.id]
    assert "session.countersigned by dr.wang" in str(problems[0])


def test_a_signature_made_with_another_users_key_is_named(
    site: Workspace,
    nurse: Actor,
    observing: str,  # noqa: F811
) -> None:
    _signed(site, nurse, observing)
    nurse_signature = json.loads(
        site.db.execute(
            "SELECT payload FROM events WHERE type = ?", [EventType.SESSION_SIGNED]
        ).fetchone()[0]
    )["ed25519"]
    manifest = {
        "meaning": "reviewed",
        "full_name": "Wang Fang",
        "role": "investigator",
        "record_hash": signing.record_hash(site, observing),
        "ed25519": nurse_signature,
    }
    site.store.append(
        [EventDraft(EventType.SESSION_COUNTERSIGNED, "dr.wang", manifest, "HPV-001", observing)]
    )
    assert len(verify_signatures(site.db)) == 1


def test_a_password_reset_gives_a_new_key_pair(site: Workspace, admin: Actor) -> None:
    before = current_signing_key(site.db, "dr.wang")
    users.reset_password(site, admin, username="dr.wang", new_password="another one 2026")
    after = current_signing_key(site.db, "dr.wang")
    assert before is not None and after is not None
    assert before["public"] != after["public"]
