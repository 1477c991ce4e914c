"""Read-only queries the vitals views use, returning plain dataclasses.

The one place the vitals views read the read-model tables (``vitals``, ``drip_readings``,
``check_answers``, ``sessions``) and the session's pause events; these functions are meant to
move into ``services/`` later without changing their callers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from infusion_app.domain.clock import parse_utc_iso
from infusion_app.domain.events import EventType
from infusion_app.domain.news2 import news2
from infusion_app.domain.stop_criteria import stop_criteria_met
from infusion_app.domain.vitals import VitalSigns, parse_vitals
from infusion_app.services.context import Workspace

BASELINE_SLOT = "baseline"


@dataclass(frozen=True)
class VitalsPoint:
    """One recorded set of vital signs (times are aware UTC).

    ``from_checks`` marks the baseline set typed in the pre-infusion checks, which has no row
    of its own in the ``vitals`` table; its time is when the check was answered.
    """

    measured_at: datetime
    systolic_mmhg: int
    diastolic_mmhg: int
    heart_rate_bpm: int
    resp_rate_per_min: int
    temperature_c: float
    spo2_pct: int
    news2_total: int
    news2_band: str
    slot_key: str | None
    late: bool
    alerts: tuple[str, ...]  # stop-criterion ids
    from_checks: bool = False


@dataclass(frozen=True)
class DripPoint:
    """One drip reading: when (UTC), the rate in gtt/min and its band value."""

    at: datetime
    rate_gtt_min: float
    band: str


@dataclass(frozen=True)
class InfusionSpan:
    """When the infusion started and ended (None while not yet), and its pauses."""

    started_at: datetime | None
    ended_at: datetime | None
    pauses: tuple[tuple[datetime, datetime | None], ...]


def _checks_baseline(ws: Workspace, session_id: str) -> VitalsPoint | None:
    row = ws.db.execute(
        "SELECT answer, answered_at FROM check_answers "
        "WHERE session = ? AND step = 'baseline_vitals'",
        [session_id],
    ).fetchone()
    parsed = parse_vitals(json.loads(row[0]).get("vitals", {})) if row else None
    if not isinstance(parsed, VitalSigns):
        return None
    score = news2(parsed)
    alerts = tuple(c.id for c in stop_criteria_met(ws.protocol, parsed, None))
    return VitalsPoint(
        parse_utc_iso(row[1]),
        int(parsed.systolic_mmhg),
        int(parsed.diastolic_mmhg),
        int(parsed.heart_rate_bpm),
        int(parsed.resp_rate_per_min),
        float(parsed.temperature_c),
        int(parsed.spo2_pct),
        score.total,
        score.band.value,
        BASELINE_SLOT,
        False,
        alerts,
        from_checks=True,
    )


def session_vitals(ws: Workspace, session_id: str) -> list[VitalsPoint]:
    """Every set of the session by time measured, the checks' baseline first if no set
    was recorded for the baseline slot."""
    rows = ws.db.execute(
        "SELECT measured_at, systolic_mmhg, diastolic_mmhg, heart_rate_bpm, resp_rate_per_min, "
        "temperature_c, spo2_pct, news2_total, news2_band, slot_key, late, alerts "
        "FROM vitals WHERE session = ? ORDER BY measured_at",
        [session_id],
    ).fetchall()
    points = [
        VitalsPoint(
            parse_utc_iso(r[0]),
            int(r[1]),
            int(r[2]),
            int(r[3]),
            int(r[4]),
            float(r[5]),
            int(r[6]),
            int(r[7]),
            str(r[8]),
            r[9],
            bool(r[10]),
            tuple(a for a in str(r[11]).split(",") if a),
        )
        for r in rows
    ]
    baseline = _checks_baseline(ws, session_id)
    if baseline is not None and all(p.slot_key != BASELINE_SLOT for p in points):
        points.insert(0, baseline)
        points.sort(key=lambda p: p.measured_at)
    return points


def drip_readings(ws: Workspace, session_id: str) -> list[DripPoint]:
    """The session's drip readings in time order."""
    rows = ws.db.execute(
        "SELECT at, rate_gtt_min, band FROM drip_readings WHERE session = ? ORDER BY at",
        [session_id],
    ).fetchall()
    return [DripPoint(parse_utc_iso(r[0]), float(r[1]), str(r[2])) for r in rows]


def infusion_span(ws: Workspace, session_id: str) -> InfusionSpan:
    """Start, end and pauses of the session's infusion, from the session row and its events."""
    row = ws.db.execute(
        "SELECT infusion_started_at, infusion_ended_at FROM sessions WHERE id = ?", [session_id]
    ).fetchone()
    started = parse_utc_iso(row[0]) if row and row[0] else None
    ended = parse_utc_iso(row[1]) if row and row[1] else None
    pauses: list[tuple[datetime, datetime | None]] = []
    for event in ws.store.events(session=session_id):
        if event.type == EventType.INFUSION_PAUSED:
            pauses.append((parse_utc_iso(event.occurred_at), None))
        elif event.type == EventType.INFUSION_RESUMED and pauses:
            pauses[-1] = (pauses[-1][0], parse_utc_iso(event.occurred_at))
    return InfusionSpan(started, ended, tuple(pauses))
