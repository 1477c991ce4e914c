"""Opening a workspace: the protocol file, the database and the event store, checked once."""

from __future__ import annotations

from pathlib import Path

from infusion_app.domain.clock import Clock, SystemClock
from infusion_app.domain.protocol import ProtocolError
from infusion_app.protocol_files import check_bound_protocol, default_protocol_path, load_protocol
from infusion_app.services.context import Workspace
from infusion_app.store.database import connect
from infusion_app.store.event_store import EventStore
from infusion_app.store.queries.site import bound_protocol_id


def open_workspace(
    db_path: Path, clock: Clock | None = None, protocol_path: Path | None = None
) -> Workspace:
    """Load and validate the protocol, then open (and migrate) the database.

    Raises ``ProtocolError`` or ``StoreError`` with a message meant for a person.
    """
    clock = clock or SystemClock()
    path = protocol_path or default_protocol_path()
    protocol = load_protocol(path)
    db = connect(db_path)
    try:
        check_bound_protocol(protocol, bound_protocol_id(db), path.name)
    except ProtocolError:
        db.close()
        raise
    return Workspace(db=db, store=EventStore(db, clock), protocol=protocol, clock=clock)
