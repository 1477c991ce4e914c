"""``infusion-app init | audit verify | rebuild | replay``: the laptop's own file."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from typing import Any

from infusion_app.cli.common import database_path, opened, read_secret, show_recovery_key
from infusion_app.domain.outcomes import Refusal
from infusion_app.services.context import Workspace
from infusion_app.services.users import initialize_site
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.store.audit import verify_log
from infusion_app.store.cipher import new_key
from infusion_app.store.rebuild import rebuild_check, rebuild_read_models
from infusion_app.store.signature_keys import verify_signatures


def add_parser(commands: Any, db_option: argparse.ArgumentParser) -> None:
    """Register ``init``, ``audit verify``, ``rebuild`` and ``replay``."""
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


def _new_password() -> str:
    """From a prompt (asked twice) on a terminal; from the first line of stdin otherwise."""
    if not sys.stdin.isatty():
        return read_secret("")
    first = getpass.getpass("Administrator's password: ")
    if getpass.getpass("Type it again: ") != first:
        raise SystemExit("The two passwords differ; nothing was written.")
    return first


def cmd_init(args: argparse.Namespace) -> int:
    full_name = args.full_name
    if full_name is None:
        full_name = input("Administrator's full name: ") if sys.stdin.isatty() else args.admin
    path = database_path(args)
    if path.exists() and path.stat().st_size > 0:
        print("Not set up: This database is already set up for a site.", file=sys.stderr)
        return 1
    # A new encrypted file: its key is wrapped for the administrator and the recovery key.
    ws = open_workspace(path, protocol_path=getattr(args, "protocol", None), key=new_key())
    try:
        result = initialize_site(
            ws,
            site_code=args.site,
            username=args.admin,
            full_name=full_name,
            password=_new_password(),
        )
        recovery = (
            None if isinstance(result, Refusal) or ws.keys is None else ws.keys.set_recovery_key()
        )
    finally:
        ws.db.close()
    if isinstance(result, Refusal) or recovery is None:
        for leftover in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", ".keys"))):
            leftover.unlink(missing_ok=True)  # nothing was set up: a new try starts clean
        print(f"Not set up: {getattr(result, 'reason', '')}", file=sys.stderr)
        return 1
    print(f"Site {args.site} set up; administrator {args.admin} created.")
    show_recovery_key(recovery)
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    with opened(args) as ws:
        report = verify_log(ws.db)
        problems = [*report.problems, *verify_signatures(ws.db)]
    if not problems:
        print(
            f"audit verify: OK, {report.events_checked} events, every hash and link intact, "
            "every signature made with its signer's key."
        )
        return 0
    print(f"audit verify: FAILED. First bad: {problems[0]}", file=sys.stderr)
    for problem in problems[1:]:
        print(f"  also: {problem}", file=sys.stderr)
    return 1


def cmd_rebuild(args: argparse.Namespace) -> int:
    with opened(args) as ws:
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


def cmd_replay(args: argparse.Namespace) -> int:
    with opened(args) as ws:
        return replay_with(ws, args.file)


def replay_with(ws: Workspace, file: str) -> int:
    """Run the JSON-lines script ``file`` (``-``: standard input), one answer line per action.

    1 when any action was refused, else 0.
    """
    from infusion_app.services.actions import ActionRunner  # every service: only when replaying

    runner = ActionRunner(ws)
    try:
        # Bytes, decoded line by line (a text stream without .buffer, e.g. in tests, as is).
        stdin = getattr(sys.stdin, "buffer", sys.stdin)
        source = stdin if file == "-" else open(file, "rb")  # noqa: SIM115
    except OSError as error:
        print(f"infusion-app: cannot read {file}: {error.strerror}", file=sys.stderr)
        return 2
    refused = 0
    with source:
        for number, raw in enumerate(source, start=1):
            answer = _answer(runner, raw)
            if answer is None:
                continue
            answer = {"line": number, **answer}
            refused += answer["status"] != "accepted"
            print(json.dumps(answer, ensure_ascii=False), flush=True)
    return 1 if refused else 0


def _answer(runner: Any, raw: bytes | str) -> dict[str, Any] | None:
    """The answer to one line of a script (None for a blank line or a comment).

    Each line is decoded on its own: a line that is not UTF-8 (a script saved as GBK) is
    refused with its number, and the lines after it still run.
    """
    try:
        line = raw if isinstance(raw, str) else raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return {
            "status": "refused",
            "code": "bad_encoding",
            "reason": f"Not UTF-8 text (byte {error.start + 1}): save the script as UTF-8.",
        }
    if not line.strip() or line.lstrip().startswith("#"):
        return None
    answer: dict[str, Any] = runner.run_line(line)
    return answer


COMMANDS = {
    "init": cmd_init,
    "audit": cmd_audit,
    "rebuild": cmd_rebuild,
    "replay": cmd_replay,
}
