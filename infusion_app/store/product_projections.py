"""Read-model writers for products: receipt, release, bedside checks."""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database

from infusion_app.domain.event_types import AdministrationStopped
from infusion_app.domain.events import Event, EventType, canonical_json
from infusion_app.store.rows import insert_row
from infusion_app.store.session_projections import signature


def _received(db: Database, event: Event) -> None:
    r = event.payload["receipt"]
    insert_row(
        db,
        "products",
        {
            "id": event.payload["product_id"],
            **{
                key: r[key]
                for key in (
                    "subject_code",
                    "arm",
                    "din",
                    "lot",
                    "expires_at",
                    "total_viable_cells",
                    "viability_pct",
                    "volume_ml",
                    "prepared_at",
                    "temperature_c",
                    "weight_kg",
                )
            },
            "state": event.payload["state"],
            "failed_checks": canonical_json(event.payload["failed"]),
            "received_by": event.actor,
            "received_at": event.occurred_at,
        },
    )


def _released(db: Database, event: Event) -> None:
    db.execute(
        "UPDATE products SET state = 'released', released_by = ?, released_at = ? WHERE id = ?",
        [event.actor, event.occurred_at, event.payload["product_id"]],
    )
    signature(db, event)


def _first_check(db: Database, event: Event) -> None:
    """The first of two bedside checks; on a verified bag (a check too old to start on) it
    opens a new pair: the bag is released, not verified, until the second person checks."""
    db.execute(
        "UPDATE products SET session = ?, first_checked_by = ?, state = 'released' WHERE id = ?",
        [event.session, event.actor, event.payload["product_id"]],
    )
    signature(db, event)


def _verified(db: Database, event: Event) -> None:
    db.execute(
        "UPDATE products SET state = 'verified', session = ?, verified_by = ?, verified_at = ? "
        "WHERE id = ?",
        [event.session, event.actor, event.occurred_at, event.payload["product_id"]],
    )
    signature(db, event)


def _nothing(db: Database, event: Event) -> None:
    """A bedside mismatch or a stop at administration is kept in the log only: the product
    stays as it was."""


PRODUCT_PROJECTORS: dict[str, Callable[[Database, Event], None]] = {
    EventType.PRODUCT_RECEIVED: _received,
    EventType.PRODUCT_RELEASED: _released,
    EventType.BEDSIDE_FIRST_CHECK: _first_check,
    EventType.BEDSIDE_MISMATCH: _nothing,
    EventType.PRODUCT_VERIFIED: _verified,
    AdministrationStopped.TYPE: _nothing,
}
