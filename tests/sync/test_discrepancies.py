"""Semantic clashes become discrepancies with both sides, never a silent overwrite."""

from __future__ import annotations

from infusion_app.domain.outcomes import Refusal
from infusion_app.services import products, session_flow
from infusion_app.services.context import Accepted
from infusion_app.services.discrepancies import discrepancies, resolve_discrepancy
from infusion_app.store.audit import verify_log
from tests.sync.conftest import Laptop, sync
from tests.sync.helpers import (
    INVESTIGATOR,
    NURSE,
    event_ids,
    receive,
    register_and_schedule,
    release,
    set_up_site,
)


def _two_laptops(laptop: Laptop) -> tuple:
    first, second = laptop("first"), laptop("second")
    set_up_site(first)
    session_id = register_and_schedule(first)
    product_id = receive(first)
    sync(first)
    sync(second)
    return first, second, session_id, product_id


def test_one_session_begun_on_two_laptops_is_a_discrepancy_on_both(laptop: Laptop) -> None:
    first, second, session_id, _ = _two_laptops(laptop)
    for ws in (first, second):
        assert isinstance(session_flow.begin_checks(ws, NURSE, session_id=session_id), Accepted)
    assert sync(first).discrepancies == 0  # first pushes before the second did
    assert sync(second).discrepancies == 1
    assert sync(first).discrepancies == 1

    (on_first,) = discrepancies(first)
    (on_second,) = discrepancies(second)
    assert on_first.id == on_second.id
    assert on_first.kind == "session_moved_on_two_laptops"
    assert on_first.applied is not None and on_first.held is not None
    assert on_first.applied.device_id == first.store.device_id
    assert on_first.held.device_id == second.store.device_id
    assert {on_first.applied.event_id, on_first.held.event_id} == {
        on_second.applied.event_id,  # type: ignore[union-attr]
        on_second.held.event_id,
    }
    assert event_ids(first) == event_ids(second)
    assert verify_log(first.db).ok and verify_log(second.db).ok


def test_one_product_released_on_two_laptops_keeps_the_first_release(laptop: Laptop) -> None:
    first, second, _, product_id = _two_laptops(laptop)
    assert isinstance(release(first, product_id), Accepted)
    assert isinstance(release(second, product_id), Accepted)
    sync(first)
    sync(second)
    (found,) = discrepancies(second)
    assert found.kind == "product_released_twice"
    assert found.applied is not None and found.applied.device_id == second.store.device_id
    row = products.product_row(second, product_id)
    assert row is not None and row["released_by"] == "pharm.zhao" and row["state"] == "released"


def test_the_investigator_resolves_with_a_reason_and_the_decision_travels(
    laptop: Laptop,
) -> None:
    first, second, session_id, _ = _two_laptops(laptop)
    for ws in (first, second):
        session_flow.begin_checks(ws, NURSE, session_id=session_id)
    for ws in (first, second, first):
        sync(ws)
    (open_one,) = discrepancies(second, open_only=True)

    refused = resolve_discrepancy(
        second, NURSE, discrepancy_id=open_one.id, decision="both_stand", reason="x"
    )
    assert isinstance(refused, Refusal) and refused.code == "not_permitted"
    no_reason = resolve_discrepancy(
        second, INVESTIGATOR, discrepancy_id=open_one.id, decision="both_stand", reason=" "
    )
    assert isinstance(no_reason, Refusal) and no_reason.code == "missing_reason"
    done = resolve_discrepancy(
        second,
        INVESTIGATOR,
        discrepancy_id=open_one.id,
        decision="applied_side_stands",
        reason="The checks were done at bed 4 on the second laptop.",
    )
    assert isinstance(done, Accepted), done
    assert discrepancies(second, open_only=True) == []

    sync(second)
    sync(first)
    (on_first,) = discrepancies(first)
    assert on_first.decision == "applied_side_stands"
    assert on_first.resolved_by == "dr.wang"
