"""Exporting the record to files (``infusion-app export`` and the record screen).

:func:`export_session` and :func:`export_all` write a PDF, CSV, FHIR R4 or CDISC ODM export
and record who exported what, where (an export event with each file's path and SHA-256).
The files are written under temporary names, flushed, the event recorded, and only then renamed
into place: nothing is ever written onto the database, its journal, its backups, or any existing
file that is not this record's own earlier export. Every problem is a :class:`Refusal`.

A PDF needs a running ``QGuiApplication`` (the app has one; the CLI starts an offscreen one).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from infusion_app.domain.clock import utc_iso
from infusion_app.domain.events import Event, EventDraft
from infusion_app.domain.export_files import (
    EXPORT_WRITTEN,
    ExportFormat,
    formats_for,
    safe_stem,
    unique_names,
)
from infusion_app.domain.messages import Listing
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.roles import Role
from infusion_app.reports.record_types import SessionRecord
from infusion_app.reports.session_record import gather, session_ids
from infusion_app.services.context import Actor, Workspace
from infusion_app.services.declarations import user_action
from infusion_app.services.export_targets import (
    Staged,
    cannot_write,
    discard,
    earlier_exports,
    folder_problem,
    put_in_place,
    stage,
    target_problem,
    temporary_beside,
)
from infusion_app.store.errors import StoreEnvironmentError


@dataclass(frozen=True)
class ExportResult:
    """An export written: its files (final paths), the sessions in it, the audit event."""

    format: ExportFormat
    paths: tuple[Path, ...]
    sessions: int
    pages: int | None
    event: Event

    @property
    def summary(self) -> str:
        """One line for the command line, e.g. ``wrote out.pdf (1 session, 3 pages)``."""
        pages = f", {self.pages} pages" if self.pages is not None else ""
        where = str(self.paths[0]) if len(self.paths) == 1 else f"{len(self.paths)} files"
        folder = f" in {self.paths[0].parent}" if len(self.paths) > 1 else ""
        return f"wrote {where}{folder} ({self.sessions} session(s){pages})"


def export_session(
    ws: Workspace, actor: Actor, session_id: str, format: str, out_path: Path
) -> ExportResult | Refusal:
    """Export one session: PDF/FHIR/ODM to the file ``out_path``, CSV into the folder."""
    return export_record(ws, actor, format=format, out_path=out_path, session_id=session_id)


def export_all(ws: Workspace, actor: Actor, format: str, out_path: Path) -> ExportResult | Refusal:
    """Export every session: PDF and CSV into the folder ``out_path``, FHIR/ODM to one file."""
    return export_record(ws, actor, format=format, out_path=out_path, session_id=None)


@user_action("export the record", Role.NURSE, Role.INVESTIGATOR, replay=False)
def export_record(
    ws: Workspace, actor: Actor, *, format: str, out_path: Path, session_id: str | None
) -> ExportResult | Refusal:
    """Export one session (``session_id``) or all (None) after checking where it goes."""
    if format not in ExportFormat.__members__.values():
        choices = Listing(f.value for f in ExportFormat)
        return Refusal(
            "bad_export_format", "The format must be one of: {choices}.", choices=choices
        )
    kind = ExportFormat(format)
    if kind not in formats_for(actor.role):
        return Refusal(
            "export_format_not_permitted",
            "Only an investigator may export the record as {format}; a nurse exports the PDF.",
            format=kind.value.upper(),
        )
    if not str(out_path).strip():
        return Refusal("export_target_missing", "Say where to write the export.")
    records = _records(ws, session_id)
    if isinstance(records, Refusal):
        return records
    out = Path(out_path).expanduser().absolute()
    into_folder = kind is ExportFormat.CSV or (kind is ExportFormat.PDF and session_id is None)
    try:
        planned = _plan(ws, kind, records, out, into_folder)
        if isinstance(planned, Refusal):
            return planned
        staged, pages = planned
    except OSError as error:
        return cannot_write(out, error)
    return _record_and_place(ws, actor, kind, records, staged, pages, session_id)


def _records(ws: Workspace, session_id: str | None) -> list[SessionRecord] | Refusal:
    ids = session_ids(ws) if session_id is None else [session_id]
    try:
        records = [gather(ws, one) for one in ids]
    except KeyError:
        return Refusal("unknown_session", "There is no session {session}.", session=session_id)
    if not records:
        return Refusal("nothing_to_export", "There are no sessions to export.")
    return records


def _plan(
    ws: Workspace, kind: ExportFormat, records: list[SessionRecord], out: Path, into_folder: bool
) -> tuple[list[Staged], int | None] | Refusal:
    """Check every target, then write each file at a temporary name beside it."""
    earlier = earlier_exports(ws)
    names = _file_names(kind, records) if into_folder else [out.name]
    targets = [out / name for name in names] if into_folder else [out]
    problem = folder_problem(ws, out) if into_folder else None
    for target in targets:
        problem = problem or target_problem(ws, target, earlier)
    if problem:
        return problem
    if kind is ExportFormat.CSV:
        return _csv(records, out), None
    if kind is ExportFormat.PDF:
        return _pdfs(records, targets)
    text = _single_file_bytes(kind, records, utc_iso(ws.clock.now()))
    return [_write_one(out, lambda path: path.write_bytes(text))], None


def _file_names(kind: ExportFormat, records: list[SessionRecord]) -> list[str]:
    if kind is ExportFormat.CSV:
        from infusion_app.reports.csv_export import TABLES

        return [f"{name}.csv" for name in TABLES]
    stems = [
        f"{safe_stem(r.participant.subject_code)}_session{int(r.session.number)}" for r in records
    ]
    return unique_names(stems, ".pdf")


def _write_one(final: Path, write: Callable[[Path], object]) -> Staged:
    temporary = temporary_beside(final)
    try:
        write(temporary)
        return stage(temporary, final)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _single_file_bytes(kind: ExportFormat, records: list[SessionRecord], now: str) -> bytes:
    if kind is ExportFormat.FHIR:
        from infusion_app.reports.fhir_bundle import bundle_json

        return bundle_json(records, now).encode("utf-8")
    from infusion_app.reports.odm import odm_xml

    return odm_xml(records, now)


def _pdfs(records: list[SessionRecord], targets: list[Path]) -> tuple[list[Staged], int | None]:
    from infusion_app.reports.pdf_record import write_pdf

    staged: list[Staged] = []
    counted: list[int] = []
    try:
        for record, target in zip(records, targets, strict=True):
            staged.append(_write_one(target, lambda p, r=record: counted.append(write_pdf(r, p))))
    except BaseException:
        discard(staged)
        raise
    return staged, sum(counted) if len(records) == 1 else None


def _csv(records: list[SessionRecord], folder: Path) -> list[Staged]:
    from infusion_app.reports.csv_export import write_csv

    folder.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".export-", suffix=".partial", dir=folder))
    try:
        write_csv(records, scratch)
        staged = []
        for written in sorted(scratch.iterdir()):
            moved = scratch.parent / f".{written.name}.{scratch.name}"
            written.rename(moved)
            staged.append(stage(moved, folder / written.name))
        return staged
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _record_and_place(
    ws: Workspace,
    actor: Actor,
    kind: ExportFormat,
    records: list[SessionRecord],
    staged: list[Staged],
    pages: int | None,
    session_id: str | None,
) -> ExportResult | Refusal:
    """The export event first (who, what, where), then the files take their names. An export
    of one session belongs to that session (its participant and session are set), so it shows
    in the session's timeline and the audit section of its record, as a print does."""
    payload = {
        "format": kind.value,
        "scope": "session" if session_id else "all",
        "sessions": [r.session.id for r in records],
        "files": [{"path": str(s.final), "sha256": s.sha256, "bytes": s.size} for s in staged],
    }
    try:
        subject = records[0].participant.subject_code if session_id else None
        draft = EventDraft(EXPORT_WRITTEN, actor.username, payload, subject, session_id)
        (event,) = ws.store.append([draft])
    except StoreEnvironmentError as error:
        discard(staged)
        return Refusal(
            "export_not_recorded",
            "The export could not be recorded in the audit trail, so it was not written: {problem}",
            problem=error.message,
        )
    try:
        put_in_place(staged)
    except OSError as error:
        discard(staged)
        return cannot_write(staged[0].final, error)
    paths = tuple(s.final for s in staged)
    return ExportResult(kind, paths, len(records), pages, event)
