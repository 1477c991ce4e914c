"""What the vitals chart plots, as numpy arrays in minutes from the start of the infusion.

Qt-free, so the PDF report and the tests can read the same numbers the chart shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import numpy as np

from infusion_app.services.context import Workspace
from infusion_app.ui.vitals import queries

VITAL_SERIES = (
    "systolic_mmhg",
    "diastolic_mmhg",
    "heart_rate_bpm",
    "temperature_c",
    "spo2_pct",
    "resp_rate_per_min",
)


@dataclass(frozen=True)
class ChartData:
    """Every series of one session, times in minutes relative to ``reference`` (UTC).

    ``reference`` is the start of the infusion, or now while it has not started (so a
    baseline is always at a negative minute). ``infusion`` is the (start, end) of the shaded
    infusion period in minutes, None before the start; a running infusion ends "now".
    """

    reference: datetime
    now_min: float
    vitals_min: np.ndarray
    values: dict[str, np.ndarray]
    drip_min: np.ndarray
    drip_rate: np.ndarray
    drip_out_of_band: np.ndarray  # bool per reading: outside the target band
    infusion: tuple[float, float] | None
    pauses: tuple[tuple[float, float], ...]


def minutes(moment: datetime, reference: datetime) -> float:
    """Minutes from ``reference`` to ``moment`` (negative before it)."""
    return (moment - reference).total_seconds() / 60.0


def chart_data(ws: Workspace, session_id: str) -> ChartData:
    """Read the session's vitals, drip readings and infusion times now."""
    now = ws.clock.now()
    span = queries.infusion_span(ws, session_id)
    reference = span.started_at or now
    points = queries.session_vitals(ws, session_id)
    drips = queries.drip_readings(ws, session_id)
    infusion = None
    if span.started_at is not None:
        infusion = (0.0, minutes(span.ended_at or now, reference))
    pauses = tuple(
        (minutes(start, reference), minutes(end or span.ended_at or now, reference))
        for start, end in span.pauses
    )
    return ChartData(
        reference=reference,
        now_min=minutes(now, reference),
        vitals_min=np.array([minutes(p.measured_at, reference) for p in points], dtype=float),
        values={
            name: np.array([float(getattr(p, name)) for p in points], dtype=float)
            for name in VITAL_SERIES
        },
        drip_min=np.array([minutes(d.at, reference) for d in drips], dtype=float),
        drip_rate=np.array([d.rate_gtt_min for d in drips], dtype=float),
        drip_out_of_band=np.array([d.band != "in_band" for d in drips], dtype=bool),
        infusion=infusion,
        pauses=pauses,
    )
