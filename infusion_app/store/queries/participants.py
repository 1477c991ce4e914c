"""Registered participants (the ``participants`` read model): pseudonymous, never a name."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

_COLUMNS = "subject_code, initials, year_of_birth, arm, consent_date"


@dataclass(frozen=True)
class ParticipantRow:
    """A registered participant: subject code, initials, year of birth, arm and consent day."""

    subject_code: str
    initials: str
    year_of_birth: int
    arm: str
    consent_date: str


def _row(r: tuple) -> ParticipantRow:  # type: ignore[type-arg]
    return ParticipantRow(r[0], r[1], int(r[2]), r[3], r[4])


def participants(db: Database) -> list[ParticipantRow]:
    """Every registered participant, by subject code."""
    rows = db.execute(f"SELECT {_COLUMNS} FROM participants ORDER BY subject_code").fetchall()
    return [_row(r) for r in rows]


def participant(db: Database, subject_code: str) -> ParticipantRow | None:
    """One participant, or None when ``subject_code`` is not registered."""
    row = db.execute(
        f"SELECT {_COLUMNS} FROM participants WHERE subject_code = ?", [subject_code]
    ).fetchone()
    return _row(row) if row else None
