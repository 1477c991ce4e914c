"""A session's sets of vital signs (the ``vitals`` read model), by time measured, and the
sets not taken (read from the log)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from infusion_app.domain.clock import parse_utc_iso
from infusion_app.domain.events import EventType

_COLUMNS = (
    "event_id, measured_at, recorded_at, systolic_mmhg, diastolic_mmhg, heart_rate_bpm, "
    "resp_rate_per_min, temperature_c, spo2_pct, consciousness, on_oxygen, news2_total, "
    "news2_band, slot_key, late, alerts, recorded_by, news2_parameters, partial_reason, "
    "partial_reason_en, partial_reason_zh, partial_note"
)
NEWS2_PARAMETER_COUNT = 7


def listed(text: str | None) -> tuple[str, ...]:
    """A comma-separated read-model column as a tuple."""
    return tuple(part for part in (text or "").split(",") if part)


@dataclass(frozen=True)
class VitalsRow:
    """One set of vital signs (units in the names) with NEWS2 and stop-criterion alerts.

    Times are UTC ISO 8601 text exactly as stored; ``alerts`` are stop-criterion ids. A set
    partly taken has None for each parameter not measured, its reason (``partial_reason``, an
    id of the protocol's list, with its words) and ``news2_parameters`` below 7: its NEWS2 is
    incomplete, never a low score.
    """

    event_id: str
    measured_at: str
    recorded_at: str
    systolic_mmhg: int | None
    diastolic_mmhg: int | None
    heart_rate_bpm: int | None
    resp_rate_per_min: int | None
    temperature_c: float | None
    spo2_pct: int | None
    consciousness: str | None
    on_oxygen: bool
    news2_total: int
    news2_band: str
    slot_key: str | None
    late: bool
    alerts: tuple[str, ...]
    recorded_by: str
    news2_parameters: int = NEWS2_PARAMETER_COUNT
    partial_reason: str | None = None
    partial_reason_en: str = ""
    partial_reason_zh: str = ""
    partial_note: str = ""

    @property
    def measured_time(self) -> datetime:
        """When the set was measured (aware UTC)."""
        return parse_utc_iso(self.measured_at)

    @property
    def is_partial(self) -> bool:
        """True for a set partly taken (recorded with a reason)."""
        return self.partial_reason is not None

    @property
    def news2_complete(self) -> bool:
        """True when NEWS2 scored all seven parameters."""
        return self.news2_parameters >= NEWS2_PARAMETER_COUNT


def _int(value: object) -> int | None:
    return None if value is None else int(value)  # type: ignore[call-overload]


def session_vitals(db: Database, session_id: str) -> list[VitalsRow]:
    """Every set recorded for the session, by time measured."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM vitals WHERE session = ? ORDER BY measured_at", [session_id]
    ).fetchall()
    return [
        VitalsRow(
            *(r[0], r[1], r[2], _int(r[3]), _int(r[4]), _int(r[5]), _int(r[6])),
            None if r[7] is None else float(r[7]),
            *(_int(r[8]), r[9], bool(r[10]), int(r[11]), str(r[12]), r[13], bool(r[14])),
            *(listed(r[15]), r[16], int(r[17]), r[18], r[19] or "", r[20] or "", r[21] or ""),
        )
        for r in rows
    ]


@dataclass(frozen=True)
class NotTakenRow:
    """A scheduled set not taken: the slot, when (UTC), why, who, and the follow-up interval."""

    event_id: str
    slot_key: str
    attempted_at: str
    reason: str
    reason_en: str
    reason_zh: str
    note: str
    follow_up_min: int
    recorded_by: str

    @property
    def attempted_time(self) -> datetime:
        """When the set was attempted (aware UTC)."""
        return parse_utc_iso(self.attempted_at)


def sets_not_taken(db: Database, session_id: str) -> list[NotTakenRow]:
    """Every set of the session recorded as not taken, oldest first (from the log)."""
    rows = db.execute(
        "SELECT id, occurred_at, payload, actor FROM events WHERE type = ? AND session = ? "
        "ORDER BY occurred_at, seq",
        [EventType.VITALS_NOT_TAKEN, session_id],
    ).fetchall()
    found = []
    for event_id, at, payload, actor in rows:
        p = json.loads(payload)
        found.append(
            NotTakenRow(
                *(event_id, p["slot_key"], at, p["reason"], p["reason_en"], p["reason_zh"]),
                *(p["note"], int(p["follow_up_min"]), actor),
            )
        )
    return found


def slots_done(db: Database, session_id: str) -> dict[str, bool]:
    """The schedule slots the session's sets were recorded for: slot key → recorded late."""
    rows = db.execute(
        "SELECT slot_key, late FROM vitals WHERE session = ? AND slot_key IS NOT NULL",
        [session_id],
    )
    return {str(r[0]): bool(r[1]) for r in rows}
