"""A database set up under one trial's protocol file refuses another trial's, in one line."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli import PASSWORD, app, as_admin
from tests.services.test_protocol_binding import other_trial


def test_another_trials_protocol_file_is_refused_with_a_plain_message(tmp_path: Path) -> None:
    other = other_trial(tmp_path)
    db = tmp_path / "ward.sqlite3"
    done = app(
        "init", "--site", "SH-TJ01", "--admin", "admin", "--full-name", "Ada Admin",
        "--protocol", str(other), stdin=PASSWORD + "\n", db=db,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    refused = as_admin("audit", "verify", db=db)  # the shipped NCT06610773 file
    assert refused.returncode == 2
    assert "Traceback" not in refused.stderr
    assert "this database was set up for trial NCT09999999" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    accepted = as_admin("audit", "verify", "--protocol", str(other), db=db)
    assert accepted.returncode == 0, accepted.stderr
