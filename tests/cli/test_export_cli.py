"""``infusion-app export --format pdf|csv|fhir|odm (--session ID | --all) --out PATH``."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from infusion_app import cli
from infusion_app.demo import DEMO_PASSWORD, make_demo
from infusion_app.store import cipher
from infusion_app.store.key_slots import unwrap_with_password

NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)


@pytest.fixture
def demo_db(tmp_path: Path, demo_password_on_stdin: None) -> Path:
    path = tmp_path / "demo.sqlite3"
    make_demo(path, now=NOW)
    return path


def _first_session(db: Path) -> str:
    connection = cipher.open_connection(db, unwrap_with_password(db, "admin", DEMO_PASSWORD))
    try:
        return str(
            connection.execute("SELECT id FROM sessions ORDER BY subject_code").fetchone()[0]
        )
    finally:
        connection.close()


def _export(db: Path, *args: str) -> int:
    """Export as the demo's investigator; the password comes on standard input."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdin", io.StringIO(DEMO_PASSWORD + "\n"))
        return cli.main(["export", "--db", str(db), "--user", "monitor.liu", *args])


def test_fhir_and_odm_of_all_sessions(demo_db: Path, tmp_path: Path) -> None:
    assert _export(demo_db, "--format", "fhir", "--all", "--out", str(tmp_path / "b.json")) == 0
    bundle = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    patients = [e for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient"]
    assert len(patients) == 5
    assert _export(demo_db, "--format", "odm", "--all", "--out", str(tmp_path / "o.xml")) == 0
    assert (tmp_path / "o.xml").read_bytes().count(b"<SubjectData ") == 5


def test_csv_of_one_session(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    assert (
        _export(demo_db, "--format", "csv", "--session", _first_session(demo_db), "--out", str(out))
        == 0
    )
    assert len(list(out.glob("*.csv"))) == 11  # one file per record type, sets not taken too


def test_pdf_of_one_session(qapp: QApplication, demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "one.pdf"
    assert (
        _export(demo_db, "--format", "pdf", "--session", _first_session(demo_db), "--out", str(out))
        == 0
    )
    assert out.read_bytes().startswith(b"%PDF")


def test_an_unknown_session_fails(demo_db: Path, tmp_path: Path) -> None:
    assert _export(demo_db, "--format", "csv", "--session", "nope", "--out", str(tmp_path)) == 1


@pytest.mark.slow
def test_the_command_runs_as_a_program(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    run = [sys.executable, "-m", "infusion_app"]
    done = subprocess.run(
        [*run, "demo", "--db", str(db), "--days", "1"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    out = tmp_path / "all.json"
    args = ["export", "--db", str(db), "--format", "fhir", "--all", "--out", str(out)]
    done = subprocess.run(
        [*run, *args, "--user", "dr.wang"],
        input=DEMO_PASSWORD + "\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["type"] == "collection"
