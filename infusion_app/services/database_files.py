"""The database file as the window's start-up, housekeeping and sync line handle it.

The screens never import the store: what they need of the file itself (the integrity check
before opening, restoring a backup, the hourly backup and checkpoint, the storage errors, the
sync worker's own connection and the sync status) is named here.
"""

from __future__ import annotations

from pathlib import Path

from infusion_app.domain.clock_jumps import ClockJump
from infusion_app.services.context import Workspace
from infusion_app.store import sync_state
from infusion_app.store.backups import BACKUPS, database_file
from infusion_app.store.database import StoreError, checkpoint_idle, connect
from infusion_app.store.early_check import EarlyCheck
from infusion_app.store.errors import StoreEnvironmentError
from infusion_app.store.integrity import (
    DamagedDatabase,
    mark_running,
    mark_stopped_cleanly,
    restore,
    set_aside,
)
from infusion_app.store.sync_state import RevokedLaptop, SyncStatus

__all__ = [
    "BACKUPS",
    "DamagedDatabase",
    "EarlyCheck",
    "RevokedLaptop",
    "StoreEnvironmentError",
    "StoreError",
    "SyncStatus",
    "checkpoint",
    "checkpoint_idle",
    "connect",
    "database_file",
    "database_path",
    "laptops_changed_on_server",
    "mark_running",
    "mark_stopped_cleanly",
    "note_clock_jump",
    "restore",
    "revoked_laptops",
    "set_aside",
    "sync_is_set_up",
    "sync_status",
    "unsent_events",
]


def note_clock_jump(ws: Workspace, jump: ClockJump) -> None:
    """Record that the wall clock jumped (a system event: no user acted)."""
    ws.store.append([jump.draft()])


def checkpoint(ws: Workspace) -> None:
    """Fold the write-ahead log into the database file while nothing else writes."""
    checkpoint_idle(ws.db)


def database_path(ws: Workspace) -> Path | None:
    """The workspace's database file (None for an in-memory database)."""
    return database_file(ws.db)


def sync_is_set_up(ws: Workspace) -> bool:
    """True when this laptop is enrolled with a sync server."""
    return sync_state.load_settings(ws.db) is not None


def sync_status(ws: Workspace) -> SyncStatus:
    """When this laptop last synced, how many events wait, and the last error."""
    return sync_state.status(ws.db, ws.store.device_id)


def laptops_changed_on_server(ws: Workspace) -> list[str]:
    """The other laptops whose synced events the server changed afterwards (open
    discrepancies; this laptop's own shows as its sync error)."""
    return [d for d in sync_state.changed_on_server(ws.db) if d != ws.store.device_id]


def revoked_laptops(ws: Workspace) -> list[RevokedLaptop]:
    """The site's laptops the server shut out (``server revoke``), latest first, as the last
    sync learnt them."""
    return sync_state.revoked_laptops(ws.db)


def unsent_events(ws: Workspace) -> list[str]:
    """Why each event this laptop set aside (the server could not take it in) was not sent,
    latest first, while its discrepancy is open."""
    return sync_state.unsent_summaries(ws.db)
