"""A session's pauses, read from its ``infusion_paused`` / ``infusion_resumed`` events.

The one place pauses are rebuilt from the log: the live volume, the vitals chart's shading and
the infusion screen's "paused since" all read :func:`pauses`.
"""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from infusion_app.domain.clock import parse_utc_iso
from infusion_app.domain.events import EventType
from infusion_app.domain.infusion_volume import Pause


def pauses(db: Database, session_id: str) -> tuple[Pause, ...]:
    """The session's pauses in the order recorded; the last one's ``until`` is None while the
    infusion stays paused."""
    found: list[Pause] = []
    rows = db.execute(
        "SELECT type, occurred_at FROM events WHERE session = ? AND type IN (?, ?) ORDER BY seq",
        [session_id, EventType.INFUSION_PAUSED, EventType.INFUSION_RESUMED],
    )
    for kind, occurred_at in rows:
        at = parse_utc_iso(occurred_at)
        if kind == EventType.INFUSION_PAUSED:
            found.append(Pause(at, None))
        elif found:
            found[-1] = Pause(found[-1].since, at)
    return tuple(found)


def paused_since(db: Database, session_id: str) -> datetime | None:
    """When the pause now lasting began; None when the infusion is not paused."""
    found = pauses(db, session_id)
    return found[-1].since if found and found[-1].until is None else None
