"""Is the database file sound? Quick at start-up, full on demand; never writes to the file.

Start-up: ``PRAGMA quick_check`` and the hash chain of each device's last 500 events.
Full (``infusion-app check --full``): ``PRAGMA integrity_check``, foreign keys, the whole chain
and a rebuild of the read models compared with the stored ones.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from infusion_app.domain.events import GENESIS_HASH
from infusion_app.store.audit import COLUMNS, AuditProblem, AuditReport, _check_row, verify_log
from infusion_app.store.backups import fsync_path, move_aside, newest_backup
from infusion_app.store.cipher import (
    DatabaseError,
    WrongKeyError,
    copy_database,
    is_plain_sqlite,
    known_key,
)
from infusion_app.store.database import StoreError
from infusion_app.store.rebuild import rebuild_check
from infusion_app.store.schema_check import schema_problems
from infusion_app.store.snapshots import on_read_only_media, open_read_only, read_snapshot
from infusion_app.store.users_check import people_problems

__all__ = ["open_read_only"]  # kept here for the modules that import it from integrity

RECENT_PER_DEVICE = 500
log = logging.getLogger("log.store")


@dataclass(frozen=True)
class CheckReport:
    """What a check found; ``problems`` are sentences for IT."""

    full: bool
    events_checked: int
    problems: tuple[str, ...]
    read_only: bool = False  # the file's folder cannot be written (read-only media)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class DamagedDatabase:
    """A database file that failed its check; nothing was written to it or moved."""

    path: Path
    problems: tuple[str, ...]
    newest_backup: Path | None

    @property
    def message(self) -> str:
        offer = (
            f" The newest backup is {self.newest_backup.name}."
            if self.newest_backup
            else " No backup was found."
        )
        return (
            f"The database {self.path.name} is damaged ({self.problems[0]}). It was not changed; "
            f"set it aside and restore a backup, or call IT.{offer}"
        )


def _pragma_problems(db: Database, pragma: str) -> list[str]:
    rows = [str(row[0]) for row in db.execute(f"PRAGMA {pragma}")]
    return [] if rows == ["ok"] else [f"{pragma}: {row}" for row in rows[:20]]


def _device_window(db: Database, device: str, head: int, per_device: int) -> list[AuditProblem]:
    start = max(0, head - per_device)
    last = {device: (0, GENESIS_HASH)}
    if start:
        before = db.execute(
            "SELECT device_seq, hash FROM events WHERE device_id = ? AND device_seq = ?",
            [device, start],
        ).fetchone()
        if before is None:
            return [AuditProblem(None, None, f"device {device} has no event {start}")]
        last[device] = (int(before[0]), str(before[1]))
    problems = []
    rows = db.execute(
        f"SELECT {COLUMNS} FROM events WHERE device_id = ? AND device_seq > ? ORDER BY device_seq",
        [device, start],
    )
    for row in rows:
        if message := _check_row(row, last):
            problems.append(AuditProblem(row[0], row[1], message))
        last[device] = (row[3], row[12])
    return problems


def verify_recent(db: Database, per_device: int = RECENT_PER_DEVICE) -> AuditReport:
    """The hash chain of each device's last ``per_device`` events, and each chain head."""
    ends = dict(db.execute("SELECT device_id, max(device_seq) FROM events GROUP BY device_id"))
    heads = {r[0]: (r[1], r[2]) for r in db.execute("SELECT * FROM chain_heads")}
    problems: list[AuditProblem] = []
    checked = 0
    for device in sorted(set(ends) | set(heads)):
        end = int(ends.get(device) or 0)
        problems += _device_window(db, device, end, per_device)
        checked += min(end, per_device)
        last = db.execute(
            "SELECT device_seq, hash FROM events WHERE device_id = ? AND device_seq = ?",
            [device, end],
        ).fetchone()
        if heads.get(device) != (tuple(last) if last else None):
            problems.append(
                AuditProblem(None, None, f"device {device}: the chain head is not its last event")
            )
    return AuditReport(checked, tuple(problems))


def check_database(db: Database, *, full: bool = False) -> CheckReport:
    """Structure first (quick or full); the schema (the append-only triggers), the chain, the
    users against the log and, when full, every read model, only if the structure holds.

    Everything is read in one snapshot, so a writer's commit meanwhile is never a problem.
    """
    try:
        with read_snapshot(db):
            return _check(db, full)
    except DatabaseError as error:
        return CheckReport(full, 0, (f"unreadable: {error}",))


def _check(db: Database, full: bool) -> CheckReport:
    problems = _pragma_problems(db, "integrity_check" if full else "quick_check")
    if problems:
        return CheckReport(full, 0, tuple(problems))
    if _not_yet_created(db):
        return CheckReport(full, 0, ())
    problems = schema_problems(db)
    report = verify_log(db) if full else verify_recent(db)
    problems += [f"audit: {p}" for p in report.problems]
    problems += people_problems(db)
    if full:
        problems += _pragma_problems_fk(db)
        problems += [f"read model: {d}" for d in rebuild_check(db)]
    return CheckReport(full, report.events_checked, tuple(problems))


