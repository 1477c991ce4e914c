"""The command line: ward IT and monitors use it without a window.

``infusion-app`` alone opens the app; the sub-commands below work headless.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import TextIO

from infusion_app import cli_users
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.protocol import ProtocolError
from infusion_app.paths import default_db_path
from infusion_app.services.context import Workspace
from infusion_app.services.users import initialize_site
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.store.audit import verify_log
from infusion_app.store.database import StoreError
from infusion_app.store.rebuild import rebuild_check, rebuild_read_models


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for the app and all its sub-commands."""
    db_option = argparse.ArgumentParser(add_help=False)
    db_option.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="PATH",
        help=f"database file (default: {default_db_path()})",
    )
    db_option.add_argument(
        "--protocol",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="FILE",
        help="protocol file (default: the shipped NCT06610773.toml)",
    )
    parser = argparse.ArgumentParser(
        prog="infusion-app",
        parents=[db_option],
        description="Bedside infusion-session logger (trial NCT06610773). "
        "With no command, opens the app.",
    )
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--training", action="store_true", help="practise on a training database")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    init = commands.add_parser("init", parents=[db_option], help="set up a laptop's database")
    init.add_argument("--site", required=True, metavar="CODE", help="site code, e.g. SH-TJ01")
    init.add_argument(
        "--admin", required=True, metavar="NAME", help="first administrator's user name"
    )
    init.add_argument(
        "--full-name", metavar="TEXT", help="administrator's full name (for signatures)"
    )
    audit = commands.add_parser("audit", help="check the audit trail")
    audit_commands = audit.add_subparsers(dest="audit_command", required=True, metavar="ACTION")
    audit_commands.add_parser("verify", parents=[db_option], help="verify every event's hash chain")
    rebuild = commands.add_parser(
        "rebuild", parents=[db_option], help="rebuild read models from the log"
    )
    rebuild.add_argument(
        "--check", action="store_true", help="rebuild in a scratch copy and compare"
    )
    replay = commands.add_parser(
        "replay", parents=[db_option], help="run a JSON-lines action script"
    )
    replay.add_argument("file", metavar="FILE", help="the script, or - for standard input")
    cli_users.add_parser(commands, db_option)
    for module in command_modules():
        module.add_parser(commands, db_option)
    return parser


def _read_password(stdin: TextIO) -> str:
    """From a prompt (asked twice) on a terminal; from the first line of stdin otherwise."""
    if not stdin.isatty():
        return stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Administrator's password: ")
    if getpass.getpass("Type it again: ") != first:
        raise SystemExit("The two passwords differ; nothing was written.")
    return first


def cmd_init(ws: Workspace, args: argparse.Namespace) -> int:
    full_name = args.full_name
    if full_name is None:
        full_name = input("Administrator's full name: ") if sys.stdin.isatty() else args.admin
    result = initialize_site(
        ws,
        site_code=args.site,
        username=args.admin,
        full_name=full_name,
        password=_read_password(sys.stdin),
    )
    if isinstance(result, Refusal):
        print(f"Not set up: {result.reason}", file=sys.stderr)
        return 1
    print(f"Site {args.site} set up; administrator {args.admin} created.")
    return 0


def cmd_audit(ws: Workspace, args: argparse.Namespace) -> int:
    report = verify_log(ws.db)
    if report.ok:
        print(f"audit verify: OK, {report.events_checked} events, every hash and link intact.")
        return 0
    print(f"audit verify: FAILED. First bad: {report.problems[0]}", file=sys.stderr)
    for problem in report.problems[1:]:
        print(f"  also: {problem}", file=sys.stderr)
    return 1


def cmd_rebuild(ws: Workspace, args: argparse.Namespace) -> int:
    if not args.check:
        print(f"rebuilt read models from {rebuild_read_models(ws.db)} events.")
        return 0
    differences = rebuild_check(ws.db)
    if not differences:
        print("rebuild --check: OK, the read models equal a rebuild from the log.")
        return 0
    print(f"rebuild --check: {len(differences)} difference(s):", file=sys.stderr)
    for difference in differences:
        print(f"  {difference}", file=sys.stderr)
    return 1


def cmd_replay(ws: Workspace, args: argparse.Namespace) -> int:
    from infusion_app.services.actions import ActionRunner  # every service: only when replaying

    runner = ActionRunner(ws)
    source = sys.stdin if args.file == "-" else open(args.file, encoding="utf-8")  # noqa: SIM115
    refused = 0
    with source:
        for number, line in enumerate(source, start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            answer = {"line": number, **runner.run_line(line)}
            refused += answer["status"] != "accepted"
            print(json.dumps(answer, ensure_ascii=False), flush=True)
    return 1 if refused else 0


COMMANDS = {
    "init": cmd_init,
    "audit": cmd_audit,
    "rebuild": cmd_rebuild,
    "replay": cmd_replay,
    "users": cli_users.cmd_users,
}


# Command groups in modules of their own: each has add_parser(commands, db_option) and
# COMMANDS, a dict of command name -> handler(args) -> exit status (the handler opens what it
# needs, e.g. with open_for(args)).
COMMAND_MODULES: tuple[str, ...] = ("cli_export", "cli_sync", "cli_reliability")


def command_modules() -> list[ModuleType]:
    """The command-group modules, imported."""
    return [importlib.import_module(f"infusion_app.{name}") for name in COMMAND_MODULES]


def open_for(args: argparse.Namespace) -> Workspace:
    """The workspace a command's ``--db`` and ``--protocol`` name (or the defaults)."""
    return open_workspace(
        getattr(args, "db", None) or default_db_path(),
        protocol_path=getattr(args, "protocol", None),
    )


def run_command(args: argparse.Namespace) -> int:
    """Run a sub-command; problems with the files end in one plain message, not a traceback."""
    for module in command_modules():
        if args.command in module.COMMANDS:
            try:
                return int(module.COMMANDS[args.command](args))
            except (ProtocolError, StoreError) as error:
                print(f"infusion-app: {error}", file=sys.stderr)
                return 2
    try:
        ws = open_for(args)
    except (ProtocolError, StoreError) as error:
        print(f"infusion-app: {error}", file=sys.stderr)
        return 2
    try:
        return COMMANDS[args.command](ws, args)
    finally:
        ws.db.close()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for the sub-commands (``app.main`` passes them here)."""
    args = build_parser().parse_args(argv)
    return run_command(args)
