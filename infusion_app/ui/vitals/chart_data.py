"""What the vitals chart plots, as numpy arrays in minutes from the start of the infusion.

Qt-free, so the PDF report and the tests can read the same numbers the chart shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import numpy as np

from infusion_app.services import records, vitals_sets
from infusion_app.services.context import Workspace

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
    span = records.infusion_span(ws, session_id)
    reference = span.started_at or now
    points = vitals_sets.session_vitals(ws, session_id)
    drips = records.session_drip_readings(ws, session_id)
    infusion = None
    if span.started_at is not None:
        infusion = (0.0, minutes(span.ended_at or now, reference))
    pauses = tuple(
        (minutes(p.since, reference), minutes(p.until or span.ended_at or now, reference))
        for p in span.pauses
    )
    return ChartData(
        reference=reference,
        now_min=minutes(now, reference),
        vitals_min=np.array([minutes(p.measured_time, reference) for p in points], dtype=float),
        values={
            name: np.array([_value(getattr(p, name)) for p in points], dtype=float)
            for name in VITAL_SERIES
        },
        drip_min=np.array([minutes(d.at_time, reference) for d in drips], dtype=float),
        drip_rate=np.array([d.rate_gtt_min for d in drips], dtype=float),
        drip_out_of_band=np.array([d.band != "in_band" for d in drips], dtype=bool),
        infusion=infusion,
        pauses=pauses,
    )


def _value(value: float | None) -> float:
    """A parameter not measured (a partial set) is NaN: no point, and no line through it."""
    return float("nan") if value is None else float(value)


class SeriesBuffer:
    """One series' points (minutes from the start, values) in growing numpy arrays.

    Appending one point per second for a day copies nothing but that point: the arrays grow
    by doubling and the chart is given views of their filled part.
    """

    def __init__(self, capacity: int = 64) -> None:
        self._x = np.empty(capacity, dtype=float)
        self._y = np.empty(capacity, dtype=float)
        self._size = 0

    def __len__(self) -> int:
        return self._size

    @property
    def x(self) -> np.ndarray:
        return self._x[: self._size]

    @property
    def y(self) -> np.ndarray:
        return self._y[: self._size]

    def replace(self, x: np.ndarray, y: np.ndarray) -> None:
        """Hold exactly these points (``x`` in increasing order)."""
        self._size = 0
        self._reserve(len(x))
        self._x[: len(x)] = x
        self._y[: len(y)] = y
        self._size = len(x)

    def append(self, x: float, y: float) -> None:
        """Add one point after the last."""
        self._reserve(self._size + 1)
        self._x[self._size] = x
        self._y[self._size] = y
        self._size += 1

    def _reserve(self, size: int) -> None:
        if size <= len(self._x):
            return
        capacity = max(size, 2 * len(self._x))
        for name in ("_x", "_y"):
            grown = np.empty(capacity, dtype=float)
            grown[: self._size] = getattr(self, name)[: self._size]
            setattr(self, name, grown)
