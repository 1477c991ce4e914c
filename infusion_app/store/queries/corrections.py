"""Corrected values (the ``corrections`` read model): old → new, who, when and why."""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlite_utils import Database


@dataclass(frozen=True)
class CorrectionRow:
    """A corrected value: old → new, who, when and why (times UTC ISO 8601 text)."""

    event_id: str
    target_event_id: str
    field: str
    old_value: str | None
    new_value: str | None
    reason: str
    reason_text: str
    corrected_by: str
    corrected_at: str


_COLUMNS = ", ".join(f.name for f in fields(CorrectionRow))


def session_corrections(db: Database, session_id: str) -> list[CorrectionRow]:
    """The corrections made to the session's entries, oldest first."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM corrections WHERE session = ? ORDER BY corrected_at", [session_id]
    ).fetchall()
    return [CorrectionRow(*r) for r in rows]
