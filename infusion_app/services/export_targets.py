"""Where an export may write: never onto the database, its own files or someone else's file.

An existing file may be replaced only when it is this app's own earlier export: its path and
SHA-256 are in an earlier export event of this database, and the file still has that content.
Files are written to a temporary name in the target folder and renamed when complete, so a
half-written export never takes the place of anything.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from infusion_app.domain.export_files import EXPORT_WRITTEN
from infusion_app.domain.outcomes import Refusal
from infusion_app.services.context import Workspace
from infusion_app.store.backups import backup_folder, database_file, fsync_path


@dataclass(frozen=True)
class Staged:
    """A complete file at a temporary name, ready to be renamed to ``final``."""

    temporary: Path
    final: Path
    sha256: str
    size: int


def sha256_of(path: Path) -> str:
    """The SHA-256 (hex) of a file's content."""
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def _database_files(ws: Workspace) -> tuple[Path | None, Path | None]:
    db_path = database_file(ws.db)
    if db_path is None:
        return None, None
    return db_path.resolve(), backup_folder(db_path).resolve()


def _is_database_file(ws: Workspace, target: Path) -> bool:
    """The database, its -wal/-shm/-journal, markers, set-aside copies, or a backup."""
    db_path, backups = _database_files(ws)
    if db_path is None or backups is None:
        return False
    if target == backups or backups in target.parents:
        return True
    return target.parent == db_path.parent and target.name.startswith(db_path.name)


def earlier_exports(ws: Workspace) -> dict[str, set[str]]:
    """Path → the SHA-256 values this database's export events recorded for it."""
    found: dict[str, set[str]] = {}
    for (payload,) in ws.db.execute("SELECT payload FROM events WHERE type = ?", [EXPORT_WRITTEN]):
        for written in json.loads(payload).get("files", []):
            found.setdefault(str(written.get("path")), set()).add(str(written.get("sha256")))
    return found


def target_problem(ws: Workspace, target: Path, earlier: dict[str, set[str]]) -> Refusal | None:
    """Why the file ``target`` (absolute) may not be written, or None."""
    if _is_database_file(ws, target):
        return Refusal(
            "export_onto_database",
            "{path} is the database or one of its own files (its journal, a backup): "
            "the export was not written there. Choose another file.",
            path=str(target),
        )
    if target.is_dir():
        return Refusal(
            "export_target_is_folder",
            "{path} is a folder: name a file for this export.",
            path=str(target),
        )
    if (target.exists() or target.is_symlink()) and not _own_earlier_export(target, earlier):
        return Refusal(
            "export_target_exists",
            "{path} already exists and is not an earlier export of this record: "
            "nothing was overwritten. Choose another name.",
            path=str(target),
        )
    return None


def _own_earlier_export(target: Path, earlier: dict[str, set[str]]) -> bool:
    """A regular file (not a link) whose content an earlier export event recorded at this path."""
    if target.is_symlink() or not target.is_file():
        return False
    return sha256_of(target) in earlier.get(str(target), set())


def folder_problem(ws: Workspace, folder: Path) -> Refusal | None:
    """Why files may not be written into ``folder`` (absolute), or None."""
    if _is_database_file(ws, folder):
        return Refusal(
            "export_onto_database",
            "{path} is the database or one of its own files (its journal, a backup): "
            "the export was not written there. Choose another file.",
            path=str(folder),
        )
    if folder.exists() and not folder.is_dir():
        return Refusal(
            "export_target_is_file",
            "{path} is a file, but this export writes several files: name a folder.",
            path=str(folder),
        )
    return None


def cannot_write(path: Path, error: OSError) -> Refusal:
    """The refusal for a folder or file the system would not let us write."""
    return Refusal(
        "export_cannot_write",
        "Cannot write to {path} ({problem}): nothing was written.",
        path=str(path),
        problem=error.strerror or type(error).__name__,
    )


def temporary_beside(final: Path) -> Path:
    """A new, empty file in ``final``'s folder to write into before renaming (created here)."""
    final.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".partial", dir=final.parent)
    os.close(handle)
    return Path(name)


def stage(temporary: Path, final: Path) -> Staged:
    """A file written at ``temporary``, flushed to the disk, described for the audit event."""
    if not temporary.is_file() or temporary.stat().st_size == 0:
        raise OSError(5, "the file was not written", str(final))  # e.g. a PDF writer that failed
    fsync_path(temporary)
    return Staged(temporary, final, sha256_of(temporary), temporary.stat().st_size)


def discard(staged: list[Staged] | list[Path]) -> None:
    """Remove temporary files of an export that will not be completed."""
    for item in staged:
        path = item.temporary if isinstance(item, Staged) else item
        path.unlink(missing_ok=True)


def put_in_place(staged: list[Staged]) -> None:
    """Rename every staged file to its final name (atomic per file), then flush the folders."""
    for item in staged:
        os.replace(item.temporary, item.final)
    for folder in {item.final.parent for item in staged}:
        fsync_path(folder)
