"""``infusion-app export`` and ``infusion-app demo``: the record for monitors, a site to try.

``export --format pdf|csv|fhir|odm (--session ID | --all) --out PATH``: a PDF per session
(``--out`` is a file for one session, a folder for ``--all``), CSV files in the folder
``--out``, or one FHIR R4 Bundle (JSON) / CDISC ODM 1.3.2 (XML) file.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from infusion_app.cli.common import opened
from infusion_app.domain.clock import utc_iso
from infusion_app.reports.session_record import SessionRecord, gather, gather_all

FORMATS = ("pdf", "csv", "fhir", "odm")


def add_parser(commands: Any, db_option: argparse.ArgumentParser) -> None:
    """Register the ``export`` and ``demo`` commands."""
    export = commands.add_parser(
        "export", parents=[db_option], help="export sessions as PDF, CSV, FHIR or ODM"
    )
    export.add_argument("--format", required=True, choices=FORMATS)
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--session", metavar="ID", help="one session's id")
    which.add_argument("--all", action="store_true", help="every session of the site")
    export.add_argument("--out", required=True, type=Path, metavar="PATH", help="file or folder")
    demo = commands.add_parser(
        "demo", parents=[db_option], help="create a demonstration site in a new database"
    )
    demo.add_argument("--days", type=int, default=4, help="days of past sessions (default 4)")


def _records(args: argparse.Namespace) -> tuple[list[SessionRecord], str] | None:
    with opened(args) as ws:
        if args.all:
            return gather_all(ws), utc_iso(ws.clock.now())
        try:
            return [gather(ws, args.session)], utc_iso(ws.clock.now())
        except KeyError:
            print(f"infusion-app: no session {args.session}", file=sys.stderr)
            return None


def _pdf(records: list[SessionRecord], out: Path, one: bool) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from infusion_app.reports.pdf_record import write_pdf, write_pdfs

    _app = QGuiApplication.instance() or QGuiApplication([])
    if one:
        out.parent.mkdir(parents=True, exist_ok=True)
        pages = write_pdf(records[0], out)
        return f"wrote {out} ({pages} pages)"
    return f"wrote {len(write_pdfs(records, out))} PDF file(s) to {out}"


def _write(fmt: str, records: list[SessionRecord], out: Path, now: str, one: bool) -> str:
    if fmt == "pdf":
        return _pdf(records, out, one)
    if fmt == "csv":
        from infusion_app.reports.csv_export import write_csv

        counts = write_csv(records, out)
        return f"wrote {len(counts)} CSV files to {out} ({counts['sessions']} session(s))"
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "fhir":
        from infusion_app.reports.fhir_bundle import bundle_json

        out.write_text(bundle_json(records, now), encoding="utf-8")
    else:
        from infusion_app.reports.odm import odm_xml

        out.write_bytes(odm_xml(records, now))
    return f"wrote {out} ({len(records)} session(s))"


def cmd_export(args: argparse.Namespace) -> int:
    """Gather the record once, then write it in the format asked for."""
    found = _records(args)
    if found is None:
        return 1
    records, now = found
    if not records:
        print("infusion-app: there are no sessions to export", file=sys.stderr)
        return 1
    print(_write(args.format, records, args.out, now, one=not args.all))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Create the demonstration site in ``--db`` (which must not exist yet)."""
    from infusion_app.demo import DemoError, make_demo
    from infusion_app.paths import default_db_path

    path = getattr(args, "db", None) or default_db_path()
    try:
        summary = make_demo(
            Path(path), days=args.days, protocol_path=getattr(args, "protocol", None)
        )
    except DemoError as error:
        print(f"infusion-app: {error}", file=sys.stderr)
        return 1
    print(summary.text())
    return 0


COMMANDS = {"export": cmd_export, "demo": cmd_demo}
