"""The parser of every sub-command and the one dispatcher."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from infusion_app.cli import export, reliability, site, sync, users
from infusion_app.cli.common import add_key_options
from infusion_app.domain.protocol import ProtocolError
from infusion_app.paths import default_db_path
from infusion_app.store.database import StoreError

GROUPS = (site, users, export, sync, reliability)
"""The command-group modules, in the order ``--help`` lists their commands."""

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    name: handler for group in GROUPS for name, handler in group.COMMANDS.items()
}


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
    add_key_options(db_option)
    parser = argparse.ArgumentParser(
        prog="infusion-app",
        parents=[db_option],
        description="Bedside infusion-session logger (trial NCT06610773). "
        "With no command, opens the app.",
    )
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--training", action="store_true", help="practise on a training database")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in GROUPS:
        group.add_parser(commands, db_option)
    return parser


def run_command(args: argparse.Namespace) -> int:
    """Run a sub-command; problems with the files end in one plain message, not a traceback."""
    try:
        return int(COMMANDS[args.command](args))
    except (ProtocolError, StoreError) as error:
        print(f"infusion-app: {error}", file=sys.stderr)
        return 2


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for the sub-commands (``app.main`` passes them here)."""
    args = build_parser().parse_args(argv)
    return run_command(args)
