"""The event log as the audit trail and a session's record read it: filtered, a page at a time
(by sequence, never OFFSET), and the events about one session or its bag."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from infusion_app.domain.events import Event, EventType
from infusion_app.domain.export_files import EXPORT_WRITTEN
from infusion_app.store.event_store import EVENT_COLUMNS, row_to_event


@dataclass(frozen=True)
class TrailFilter:
    """What to show; empty fields do not filter. Times are UTC ISO 8601 (recorded time)."""

    participant: str = ""
    session: str = ""
    actor: str = ""
    event_type: str = ""  # exact type, or a prefix ending in "." such as "session."
    since: str = ""
    until: str = ""

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition and its parameters."""
        clauses, params = ["1 = 1"], []
        for column, value in (
            ("participant", self.participant),
            ("session", self.session),
            ("actor", self.actor),
        ):
            if value:
                clauses.append(f"{column} = ?")
                params.append(value)
        if self.event_type:
            op = "LIKE" if self.event_type.endswith(".") else "="
            clauses.append(f"type {op} ?")
            params.append(self.event_type + ("%" if op == "LIKE" else ""))
        if self.since:
            clauses.append("recorded_at >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("recorded_at < ?")
            params.append(self.until)
        return " AND ".join(clauses), params


@dataclass(frozen=True)
class LoggedEvent:
    """An event and its place (``seq``) in this laptop's log."""

    seq: int
    event: Event


def _logged(db: Database, where: str, params: list[Any]) -> list[LoggedEvent]:
    rows = db.execute(f"SELECT seq, {EVENT_COLUMNS} FROM events WHERE {where}", params)
    return [LoggedEvent(int(r[0]), row_to_event(r[1:])) for r in rows]


def count_events(db: Database, matching: TrailFilter) -> int:
    """How many events match."""
    sql, params = matching.where()
    return int(db.execute(f"SELECT count(*) FROM events WHERE {sql}", params).fetchone()[0])


def events_page(
    db: Database, matching: TrailFilter, after_seq: int, limit: int
) -> list[LoggedEvent]:
    """Up to ``limit`` matching events recorded after ``after_seq``, in log order."""
    sql, params = matching.where()
    return _logged(db, f"{sql} AND seq > ? ORDER BY seq LIMIT ?", [*params, after_seq, limit])


def record_events(db: Database, session_id: str, product_id: str | None) -> list[LoggedEvent]:
    """The events of a session's record, in log order: the session's own and its bag's."""
    return _logged(
        db,
        "session = ? OR json_extract(payload, '$.product_id') = ? ORDER BY seq",
        [session_id, product_id or ""],
    )


def event_types(db: Database) -> list[str]:
    """The event types present in the log."""
    return [str(r[0]) for r in db.execute("SELECT DISTINCT type FROM events ORDER BY type")]


def last_recorded_at(db: Database) -> str | None:
    """When the log's latest event was recorded here (UTC ISO 8601 text), None for none."""
    row = db.execute("SELECT recorded_at FROM events ORDER BY seq DESC LIMIT 1").fetchone()
    return str(row[0]) if row else None


def last_session_event_hash(db: Database, session_id: str) -> str:
    """The hash of the session's latest event ("" for none): what a signature made now covers."""
    row = db.execute(
        "SELECT hash FROM events WHERE session = ? ORDER BY seq DESC LIMIT 1", [session_id]
    ).fetchone()
    return str(row[0]) if row else ""


# Records of the record leaving the app: not its content, so they leave its chain head alone
# (a printed copy still matches the screen after it was printed).
OUTPUT_EVENTS = (EXPORT_WRITTEN, EventType.RECORD_PRINTED)


def record_chain_head(db: Database, session_id: str) -> str:
    """The hash of the session's latest event, exports and prints aside ("" for none): the
    digits a printed record carries and its screen shows."""
    row = db.execute(
        "SELECT hash FROM events WHERE session = ? AND type NOT IN (?, ?) "
        "ORDER BY seq DESC LIMIT 1",
        [session_id, *OUTPUT_EVENTS],
    ).fetchone()
    return str(row[0]) if row else ""


def last_product_event_hash(db: Database, product_id: str) -> str:
    """The hash of the bag's latest event ("" for none): what a signature made now covers."""
    row = db.execute(
        "SELECT hash FROM events WHERE json_extract(payload, '$.product_id') = ? "
        "ORDER BY seq DESC LIMIT 1",
        [product_id],
    ).fetchone()
    return str(row[0]) if row else ""
