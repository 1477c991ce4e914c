"""What the vitals chart says about the point under the mouse: its clock time (site time zone).

The time axis counts minutes from the start of the infusion; a nurse matching the chart to a
paper record or a monitor printout needs the clock time too, so hovering a panel shows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import numpy as np
from PySide6.QtCore import QCoreApplication

SNAP_PX = 10  # a point this close (horizontally) to the mouse is the one under it


@dataclass(frozen=True)
class HoveredPoint:
    """A plotted point near the mouse: its series' name, minute from the start and value."""

    name: str
    minute: float
    value: float
    decimals: int = 0


def nearest_index(x: np.ndarray, minute: float, tolerance: float) -> int | None:
    """The index of the point of ``x`` (increasing) nearest ``minute``, if within tolerance."""
    if len(x) == 0:
        return None
    right = int(np.searchsorted(x, minute))
    candidates = [i for i in (right - 1, right) if 0 <= i < len(x)]
    best = min(candidates, key=lambda i: abs(x[i] - minute))
    return best if abs(x[best] - minute) <= tolerance else None


def clock_time(reference: datetime, minute: float, zone: str) -> str:
    """The site's clock time ``minute`` minutes after ``reference`` (UTC), e.g. "09:45:30"
    (to the nearest second)."""
    moment = reference + timedelta(seconds=round(minute * 60))
    return moment.astimezone(ZoneInfo(zone)).strftime("%H:%M:%S")


def hover_text(
    reference: datetime, minute: float, zone: str, point: HoveredPoint | None = None
) -> str:
    """E.g. "09:45:00 · 30 min from the start · heart rate 78" (the point's time if any)."""
    if point is not None:
        minute = point.minute
    when = QCoreApplication.translate("VitalsChart", "{0} · {1} min from the start").format(
        clock_time(reference, minute, zone), round(minute)
    )
    if point is None:
        return when
    return f"{when} · {point.name} {point.value:.{point.decimals}f}"
