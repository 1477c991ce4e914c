"""One sync run: push, then pull, reporting progress through a callback.

Qt-free and blocking: a ``SyncWorker`` (QThread) calls :func:`run_sync` and turns the
callback into a queued ``progress`` signal, the return value into ``succeeded`` and a
:class:`SyncError` into ``failed``. Give it its own SQLite connection to the same file (WAL
lets the UI keep writing; each sync transaction is one batch, short).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

import psycopg
from sqlite_utils import Database

from infusion_app.domain.clock import Clock, utc_iso
from infusion_app.store import sync_state
from infusion_app.store.event_store import device_id
from infusion_app.sync.connection import Connect, connector
from infusion_app.sync.errors import ChainRefusedError, SyncCancelledError, SyncError
from infusion_app.sync.pull import count_new, pull_events
from infusion_app.sync.push import push_events
from infusion_app.sync.receipt_check import check_receipts, keep_vouched
from infusion_app.sync.receipts import take_receipt
from infusion_app.sync.standing import check_standing, note_revocations

log = logging.getLogger("log.sync")

# Events per server transaction on push: fewer commits (each an fsync) and round trips, while
# a batch's sort and trigger rows still fit in PostgreSQL's default work_mem (4 MB).
PUSH_BATCH = 5000
# A pulled batch is one SQLite transaction with its projections: kept short, since a clinical
# write waits for it.
PULL_BATCH = 1000


@dataclass(frozen=True)
class SyncProgress:
    """Where a run is: ``phase`` is "push" or "pull"; ``done`` of ``total`` events."""

    phase: str
    done: int
    total: int


@dataclass(frozen=True)
class SyncReport:
    """What a finished run did; ``pending`` is left unpushed (0 unless the laptop kept writing)."""

    pushed: int
    pulled: int
    discrepancies: int
    pending: int
    finished_at: str


Progress = Callable[[SyncProgress], None]


def describe(error: psycopg.Error) -> SyncError:
    """A psycopg error as a :class:`SyncError` a person can act on."""
    state = getattr(error, "sqlstate", None)
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    if state == "IC001":
        return ChainRefusedError(f"The server refused the events: {text}")
    if state == "IC003":  # validation: normally set aside, here only if that did not help
        return SyncError(f"The server refused an event: {text}")
    if state == "42501":
        return SyncError(
            f"The server refused this laptop's role ({text}): is it enrolled at this site?"
        )
    if state == "23505":
        return ChainRefusedError(
            f"The server already holds other events under this laptop's numbers ({text})."
        )
    if isinstance(error, psycopg.OperationalError | psycopg.InterfaceError):
        return SyncError(f"The connection to the sync server was lost: {text}")
    return SyncError(f"The sync server reported an error: {text}")


class _Reporter:
    def __init__(self, progress: Progress | None, cancel: threading.Event | None) -> None:
        self.progress, self.cancel = progress, cancel

    def __call__(self, phase: str, done: int, total: int) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise SyncCancelledError("Sync was stopped; what was sent so far is kept.")
        if self.progress:
            self.progress(SyncProgress(phase, done, max(done, total)))


def _exchange(
    db: Database, conn: psycopg.Connection, clock: Clock, batch: int | None, report: _Reporter
) -> tuple[int, int, int]:
    settings = sync_state.load_settings(db)
    assert settings is not None
    device = device_id(db, clock)

    def stamp() -> str:
        return utc_iso(clock.now())

    check_standing(conn)  # a laptop shut out learns why, and goes no further
    receipts = check_receipts(db, conn, device, stamp)  # the server's history, before pushing
    todo = sync_state.pending_count(db, device)
    report("push", 0, todo)
    pushed = push_events(
        db,
        conn,
        device=device,
        site=settings.site_code,
        batch_size=batch or PUSH_BATCH,
        now=lambda: utc_iso(clock.now()),
        on_batch=lambda done: report("push", done, todo),
    )
    take_receipt(db, conn, device, stamp)
    todo = count_new(conn, device, sync_state.pull_cursor(db))
    report("pull", 0, todo)
    pulled, found = pull_events(
        db,
        conn,
        device=device,
        batch_size=batch or PULL_BATCH,
        now=lambda: utc_iso(clock.now()),
        on_batch=lambda done: report("pull", done, todo),
        receipts=receipts,
    )
    keep_vouched(db, receipts, stamp())
    note_revocations(db, conn, stamp)
    return pushed, pulled, found + receipts.new


def run_sync(
    db: Database,
    connect: Connect,
    *,
    clock: Clock,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    batch_size: int | None = None,
) -> SyncReport:
    """Push this laptop's unacknowledged events, then pull the site's new ones.

    Raises :class:`SyncError` (the outcome is also kept for :func:`sync_state.status`).
    ``progress`` is called from this thread; ``cancel`` stops the run between batches.
    ``batch_size`` overrides both :data:`PUSH_BATCH` and :data:`PULL_BATCH` (tests use tiny ones).
    """
    if sync_state.load_settings(db) is None:
        raise SyncError("This laptop is not enrolled for sync: run infusion-app server enrol.")
    try:
        conn = connect()
        try:  # not "with conn": its exit skips close() when the final commit fails
            pushed, pulled, found = _exchange(
                db, conn, clock, batch_size, _Reporter(progress, cancel)
            )
        finally:
            conn.close()
    except psycopg.Error as error:
        failure = describe(error)
        _note(db, clock, str(failure))
        raise failure from error
    except SyncError as error:
        _note(db, clock, str(error))
        raise
    finished = utc_iso(clock.now())
    _note(db, clock, None)
    pending = sync_state.pending_count(db, device_id(db, clock))
    log.info("sync: pushed %d, pulled %d, %d discrepancies", pushed, pulled, found)
    return SyncReport(pushed, pulled, found, pending, finished)


def _note(db: Database, clock: Clock, error: str | None) -> None:
    with db.atomic():
        sync_state.record_attempt(db, utc_iso(clock.now()), error)


def sync_now(
    db: Database,
    *,
    clock: Clock,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    batch_size: int | None = None,
) -> SyncReport:
    """:func:`run_sync` with the stored settings and the password from the OS keyring."""
    settings = sync_state.load_settings(db)
    if settings is None:
        raise SyncError("This laptop is not enrolled for sync: run infusion-app server enrol.")
    return run_sync(
        db,
        connector(settings),
        clock=clock,
        progress=progress,
        cancel=cancel,
        batch_size=batch_size,
    )
