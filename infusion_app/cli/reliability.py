"""``infusion-app check|backup|restore``: the file's health and its backups.

``check`` and ``backup`` read the file through a read-only connection (a damaged file is never
written to); ``restore`` checks the copy before it replaces anything and keeps the replaced
file aside.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from infusion_app.cli.common import unlock
from infusion_app.paths import default_db_path
from infusion_app.store.backups import backup_folder, list_backups, make_backup, rotate
from infusion_app.store.cipher import Error as DatabaseFileError
from infusion_app.store.cipher import remember_key
from infusion_app.store.integrity import RestoreRefusedError, check_file, restore


def add_parser(commands: Any, db_option: argparse.ArgumentParser) -> None:
    """Register ``check``, ``backup`` and ``restore``."""
    check = commands.add_parser(
        "check", parents=[db_option], help="check the database file (quick, or --full)"
    )
    check.add_argument(
        "--full",
        action="store_true",
        help="integrity_check, foreign keys, the whole hash chain and a rebuild comparison",
    )
    backup = commands.add_parser("backup", parents=[db_option], help="back up the database now")
    backup.add_argument("--list", action="store_true", help="list the backups instead")
    restore_parser = commands.add_parser(
        "restore", parents=[db_option], help="put a checked backup in place of the database"
    )
    restore_parser.add_argument("file", type=Path, metavar="FILE", help="the backup file")


def _db_path(args: argparse.Namespace) -> Path:
    return Path(getattr(args, "db", None) or default_db_path())


def cmd_check(args: argparse.Namespace) -> int:
    """Quick (quick_check, last 500 events per device) or full check, read-only."""
    path = _db_path(args)
    if not path.exists():
        print(f"infusion-app: there is no database {path}", file=sys.stderr)
        return 2
    report = check_file(path, full=args.full, key=unlock(args, path))
    kind = "full" if args.full else "quick"
    where = " It is on read-only media: it can be read, not written." if report.read_only else ""
    if report.ok:
        print(f"check ({kind}): OK, {report.events_checked} events checked, file sound.{where}")
        return 0
    if where:
        print(f"check ({kind}):{where}", file=sys.stderr)
    print(f"check ({kind}): DAMAGED: {report.problems[0]}", file=sys.stderr)
    for problem in report.problems[1:]:
        print(f"  also: {problem}", file=sys.stderr)
    return 1


def cmd_backup(args: argparse.Namespace) -> int:
    """Take a backup now (read-only on the database) and rotate, or list the backups."""
    path = _db_path(args)
    if args.list:
        for backup in list_backups(path):
            print(f"{backup.taken_at:%Y-%m-%d %H:%M:%S}Z  {backup.reason:<16} {backup.path}")
        return 0
    if not path.exists():
        print(f"infusion-app: there is no database {path}", file=sys.stderr)
        return 2
    unlock(args, path)  # the backup is encrypted with the database's key
    now = datetime.now(UTC)
    try:
        made = make_backup(path, "manual", now)  # read-only on the database
        rotate(path, now)
    except (OSError, DatabaseFileError) as error:
        why = getattr(error, "strerror", None) or str(error)
        print(
            f"backup: REFUSED, no backup was written: cannot write to "
            f"{backup_folder(path)} ({why}). Copy the database to a writable disk, or call IT.",
            file=sys.stderr,
        )
        return 1
    print(f"backup: {made}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Check the backup's copy; only then put it in place, keeping the old file aside."""
    path = _db_path(args)
    # The database's key (or, if the database is lost, the key from the backup's own slots).
    key = unlock(args, path) if path.exists() else unlock(args, Path(args.file))
    remember_key(path, key)
    try:
        done = restore(args.file, path, datetime.now(UTC))
    except RestoreRefusedError as error:
        print(f"restore: REFUSED, nothing replaced. {error}", file=sys.stderr)
        return 1
    aside = (
        f"; the replaced file is kept as {done.replaced_by_restore}"
        if done.replaced_by_restore
        else ""
    )
    print(f"restore: {args.file} checked ({done.events} events) and put in place at {path}{aside}.")
    return 0


COMMANDS = {
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
}
