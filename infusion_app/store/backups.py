"""Online backups to rotated files in ``backups/`` next to the database.

A backup is taken with SQLite's backup API while the app runs (a consistent snapshot of what
was committed), written to a ``.partial`` file, flushed to the disk and only then renamed to
its final name: a backup file either is complete or does not exist.

The copy reads through a connection of its own, so it can run in :data:`BACKUPS`' thread:
copying a 170 MiB file (a year's record) took 0.8–1.1 s here, and the window froze that long
at every start, end and signature of a session and every hour. In WAL mode a reader does not
block the writer, so events are recorded while a backup is being copied.
"""

from __future__ import annotations

import logging
import os
import queue
import re
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Protocol

from sqlite_utils import Database

from infusion_app.domain.clock import Clock
from infusion_app.store.cipher import Error as SQLError
from infusion_app.store.cipher import copy_database, known_key, remember_key
from infusion_app.store.key_slots import SUFFIX as SLOTS_SUFFIX

log = logging.getLogger("log.store")

FOLDER = "backups"
KEEP_LAST = 24
KEEP_DAILY_DAYS = 30
HOURLY_AFTER = timedelta(minutes=55)
MILESTONES = ("session_started", "session_ended", "session_signed", "manual", "hourly")
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}\d{3}Z)-(?P<reason>[a-z_]+)\.sqlite3$")


class HasDatabase(Protocol):
    """What :func:`backup_if_due` needs of a workspace."""

    db: Database
    clock: Clock


@dataclass(frozen=True)
class Backup:
    """One backup file and when it was taken (UTC)."""

    path: Path
    taken_at: datetime
    reason: str


