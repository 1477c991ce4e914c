"""``infusion-app users add|list|deactivate``: user administration without a window.

The administrator running the command signs in first (``--admin NAME``, password at a prompt
or on the first line of standard input), so every change is attributed to a person.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from infusion_app.cli.common import opened, read_secret, user_password
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.roles import Role
from infusion_app.services import auth, users
from infusion_app.services.context import Actor, Workspace


def add_parser(commands: Any, db_option: argparse.ArgumentParser) -> None:
    """Register the ``users`` command and its actions."""
    parser = commands.add_parser("users", help="add, list or deactivate users")
    actions = parser.add_subparsers(dest="users_command", required=True, metavar="ACTION")
    common = argparse.ArgumentParser(add_help=False, parents=[db_option])
    common.add_argument("--admin", required=True, metavar="NAME", help="your administrator name")
    add = actions.add_parser("add", parents=[common], help="add a user (password asked)")
    add.add_argument("--username", required=True)
    add.add_argument("--full-name", required=True, help="printed on the user's signatures")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    actions.add_parser("list", parents=[common], help="list users")
    off = actions.add_parser("deactivate", parents=[common], help="deactivate a user")
    off.add_argument("username")
    off.add_argument("--reason", required=True)


def _admin(ws: Workspace, args: argparse.Namespace) -> Actor | None:
    name = args.admin
    password = user_password(args) if args.user == name else read_secret(f"Password for {name}: ")
    actor = auth.sign_in(ws, username=name, password=password)
    if isinstance(actor, Refusal):
        print(f"Not signed in: {actor.reason}", file=sys.stderr)
        return None
    return actor


def _print_users(rows: list[users.UserRow]) -> None:
    print(f"{'user name':<16} {'full name':<24} {'role':<13} {'status':<12} last sign-in")
    for row in rows:
        status = "active" if row.active else "deactivated"
        if row.locked_until:
            status = "locked"
        print(
            f"{row.username:<16} {row.full_name:<24} {row.role.value:<13} {status:<12} "
            f"{row.last_sign_in_at or '—'}"
        )


def cmd_users(args: argparse.Namespace) -> int:
    """Run one ``users`` action as the signed-in administrator."""
    if getattr(args, "user", None) is None:
        args.user = args.admin  # the administrator's password opens the encrypted file too
    with opened(args) as ws:
        return _users(ws, args)


def _users(ws: Workspace, args: argparse.Namespace) -> int:
    admin = _admin(ws, args)
    if admin is None:
        return 1
    if args.users_command == "list":
        result: Any = users.list_users(ws, admin)
        if not isinstance(result, Refusal):
            _print_users(result)
            return 0
    elif args.users_command == "add":
        password = read_secret(f"New password for {args.username}: ")
        result = users.add_user(
            ws,
            admin,
            username=args.username,
            full_name=args.full_name,
            role=args.role,
            password=password,
        )
    else:
        result = users.deactivate_user(ws, admin, username=args.username, reason=args.reason)
    if isinstance(result, Refusal):
        print(f"Refused: {result.reason}", file=sys.stderr)
        return 1
    print(f"Done: {args.users_command} {getattr(args, 'username', '')}".rstrip())
    return 0


COMMANDS = {"users": cmd_users}
