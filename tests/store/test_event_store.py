"""The append-only log: chain, triggers, durability settings, payload round-trips."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infusion_app.domain.clock import FakeClock
from infusion_app.domain.events import GENESIS_HASH, EventDraft, EventType
from infusion_app.services.context import Workspace
from infusion_app.store import cipher
from infusion_app.store.database import connect, schema_version
from infusion_app.store.event_store import EventStore
from infusion_app.store.migrations import MIGRATIONS


def test_the_file_uses_wal_and_full_sync(workspace: Workspace) -> None:
    assert workspace.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert workspace.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_migrations_set_user_version_and_run_once(db_path: Path) -> None:
    db = connect(db_path)
    assert schema_version(db) == len(MIGRATIONS)
    db.close()
    again = connect(db_path)  # a second open must not re-create tables
    assert schema_version(again) == len(MIGRATIONS)
    again.close()


def test_a_newer_schema_is_refused_plainly(db_path: Path) -> None:
    db = connect(db_path)
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    db.close()
    with pytest.raises(Exception, match="newer version of the app"):
        connect(db_path)


def test_events_chain_to_the_previous_one(site: Workspace) -> None:
    events = list(site.store.events())
    assert events[0].prev_hash == GENESIS_HASH
    for before, after in itertools.pairwise(events):
        assert after.prev_hash == before.hash
        assert after.device_seq == before.device_seq + 1
        assert after.id > before.id, "ids are time-ordered"


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE events SET payload = '{}' WHERE seq = 1",
        "UPDATE events SET actor = 'mallory'",
        "DELETE FROM events WHERE seq = 2",
        "DELETE FROM events",
    ],
)
def test_update_and_delete_on_events_are_refused(site: Workspace, statement: str) -> None:
    before = site.store.count()
    with pytest.raises(cipher.DatabaseError, match="append-only"):
        site.db.execute(statement)
    assert site.store.count() == before


def test_a_failing_projection_leaves_nothing_half_written(site: Workspace) -> None:
    before = site.store.count()
    duplicate_user = EventDraft(
        EventType.USER_ADDED,
        "admin",
        {"username": "nurse.li", "full_name": "X", "role": "nurse", "password_hash": "x"},
    )
    good = EventDraft(EventType.USER_SIGNED_OUT, "admin")
    with pytest.raises(cipher.IntegrityError):
        site.store.append([good, duplicate_user])
    assert site.store.count() == before
    head = site.db.execute("SELECT last_device_seq FROM chain_heads").fetchone()[0]
    assert head == before


def test_the_device_id_survives_reopening(db_path: Path, clock: FakeClock) -> None:
    first = EventStore(connect(db_path), clock).device_id
    assert EventStore(connect(db_path), clock).device_id == first


def test_recorded_and_occurred_times_are_utc(site: Workspace, clock: FakeClock) -> None:
    clock.advance(90)
    event = site.store.append(
        [EventDraft(EventType.USER_SIGNED_OUT, "admin", occurred_at="2026-11-24T00:59:00.000000Z")]
    )[0]
    assert event.recorded_at == "2026-11-24T01:01:30.000000Z"
    assert event.occurred_at == "2026-11-24T00:59:00.000000Z"


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53), max_value=2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(payload=st.dictionaries(st.text(max_size=12), json_values, max_size=6))
def test_any_json_payload_comes_back_unchanged(site: Workspace, payload: dict[str, Any]) -> None:
    event = site.store.append([EventDraft(EventType.USER_SIGNED_OUT, "admin", payload)])[0]
    stored = next(e for e in site.store.events() if e.id == event.id)
    assert stored.payload == payload
    assert stored.hash == event.hash
