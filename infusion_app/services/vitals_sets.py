"""The sets of vital signs a session's screens show (the table and the chart), with the
baseline typed in the pre-infusion checks."""

from __future__ import annotations

from dataclasses import dataclass

from infusion_app.domain.news2 import news2
from infusion_app.domain.protocol import CheckStep
from infusion_app.domain.stop_criteria import stop_criteria_met
from infusion_app.services.context import Workspace
from infusion_app.services.vitals import baseline_from_checks
from infusion_app.store.queries import vitals as vitals_rows
from infusion_app.store.queries import widened
from infusion_app.store.queries.checks import check_answer
from infusion_app.store.queries.vitals import NotTakenRow, VitalsRow

BASELINE_SLOT = "baseline"


@dataclass(frozen=True)
class VitalsPoint(VitalsRow):
    """A set of vital signs as the vitals table and chart show it.

    ``from_checks`` marks the baseline set typed in the pre-infusion checks, which has no row
    of its own in the ``vitals`` read model; its time is when the check was answered.
    """

    from_checks: bool = False


def _checks_baseline(ws: Workspace, session_id: str) -> VitalsPoint | None:
    answer = check_answer(ws.db, session_id, CheckStep.BASELINE_VITALS.value)
    parsed = baseline_from_checks(ws, session_id)
    if answer is None or parsed is None:
        return None
    score = news2(parsed)
    return VitalsPoint(
        event_id=answer.event_id,
        measured_at=answer.answered_at,
        recorded_at=answer.answered_at,
        systolic_mmhg=int(parsed.systolic_mmhg),
        diastolic_mmhg=int(parsed.diastolic_mmhg),
        heart_rate_bpm=int(parsed.heart_rate_bpm),
        resp_rate_per_min=int(parsed.resp_rate_per_min),
        temperature_c=float(parsed.temperature_c),
        spo2_pct=int(parsed.spo2_pct),
        consciousness=parsed.consciousness.value,
        on_oxygen=parsed.on_oxygen,
        news2_total=score.total,
        news2_band=score.band.value,
        slot_key=BASELINE_SLOT,
        late=False,
        alerts=tuple(c.id for c in stop_criteria_met(ws.protocol, parsed, None)),
        recorded_by=answer.answered_by,
        from_checks=True,
    )


def session_vitals(ws: Workspace, session_id: str) -> list[VitalsPoint]:
    """Every set of the session by time measured, the checks' baseline first if no set
    was recorded for the baseline slot."""
    points = [widened(row, VitalsPoint) for row in vitals_rows.session_vitals(ws.db, session_id)]
    baseline = _checks_baseline(ws, session_id)
    if baseline is not None and all(p.slot_key != BASELINE_SLOT for p in points):
        points.insert(0, baseline)
        points.sort(key=lambda p: p.measured_time)
    return points


def sets_not_taken(ws: Workspace, session_id: str) -> list[NotTakenRow]:
    """The scheduled sets of the session recorded as not taken, oldest first, with why."""
    return vitals_rows.sets_not_taken(ws.db, session_id)
