"""``infusion-app export`` and ``infusion-app demo``: the record for monitors, a site to try.

``export --format pdf|csv|fhir|odm (--session ID | --all) --out PATH --user NAME``: a PDF per
session (``--out`` is a file for one session, a folder for ``--all``), CSV files in the folder
``--out``, or one FHIR R4 Bundle (JSON) / CDISC ODM 1.3.2 (XML) file. The user's password is
asked for (or read from the first line of standard input); the export is recorded in the audit
trail, and it never writes onto the database or any file that is not its own earlier export
(see :mod:`infusion_app.services.exports`).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from infusion_app.cli.common import opened, user_password
from infusion_app.domain.outcomes import Refusal

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
    export.add_argument("--out", required=True, metavar="PATH", help="file or folder")
    demo = commands.add_parser(
        "demo", parents=[db_option], help="create a demonstration site in a new database"
    )
    demo.add_argument("--days", type=int, default=4, help="days of past sessions (default 4)")


def _start_qt_for_pdf() -> object:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([])


def cmd_export(args: argparse.Namespace) -> int:
    """Sign in as ``--user``, export, sign out: the audit trail shows who exported what."""
    from infusion_app.services.auth import sign_in, sign_out
    from infusion_app.services.exports import export_all, export_session

    if not args.out.strip():
        print("infusion-app: --out is empty: say where to write the export.", file=sys.stderr)
        return 2
    if getattr(args, "user", None) is None:  # --user (every command's) names who exports
        print("infusion-app: say who exports with --user NAME.", file=sys.stderr)
        return 2
    _app = _start_qt_for_pdf() if args.format == "pdf" else None
    with opened(args) as ws:
        # The password that opened the file (read once) signs the exporter in.
        actor = sign_in(ws, username=args.user, password=user_password(args))
        if isinstance(actor, Refusal):
            print(f"infusion-app: not exported: {actor.reason}", file=sys.stderr)
            return 1
        out = Path(args.out)
        if args.all:
            result = export_all(ws, actor, args.format, out)
        else:
            result = export_session(ws, actor, args.session, args.format, out)
        sign_out(ws, actor)
    if isinstance(result, Refusal):
        print(f"infusion-app: not exported: {result.reason}", file=sys.stderr)
        return 1
    print(result.summary)
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
