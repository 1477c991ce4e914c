"""``infusion-app export``: never onto the database or anyone's file; one plain message.

Found on 05c2d4e: ``--out ward.sqlite3 --db ward.sqlite3`` replaced the database with a JSON
file; a folder, ``""`` or an unwritable path ended in a traceback; a PDF to a folder said
"wrote" and wrote nothing; a subject code with ``../`` wrote outside ``--out``; no sign-in.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from infusion_app.domain.clock import FakeClock
from infusion_app.protocol_files import default_protocol_path
from infusion_app.services.context import Actor, Workspace
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.store import cipher
from infusion_app.store.backups import make_backup
from tests.hostile.conftest import PASSWORD, assert_sound, run_cli, schedule

Capsys = pytest.CaptureFixture[str]


def export(capsys: Capsys, db: Path, fmt: str, out: str, *more: str, password: str = PASSWORD):  # type: ignore[no-untyped-def]
    return run_cli(
        capsys,
        *("export", "--db", str(db), "--format", fmt, "--out", out, "--user", "dr.wang"),
        *(more or ("--all",)),
        stdin=password + "\n",
    )


def _events_of(db: Path, event_type: str) -> list[dict]:
    connection = cipher.open_connection(db, cipher.known_key(db))
    try:
        rows = connection.execute(
            "SELECT actor, payload FROM events WHERE type = ?", [event_type]
        ).fetchall()
    finally:
        connection.close()
    return [{"actor": actor, **json.loads(payload)} for actor, payload in rows]


def _refused_plainly(ran, *words: str) -> None:  # type: ignore[no-untyped-def]
    assert ran.status != 0
    assert "wrote" not in ran.out
    assert ran.err.count("\n") == 1, ran.err  # one line
    for word in words:
        assert word in ran.err


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_export_never_writes_onto_the_database(
    capsys: Capsys, db_path: Path, session_id: str, suffix: str
) -> None:
    target = Path(f"{db_path}{suffix}")
    ran = export(capsys, db_path, "fhir", str(target))
    _refused_plainly(ran, "database")
    cipher.open_connection(db_path, cipher.known_key(db_path)).close()  # still the database
    assert b"resourceType" not in target.read_bytes() if target.exists() else True
    assert_sound(capsys, db_path)


def test_export_never_writes_onto_a_backup(capsys: Capsys, db_path: Path, session_id: str) -> None:
    backup = make_backup(db_path, "manual", FakeClock().now())
    before = backup.read_bytes()
    _refused_plainly(export(capsys, db_path, "odm", str(backup)), "database")
    assert backup.read_bytes() == before


def test_an_existing_file_is_never_overwritten_but_its_own_export_is(
    capsys: Capsys, db_path: Path, session_id: str, tmp_path: Path
) -> None:
    someone_elses = tmp_path / "notes.json"
    someone_elses.write_text("my notes", encoding="utf-8")
    _refused_plainly(export(capsys, db_path, "fhir", str(someone_elses)), "already exists")
    assert someone_elses.read_text(encoding="utf-8") == "my notes"
    ours = tmp_path / "bundle.json"
    assert export(capsys, db_path, "fhir", str(ours)).status == 0
    again = export(capsys, db_path, "fhir", str(ours))
    assert again.status == 0, again.err  # its own earlier output may be replaced
    ours.write_text("edited by hand", encoding="utf-8")
    _refused_plainly(export(capsys, db_path, "fhir", str(ours)), "already exists")


def test_csv_never_overwrites_a_file_that_is_not_its_own(
    capsys: Capsys, db_path: Path, session_id: str, tmp_path: Path
) -> None:
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "sessions.csv").write_text("keep me", encoding="utf-8")
    _refused_plainly(export(capsys, db_path, "csv", str(folder)), "already exists")
    assert (folder / "sessions.csv").read_text(encoding="utf-8") == "keep me"
    assert sorted(p.name for p in folder.iterdir()) == ["sessions.csv"]  # no temporary left
    a_file = tmp_path / "a-file.txt"
    a_file.write_text("x", encoding="utf-8")
    _refused_plainly(export(capsys, db_path, "csv", str(a_file)), "is a file")


@pytest.mark.parametrize("fmt", ["fhir", "odm"])
def test_a_folder_an_empty_name_or_an_unwritable_path_is_one_plain_message(
    capsys: Capsys, db_path: Path, session_id: str, tmp_path: Path, fmt: str
) -> None:
    _refused_plainly(export(capsys, db_path, fmt, str(tmp_path)), "folder")
    _refused_plainly(export(capsys, db_path, fmt, ""), "--out")
    _refused_plainly(export(capsys, db_path, fmt, "   "), "--out")
    blocker = tmp_path / "plain-file"
    blocker.write_text("x", encoding="utf-8")
    _refused_plainly(export(capsys, db_path, fmt, str(blocker / "out.json")), "Cannot write")
    _refused_plainly(export(capsys, db_path, fmt, "/proc/version/out.json"), "Cannot write")
    assert _events_of(db_path, "record.exported") == []
    assert_sound(capsys, db_path)


def test_a_pdf_of_one_session_to_a_folder_is_refused_not_a_false_wrote(
    qapp: QApplication, capsys: Capsys, db_path: Path, session_id: str, tmp_path: Path
) -> None:
    ran = export(capsys, db_path, "pdf", str(tmp_path), "--session", session_id)
    _refused_plainly(ran, "folder")
    assert list(tmp_path.glob("*.pdf")) == []
    ran = export(capsys, db_path, "pdf", str(tmp_path / "one.pdf"), "--session", session_id)
    assert ran.status == 0, ran.err
    assert (tmp_path / "one.pdf").read_bytes().startswith(b"%PDF")
    assert "pages" in ran.out


def test_a_subject_code_cannot_lead_a_file_outside_out(
    qapp: QApplication, capsys: Capsys, tmp_path: Path, clock: FakeClock, site: Workspace
) -> None:
    text = default_protocol_path().read_text(encoding="utf-8")
    loose = tmp_path / "loose.toml"
    loose.write_text(
        text.replace('"^HPV-\\\\d{3}$"', '".*"').replace('"HPV-001", site', '"../x", site'),
        encoding="utf-8",
    )
    db = tmp_path / "loose.sqlite3"
    ws = open_workspace(db, clock, loose)
    from infusion_app.domain.roles import Role
    from infusion_app.services import users

    users.initialize_site(
        ws, site_code="SH-TJ01", username="admin", full_name="Ada", password=PASSWORD
    )
    users.add_user(
        ws,
        Actor("admin", "Ada", Role.ADMIN),
        username="dr.wang",
        full_name="Wang Fang",
        role="investigator",
        password=PASSWORD,
    )
    investigator = Actor("dr.wang", "Wang Fang", Role.INVESTIGATOR)
    schedule(ws, investigator, "../../escaped")
    schedule(ws, investigator, "..")
    ws.db.close()
    out = tmp_path / "deep" / "pdfs"
    ran = export(capsys, db, "pdf", str(out), "--protocol", str(loose), "--all")
    assert ran.status == 0, ran.err
    written = sorted(p.name for p in out.iterdir())
    assert written == ["escaped_session1.pdf", "x_session1.pdf"]
    assert not list(tmp_path.glob("*.pdf")) and not list((tmp_path / "deep").glob("*.pdf"))


def test_export_needs_the_users_password_and_is_recorded(
    capsys: Capsys, db_path: Path, session_id: str, tmp_path: Path
) -> None:
    out = tmp_path / "b.json"
    _refused_plainly(export(capsys, db_path, "fhir", str(out), password="wrong password"))
    assert not out.exists()
    assert export(capsys, db_path, "fhir", str(out)).status == 0
    (event,) = _events_of(db_path, "record.exported")
    assert event["actor"] == "dr.wang"
    assert event["format"] == "fhir" and event["sessions"] == [session_id]
    assert event["files"][0]["path"] == str(out)
    assert len(event["files"][0]["sha256"]) == 64
    assert_sound(capsys, db_path)


def test_a_pharmacist_may_not_export(
    capsys: Capsys, db_path: Path, session_id: str, tmp_path: Path
) -> None:
    ran = run_cli(
        capsys,
        *("export", "--db", str(db_path), "--format", "csv", "--all"),
        *("--out", str(tmp_path / "c"), "--user", "pharm.zhao"),
        stdin=PASSWORD + "\n",
    )
    _refused_plainly(ran, "Only")
    assert not (tmp_path / "c").exists()


def test_a_nurse_exports_the_pdf_but_not_the_data_formats(
    capsys: Capsys, db_path: Path, session_id: str, tmp_path: Path
) -> None:
    """The record screen offers a nurse only the PDF; the service refuses the rest too, so the
    command line cannot go around the screen."""
    for fmt in ("csv", "fhir", "odm"):
        ran = run_cli(
            capsys,
            *("export", "--db", str(db_path), "--format", fmt, "--all"),
            *("--out", str(tmp_path / f"out-{fmt}"), "--user", "nurse.li"),
            stdin=PASSWORD + "\n",
        )
        _refused_plainly(ran, "Only an investigator")
        assert not (tmp_path / f"out-{fmt}").exists()
    ran = run_cli(
        capsys,
        *("export", "--db", str(db_path), "--format", "pdf", "--session", session_id),
        *("--out", str(tmp_path / "record.pdf"), "--user", "nurse.li"),
        stdin=PASSWORD + "\n",
    )
    assert ran.status == 0, ran.err
    assert (tmp_path / "record.pdf").exists()
    assert_sound(capsys, db_path)
