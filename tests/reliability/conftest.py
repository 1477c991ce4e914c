"""A ward mid-session: HPV-001 infusing since 09:00 with one drip reading, and HPV-002 in its
pre-infusion checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from infusion_app.services import infusion, participants, session_flow
from infusion_app.services.context import Accepted, Actor, Workspace
from infusion_app.store.backups import backup_if_due
from tests.conftest import pass_all_checks


def register(ws: Workspace, actor: Actor, code: str, initials: str) -> str:
    """Register ``code`` and schedule its first session today; the session's id."""
    done = participants.register_participant(
        ws,
        actor,
        subject_code=code,
        initials=initials,
        year_of_birth=1985,
        arm="huc_msc",
        consent_date="2026-11-20",
    )
    assert isinstance(done, Accepted), done
    scheduled = participants.schedule_session(
        ws, actor, subject_code=code, scheduled_for="2026-11-24"
    )
    assert isinstance(scheduled, Accepted), scheduled
    return str(scheduled.created["session_id"])


@pytest.fixture
def ward(site: Workspace, investigator: Actor, nurse: Actor) -> dict[str, str]:
    """Session ids by state: ``infusing`` (HPV-001, started 09:00, 70 gtt/min) and ``checking``."""
    infusing = register(site, investigator, "HPV-001", "LXM")
    pass_all_checks(site, nurse, infusing)
    assert isinstance(session_flow.mark_ready(site, nurse, session_id=infusing), Accepted)
    assert isinstance(session_flow.start_infusion(site, nurse, session_id=infusing), Accepted)
    reading = infusion.record_count_reading(site, nurse, session_id=infusing, drops=35, seconds=30)
    assert isinstance(reading, Accepted), reading
    checking = register(site, investigator, "HPV-002", "ZW")
    assert isinstance(session_flow.begin_checks(site, nurse, session_id=checking), Accepted)
    return {"infusing": infusing, "checking": checking}


def corrupt(path: Path) -> None:
    """Overwrite 3 pages in the middle of the file with junk (the file is closed)."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 3 * 4096] = b"\xde\xad\xbe\xef" * 3072
    path.write_bytes(bytes(data))


@pytest.fixture
def closed_db(site: Workspace, investigator: Actor, db_path: Path) -> Path:
    """A real database with a participant and a session, checkpointed and closed."""
    for number in range(1, 40):
        register(site, investigator, f"HPV-{number:03d}", "AB")
    backup_if_due(site, "session_started")
    site.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    site.db.close()
    return db_path
