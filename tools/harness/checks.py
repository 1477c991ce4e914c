"""What must hold after every kill, checked on a copy of the files exactly as the kill left them.

The copy is checked so that the next child opens the raw crashed files itself (its own
recovery of the -wal is part of what is tested).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from infusion_app.store.database import connect
from infusion_app.store.integrity import check_database, check_file
from tools.harness.child_process import HARNESS_KEY


@dataclass(frozen=True)
class AfterKill:
    """The state found after a kill: events on disk, and anything that does not hold."""

    events: int
    present_ids: frozenset[str]
    violations: tuple[str, ...]
    sessions: dict[str, str]  # subject code -> session id
    products: dict[str, str]  # subject code -> product id


def copy_files(db_path: Path, folder: Path) -> Path:
    """Copy the database and its -wal/-shm into ``folder`` as they are; the copy's path."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(db_path) + suffix)
        if source.exists():
            shutil.copyfile(source, folder / (db_path.name + suffix))
    return folder / db_path.name


def check_after_kill(db_path: Path, scratch: Path, acknowledged: set[str]) -> AfterKill:
    """Open, ``integrity_check``, audit verify, rebuild --check; every acknowledged id present."""
    copy = copy_files(db_path, scratch)
    if not copy.exists():
        return AfterKill(0, frozenset(), (), {}, {})
    violations = [
        f"read-only check: {p}" for p in check_file(copy, full=True, key=HARNESS_KEY).problems
    ]
    db = connect(copy, HARNESS_KEY)  # the app's own open: -wal recovery, migrations
    try:
        violations += [f"after open: {p}" for p in check_database(db, full=True).problems]
        present = {str(r[0]) for r in db.execute("SELECT id FROM events")}
        missing = acknowledged - present
        if missing:
            violations.append(
                f"{len(missing)} acknowledged event(s) missing: {sorted(missing)[:3]}"
            )
        sessions = dict(db.execute("SELECT subject_code, id FROM sessions").fetchall())
        products = dict(db.execute("SELECT subject_code, id FROM products").fetchall())
        return AfterKill(len(present), frozenset(present), tuple(violations), sessions, products)
    finally:
        db.close()
