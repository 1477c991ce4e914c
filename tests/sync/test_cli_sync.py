"""``infusion-app server init|enrol`` and ``infusion-app sync`` from a terminal."""

from __future__ import annotations

from pathlib import Path

import keyring
import psycopg
import pytest
from keyring.backends import fail

from infusion_app import cli
from infusion_app.store.database import connect
from infusion_app.sync.credentials import keyring_problem


def test_server_init_enrol_and_sync_from_the_command_line(
    server_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "ward.sqlite3")
    assert cli.main(["server", "init", server_url]) == 0
    assert cli.main(["server", "init", server_url]) == 0
    assert cli.main(["server", "enrol", server_url, "--site", "SH-TJ01", "--db", db]) == 0
    assert cli.main(["sync", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "schema is ready" in out and "at site SH-TJ01" in out
    assert "sync done: pushed 0, pulled 0, 0 new discrepancies, 0 pending." in out


def test_without_a_secure_keyring_nothing_is_stored_anywhere(
    server_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keyring.set_keyring(fail.Keyring())
    assert keyring_problem() is not None
    db = tmp_path / "ward.sqlite3"
    assert cli.main(["server", "enrol", server_url, "--site", "SH-TJ01", "--db", str(db)]) == 1
    assert "No secure keyring is available" in capsys.readouterr().err
    with psycopg.connect(server_url) as conn:
        assert conn.execute("SELECT count(*) FROM infusion.devices").fetchone() == (0,)
    local = connect(db)
    assert local.execute("SELECT count(*) FROM sync_settings").fetchone()[0] == 0
    local.close()
    assert sorted(p.name for p in tmp_path.iterdir() if "keyring" in p.name.lower()) == []


def test_sync_on_a_laptop_never_enrolled_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["sync", "--db", str(tmp_path / "ward.sqlite3")]) == 1
    assert "not enrolled" in capsys.readouterr().err


def test_a_plaintext_keyring_is_refused() -> None:
    class PlaintextKeyring(fail.Keyring):
        priority = 0.5  # type: ignore[assignment]

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    assert "No secure keyring" in str(keyring_problem(PlaintextKeyring()))