def stamp(moment: datetime) -> str:
    """``20261124T014100123Z``: sortable, safe in every file system, milliseconds included."""
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y%m%dT%H%M%S") + f"{moment.microsecond // 1000:03d}Z"


def _parse_stamp(text: str) -> datetime:
    return datetime.strptime(text[:15], "%Y%m%dT%H%M%S").replace(
        tzinfo=UTC, microsecond=int(text[15:18]) * 1000
    )


def backup_folder(db_path: Path) -> Path:
    """``backups/`` in the database's folder."""
    return Path(db_path).parent / FOLDER


def database_file(db: Database) -> Path | None:
    """The file behind ``db`` (None for an in-memory database)."""
    for row in db.execute("PRAGMA database_list"):
        if row[1] == "main" and row[2]:
            return Path(row[2])
    return None


def list_backups(db_path: Path) -> list[Backup]:
    """The backups of the database at ``db_path``, newest first."""
    folder, found = backup_folder(db_path), []
    if not folder.is_dir():
        return []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and match["stem"] == Path(db_path).stem:
            found.append(Backup(path, _parse_stamp(match["stamp"]), match["reason"]))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def newest_backup(db_path: Path) -> Path | None:
    """The newest backup file of the database at ``db_path``, if any."""
    backups = list_backups(db_path)
    return backups[0].path if backups else None


def fsync_path(path: Path) -> None:
    """Flush a file (or a folder's entries) to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_snapshot(db_path: Path, target_path: Path) -> None:
    """Copy what is committed in the database at ``db_path`` into ``target_path``, through a
    read-only connection of its own (any thread; the app's writes go on meanwhile).

    The copy is encrypted with the database's own key (the one this process opened it with).
    """
    from infusion_app.store.snapshots import open_read_only  # it never writes, even at close

    source = open_read_only(Path(db_path)).conn
    try:
        copy_database(source, target_path, known_key(db_path))
    finally:
        source.close()


def make_backup(db_path: Path, reason: str, now: datetime) -> Path:
    """Copy the committed state of the database at ``db_path`` to a new backup file."""
    if reason not in MILESTONES:
        raise ValueError(f"unknown backup reason {reason!r}")
    folder = backup_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / f"{Path(db_path).stem}-{stamp(now)}-{reason}.sqlite3"
    partial = final.with_name(final.name + ".partial")
    partial.unlink(missing_ok=True)
    copy_snapshot(Path(db_path), partial)
    fsync_path(partial)
    os.replace(partial, final)
    remember_key(final, known_key(db_path))  # checked or restored later in this run
    _copy_key_slots(Path(db_path), final)
    fsync_path(folder)
    log.info("backup %s (%s)", final.name, reason)
    return final


def _slots_of(path: Path) -> Path:
    return path.with_name(path.name + SLOTS_SUFFIX)


def _copy_key_slots(db_path: Path, backup: Path) -> None:
    """The backup carries the key slots as they are now (``<backup>.keys``): the backup opens
    with the passwords (or the recovery key) of today even if the database's own side file is
    lost with the laptop's disk."""
    slots = _slots_of(db_path)
    if not slots.exists():
        return
    partial = _slots_of(backup).with_name(_slots_of(backup).name + ".partial")
    shutil.copyfile(slots, partial)
    fsync_path(partial)
    os.replace(partial, _slots_of(backup))


def kept(backups: list[Backup], now: datetime, keep_last: int, daily_days: int) -> set[Path]:
    """The newest ``keep_last`` backups, and the newest of each of the last ``daily_days`` days.

    Days are UTC days.
    """
    newest_first = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    keep = {b.path for b in newest_first[:keep_last]}
    first_day = now.astimezone(UTC).date() - timedelta(days=daily_days - 1)
    seen: set[date] = set()
    for backup in newest_first:
        day = backup.taken_at.date()
        if day >= first_day and day not in seen:
            seen.add(day)
            keep.add(backup.path)
    return keep


def rotate(
    db_path: Path,
    now: datetime,
    keep_last: int = KEEP_LAST,
    daily_days: int = KEEP_DAILY_DAYS,
) -> list[Path]:
    """Delete backups beyond the rotation (and leftover ``.partial`` files); return them."""
    backups = list_backups(db_path)
    keep = kept(backups, now, keep_last, daily_days)
    removed = [b.path for b in backups if b.path not in keep]
    removed += list(backup_folder(db_path).glob("*.partial"))
    for path in removed:
        path.unlink(missing_ok=True)
        _slots_of(path).unlink(missing_ok=True)
    return removed


def backup_file_if_due(db_path: Path, reason: str, now: datetime) -> Path | None:
    """Back up at a session milestone (always) or on the hourly timer (if none in 55 min).

    Never raises for the environment's faults (a full disk must not stop the ward's work): it
    logs them and returns None, as it does when no backup was due.
    """
    if reason == "hourly":
        newest = list_backups(db_path)
        if newest and now - newest[0].taken_at < HOURLY_AFTER:
            return None
    try:
        path = make_backup(db_path, reason, now)
        rotate(db_path, now)
    except (SQLError, OSError) as error:
        log.warning("backup (%s) failed: %s", reason, error)
        return None
    return path


def backup_if_due(ws: HasDatabase, reason: str) -> Path | None:
    """:func:`backup_file_if_due` of the workspace's file, now, in this thread (None for an
    in-memory database)."""
    db_path = database_file(ws.db)
    return None if db_path is None else backup_file_if_due(db_path, reason, ws.clock.now())


class BackupQueue:
    """Backups taken one after another in a thread of their own (started on first use).

    The file and the reason are fixed when a backup is asked for; the time (the backup's name)
    and whether an hourly one is still due are read when its turn comes, as its snapshot is.
    """

    def __init__(self) -> None:
        self._jobs: queue.Queue[Callable[[], object]] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._start = threading.Lock()

    def request(self, ws: HasDatabase, reason: str) -> None:
        """Back the workspace's file up in the background if due; returns at once."""
        db_path = database_file(ws.db)
        if db_path is None:
            return
        clock = ws.clock  # read when the copy begins: the name says when its snapshot was taken
        self._jobs.put(lambda: backup_file_if_due(db_path, reason, clock.now()))
        with self._start:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="backups", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        while True:
            job = self._jobs.get()
            try:
                job()  # never raises for the disk's faults (logged); anything else is logged too
            except Exception:
                log.exception("backup failed")
            finally:
                self._jobs.task_done()

    def wait(self) -> None:
        """Until every backup asked for so far is on the disk (or has failed, logged)."""
        self._jobs.join()


BACKUPS = BackupQueue()  # the app's one queue: the session milestones and the hourly timer


def move_aside(path: Path, label: str, now: datetime) -> Path:
    """Rename ``path`` and its ``-wal``/``-shm`` files to ``<name>.<label>-<stamp>``."""
    aside = path.with_name(f"{path.name}.{label}-{stamp(now)}")
    # The -wal first: a stale -wal left beside a new file would be replayed into it.
    for suffix in ("-wal", "-shm", ""):
        source = Path(str(path) + suffix)
        if source.exists():
            os.replace(source, Path(str(aside) + suffix))
    fsync_path(path.parent)
    return aside
