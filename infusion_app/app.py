"""Composition root: ``infusion-app`` (and ``python main.py``) start here."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from infusion_app.services.early_unlock import EarlyUnlock
    from infusion_app.store.early_check import EarlyCheck


def window_parser() -> argparse.ArgumentParser:
    """The options of the window alone: cheap, so the window opens without importing every
    command group (sync, exports, the harness) that the full command line needs."""
    parser = argparse.ArgumentParser(prog="infusion-app", add_help=False)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--protocol", type=Path)
    parser.add_argument("--self-test", action="store_true")
    parser.add_argument("--training", action="store_true")
    parser.add_argument("--user")  # opens an encrypted file without the dialog (the self-test)
    parser.add_argument("--recovery-key-file", type=Path)
    return parser


def start_check(db: Path | None, unlock: EarlyUnlock | None = None) -> EarlyCheck:
    """Begin the start-up check of the window's database in a thread (with the key ``unlock``
    unwraps, for an encrypted file opened with ``--user``)."""
    from infusion_app.paths import window_db_path
    from infusion_app.store.early_check import EarlyCheck

    return EarlyCheck(window_db_path(db), unlock.key if unlock else None)


def begin_unlock(args: argparse.Namespace) -> EarlyUnlock | None:
    """For ``--user`` on an encrypted file: read the password and begin unwrapping its key."""
    if args.user is None or args.training:
        return None
    from infusion_app.paths import window_db_path
    from infusion_app.services.early_unlock import begin_unlock as begin

    return begin(window_db_path(args.db), args.user, args.recovery_key_file)


def main(argv: Sequence[str] | None = None) -> int:
    """Open the app's window, or run a sub-command headless."""
    words = list(sys.argv[1:] if argv is None else argv)
    window_args, rest = window_parser().parse_known_args(words)
    if not rest:
        from infusion_app.store.lean_import import import_sqlite_utils_without_numpy

        unlock = begin_unlock(window_args)  # the key derivation runs beside the imports
        import_sqlite_utils_without_numpy()  # the window opens sooner
        early = None if window_args.training else start_check(window_args.db, unlock)
        from infusion_app.ui.launch import launch  # Qt and the screens load while it runs

        window_args.command = None
        return launch(window_args, early=early, unlock=unlock)
    from infusion_app.cli import build_parser, run_command

    args = build_parser().parse_args(words)
    if args.command:
        return run_command(args)
    from infusion_app.ui.launch import launch

    return launch(args)


if __name__ == "__main__":
    sys.exit(main())
