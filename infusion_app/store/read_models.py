"""Read models: tables derived from the event log, written in the same transaction as the event.

``project`` is the one place that turns an event into rows. Projectors read nothing but the
event and the read models themselves, so replaying the log in order rebuilds the same tables.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database

from infusion_app.domain.events import Event
from infusion_app.store.check_projections import CHECK_PROJECTORS
from infusion_app.store.people_projections import PEOPLE_PROJECTORS
from infusion_app.store.product_projections import PRODUCT_PROJECTORS
from infusion_app.store.reliability_projections import RELIABILITY_PROJECTORS
from infusion_app.store.schema import READ_MODEL_SCHEMA, READ_MODEL_TABLES
from infusion_app.store.session_projections import SESSION_PROJECTORS
from infusion_app.store.sync_state import SYNC_PROJECTORS

__all__ = ["PROJECTORS", "READ_MODEL_SCHEMA", "READ_MODEL_TABLES", "project"]

PROJECTORS: dict[str, Callable[[Database, Event], None]] = {
    **PEOPLE_PROJECTORS,
    **SESSION_PROJECTORS,
    **CHECK_PROJECTORS,
    **PRODUCT_PROJECTORS,
    **SYNC_PROJECTORS,
    **RELIABILITY_PROJECTORS,
}


def project(db: Database, event: Event) -> None:
    """Write what ``event`` changes into the read models (inside the caller's transaction)."""
    projector = PROJECTORS.get(event.type)
    if projector is None:
        raise ValueError(f"no read-model projector for event type {event.type!r}")
    projector(db, event)
