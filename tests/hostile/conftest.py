"""Hostile and careless input through the doors users use: the CLI and replay lines.

Every test here ends by checking the file is still sound (``audit verify`` and ``rebuild
--check`` through the CLI), so that no refusal leaves a half-written record behind.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pytest

from infusion_app import cli
from infusion_app.services import participants
from infusion_app.services.context import Accepted, Actor, Workspace
from tests.conftest import PASSWORD


@dataclass(frozen=True)
class Ran:
    """What one CLI command did: its exit status and what it printed."""

    status: int
    out: str
    err: str


def run_cli(capsys: pytest.CaptureFixture[str], *args: str, stdin: str = "") -> Ran:
    """``infusion-app ARGS`` in this process, with ``stdin`` as standard input.

    Any exception escaping the command fails the test: a user would have seen a traceback.
    """
    capsys.readouterr()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdin", io.StringIO(stdin))
        try:
            status = cli.main(list(args))
        except SystemExit as stop:  # argparse's usage errors: a plain message, status 2
            status = stop.code if isinstance(stop.code, int) else 2
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return Ran(status, captured.out, captured.err)


def assert_sound(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    """``audit verify`` and ``rebuild --check`` both pass on ``db``."""
    verified = run_cli(capsys, "audit", "verify", "--db", str(db))
    assert verified.status == 0, verified.err
    rebuilt = run_cli(capsys, "rebuild", "--check", "--db", str(db))
    assert rebuilt.status == 0, rebuilt.err


def schedule(ws: Workspace, investigator: Actor, code: str = "HPV-001") -> str:
    """Register ``code`` and schedule its first session today; the session's id."""
    done = participants.register_participant(
        ws,
        investigator,
        subject_code=code,
        initials="LXM",
        year_of_birth=1985,
        arm="huc_msc",
        consent_date="2026-11-20",
    )
    assert isinstance(done, Accepted), done
    scheduled = participants.schedule_session(
        ws, investigator, subject_code=code, scheduled_for="2026-11-24"
    )
    assert isinstance(scheduled, Accepted), scheduled
    return str(scheduled.created["session_id"])


@pytest.fixture
def session_id(site: Workspace, investigator: Actor) -> str:
    """A site with one scheduled session (HPV-001)."""
    return schedule(site, investigator)


__all__ = ["PASSWORD", "Ran", "assert_sound", "run_cli", "schedule"]
