"""``infusion-app sync`` and ``infusion-app server init|enrol``: sync from a terminal.

``server init URL`` sets up the central schema (an administrator's URL; run it again at will).
``server enrol URL`` gives this laptop its own database role at its site and keeps the role's
password in the OS keyring; the settings (URL without any password) go into the local file.
The administrator's password is never in the URL (see :mod:`infusion_app.sync.admin_login`):
a prompt, the first line of standard input (``--password-stdin``), or libpq's files.
``server revoke DEVICE_OR_ROLE URL --reason TEXT`` shuts a lost laptop out (what it pushed
stays); ``server devices URL`` lists every laptop with its site, last sync and state.
``sync`` pushes and pulls with a progress bar.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

import psycopg

from infusion_app.cli.common import opened
from infusion_app.domain.clock import SystemClock
from infusion_app.store import sync_state
from infusion_app.sync.admin_login import first_line, open_admin, refuse_password_in
from infusion_app.sync.device_admin import DeviceRow, list_devices, revoke_device
from infusion_app.sync.engine import SyncProgress, sync_now
from infusion_app.sync.enrol import enrol_laptop
from infusion_app.sync.errors import SyncError
from infusion_app.sync.server_admin import init_server

BAR = 30


def add_parser(commands: Any, db_option: argparse.ArgumentParser) -> None:
    """Register the ``sync`` and ``server`` commands."""
    commands.add_parser("sync", parents=[db_option], help="push and pull events with the server")
    server = commands.add_parser("server", help="set up the central sync server")
    actions = server.add_subparsers(dest="server_command", required=True, metavar="ACTION")
    tls = argparse.ArgumentParser(add_help=False)
    tls.add_argument("--sslmode", help="libpq sslmode (default verify-full over the network)")
    tls.add_argument("--sslrootcert", metavar="FILE", help="root certificate of the server")
    tls.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the administrator's password from the first line of standard input",
    )
    url_help = "an administrator's PostgreSQL URL, without a password"
    init = actions.add_parser("init", parents=[tls], help="create or update the central schema")
    init.add_argument("url", metavar="URL", help=url_help)
    enrol = actions.add_parser(
        "enrol", parents=[db_option, tls], help="give this laptop its role on the server"
    )
    enrol.add_argument("url", metavar="URL", help=url_help)
    enrol.add_argument("--site", metavar="CODE", help="site code, for a laptop not yet set up")
    revoke = actions.add_parser(
        "revoke",
        parents=[tls],
        help="shut a lost laptop out of the server (what it pushed stays)",
    )
    revoke.add_argument("device", metavar="DEVICE_OR_ROLE", help="its device id or role name")
    revoke.add_argument("url", metavar="URL", help=url_help)
    revoke.add_argument("--reason", required=True, metavar="TEXT", help="why (the laptop shows it)")
    devices = actions.add_parser(
        "devices", parents=[tls], help="list every laptop with its site, last sync and state"
    )
    devices.add_argument("url", metavar="URL", help=url_help)


class TextProgress:
    """A progress bar on a terminal; one line per phase otherwise."""

    def __init__(self, out: Any = None) -> None:
        self.out = out or sys.stdout
        self.phase = ""

    def __call__(self, step: SyncProgress) -> None:
        if not self.out.isatty():
            if step.done == step.total:
                print(f"{step.phase}: {step.done} events", file=self.out)
            return
        if step.phase != self.phase and self.phase:
            print(file=self.out)
        self.phase = step.phase
        filled = BAR if not step.total else BAR * step.done // step.total
        bar = "#" * filled + "." * (BAR - filled)
        print(f"\r{step.phase:<5} [{bar}] {step.done}/{step.total}", end="", file=self.out)
        self.out.flush()


def cmd_sync(args: argparse.Namespace) -> int:
    """Push, then pull, printing progress; 1 on a sync error."""
    with opened(args) as ws:
        try:
            report = sync_now(ws.db, clock=ws.clock, progress=TextProgress())
        except SyncError as error:
            print(f"\nsync failed: {error}", file=sys.stderr)
            return 1
        finally:
            status = sync_state.status(ws.db, ws.store.device_id)
    print(
        f"\nsync done: pushed {report.pushed}, pulled {report.pulled}, "
        f"{report.discrepancies} new discrepancies, {status.pending} pending."
    )
    return 0


def _tls(args: argparse.Namespace) -> dict[str, Any]:
    return {key: value for key in ("sslmode", "sslrootcert") if (value := getattr(args, key))}


def _password(args: argparse.Namespace) -> dict[str, Any]:
    """Where the administrator's password comes from: stdin's first line, or a prompt when
    libpq's files do not give one and a person is at the terminal."""
    if args.password_stdin:
        return {"password": first_line(sys.stdin)}
    if sys.stdin.isatty():
        return {"ask": lambda: getpass.getpass("Administrator's password: ")}
    return {}


def cmd_server(args: argparse.Namespace) -> int:
    """``server init`` or ``server enrol``."""
    try:
        refuse_password_in(args.url)
        if args.server_command == "init":
            with open_admin(args.url, **_password(args), **_tls(args)) as conn:
                init_server(conn)
            print("server init: the central schema is ready.")
            return 0
        if args.server_command == "revoke":
            with open_admin(args.url, **_password(args), **_tls(args)) as conn:
                device = revoke_device(conn, args.device, args.reason)
            print(
                f"server revoke: laptop {device.device_id} (site {device.site}) is shut out "
                f"since {device.revoked_at}: {device.revoked_reason}. The {device.events} "
                "events it pushed stay; its next sync is refused."
            )
            return 0
        if args.server_command == "devices":
            with open_admin(args.url, **_password(args), **_tls(args)) as conn:
                _print_devices(list_devices(conn))
            return 0
        return _enrol(args)
    except psycopg.Error as error:
        print(f"server {args.server_command} failed: {error}", file=sys.stderr)
    except SyncError as error:
        print(f"server {args.server_command} failed: {error}", file=sys.stderr)
    return 1


def _print_devices(rows: list[DeviceRow]) -> None:
    """One line per laptop: device, role, site, last sync, events on the server, state."""
    if not rows:
        print("server devices: no laptop is enrolled.")
        return
    header = ("DEVICE", "SITE", "ENROLLED", "LAST SYNC", "EVENTS", "STATE")
    lines = [
        (
            row.device_id,
            row.site,
            row.enrolled_at,
            row.last_sync_at or "never",
            str(row.events),
            row.state,
        )
        for row in rows
    ]
    widths = [max(len(line[i]) for line in (header, *lines)) for i in range(len(header) - 1)]
    for line in (header, *lines):
        cells = [cell.ljust(width) for cell, width in zip(line, widths, strict=False)]
        print("  ".join([*cells, line[-1]]))


def _enrol(args: argparse.Namespace) -> int:
    with opened(args, create=True) as ws:  # a laptop may be enrolled before it is set up
        settings = enrol_laptop(
            ws.db,
            SystemClock(),
            args.url,
            site=args.site,
            sslmode=args.sslmode,
            sslrootcert=args.sslrootcert,
            **_password(args),
        )
    print(f"server enrol: this laptop syncs as {settings.role_name} at site {settings.site_code}.")
    return 0


COMMANDS = {"sync": cmd_sync, "server": cmd_server}
