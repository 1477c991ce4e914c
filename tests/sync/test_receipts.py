"""Receipts: the server's record of each push's chain head, kept on the laptop, checked by
``audit verify`` — a synced event rewritten (chain recomputed) or a synced tail deleted fails."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg
import pytest

from infusion_app import cli
from infusion_app.services import participants
from infusion_app.services.context import Accepted, Workspace
from infusion_app.store.cipher import new_key, remember_key
from infusion_app.store.receipts import latest_receipt, receipts
from infusion_app.store.sync_state import load_settings
from infusion_app.sync.errors import ChainRefusedError
from tests.sync.conftest import Laptop, sync
from tests.sync.helpers import INVESTIGATOR, filler, password_of, set_up_site
from tests.sync.tamper import cut_tail, rewrite_local


def register(ws: Workspace, subject: str = "HPV-001", initials: str = "ZZ") -> int:
    """Register a participant; the device sequence number of its event."""
    done = participants.register_participant(
        ws,
        INVESTIGATOR,
        subject_code=subject,
        initials=initials,
        year_of_birth=1985,
        arm="huc_msc",
        consent_date="2026-11-20",
    )
    assert isinstance(done, Accepted), done
    return head(ws)


def head(ws: Workspace) -> int:
    row = ws.db.execute(
        "SELECT last_device_seq FROM chain_heads WHERE device_id = ?", [ws.store.device_id]
    ).fetchone()
    return int(row[0])


@pytest.fixture
def laptop(laptop: Laptop, tmp_path: Path) -> Laptop:
    """Laptops with encrypted files, as the app makes them (their key known to this process,
    so ``audit verify`` opens them as a command run by the same script would)."""

    def make(name: str, **options: Any) -> Workspace:
        remember_key(tmp_path / f"{name}.sqlite3", new_key())
        return laptop(name, **options)

    return make


def audit_verify(ws: Workspace, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """``infusion-app audit verify`` on the laptop's file (its key known to this process)."""
    path = ws.db.execute("PRAGMA database_list").fetchone()[2]
    code = cli.main(["audit", "verify", "--db", path])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_each_push_brings_a_receipt_of_the_chain_head_kept_here_and_on_the_server(
    laptop: Laptop, server_url: str
) -> None:
    ws = laptop("ward")
    set_up_site(ws)
    sync(ws)
    first = latest_receipt(ws.db, ws.store.device_id)
    assert first is not None and first.device_seq == head(ws)
    own = ws.db.execute(
        "SELECT hash FROM events WHERE device_id = ? AND device_seq = ?",
        [ws.store.device_id, first.device_seq],
    ).fetchone()
    assert first.hash == own[0]
    sync(ws)  # nothing new pushed: no new receipt
    register(ws)
    sync(ws)
    kept = receipts(ws.db, ws.store.device_id)
    assert [r.device_seq for r in kept] == [first.device_seq, head(ws)]
    with psycopg.connect(server_url) as conn:
        issued = conn.execute(
            "SELECT device_seq, hash FROM infusion.receipts WHERE device_id = %s "
            "ORDER BY device_seq",
            [ws.store.device_id],
        ).fetchall()
    assert issued == [(r.device_seq, r.hash) for r in kept]
    with pytest.raises(Exception, match="append-only"):
        ws.db.execute("DELETE FROM sync_receipts")


def test_a_device_cannot_write_receipts_itself(
    laptop: Laptop, server_url: str, memory_keyring: Any
) -> None:
    ws = laptop("ward")
    set_up_site(ws)
    sync(ws)
    settings = load_settings(ws.db)
    assert settings is not None
    password = password_of(ws, memory_keyring)
    with (
        psycopg.connect(settings.conninfo, password=password) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute(
            "INSERT INTO infusion.receipts (site, device_id, device_seq, hash) "
            "VALUES ('SH-TJ01', %s, 999, 'x')",
            [ws.store.device_id],
        )


def test_a_synced_event_rewritten_with_the_chain_recomputed_fails_audit_verify(
    laptop: Laptop, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = laptop("ward")
    set_up_site(ws)
    sync(ws)
    registered = register(ws)
    sync(ws)
    assert audit_verify(ws, capsys)[0] == 0
    rewrite_local(ws.db, ws.store.device_id, registered, lambda p: {**p, "initials": "QQ"})
    code, said = audit_verify(ws, capsys)
    assert code == 1
    seq, event_id = ws.db.execute(
        "SELECT seq, id FROM events WHERE device_id = ? AND device_seq = ?",
        [ws.store.device_id, registered],
    ).fetchone()
    assert f"First bad: event #{seq} ({event_id})" in said
    assert f"event #{registered} no longer matches the receipt" in said
    assert "was changed after it was synced" in said
    assert "also" not in said, "the rewritten chain is whole: only the receipt tells"
    with pytest.raises(ChainRefusedError, match="forked"):
        sync(ws)


def test_an_earlier_event_rewritten_is_named_by_the_span_its_receipts_bound(
    laptop: Laptop, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = laptop("ward")
    set_up_site(ws)
    sync(ws)
    before = head(ws)
    registered = register(ws)
    filler(ws, 3)
    sync(ws)
    rewrite_local(ws.db, ws.store.device_id, registered, lambda p: {**p, "initials": "QQ"})
    code, said = audit_verify(ws, capsys)
    assert code == 1
    assert f"one of #{before + 1}-#{head(ws)} of that device was changed" in said


def test_a_synced_tail_deleted_with_the_chain_head_set_back_fails_audit_verify(
    laptop: Laptop, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = laptop("ward")
    set_up_site(ws)
    sync(ws)
    kept = head(ws)
    filler(ws, 3)
    sync(ws)
    cut_tail(ws.db, ws.store.device_id, kept)
    code, said = audit_verify(ws, capsys)
    assert code == 1
    assert f"log ends at #{kept}, but the sync server issued a receipt for #{kept + 3}" in said
    assert f"events #{kept + 1}-#{kept + 3}, synced, were removed" in said
