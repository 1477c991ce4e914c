"""A server-side rewrite (a row changed and the chain recomputed on the server) is caught by
the receipts the server issued: a discrepancy in plain words, never a silent update."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from infusion_app.services import records
from infusion_app.services.context import Workspace
from infusion_app.services.database_files import sync_status
from infusion_app.services.discrepancies import discrepancies
from infusion_app.store.audit import verify_log
from infusion_app.store.rebuild import rebuild_check
from infusion_app.store.receipts import receipts
from infusion_app.store.sync_state import CHANGED_ON_SERVER
from infusion_app.sync.errors import ChainRefusedError
from infusion_app.sync.receipts import utc_words
from infusion_app.ui.main_window import MainWindow
from tests.sync.conftest import Laptop, sync
from tests.sync.helpers import INVESTIGATOR, filler, set_up_site
from tests.sync.tamper import rewrite_on_server
from tests.sync.test_receipts import register
from tests.sync.test_window_sync import _sign_in as sign_in


def to_qq(payload: dict[str, object]) -> dict[str, object]:
    return {**payload, "initials": "QQ"}


def ward_with_zz(laptop: Laptop) -> tuple[Workspace, int]:
    """The ward laptop: site set up and synced, then HPV-001 (initials ZZ) registered and
    synced. Returns it and the registration's sequence number."""
    ward = laptop("ward")
    set_up_site(ward)
    sync(ward)
    registered = register(ward, initials="ZZ")
    sync(ward)
    return ward, registered


def test_a_rewrite_pulled_by_a_new_laptop_is_held_back_as_a_discrepancy(
    laptop: Laptop, server_url: str
) -> None:
    ward, registered = ward_with_zz(laptop)
    rewrite_on_server(server_url, ward.store.device_id, registered, to_qq)
    new = laptop("new")
    report = sync(new)
    assert report.discrepancies == 1
    assert records.participant(new, "HPV-001") is None, "the changed event is not applied"
    (found,) = discrepancies(new, open_only=True)
    assert found.kind == CHANGED_ON_SERVER
    issued = receipts(ward.db, ward.store.device_id)[-1]
    assert found.summary.startswith(
        f"The sync server's copy of laptop {ward.store.device_id}'s events #{registered} was "
        "changed after they were synced: it no longer matches the receipt the server issued on "
        f"{utc_words(issued.issued_at)} (hash {issued.hash[:12]}, now "
    )
    assert found.summary.endswith("Those events are held back here, not applied.")
    assert found.held.payload["initials"] == "QQ"
    assert verify_log(new.db).ok, "what it holds is the server's chain, whole"
    assert rebuild_check(new.db) == [], "a rebuild leaves the held events out too"
    assert sync(new).discrepancies == 0, "found once"


def test_events_vouched_for_by_an_earlier_receipt_are_applied(
    laptop: Laptop, server_url: str
) -> None:
    ward, registered = ward_with_zz(laptop)
    filler(ward, 2)
    sync(ward)
    rewrite_on_server(server_url, ward.store.device_id, registered, to_qq)
    new = laptop("new")
    sync(new)
    assert records.participant(new, "HPV-001") is None
    (found,) = discrepancies(new)
    assert f"events #{registered} was changed" in found.summary, "the first receipt it fails"
    held = new.db.execute("SELECT count(*) FROM pulled_events WHERE applied = 0").fetchone()
    assert held == (3,), "the changed event and the two re-chained after it"
    site = new.db.execute("SELECT code FROM site").fetchone()
    assert site == ("SH-TJ01",), "the set-up, vouched for by the first receipt, is applied"
    kept = receipts(new.db, ward.store.device_id)
    assert [r.device_seq for r in kept] == [registered - 1], "the matching receipt is kept"


def test_the_laptop_that_wrote_the_events_stops_and_says_so(
    laptop: Laptop, server_url: str
) -> None:
    ward, registered = ward_with_zz(laptop)
    rewrite_on_server(server_url, ward.store.device_id, registered, to_qq)
    filler(ward, 1)
    with pytest.raises(ChainRefusedError, match="copy of this laptop's events #"):
        sync(ward)
    status = sync_status(ward)
    assert status.last_error and "was changed after they were synced" in status.last_error
    assert status.pending == 1, "nothing was pushed"
    (found,) = discrepancies(ward)
    assert found.kind == CHANGED_ON_SERVER and found.held.payload["initials"] == "ZZ"
    assert records.participant(ward, "HPV-001").initials == "ZZ"  # type: ignore[union-attr]


def test_a_laptop_that_pulled_before_the_rewrite_keeps_its_copy_and_is_told(
    laptop: Laptop, server_url: str
) -> None:
    ward, registered = ward_with_zz(laptop)
    bed = laptop("bed")
    sync(bed)
    assert records.participant(bed, "HPV-001").initials == "ZZ"  # type: ignore[union-attr]
    rewrite_on_server(server_url, ward.store.device_id, registered, to_qq)
    report = sync(bed)
    assert report.discrepancies == 1
    (found,) = discrepancies(bed)
    assert found.kind == CHANGED_ON_SERVER and found.held.payload["initials"] == "ZZ"
    assert records.participant(bed, "HPV-001").initials == "ZZ"  # type: ignore[union-attr]
    assert verify_log(bed.db).ok


def test_the_status_bar_and_the_discrepancies_screen_say_it_in_plain_words(
    qtbot: QtBot, laptop: Laptop, server_url: str
) -> None:
    ward, registered = ward_with_zz(laptop)
    rewrite_on_server(server_url, ward.store.device_id, registered, to_qq)
    new = laptop("new")
    window = MainWindow(new)
    qtbot.addWidget(window)
    window.show()
    status = window.sync_status
    status.sync_if_configured()  # the site and its users arrive: someone can sign in
    changed = f"The server's copy of laptop …{ward.store.device_id[-12:]}'s events was changed"
    qtbot.waitUntil(lambda: changed in status.text(), timeout=20_000)
    sign_in(qtbot, window, INVESTIGATOR.username)
    qtbot.mouseClick(window.nav_buttons["discrepancies"], Qt.MouseButton.LeftButton)
    screen = window.discrepancies.screen
    assert screen is not None
    texts = [screen.list.item(row).text() for row in range(screen.list.count())]
    assert any(f"copy of laptop {ward.store.device_id}'s events #{registered}" in t for t in texts)
    window.close()
