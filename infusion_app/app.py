"""Composition root: ``infusion-app`` (and ``python main.py``) start here."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run a sub-command headless, or open the app's window when none is given."""
    from infusion_app.cli import build_parser, run_command

    args = build_parser().parse_args(argv)
    if args.command:
        return run_command(args)
    from infusion_app.ui.launch import launch

    return launch(args)


if __name__ == "__main__":
    sys.exit(main())
