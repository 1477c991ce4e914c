"""A database written by an earlier version opens, verifies and rebuilds with this code."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest

from infusion_app import cli
from infusion_app.demo import DEMO_PASSWORD
from infusion_app.domain.event_text import describe
from infusion_app.services.workspace_factory import open_workspace

OLD_DEMO = Path(__file__).resolve().parents[1] / "fixtures" / "demo_05c2d4e.sqlite3"


@pytest.fixture
def old_db(tmp_path: Path) -> Path:
    copy = tmp_path / "ward.sqlite3"
    shutil.copyfile(OLD_DEMO, copy)
    return copy


def test_a_database_from_05c2d4e_verifies_and_rebuilds(
    old_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opened by the command line, it is first encrypted in place (test_upgrade_to_encrypted)."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{DEMO_PASSWORD}\n" * 2))
    assert cli.main(["audit", "verify", "--db", str(old_db), "--user", "admin"]) == 0
    assert cli.main(["rebuild", "--check", "--db", str(old_db), "--user", "admin"]) == 0
    out = capsys.readouterr().out
    assert "audit verify: OK" in out and "rebuild --check: OK" in out


def test_every_old_event_decodes_into_words(old_db: Path) -> None:
    ws = open_workspace(old_db)
    try:
        events = list(ws.store.events())
        assert len(events) > 100
        texts = [str(describe(event.type, event.payload)) for event in events]
    finally:
        ws.db.close()
    assert all(text and "{" not in text for text in texts)
    assert any("started the infusion" in text for text in texts)
