"""Opening a workspace: the protocol file, the database and the event store, checked once."""

from __future__ import annotations

from pathlib import Path

from infusion_app.domain.clock import Clock, SystemClock
from infusion_app.domain.protocol import ProtocolError
from infusion_app.protocol_files import check_bound_protocol, default_protocol_path, load_protocol
from infusion_app.services.context import Workspace
from infusion_app.store.cipher import known_key
from infusion_app.store.database import connect
from infusion_app.store.event_store import EventStore
from infusion_app.store.key_slots import Keyring
from infusion_app.store.queries.site import bound_protocol_id


def open_workspace(
    db_path: Path,
    clock: Clock | None = None,
    protocol_path: Path | None = None,
    key: bytes | None = None,
) -> Workspace:
    """Load and validate the protocol, then open (and migrate) the database.

    ``key``: the file's database key (None: a plain or in-memory file, see
    :mod:`infusion_app.services.file_keys` for how the key is unwrapped).
    Raises ``ProtocolError`` or ``StoreError`` with a message meant for a person
    (``WrongDatabaseKeyError`` when the key does not open the file).
    """
    clock = clock or SystemClock()
    path = protocol_path or default_protocol_path()
    protocol = load_protocol(path)
    key = key or known_key(db_path)  # reopened in this process: the key it was opened with
    db = connect(db_path, key)
    try:
        check_bound_protocol(protocol, bound_protocol_id(db), path.name)
    except ProtocolError:
        db.close()
        raise
    keys = Keyring(db_path, key) if key is not None else None
    return Workspace(db, EventStore(db, clock), protocol, clock, keys)
