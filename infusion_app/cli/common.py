"""What the command groups share: opening the named database, reading a secret."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from infusion_app.paths import default_db_path
from infusion_app.services.context import Workspace
from infusion_app.services.workspace_factory import open_workspace


def open_for(args: argparse.Namespace) -> Workspace:
    """The workspace a command's ``--db`` and ``--protocol`` name (or the defaults)."""
    return open_workspace(
        getattr(args, "db", None) or default_db_path(),
        protocol_path=getattr(args, "protocol", None),
    )


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Workspace]:
    """``open_for(args)``, closed again when the command is done."""
    ws = open_for(args)
    try:
        yield ws
    finally:
        ws.db.close()


def read_secret(prompt: str) -> str:
    """A password from a prompt on a terminal, or from the next line of standard input."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass(prompt)
