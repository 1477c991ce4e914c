"""Receipt, release and the bedside two-person check, through the services."""

from __future__ import annotations

import pytest

from infusion_app.domain.events import EventType
from infusion_app.domain.outcomes import Refusal
from infusion_app.services import bedside, products
from infusion_app.services import session_flow as flow
from infusion_app.services.context import Accepted, Actor, Workspace
from infusion_app.store.rebuild import rebuild_check
from tests.conftest import PASSWORD, good_receipt


def _receive(ws: Workspace, pharmacist: Actor, **change: object) -> Accepted:
    result = products.receive_product(ws, pharmacist, **good_receipt(**change))
    assert isinstance(result, Accepted), result
    return result


def test_a_good_bag_passes_every_check_and_is_released_with_a_signature(
    site: Workspace, pharmacist: Actor, session_id: str
) -> None:
    received = _receive(site, pharmacist)
    assert received.created["state"] == "received" and received.created["failed"] == []
    released = products.release_product(
        site, pharmacist, product_id=received.created["product_id"], password=PASSWORD
    )
    assert isinstance(released, Accepted)
    row = site.db.execute("SELECT full_name, meaning FROM signatures").fetchone()
    assert tuple(row) == ("Zhao Min", "approved")


@pytest.mark.parametrize(
    ("change", "check", "words"),
    [
        ({"label_subject_code": "HPV-002"}, "participant", "label names HPV-002"),
        ({"arm": "placebo", "total_viable_cells": 0}, "arm", "allocation is huc_msc"),
        ({"expires_at": "2026-11-24T00:59:00Z"}, "not_expired", "expires"),
        ({"expires_at": "2026-11-24T01:20:00Z"}, "expiry_after_end", "projected end"),
        ({"prepared_at": "2026-11-23T18:00:00Z"}, "time_since_preparation", "7.0 h"),
        ({"total_viable_cells": 7.0e7}, "cell_dose", "19.7 % off"),
        ({"viability_pct": 65.0}, "viability", "65 %"),
        ({"temperature_c": 12.0}, "temperature", "12 °C"),
        ({"appearance_ok": False}, "appearance", "failed"),
    ],
)
def test_a_failed_check_quarantines_with_its_reason(
    site: Workspace, pharmacist: Actor, session_id: str, change: dict, check: str, words: str
) -> None:
    received = _receive(site, pharmacist, **change)
    assert received.created["state"] == "quarantined"
    failed = {f["id"]: f["reason"] for f in received.created["failed"]}
    assert check in failed and words in failed[check], failed
    release = products.release_product(
        site, pharmacist, product_id=received.created["product_id"], password=PASSWORD
    )
    assert isinstance(release, Refusal) and release.code == "quarantined"


def test_placebo_takes_the_same_path(site: Workspace, pharmacist: Actor) -> None:
    from infusion_app.services import participants

    participants.register_participant(
        site,
        Actor("dr.wang", "Wang Fang", pharmacist.role.INVESTIGATOR),
        subject_code="HPV-003",
        initials="QW",
        year_of_birth=1980,
        consent_date="2026-11-20",
        arm="placebo",
    )
    received = _receive(
        site,
        pharmacist,
        subject_code="HPV-003",
        label_subject_code="HPV-003",
        arm="placebo",
        total_viable_cells=0,
        viability_pct=None,
    )
    assert received.created["state"] == "received"


def test_the_labs_own_code_needs_a_confirmation(
    site: Workspace, pharmacist: Actor, session_id: str
) -> None:
    refused = products.receive_product(site, pharmacist, **good_receipt(din="MSC-LOT-2026-044"))
    assert isinstance(refused, Refusal) and refused.code == "confirm_lab_code"
    taken = products.receive_product(
        site, pharmacist, **good_receipt(din="MSC-LOT-2026-044"), lab_code_confirmed=True
    )
    assert isinstance(taken, Accepted)


def test_a_mistyped_din_is_refused_at_receipt(
    site: Workspace, pharmacist: Actor, session_id: str
) -> None:
    refused = products.receive_product(site, pharmacist, **good_receipt(din="=G12341765432171"))
    assert isinstance(refused, Refusal) and refused.code == "wrong_din_check"


@pytest.fixture
def released(site: Workspace, pharmacist: Actor, nurse: Actor, session_id: str) -> str:
    received = _receive(site, pharmacist)
    product_id = str(received.created["product_id"])
    products.release_product(site, pharmacist, product_id=product_id, password=PASSWORD)
    flow.begin_checks(site, nurse, session_id=session_id)
    return product_id


def _check(ws: Workspace, who: Actor, session_id: str, product_id: str, **scan: str):  # type: ignore[no-untyped-def]
    given = {"bag_scan": "=G12341765432170", "wristband_scan": "HPV-001", **scan}
    return bedside.bedside_check(
        ws, who, session_id=session_id, product_id=product_id, password=PASSWORD, **given
    )


def test_two_different_people_make_the_bag_verified(
    site: Workspace, nurse: Actor, pharmacist: Actor, session_id: str, released: str
) -> None:
    assert _check(site, nurse, session_id, released).created == {"state": "first_check_done"}
    assert bedside.verified_product(site, session_id) is None
    assert _check(site, pharmacist, session_id, released).created == {"state": "verified"}
    assert bedside.verified_product(site, session_id) == released
    assert rebuild_check(site.db) == []


def test_the_same_person_cannot_give_both_signatures(
    site: Workspace, nurse: Actor, session_id: str, released: str
) -> None:
    _check(site, nurse, session_id, released)
    again = _check(site, nurse, session_id, released)
    assert isinstance(again, Refusal) and again.code == "same_signer"


@pytest.mark.parametrize(
    ("scan", "words"),
    [
        ({"bag_scan": "=G12341765432200"}, "not the released bag"),
        ({"wristband_scan": "HPV-002"}, "wristband (HPV-002) is not HPV-001"),
    ],
)
def test_any_mismatch_is_a_hard_stop_on_the_record(
    site: Workspace, nurse: Actor, session_id: str, released: str, scan: dict, words: str
) -> None:
    result = _check(site, nurse, session_id, released, **scan)
    assert isinstance(result, Refusal) and result.code == "bedside_mismatch"
    assert result.reason.startswith("STOP") and words in result.reason
    last = list(site.store.events(session=session_id))[-1]
    assert last.type == EventType.BEDSIDE_MISMATCH


def test_an_unreleased_bag_cannot_be_checked(
    site: Workspace, nurse: Actor, pharmacist: Actor, session_id: str
) -> None:
    received = _receive(site, pharmacist)
    flow.begin_checks(site, nurse, session_id=session_id)
    result = _check(site, nurse, session_id, str(received.created["product_id"]))
    assert isinstance(result, Refusal) and result.code == "not_released"
