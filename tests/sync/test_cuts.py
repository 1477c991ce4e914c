"""Sync cut at random points — connection killed by the server, commit reply lost, process
killed — loses nothing and duplicates nothing."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import psycopg
import pytest

from infusion_app.store import sync_state
from infusion_app.store.audit import verify_log
from infusion_app.sync.connection import connect_kwargs
from infusion_app.sync.engine import run_sync
from infusion_app.sync.errors import SyncError
from tests.sync.conftest import Laptop, sync
from tests.sync.helpers import event_ids, filler, password_of, set_up_site


class Budget:
    """How many more server operations a connection may make before it is cut."""

    def __init__(self, admin_url: str, operations: int) -> None:
        self.admin_url, self.left = admin_url, operations

    def spend(self, conn: psycopg.Connection) -> bool:
        """True when this operation is the one to cut at: the server ends the backend."""
        self.left -= 1
        if self.left != 0:
            return False
        with psycopg.connect(self.admin_url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", [conn.info.backend_pid])
        return True


class CuttingCursor(psycopg.Cursor):  # type: ignore[type-arg]
    def execute(self, *args: Any, **kwargs: Any) -> Any:
        self.connection.budget.spend(self.connection)  # type: ignore[attr-defined]
        return super().execute(*args, **kwargs)

    def copy(self, *args: Any, **kwargs: Any) -> Any:
        self.connection.budget.spend(self.connection)  # type: ignore[attr-defined]
        return super().copy(*args, **kwargs)


class CuttingConnection(psycopg.Connection):  # type: ignore[type-arg]
    budget: Budget

    def commit(self) -> None:
        """A cut here happens after the server committed: the reply is what gets lost."""
        cut = self.budget.spend(self)
        super().commit()
        if cut:
            raise psycopg.OperationalError("cut by the test after the server committed")


def cutting_connector(ws: Any, admin_url: str, operations: int, secret: str) -> Any:
    settings = sync_state.load_settings(ws.db)
    assert settings is not None

    def connect() -> psycopg.Connection:
        conn = CuttingConnection.connect(
            settings.conninfo,
            password=secret,
            cursor_factory=CuttingCursor,
            **connect_kwargs(settings),
        )
        conn.budget = Budget(admin_url, operations)
        return conn

    return connect


def server_rows(admin_url: str) -> list[tuple[str, int, str]]:
    with psycopg.connect(admin_url) as conn:
        return conn.execute(
            "SELECT device_id, device_seq, id FROM infusion.events ORDER BY server_seq"
        ).fetchall()


def test_cuts_at_random_points_lose_nothing_and_duplicate_nothing(
    laptop: Laptop, server_url: str, memory_keyring: Any
) -> None:
    rng = random.Random(20261124)
    ward, pharmacy = laptop("ward"), laptop("pharmacy")
    set_up_site(ward)
    cuts = 0
    for _ in range(24):
        filler(ward, rng.randint(0, 12))
        filler(pharmacy, rng.randint(0, 6))
        for ws in (ward, pharmacy):
            secret = password_of(ws, memory_keyring)
            connect = cutting_connector(ws, server_url, rng.randint(1, 14), secret)
            try:
                run_sync(ws.db, connect, clock=ws.clock, batch_size=rng.randint(2, 7))
            except SyncError:
                cuts += 1
    assert cuts >= 20
    for ws in (ward, pharmacy, ward):
        sync(ws)

    rows = server_rows(server_url)
    assert len({row[2] for row in rows}) == len(rows)
    assert sorted(row[2] for row in rows) == event_ids(ward) == event_ids(pharmacy)
    for ws in (ward, pharmacy):
        assert verify_log(ws.db).ok
        seqs = [seq for device, seq, _ in rows if device == ws.store.device_id]
        assert seqs == list(range(1, len(seqs) + 1))


CHILD = """
import sys
from infusion_app.domain.clock import SystemClock
from infusion_app.store.database import connect
from infusion_app.store.sync_state import load_settings
from infusion_app.sync.connection import connector
from infusion_app.sync.engine import run_sync
db = connect(sys.argv[1])
print("ready", flush=True)
run_sync(db, connector(load_settings(db), sys.argv[2]), clock=SystemClock(), batch_size=25)
"""


@pytest.mark.slow
def test_a_push_killed_with_sigkill_loses_and_duplicates_nothing(
    laptop: Laptop, server_url: str, memory_keyring: Any
) -> None:
    ward = laptop("ward")
    set_up_site(ward)
    (secret,) = memory_keyring.secrets.values()
    path = Path(ward.db.conn.execute("PRAGMA database_list").fetchone()[2])
    rng = random.Random(7)
    partial = 0
    for _ in range(3):
        filler(ward, 1500)
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), secret],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONWARNINGS": "ignore"},
        )
        assert child.stdout is not None and child.stdout.readline() == "ready\n"
        time.sleep(rng.uniform(0.02, 0.25))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        partial += 0 < len(server_rows(server_url)) < len(event_ids(ward))
    assert partial, "no kill landed in the middle of a push"
    sync(ward)
    rows = server_rows(server_url)
    assert [seq for _, seq, _ in rows] == list(range(1, len(event_ids(ward)) + 1))
    assert sorted(row[2] for row in rows) == event_ids(ward)
