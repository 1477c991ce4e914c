"""The site a database was set up for, and the protocol each session was scheduled under."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from infusion_app.domain.events import EventType


def site_code(db: Database) -> str | None:
    """The site's code, or None before first-run set-up."""
    row = db.execute("SELECT code FROM site").fetchone()
    return str(row[0]) if row else None


def bound_protocol_id(db: Database) -> str | None:
    """The trial the database was set up for (None before first-run set-up)."""
    row = db.execute("SELECT protocol_id FROM site").fetchone()
    return str(row[0]) if row else None


@dataclass(frozen=True)
class SessionProtocol:
    """The protocol file a session was scheduled under (empty texts: not recorded then)."""

    protocol_id: str
    version: str
    sha256: str


def session_protocol(db: Database, session_id: str) -> SessionProtocol:
    """What the session's scheduling event recorded of its protocol file."""
    row = db.execute(
        "SELECT json_extract(payload, '$.protocol_id'), "
        "json_extract(payload, '$.protocol_version'), json_extract(payload, '$.protocol_sha256') "
        "FROM events WHERE type = ? AND session = ? "
        "ORDER BY seq LIMIT 1",
        [EventType.SESSION_SCHEDULED, session_id],
    ).fetchone()
    return SessionProtocol(*(str(value or "") for value in (row or ("", "", ""))))
