"""``python -m tools.harness kill-anywhere --kills N [--seed S] --dir PATH``."""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from tools.harness.kill_anywhere import KillAnywhere


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``kill-anywhere``."""
    parser.add_argument("--kills", type=int, default=20, metavar="N", help="SIGKILLs to make")
    parser.add_argument("--seed", type=int, default=0, metavar="S", help="random seed")
    parser.add_argument(
        "--dir", type=Path, default=None, metavar="PATH", help="work folder (default: a temp one)"
    )
    parser.add_argument(
        "--child",
        choices=("app", "fast", "torn"),
        default="app",
        help="app: the real infusion-app replay (default); fast: the same with argon2 at its "
        "lowest cost (for tests); torn: a deliberately non-atomic append (must be caught)",
    )


def run_kill_anywhere(args: argparse.Namespace) -> int:
    """Run the harness, print its figures; 0 when no violation was found."""
    folder = args.dir or Path(tempfile.mkdtemp(prefix="kill-anywhere-"))
    harness = KillAnywhere(folder, seed=args.seed, child=args.child)
    figures = harness.run(args.kills)
    print(f"kill-anywhere (seed {args.seed}, folder {folder})")
    for line in figures.lines():
        print(f"  {line}")
    for violation in figures.violations:
        print(f"  VIOLATION: {violation}", file=sys.stderr)
    return 1 if figures.violations else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.harness")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_arguments(commands.add_parser("kill-anywhere", help="kill a replay anywhere; check"))
    return run_kill_anywhere(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
