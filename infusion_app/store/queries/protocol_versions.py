"""The protocol files kept in the record, by the SHA-256 of their bytes."""

from __future__ import annotations

from sqlite_utils import Database

from infusion_app.domain.events import EventType


def kept_protocol_text(db: Database, sha256: str) -> str | None:
    """The text of the protocol file whose bytes hash to ``sha256``; None when not kept."""
    if not sha256:
        return None
    row = db.execute(
        "SELECT json_extract(payload, '$.text') FROM events "
        "WHERE type = ? AND json_extract(payload, '$.sha256') = ? ORDER BY seq LIMIT 1",
        [EventType.PROTOCOL_VERSION_ADOPTED, sha256],
    ).fetchone()
    return str(row[0]) if row and row[0] is not None else None


def is_kept(db: Database, sha256: str) -> bool:
    """True when a protocol file with this hash is already kept in the record."""
    row = db.execute(
        "SELECT 1 FROM events WHERE type = ? AND json_extract(payload, '$.sha256') = ? LIMIT 1",
        [EventType.PROTOCOL_VERSION_ADOPTED, sha256],
    ).fetchone()
    return row is not None
