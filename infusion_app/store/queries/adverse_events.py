"""A session's adverse events (the ``adverse_events`` read model), by onset."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from infusion_app.domain.adverse_events import CLOSED_OUTCOMES
from infusion_app.store.queries.vitals import listed

_COLUMNS = (
    "id, term, term_name, grade, serious, onset_at, action, outcome, linked_vitals, "
    "recorded_by, recorded_at, updated_at"
)


@dataclass(frozen=True)
class AdverseEventRow:
    """An adverse event as now recorded (CTCAE v5.0 grade); times are UTC ISO 8601 text."""

    id: str
    term: str
    term_name: str
    grade: int
    serious: bool
    onset_at: str
    action: str
    outcome: str
    linked_vitals: tuple[str, ...]  # event ids of the vital-sign sets it follows
    recorded_by: str
    recorded_at: str
    updated_at: str

    @property
    def is_open(self) -> bool:
        """True until the event has an outcome that closes it."""
        return self.outcome not in CLOSED_OUTCOMES


def adverse_events(db: Database, session_id: str) -> list[AdverseEventRow]:
    """The session's adverse events, by onset."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM adverse_events WHERE session = ? ORDER BY onset_at", [session_id]
    ).fetchall()
    return [
        AdverseEventRow(
            *(r[0], r[1], r[2], int(r[3]), bool(r[4]), r[5], r[6], r[7], listed(r[8])),
            *(r[9], r[10], r[11]),
        )
        for r in rows
    ]
