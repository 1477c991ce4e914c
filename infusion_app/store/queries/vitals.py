"""A session's sets of vital signs (the ``vitals`` read model), by time measured."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from infusion_app.domain.clock import parse_utc_iso

_COLUMNS = (
    "event_id, measured_at, recorded_at, systolic_mmhg, diastolic_mmhg, heart_rate_bpm, "
    "resp_rate_per_min, temperature_c, spo2_pct, consciousness, on_oxygen, news2_total, "
    "news2_band, slot_key, late, alerts, recorded_by"
)


def listed(text: str | None) -> tuple[str, ...]:
    """A comma-separated read-model column as a tuple."""
    return tuple(part for part in (text or "").split(",") if part)


@dataclass(frozen=True)
class VitalsRow:
    """One set of vital signs (units in the names) with NEWS2 and stop-criterion alerts.

    Times are UTC ISO 8601 text exactly as stored; ``alerts`` are stop-criterion ids.
    """

    event_id: str
    measured_at: str
    recorded_at: str
    systolic_mmhg: int
    diastolic_mmhg: int
    heart_rate_bpm: int
    resp_rate_per_min: int
    temperature_c: float
    spo2_pct: int
    consciousness: str
    on_oxygen: bool
    news2_total: int
    news2_band: str
    slot_key: str | None
    late: bool
    alerts: tuple[str, ...]
    recorded_by: str

    @property
    def measured_time(self) -> datetime:
        """When the set was measured (aware UTC)."""
        return parse_utc_iso(self.measured_at)


def session_vitals(db: Database, session_id: str) -> list[VitalsRow]:
    """Every set recorded for the session, by time measured."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM vitals WHERE session = ? ORDER BY measured_at", [session_id]
    ).fetchall()
    return [
        VitalsRow(
            *(r[0], r[1], r[2], int(r[3]), int(r[4]), int(r[5]), int(r[6]), float(r[7])),
            *(int(r[8]), r[9], bool(r[10]), int(r[11]), str(r[12]), r[13], bool(r[14])),
            *(listed(r[15]), r[16]),
        )
        for r in rows
    ]


def slots_done(db: Database, session_id: str) -> dict[str, bool]:
    """The schedule slots the session's sets were recorded for: slot key → recorded late."""
    rows = db.execute(
        "SELECT slot_key, late FROM vitals WHERE session = ? AND slot_key IS NOT NULL",
        [session_id],
    )
    return {str(r[0]): bool(r[1]) for r in rows}
