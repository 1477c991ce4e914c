"""The command line: ward IT and monitors use it without a window.

``infusion-app`` alone opens the app; the sub-commands work headless. Each command group is a
module of this package with ``add_parser(commands, db_option)`` and ``COMMANDS``, a dict of
command name -> handler(args) -> exit status; :mod:`.main` builds the parser from them and
dispatches.
"""

from infusion_app.cli.main import build_parser, main, run_command

__all__ = ["build_parser", "main", "run_command"]
