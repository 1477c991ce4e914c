"""The sessions the worklist lists: from a day on, and any earlier one not yet signed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

from infusion_app.domain.session_state import SessionState


@dataclass(frozen=True)
class WorklistEntry:
    """A session with its participant's initials and arm."""

    session_id: str
    subject_code: str
    initials: str
    arm: str
    number: int
    scheduled_for: date
    state: SessionState


def worklist_entries(db: Database, today: date, subject_search: str) -> list[WorklistEntry]:
    """Sessions on or after ``today`` or not yet signed, whose subject code contains
    ``subject_search`` (unordered)."""
    rows = db.execute(
        """SELECT s.id, s.subject_code, p.initials, p.arm, s.number, s.scheduled_for, s.state
           FROM sessions s JOIN participants p USING (subject_code)
           WHERE (s.scheduled_for >= ? OR s.state != 'signed') AND s.subject_code LIKE ?""",
        [today.isoformat(), f"%{subject_search}%"],
    ).fetchall()
    return [
        WorklistEntry(
            r[0], r[1], r[2], r[3], int(r[4]), date.fromisoformat(r[5]), SessionState(r[6])
        )
        for r in rows
    ]
