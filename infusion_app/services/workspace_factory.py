"""Opening a workspace: the protocol file, the database and the event store, checked once."""

from __future__ import annotations

from pathlib import Path

from infusion_app.domain.clock import Clock, SystemClock
from infusion_app.protocol_files import default_protocol_path, load_protocol
from infusion_app.services.context import Workspace
from infusion_app.store.database import connect
from infusion_app.store.event_store import EventStore


def open_workspace(
    db_path: Path, clock: Clock | None = None, protocol_path: Path | None = None
) -> Workspace:
    """Load and validate the protocol, then open (and migrate) the database.

    Raises ``ProtocolError`` or ``StoreError`` with a message meant for a person.
    """
    clock = clock or SystemClock()
    protocol = load_protocol(protocol_path or default_protocol_path())
    db = connect(db_path)
    return Workspace(db=db, store=EventStore(db, clock), protocol=protocol, clock=clock)
