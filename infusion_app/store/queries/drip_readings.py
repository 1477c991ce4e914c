"""A session's drip readings (the ``drip_readings`` read model), oldest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from infusion_app.domain.clock import parse_utc_iso
from infusion_app.domain.guardrails import Band


@dataclass(frozen=True)
class DripReadingRow:
    """One drip-rate reading (gtt/min); ``at`` is UTC ISO 8601 text exactly as stored."""

    event_id: str
    at: str
    method: str
    rate_gtt_min: float
    uncertainty_gtt_min: float | None
    band: Band
    acknowledgement: str
    recorded_by: str

    @property
    def at_time(self) -> datetime:
        """When the reading was taken (aware UTC)."""
        return parse_utc_iso(self.at)


def drip_readings(db: Database, session_id: str) -> list[DripReadingRow]:
    """The session's drip readings in time order."""
    rows = db.execute(
        "SELECT event_id, at, method, rate_gtt_min, uncertainty_gtt_min, band, acknowledgement, "
        "recorded_by FROM drip_readings WHERE session = ? ORDER BY at",
        [session_id],
    ).fetchall()
    return [
        DripReadingRow(r[0], r[1], r[2], float(r[3]), r[4], Band(r[5]), r[6], r[7]) for r in rows
    ]