def _not_yet_created(db: Database) -> bool:
    """A file whose first migration never committed (e.g. killed while being created).

    It holds nothing; opening it creates the schema. It is not damaged.
    """
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    tables = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'events'").fetchone()
    return version == 0 and tables is None


def _pragma_problems_fk(db: Database) -> list[str]:
    rows = db.execute("PRAGMA foreign_key_check").fetchall()
    return [f"foreign key: {tuple(row)}" for row in rows[:20]]


def check_file(path: Path, *, full: bool = False, key: bytes | None = None) -> CheckReport:
    """Check the file at ``path`` through a read-only connection (keyed with ``key``, or the
    key this process opened it with)."""
    read_only = on_read_only_media(path)
    try:
        db = open_read_only(path, key)
    except (DatabaseError, WrongKeyError) as error:
        return CheckReport(full, 0, (f"cannot be opened: {error}",), read_only)
    try:
        report = check_database(db, full=full)
    finally:
        db.close()
    return CheckReport(report.full, report.events_checked, report.problems, read_only)


def damage(path: Path, key: bytes | None = None) -> DamagedDatabase | None:
    """A :class:`DamagedDatabase` when the file at ``path`` fails the start-up check.

    A file that does not exist yet is not damaged (the app creates it); an encrypted file is
    checked only once its key is known (``key``): before that, None.
    """
    path = Path(path)
    if not path.exists():
        return None
    key = key or known_key(path)
    if key is None and not is_plain_sqlite(path) and path.stat().st_size > 0:
        return None  # encrypted: checked when opened with its key
    report = check_file(path, key=key)
    return None if report.ok else DamagedDatabase(path, report.problems, newest_backup(path))


def set_aside(path: Path, now: datetime) -> Path | None:
    """Rename the damaged file (and its -wal/-shm) to ``<name>.damaged-<stamp>``.

    Returns the newest backup to offer for restoring (None when there is none).
    """
    move_aside(Path(path), "damaged", now)
    return newest_backup(Path(path))


class RestoreRefusedError(StoreError):
    """The backup failed its check; nothing was replaced."""


@dataclass(frozen=True)
class Restored:
    """A backup put in place: the new file, where the old one went, and the events it holds."""

    path: Path
    replaced_by_restore: Path | None
    events: int


def _copy(source: Path, target: Path, key: bytes | None) -> None:
    """Copy a database with the backup API (its -wal included), as one self-contained file."""
    if not source.is_file():
        raise RestoreRefusedError(f"There is no backup file {source}.")
    reader = open_read_only(source, key)
    try:
        copy_database(reader.conn, target, key)
    finally:
        reader.close()
    fsync_path(target)


def restore(backup: Path, db_path: Path, now: datetime) -> Restored:
    """Copy ``backup``, check the copy (integrity + whole chain), then put it in place.

    The file it replaces (with its -wal/-shm) is kept aside as ``<name>.replaced-<stamp>``.
    Raises :class:`RestoreRefusedError` when the copy fails its check; nothing is replaced then.
    """
    db_path = Path(db_path)
    key = known_key(db_path)  # a backup is encrypted with its database's key
    candidate = db_path.with_name(db_path.name + ".restoring")
    candidate.unlink(missing_ok=True)
    try:
        _copy(Path(backup), candidate, key)
        report = check_file(candidate, full=True, key=key)
    except (DatabaseError, WrongKeyError) as error:
        report = CheckReport(True, 0, (f"cannot be read: {error}",))
    if not report.ok:
        candidate.unlink(missing_ok=True)
        name = Path(backup).name
        raise RestoreRefusedError(f"The backup {name} fails its check: {report.problems[0]}")
    aside = move_aside(db_path, "replaced", now) if db_path.exists() else None
    os.replace(candidate, db_path)
    fsync_path(db_path.parent)
    return Restored(db_path, aside, report.events_checked)


@dataclass(frozen=True)
class PreviousRun:
    """How the last run of the app on this file ended, from its ``<db>.running`` marker."""

    clean: bool
    started_at: datetime | None = None


def _marker(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".running")


def previous_run(db_path: Path) -> PreviousRun:
    """Clean unless a ``.running`` marker is left over (the app was killed or lost power)."""
    marker = _marker(db_path)
    try:
        text = marker.read_text(encoding="utf-8")
    except FileNotFoundError:
        return PreviousRun(True)
    except OSError:
        return PreviousRun(False)
    try:
        return PreviousRun(False, datetime.fromisoformat(json.loads(text)["started_at"]))
    except (ValueError, KeyError, TypeError):
        return PreviousRun(False)


def mark_running(db_path: Path, now: datetime) -> None:
    """Leave the ``.running`` marker for this run (call after reading :func:`previous_run`)."""
    marker = _marker(db_path)
    try:
        marker.write_text(
            json.dumps({"pid": os.getpid(), "started_at": now.isoformat()}), encoding="utf-8"
        )
    except OSError as error:  # a full disk must not stop the app from opening
        log.warning("cannot write %s: %s", marker, error)


def mark_stopped_cleanly(db_path: Path) -> None:
    """Remove the marker when the app quits normally."""
    _marker(db_path).unlink(missing_ok=True)
