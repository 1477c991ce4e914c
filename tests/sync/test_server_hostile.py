"""A server that trusts no laptop: what a device role may do with its own connection.

Each test connects as a laptop's own device role (the password from its keyring) and tries
what an insider with that password could: choose ``server_seq``, read the device map, ask
about other roles, push events of unknown types, payloads or actors.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import errors

from infusion_app.domain.clock import FakeClock
from infusion_app.domain.events import EventDraft, EventType, canonical_json, event_hash
from infusion_app.services.context import Workspace
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.store import sync_state
from infusion_app.sync.enrol import enrol_laptop
from infusion_app.sync.push import COLUMNS, server_head, unacked
from infusion_app.sync.server_admin import init_server
from tests.sync.conftest import SITE, Laptop, sync
from tests.sync.helpers import event_ids, filler, password_of, set_up_site


@contextmanager
def as_device(ws: Workspace, keyring: Any) -> Iterator[psycopg.Connection]:
    """A connection as the laptop's own device role, as an insider holding its password."""
    settings = sync_state.load_settings(ws.db)
    assert settings is not None
    with psycopg.connect(settings.conninfo, password=password_of(ws, keyring)) as conn:
        yield conn


def forged(conn: psycopg.Connection, ws: Workspace, **fields: Any) -> dict[str, Any]:
    """A chain-valid event of the laptop's device after the server's head: only its fields
    are wrong (as ``fields`` say)."""
    device = ws.store.device_id
    seq, digest = server_head(conn, device)
    row: dict[str, Any] = {
        "id": f"forged-{seq + 1}",
        "device_id": device,
        "device_seq": seq + 1,
        "actor": "nurse.li",
        "participant": None,
        "session": None,
        "type": EventType.USER_SCREEN_LOCKED,
        "payload_json": canonical_json({"idle_seconds": 60}),
        "occurred_at": "2026-11-24T01:00:00.000000Z",
        "recorded_at": "2026-11-24T01:00:00.000000Z",
        "prev_hash": digest or "0" * 64,
        **fields,
    }
    row["hash"] = event_hash(**row)
    row["payload"] = row.pop("payload_json")
    return row


def values(row: dict[str, Any]) -> list[Any]:
    """The row's values in the order of push.COLUMNS."""
    return [row[name.strip()] for name in COLUMNS.split(",")]


def push_row(conn: psycopg.Connection, row: dict[str, Any], *, site: str = SITE) -> None:
    conn.execute(
        f"INSERT INTO infusion.events (site, {COLUMNS}) VALUES (%s, {', '.join(['%s'] * 12)})",
        [site, *values(row)],
    )


def synced_ward(laptop: Laptop) -> Workspace:
    ward = laptop("ward")
    set_up_site(ward)
    sync(ward)
    return ward


