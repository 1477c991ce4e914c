"""A bedside check older than the site's limit before the start: the start is refused naming
the age and the limit, the screen's question says the same, and two new scans let it start."""

from __future__ import annotations

from infusion_app.services.administration import bedside_rescan_needed
from infusion_app.services.context import Workspace
from tests.conftest import GOOD_VITALS, PASSWORD
from tests.services.replay_day import BAG_SCAN, Day


def test_two_new_scans_let_a_stale_check_start(site: Workspace) -> None:
    day = Day(site)
    day.prepare()
    assert day.mark_ready()["status"] == "accepted"
    assert bedside_rescan_needed(site, day.session_id) is None
    day.clock.advance(61 * 60)
    refused = day.start()
    assert refused["code"] == "bedside_check_stale"
    assert "61 min before the start (limit 60 min)" in refused["reason"]
    needed = bedside_rescan_needed(site, day.session_id)
    assert needed is not None
    assert str(needed).startswith(
        "The bedside check was 61 min ago (limit 60 min before the start)"
    )

    day.as_user("nurse.li")
    day.ok(
        "bedside_check",
        session_id=day.session_id,
        product_id=day.product_id,
        bag_scan=BAG_SCAN,
        wristband_scan="HPV-001",
        password=PASSWORD,
    )
    half = bedside_rescan_needed(site, day.session_id)
    assert half is not None and "a second person scans" in str(half)
    assert day.start()["code"] == "product_not_verified"
    day.as_user("pharm.zhao")
    day.ok(
        "bedside_check",
        session_id=day.session_id,
        product_id=day.product_id,
        bag_scan=BAG_SCAN,
        wristband_scan="HPV-001",
        password=PASSWORD,
    )
    assert bedside_rescan_needed(site, day.session_id) is None
    day.as_user("nurse.li")
    day.ok("record_vitals", session_id=day.session_id, vitals=GOOD_VITALS)  # a new baseline
    assert day.start()["status"] == "accepted"
