"""``infusion-app server init|enrol`` and ``infusion-app sync`` from a terminal."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import psycopg
import pytest
from keyring.backends import fail
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from infusion_app import cli
from infusion_app.store.database import connect
from infusion_app.sync.credentials import keyring_problem
from infusion_app.sync.server_sql import DEVICE_GROUP, GROUP_SQL
from tests.sync.conftest import _numbers


@pytest.fixture
def laptop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A laptop set up with ``infusion-app init`` (its encrypted file, opened in this process)."""
    db = tmp_path / "ward.sqlite3"
    monkeypatch.setattr(sys, "stdin", io.StringIO("ward laptop 2026\n"))
    init = ["init", "--site", "SH-TJ01", "--admin", "admin", "--full-name", "Ada Admin"]
    assert cli.main([*init, "--db", str(db)]) == 0
    return db


def test_server_init_enrol_and_sync_from_the_command_line(
    server_url: str, laptop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(laptop)
    assert cli.main(["server", "init", server_url]) == 0
    assert cli.main(["server", "init", server_url]) == 0
    assert cli.main(["server", "enrol", server_url, "--site", "SH-TJ01", "--db", db]) == 0
    assert cli.main(["sync", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "schema is ready" in out and "at site SH-TJ01" in out
    assert "sync done: pushed 2, pulled 0, 0 new discrepancies, 0 pending." in out


def test_without_a_secure_keyring_nothing_is_stored_anywhere(
    server_url: str, laptop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keyring.set_keyring(fail.Keyring())
    assert keyring_problem() is not None
    db = laptop
    assert cli.main(["server", "enrol", server_url, "--site", "SH-TJ01", "--db", str(db)]) == 1
    assert "No secure keyring is available" in capsys.readouterr().err
    with psycopg.connect(server_url) as conn:
        assert conn.execute("SELECT count(*) FROM infusion.devices").fetchone() == (0,)
    local = connect(db)
    assert local.execute("SELECT count(*) FROM sync_settings").fetchone()[0] == 0
    local.close()
    assert sorted(p.name for p in tmp_path.iterdir() if "keyring" in p.name.lower()) == []


def test_sync_on_a_laptop_never_enrolled_says_so(
    laptop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["sync", "--db", str(laptop)]) == 1
    assert "not enrolled" in capsys.readouterr().err


def test_a_plaintext_keyring_is_refused() -> None:
    class PlaintextKeyring(fail.Keyring):
        priority = 0.5  # type: ignore[assignment]

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    assert "No secure keyring" in str(keyring_problem(PlaintextKeyring()))


ADMIN_PASSWORD = "central-admin-pw"


@pytest.fixture
def admin_with_password(pg_server: Any) -> Iterator[str]:
    """A URL (without its password) of a fresh database owned by an administrator who must
    sign in with ADMIN_PASSWORD (the tests' superuser is trusted; this one is not)."""
    name = f"pw_central_{next(_numbers)}"
    with psycopg.connect(pg_server.get_uri(), autocommit=True) as root:
        root.execute(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'site_admin') "
            f"THEN CREATE ROLE site_admin LOGIN CREATEROLE PASSWORD '{ADMIN_PASSWORD}'; "
            "END IF; END $$"
        )
        root.execute(GROUP_SQL)  # roles are the cluster's: an earlier test may have made it
        root.execute(f"GRANT {DEVICE_GROUP} TO site_admin WITH ADMIN OPTION")
        root.execute(f"CREATE DATABASE {name} OWNER site_admin")
    parts = conninfo_to_dict(pg_server.get_uri(database=name))
    parts.pop("password", None)
    yield make_conninfo(**{**parts, "user": "site_admin"})


def schema_exists(pg_server: Any, url: str) -> bool:
    name = conninfo_to_dict(url)["dbname"]
    with psycopg.connect(pg_server.get_uri(database=name)) as conn:
        return conn.execute("SELECT to_regclass('infusion.events') IS NOT NULL").fetchone() == (
            True,
        )


def test_a_url_holding_a_password_is_refused_before_anything_connects(
    pg_server: Any, admin_with_password: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with_password = admin_with_password + f" password={ADMIN_PASSWORD}"
    as_url = "postgresql://site_admin:" + ADMIN_PASSWORD + "@/x?host=/tmp"
    for url in (with_password, as_url):
        assert cli.main(["server", "init", url]) == 1
        assert "/proc/PID/cmdline" in capsys.readouterr().err
        db = str(tmp_path / "ward.sqlite3")
        assert cli.main(["server", "enrol", url, "--site", "SH-TJ01", "--db", db]) == 1
        assert "holds a password" in capsys.readouterr().err
    assert not schema_exists(pg_server, admin_with_password)


def test_the_password_from_the_first_line_of_stdin(
    admin_with_password: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("wrong\n"))
    assert cli.main(["server", "init", admin_with_password, "--password-stdin"]) == 1
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{ADMIN_PASSWORD}\nnot read\n"))
    assert cli.main(["server", "init", admin_with_password, "--password-stdin"]) == 0
    db = str(tmp_path / "ward.sqlite3")
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{ADMIN_PASSWORD}\r\n"))
    enrol = ["server", "enrol", admin_with_password, "--site", "SH-TJ01", "--db", db]
    assert cli.main([*enrol, "--password-stdin"]) == 0
    assert cli.main(["sync", "--db", db]) == 0


def test_the_password_from_libpq_s_password_file_or_service_file(
    admin_with_password: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal: nobody to ask
    assert cli.main(["server", "init", admin_with_password]) == 1
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"*:*:*:site_admin:{ADMIN_PASSWORD}\n", encoding="utf-8")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    assert cli.main(["server", "init", admin_with_password]) == 0
    monkeypatch.delenv("PGPASSFILE")
    parts = conninfo_to_dict(admin_with_password)
    services = tmp_path / "pg_service.conf"
    lines = [f"{key}={value}" for key, value in parts.items()]
    services.write_text(
        "[central]\n" + "\n".join(lines) + f"\npassword={ADMIN_PASSWORD}\n", encoding="utf-8"
    )
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    monkeypatch.setenv("PGSERVICE", "central")
    assert cli.main(["server", "init", "service=central"]) == 0
    db = str(tmp_path / "ward.sqlite3")
    assert cli.main(["server", "enrol", "", "--site", "SH-TJ01", "--db", db]) == 0
    monkeypatch.delenv("PGSERVICE")
    monkeypatch.delenv("PGSERVICEFILE")  # the laptop syncs without the administrator's file
    assert cli.main(["sync", "--db", db]) == 0


def test_the_password_asked_for_at_the_terminal(
    admin_with_password: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    asked: list[str] = []

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    def getpass(prompt: str) -> str:
        asked.append(prompt)
        return ADMIN_PASSWORD

    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr("getpass.getpass", getpass)
    assert cli.main(["server", "init", admin_with_password]) == 0
    assert asked == ["Administrator's password: "]
    assert ADMIN_PASSWORD not in capsys.readouterr().out