def test_a_device_cannot_choose_or_set_server_seq(laptop: Laptop, memory_keyring: Any) -> None:
    ward = synced_ward(laptop)
    with as_device(ward, memory_keyring) as conn:
        row = forged(conn, ward)
        names = f"server_seq, site, {COLUMNS}"
        with pytest.raises(errors.InsufficientPrivilege, match="permission denied"):
            conn.execute(
                f"INSERT INTO infusion.events ({names}) VALUES ({', '.join(['%s'] * 14)})",
                [9 * 10**18, SITE, *values(row)],
            )
        conn.rollback()
        for moving in (
            "SELECT setval('infusion.events_server_seq', 9000000000000000000)",
            "ALTER SEQUENCE infusion.events_server_seq RESTART WITH 9000000000000000000",
            "SELECT last_value FROM infusion.events_server_seq",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(moving)
            conn.rollback()
        # Drawing a number itself (the column default needs it) only leaves a gap.
        drawn = conn.execute("SELECT nextval('infusion.events_server_seq')").fetchone()
        assert drawn is not None and drawn[0] < 1000
        conn.rollback()
    filler(ward, 1)
    assert sync(ward).pushed == 1
    bed = laptop("bed")
    assert sync(bed).pulled == ward.store.count()
    assert event_ids(bed) == event_ids(ward)


def test_a_device_knows_only_its_own_site_and_device(laptop: Laptop, memory_keyring: Any) -> None:
    ward = synced_ward(laptop)
    other = laptop("other", site="SH-XH02")
    settings = sync_state.load_settings(other.db)
    assert settings is not None
    with as_device(ward, memory_keyring) as conn:
        mine = conn.execute("SELECT infusion.my_site(), infusion.my_device()").fetchone()
        assert mine == (SITE, ward.store.device_id)
        for table in ("devices", "sites", "site_user_names", "event_types", "event_fields"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(f"SELECT * FROM infusion.{table}")
            conn.rollback()
        for asking in ("site_of", "device_of"):  # these answered for any role before
            with pytest.raises(errors.UndefinedFunction):
                conn.execute(f"SELECT infusion.{asking}(%s)", [settings.role_name])
            conn.rollback()
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(f"ALTER ROLE {settings.role_name} PASSWORD 'taken-over'")
        conn.rollback()
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("ALTER ROLE CURRENT_USER CONNECTION LIMIT -1")


REFUSALS = [
    ({"type": "evil.type"}, "does not know events of type evil.type"),
    ({"payload_json": '{"idle_seconds":"\\u0000"}'}, "its payload holds a NUL character"),
    ({"payload_json": "[1, 2]"}, "its payload is not a JSON object"),
    ({"payload_json": "not json"}, "its payload is not a JSON object"),
    (
        {"type": EventType.USER_ADDED, "payload_json": canonical_json({"role": "admin"})},
        "its payload field full_name is missing",
    ),
    (
        {
            "type": EventType.DRIP_READING,
            "payload_json": canonical_json({"method": "tap", "rate_gtt_min": "fast", "band": "ok"}),
        },
        "its payload field rate_gtt_min is missing or not",
    ),
    ({"actor": "mallory"}, "mallory is not a user of site SH-TJ01"),
    ({"actor": "nurse.li\n"}, "is not a user of site SH-TJ01"),
    (
        {
            "type": EventType.SITE_INITIALIZED,
            "payload_json": canonical_json({"site_code": "SH-XH02", "protocol_id": "x"}),
        },
        "it sets up another site than SH-TJ01",
    ),
    ({"occurred_at": "yesterday"}, "its occurred_at is not a date and time"),
]


@pytest.mark.parametrize(("fields", "words"), REFUSALS)
def test_the_server_validates_every_pushed_event(
    laptop: Laptop, memory_keyring: Any, fields: dict[str, Any], words: str
) -> None:
    ward = synced_ward(laptop)
    with as_device(ward, memory_keyring) as conn:
        row = forged(conn, ward, **fields)
        with pytest.raises(psycopg.Error, match="refused by the server") as refused:
            push_row(conn, row)
        assert refused.value.sqlstate == "IC003"
        assert words in str(refused.value)
        detail = json.loads(refused.value.diag.message_detail or "")
        assert [item[0] for item in detail] == [row["id"]]
        conn.rollback()
        push_row(conn, forged(conn, ward))  # the same slot with a sound event: taken


def test_a_device_pushes_only_as_itself(laptop: Laptop, memory_keyring: Any) -> None:
    ward = synced_ward(laptop)
    bed = laptop("bed")
    sync(bed)
    with as_device(bed, memory_keyring) as conn:
        row = forged(conn, ward)  # the ward laptop's next event, pushed by the bed laptop
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            push_row(conn, row)


def test_a_known_user_and_the_site_s_own_users_pass(laptop: Laptop) -> None:
    """The first push of a site holds its set-up and events of users it adds: all taken."""
    ward = laptop("ward")
    set_up_site(ward)
    filler(ward, 3)
    ward.store.append([EventDraft(EventType.USER_SIGN_IN_FAILED, "anyone at all", {})])
    report = sync(ward)
    assert report.pushed == ward.store.count()
    assert not [d for d in ward.db.query("SELECT * FROM discrepancies")]


def test_a_device_that_changes_its_own_password_only_locks_itself_out(
    laptop: Laptop, memory_keyring: Any, server_url: str
) -> None:
    """PostgreSQL lets every login role change its own password (no setting forbids it): the
    role gains nothing by it, the laptop says so in plain words, and enrolling again mends it."""
    from infusion_app.sync.enrol import enrol_laptop
    from infusion_app.sync.errors import SyncError

    ward = synced_ward(laptop)
    settings = sync_state.load_settings(ward.db)
    assert settings is not None
    with as_device(ward, memory_keyring) as conn:
        conn.execute("ALTER ROLE CURRENT_USER PASSWORD 'known-only-to-the-insider'")
        conn.commit()
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("ALTER ROLE CURRENT_USER BYPASSRLS")
    filler(ward, 2)
    with pytest.raises(SyncError, match="refused this laptop's password"):
        sync(ward)
    enrol_laptop(ward.db, ward.clock, server_url)
    assert sync(ward).pushed == 2


OLD_SCHEMA = Path(__file__).parents[1] / "fixtures" / "server_schema_05c2d4e.sql"


def test_server_init_upgrades_an_old_server_in_place_and_planted_numbers_stop_harming(
    pg_server: Any, tmp_path: Path, clock: FakeClock, memory_keyring: Any
) -> None:
    """On a server set up by 05c2d4e an insider planted server_seq values: one just ahead of
    the sequence (another laptop's push then collided with it) and one at 9×10¹⁸ (a laptop that
    pulled it moved its cursor there for good). ``server init`` of this version upgrades the
    schema in place (twice is the same as once); after it nothing collides, the cursor that
    jumped sees new events, and planting is refused."""
    with psycopg.connect(pg_server.get_uri(), autocommit=True) as admin:
        admin.execute("CREATE DATABASE old_central")
    url = str(pg_server.get_uri(database="old_central"))
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(OLD_SCHEMA.read_text(encoding="utf-8"))
    ward = open_workspace(tmp_path / "ward.sqlite3", clock)
    bed = open_workspace(tmp_path / "bed.sqlite3", clock)
    for ws in (ward, bed):
        enrol_laptop(ws.db, clock, url, site=SITE)
    set_up_site(ward)
    sync(ward)
    sync(bed)
    names = f"server_seq, site, {COLUMNS}"
    with psycopg.connect(url) as admin:
        top = admin.execute("SELECT last_value + 2 FROM infusion.events_server_seq").fetchone()
    assert top is not None
    filler(ward, 2)  # the insider plants numbers on the laptop's own next events
    own = unacked(ward.db, ward.store.device_id, sync_state.acked_seq(ward.db), 2)
    with as_device(ward, memory_keyring) as conn:
        for planted, row in zip((top[0], 9 * 10**18), own, strict=True):
            conn.execute(
                f"INSERT INTO infusion.events ({names}) VALUES ({', '.join(['%s'] * 14)})",
                [planted, SITE, *row],
            )
            conn.commit()
    sync(bed)  # its cursor is now at 9×10¹⁸
    assert sync_state.pull_cursor(bed.db) == 9 * 10**18
    with psycopg.connect(url, autocommit=True) as conn:
        init_server(conn)
        init_server(conn)
    filler(bed, 3)
    assert sync(bed).pushed == 3  # no collision with the number planted just ahead
    filler(ward, 2)
    report = sync(ward)
    assert (report.pushed, report.pulled) == (2, 3)
    assert sync(bed).pulled == 2  # past the cursor that jumped
    assert event_ids(ward) == event_ids(bed)
    with as_device(ward, memory_keyring) as conn, pytest.raises(errors.InsufficientPrivilege):
        row = forged(conn, ward)
        conn.execute(
            f"INSERT INTO infusion.events ({names}) VALUES ({', '.join(['%s'] * 14)})",
            [9 * 10**18 + 1, SITE, *values(row)],
        )
    for ws in (ward, bed):
        ws.db.close()
