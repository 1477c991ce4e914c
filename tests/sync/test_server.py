"""The central server's own guarantees: idempotent set-up, the hash chain, row-level security."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from infusion_app.domain.events import canonical_json, event_hash
from infusion_app.store import sync_state
from infusion_app.sync.errors import ChainRefusedError
from infusion_app.sync.server_admin import init_server
from infusion_app.sync.server_sql import SCHEMA_SQL
from tests.sync.conftest import Laptop, sync
from tests.sync.helpers import filler, password_of, set_up_site


def test_server_init_is_safe_to_run_twice(server_url: str) -> None:
    with psycopg.connect(server_url, autocommit=True) as conn:
        init_server(conn)
        init_server(conn)
        tables = conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'infusion' ORDER BY 1"
        ).fetchall()
    assert tables == [
        ("devices",),
        ("event_fields",),
        ("event_types",),
        ("events",),
        ("receipts",),
        ("site_user_names",),
        ("sites",),
    ]
    assert "CREATE TABLE IF NOT EXISTS infusion.events" in SCHEMA_SQL


def test_a_tampered_event_is_refused_with_a_clear_error(laptop: Laptop) -> None:
    ws = laptop("ward")
    set_up_site(ws)
    ws.db.execute("DROP TRIGGER events_no_update")  # what a tamperer would do first
    ws.db.execute("UPDATE events SET actor = 'mallory' WHERE device_seq = 2")
    with pytest.raises(ChainRefusedError, match="do not match its hash"):
        sync(ws)
    assert sync_state.acked_seq(ws.db) == 0
    status = sync_state.status(ws.db, ws.store.device_id)
    assert status.last_error and "refused" in status.last_error


def _insert(conn: psycopg.Connection, site: str, row: dict[str, Any]) -> None:
    conn.execute(
        "INSERT INTO infusion.events (site, id, device_id, device_seq, actor, participant, "
        "session, type, payload, occurred_at, recorded_at, prev_hash, hash) VALUES (%(site)s, "
        "%(id)s, %(device_id)s, %(device_seq)s, %(actor)s, %(participant)s, %(session)s, "
        "%(type)s, %(payload)s, %(occurred_at)s, %(recorded_at)s, %(prev_hash)s, %(hash)s)",
        {"site": site, **row},
    )


def _local_rows(ws: Any) -> list[dict[str, Any]]:
    return list(ws.db.query("SELECT * FROM events ORDER BY device_seq"))


def test_the_server_refuses_a_gap_or_a_broken_link_from_any_client(
    laptop: Laptop, memory_keyring: Any
) -> None:
    ws = laptop("ward")
    set_up_site(ws)
    settings = sync_state.load_settings(ws.db)
    assert settings is not None
    rows = [{k: v for k, v in r.items() if k != "seq"} for r in _local_rows(ws)]
    with psycopg.connect(settings.conninfo, password=password_of(ws, memory_keyring)) as conn:
        with pytest.raises(psycopg.Error, match="event #1 of this device is missing"):
            _insert(conn, "SH-TJ01", rows[1])
        conn.rollback()
        _insert(conn, "SH-TJ01", rows[0])
        forged = {**rows[1], "prev_hash": "f" * 64}
        with pytest.raises(psycopg.Error, match="hash chain broken"):
            _insert(conn, "SH-TJ01", forged)
        conn.rollback()
        with pytest.raises(psycopg.Error, match=r"append-only|permission denied"):
            conn.execute("DELETE FROM infusion.events")


def test_row_level_security_keeps_sites_apart(laptop: Laptop, memory_keyring: Any) -> None:
    site_a, site_b = laptop("a", site="SH-TJ01"), laptop("b", site="SH-XH02")
    set_up_site(site_a)
    filler(site_a, 5)
    sync(site_a)
    assert sync(site_b).pulled == 0
    settings_b = sync_state.load_settings(site_b.db)
    assert settings_b is not None
    with psycopg.connect(settings_b.conninfo, password=password_of(site_b, memory_keyring)) as b:
        assert b.execute("SELECT count(*) FROM infusion.events").fetchone() == (0,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            b.execute("SELECT count(*) FROM infusion.devices")
        b.rollback()
        row = {k: v for k, v in _local_rows(site_a)[0].items() if k != "seq"}
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            _insert(b, "SH-TJ01", row)


text = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=12)


@pytest.fixture(scope="module")
def hashing(pg_server: Any) -> Iterator[psycopg.Connection]:
    """One connection to a database with the server's ``infusion.event_hash``."""
    with psycopg.connect(pg_server.get_uri(), autocommit=True) as admin:
        admin.execute("CREATE DATABASE hashing")
    with psycopg.connect(pg_server.get_uri(database="hashing"), autocommit=True) as conn:
        init_server(conn)
        yield conn


@settings(max_examples=80, deadline=None)
@given(actor=text, payload=st.dictionaries(text, text, max_size=3), participant=st.none() | text)
def test_the_server_hashes_exactly_as_the_app(
    hashing: psycopg.Connection, actor: str, payload: dict[str, str], participant: str | None
) -> None:
    fields = {
        "id": "e1",
        "device_id": "d1",
        "device_seq": 7,
        "actor": actor,
        "participant": participant,
        "session": None,
        "type": "t",
        "payload_json": canonical_json(payload),
        "occurred_at": "2026-11-24T01:00:00.000000Z",
        "recorded_at": "2026-11-24T01:00:00.000000Z",
        "prev_hash": "0" * 64,
    }
    digest = hashing.execute(
        "SELECT infusion.event_hash(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
        list(fields.values()),
    ).fetchone()
    assert digest == (event_hash(**fields),)
