"""Two laptops of one site converge through the central server; the pharmacy's release
reaches the ward's bedside check."""

from __future__ import annotations

import psycopg

from infusion_app.services import bedside, products, session_flow
from infusion_app.services.context import Accepted
from infusion_app.store import sync_state
from infusion_app.store.audit import verify_log
from infusion_app.store.rebuild import rebuild_check, table_rows
from infusion_app.sync.engine import SyncProgress
from tests.conftest import PASSWORD
from tests.sync.conftest import Laptop, sync
from tests.sync.helpers import (
    NURSE,
    PHARMACIST,
    event_ids,
    filler,
    receive,
    register_and_schedule,
    release,
    set_up_site,
)


def test_a_release_in_the_pharmacy_reaches_the_bedside_check_on_the_ward(
    laptop: Laptop,
) -> None:
    pharmacy, ward = laptop("pharmacy"), laptop("ward")
    set_up_site(pharmacy)
    session_id = register_and_schedule(pharmacy)
    product_id = receive(pharmacy)
    assert isinstance(release(pharmacy, product_id), Accepted)

    assert sync(pharmacy).pushed == len(event_ids(pharmacy))
    assert sync(ward).pulled == len(event_ids(pharmacy))

    row = products.product_row(ward, product_id)
    assert row is not None and row["state"] == "released"
    assert isinstance(session_flow.begin_checks(ward, NURSE, session_id=session_id), Accepted)
    for person in (NURSE, PHARMACIST):
        done = bedside.bedside_check(
            ward,
            person,
            session_id=session_id,
            product_id=product_id,
            bag_scan="G123417654321",
            wristband_scan="HPV-001",
            password=PASSWORD,
        )
        assert isinstance(done, Accepted), done
    assert bedside.verified_product(ward, session_id) == product_id

    sync(ward)
    sync(pharmacy)
    assert bedside.verified_product(pharmacy, session_id) == product_id


def test_two_laptops_converge_to_the_same_log_and_read_models(laptop: Laptop) -> None:
    first, second = laptop("first"), laptop("second")
    set_up_site(first)
    register_and_schedule(first, "HPV-001")
    sync(first)
    sync(second)
    register_and_schedule(second, "HPV-002")
    filler(first, 25)
    filler(second, 30)
    for ws in (first, second, first):
        sync(ws)

    assert event_ids(first) == event_ids(second)
    for table in ("site", "users", "participants", "sessions"):
        assert table_rows(first.db, table) == table_rows(second.db, table)
    for ws in (first, second):
        assert verify_log(ws.db).ok, verify_log(ws.db).problems
        assert rebuild_check(ws.db) == []
        assert sync_state.status(ws.db, ws.store.device_id).pending == 0


def test_progress_is_reported_per_batch_and_a_second_run_sends_nothing(laptop: Laptop) -> None:
    ws = laptop("ward")
    set_up_site(ws)
    filler(ws, 40)
    seen: list[SyncProgress] = []
    report = sync(ws, progress=seen.append, batch_size=10)
    total = len(event_ids(ws))
    assert report.pushed == total and report.pending == 0
    pushes = [p for p in seen if p.phase == "push"]
    assert pushes[0] == SyncProgress("push", 0, total)
    assert pushes[-1] == SyncProgress("push", total, total)
    assert len(pushes) == 1 + -(-total // 10)
    assert sync(ws).pushed == 0
    status = sync_state.status(ws.db, ws.store.device_id)
    assert status.last_success_at is not None and status.last_error is None


def test_the_pull_cursor_moves_past_this_laptops_own_events(
    laptop: Laptop, server_url: str
) -> None:
    """A ward laptop that does most of the work: after its sync the cursor is past its own
    events, so the next sync does not scan them on the server again; another laptop's later
    events still arrive, and only those are counted as pulled."""
    ward, pharmacy = laptop("ward"), laptop("pharmacy")
    set_up_site(ward)
    sync(ward)
    sync(pharmacy)
    filler(ward, 30)
    assert sync(ward).pulled == 0
    with psycopg.connect(server_url) as admin:
        newest = admin.execute("SELECT max(server_seq) FROM infusion.events").fetchone()
    assert sync_state.pull_cursor(ward.db) == newest[0]  # its own events are behind it
    filler(pharmacy, 5)
    sync(pharmacy)
    assert sync(ward).pulled == 5  # the pharmacy's five, none of the ward's own
    assert event_ids(ward) == event_ids(pharmacy)


def test_a_pull_in_small_batches_brings_every_other_laptops_event_past_its_own(
    laptop: Laptop, server_url: str
) -> None:
    """Pulled two at a time, a full batch moves the cursor to its last event, and the last
    batch past this laptop's own events pushed after them: nothing skipped, nothing twice."""
    ward, pharmacy = laptop("ward"), laptop("pharmacy")
    set_up_site(ward)
    sync(ward)
    sync(pharmacy)
    filler(pharmacy, 3)
    sync(pharmacy)
    filler(ward, 4)  # pushed after the pharmacy's three, then those three are pulled
    report = sync(ward, batch_size=2)
    assert (report.pushed, report.pulled) == (4, 3)
    with psycopg.connect(server_url) as admin:
        newest = admin.execute("SELECT max(server_seq) FROM infusion.events").fetchone()
    assert sync_state.pull_cursor(ward.db) == newest[0]
    filler(pharmacy, 1)
    sync(pharmacy)
    assert sync(ward, batch_size=2).pulled == 1
    assert event_ids(ward) == event_ids(pharmacy)


def test_the_stored_settings_hold_no_password(laptop: Laptop, memory_keyring) -> None:
    ws = laptop("ward")
    settings = sync_state.load_settings(ws.db)
    assert settings is not None
    row = " ".join(str(v) for v in ws.db.execute("SELECT * FROM sync_settings").fetchone())
    (secret,) = memory_keyring.secrets.values()
    assert secret not in row and "password" not in row
    with psycopg.connect(settings.conninfo, password=secret) as conn:
        assert conn.execute("SELECT current_user").fetchone() == (settings.role_name,)
