"""Questions about the ``sessions`` read model: a session's header, its state, which run."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from infusion_app.domain.clock import parse_utc_iso
from infusion_app.domain.session_state import SessionState

_COLUMNS = (
    "id, subject_code, number, scheduled_for, state, outcome, end_reason, infusion_started_at, "
    "infusion_ended_at, signed_at, signed_by, observation_ended_early_at, "
    "observation_ended_early_by, observation_end_reason"
)


def _time(text: str | None) -> datetime | None:
    return parse_utc_iso(text) if text else None


@dataclass(frozen=True)
class SessionHeader:
    """One session's row. Times are UTC ISO 8601 text exactly as stored (``…Z``) or None."""

    id: str
    subject_code: str
    number: int
    scheduled_for: str
    state: SessionState
    outcome: str | None
    end_reason: str | None
    infusion_started_at: str | None
    infusion_ended_at: str | None
    signed_at: str | None
    signed_by: str | None
    observation_ended_early_at: str | None
    observation_ended_early_by: str | None
    observation_end_reason: str | None

    @property
    def started_at(self) -> datetime | None:
        """When the infusion started (aware UTC), None before."""
        return _time(self.infusion_started_at)

    @property
    def ended_at(self) -> datetime | None:
        """When the infusion ended (aware UTC), None before."""
        return _time(self.infusion_ended_at)


def _header(row: tuple) -> SessionHeader:  # type: ignore[type-arg]
    values = list(row)
    values[2] = int(values[2])
    values[4] = SessionState(values[4])
    return SessionHeader(*values)


def session_header(db: Database, session_id: str) -> SessionHeader | None:
    """The session's row; None for an unknown session."""
    row = db.execute(f"SELECT {_COLUMNS} FROM sessions WHERE id = ?", [session_id]).fetchone()
    return _header(row) if row else None


def session_state(db: Database, session_id: str) -> SessionState | None:
    """The session's state as recorded now; None for an unknown session."""
    row = db.execute("SELECT state FROM sessions WHERE id = ?", [session_id]).fetchone()
    return SessionState(row[0]) if row else None


def sessions_in_states(
    db: Database, states: Iterable[SessionState], *, by_day: bool = False
) -> list[SessionHeader]:
    """The sessions in any of ``states``, by subject code (``by_day``: by day, then subject)."""
    wanted = [SessionState(s).value for s in states]
    order = "scheduled_for, subject_code" if by_day else "subject_code"
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM sessions WHERE state IN ({', '.join('?' * len(wanted))}) "
        f"ORDER BY {order}",
        wanted,
    ).fetchall()
    return [_header(r) for r in rows]


def all_sessions(db: Database) -> list[SessionHeader]:
    """Every session of the site, by subject code and session number."""
    rows = db.execute(f"SELECT {_COLUMNS} FROM sessions ORDER BY subject_code, number").fetchall()
    return [_header(r) for r in rows]


def next_session_number(db: Database, subject_code: str) -> int:
    """The number the participant's next scheduled session takes (1 for the first)."""
    row = db.execute(
        "SELECT coalesce(max(number), 0) + 1 FROM sessions WHERE subject_code = ?", [subject_code]
    ).fetchone()
    return int(row[0])


def session_holding(db: Database, subject_code: str, number: object, session_id: str) -> str | None:
    """The id of a session already here with this subject and number, or with this id."""
    row = db.execute(
        "SELECT id FROM sessions WHERE (subject_code = ? AND number = ?) OR id = ?",
        [subject_code, number, session_id],
    ).fetchone()
    return str(row[0]) if row else None


def session_counts_by_state(db: Database) -> dict[str, int]:
    """How many sessions are in each state (states with none left out)."""
    rows = db.execute("SELECT state, count(*) FROM sessions GROUP BY state").fetchall()
    return {str(state): int(count) for state, count in rows}
