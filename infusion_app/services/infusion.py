"""During the infusion: drip readings three ways, and the live status the screen shows.

Elapsed time, volume and projected end are computed from recorded times on every call, so
they are right after a restart, a crash or the laptop sleeping.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from infusion_app.domain.clock import utc_iso
from infusion_app.domain.drip_rate import (
    ReadingMethod,
    TapEstimate,
    estimate_from_taps,
    rate_from_count,
    rate_from_pump,
)
from infusion_app.domain.events import EventDraft, EventType
from infusion_app.domain.guardrails import Band, check_acknowledgement, judge_rate, recount_due
from infusion_app.domain.infusion_volume import RatePoint, VolumeStatus, volume_status
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.protocol import CheckStep
from infusion_app.domain.roles import Role
from infusion_app.domain.session_state import SessionState
from infusion_app.services.context import Accepted, Actor, Outcome, Workspace
from infusion_app.services.declarations import user_action
from infusion_app.store.queries.checks import check_answer
from infusion_app.store.queries.drip_readings import drip_readings
from infusion_app.store.queries.pauses import pauses
from infusion_app.store.queries.sessions import session_header


def drop_factor(ws: Workspace, session_id: str) -> int:
    """The giving set's drop factor recorded in the checks (the protocol's default if none)."""
    answer = check_answer(ws.db, session_id, CheckStep.DROP_FACTOR.value)
    if answer:
        return int(answer.answer["drop_factor_gtt_ml"])
    return ws.protocol.drip.default_drop_factor_gtt_ml


def _infusing(ws: Workspace, session_id: str) -> str | Refusal:
    header = session_header(ws.db, session_id)
    if header is None:
        return Refusal("unknown_session", "No session {session_id} exists.", session_id=session_id)
    if header.state is not SessionState.INFUSING:
        return Refusal("not_infusing", "Drip readings are recorded while the infusion runs.")
    return header.subject_code


def _record(
    ws: Workspace,
    actor: Actor,
    session_id: str,
    rate: float,
    details: dict[str, Any],
    acknowledgement: str,
) -> Outcome:
    subject = _infusing(ws, session_id)
    if isinstance(subject, Refusal):
        return subject
    judged = judge_rate(ws.protocol.drip, rate)
    if problem := check_acknowledgement(judged, acknowledgement):
        return problem
    now = ws.clock.now()
    due = recount_due(ws.protocol.drip, now, judged.band)
    payload = {
        **details,
        "rate_gtt_min": rate,
        "band": judged.band.value,
        "message": str(judged.message),
        "acknowledgement": acknowledgement,
        "recount_due_at": utc_iso(due) if due else None,
        "drop_factor_gtt_ml": drop_factor(ws, session_id),
    }
    draft = EventDraft(EventType.DRIP_READING, actor.username, payload, subject, session_id)
    created = {"rate_gtt_min": rate, "band": judged.band.value, "message": str(judged.message)}
    return Accepted(tuple(ws.store.append([draft])), created)


@user_action("record drip reading", Role.NURSE, Role.INVESTIGATOR)
def record_tap_reading(
    ws: Workspace, actor: Actor, *, session_id: str, tap_times_s: list, acknowledgement: str = ""
) -> Outcome:
    """Taps on the pad (seconds on the monotonic clock); the estimate is made in the domain."""
    if not all(isinstance(t, int | float) and not isinstance(t, bool) for t in tap_times_s):
        return Refusal("bad_taps", "Tap times must be numbers of seconds.")
    estimate = estimate_from_taps([float(t) for t in tap_times_s])
    if isinstance(estimate, Refusal):
        return estimate
    assert isinstance(estimate, TapEstimate)
    details = {
        "method": ReadingMethod.TAP.value,
        "taps": len(tap_times_s),
        "tap_times_s": [round(float(t) - float(tap_times_s[0]), 3) for t in tap_times_s],
        "uncertainty_gtt_min": round(estimate.uncertainty_gtt_min, 2),
        "notes": list(estimate.notes),
    }
    return _record(ws, actor, session_id, estimate.rate_gtt_min, details, acknowledgement)


@user_action("record drip reading", Role.NURSE, Role.INVESTIGATOR)
def record_count_reading(
    ws: Workspace,
    actor: Actor,
    *,
    session_id: str,
    drops: int,
    seconds: int,
    acknowledgement: str = "",
) -> Outcome:
    """Drops counted over a 15, 30 or 60 s countdown."""
    rate = rate_from_count(drops, seconds)
    if isinstance(rate, Refusal):
        return rate
    details = {"method": ReadingMethod.TIMED_COUNT.value, "drops": drops, "seconds": seconds}
    return _record(ws, actor, session_id, rate, details, acknowledgement)


@user_action("record drip reading", Role.NURSE, Role.INVESTIGATOR)
def record_pump_reading(
    ws: Workspace,
    actor: Actor,
    *,
    session_id: str,
    ml_per_hour: float,
    acknowledgement: str = "",
) -> Outcome:
    """A pump's rate in mL/h, converted with the drops per mL of the fluid on the giving set
    (the set's factor × the vehicle's ratio), as the volume estimate counts them back."""
    counted = ws.protocol.dose.drop_factor_for_estimates(drop_factor(ws, session_id))
    rate = rate_from_pump(float(ml_per_hour), counted)
    if isinstance(rate, Refusal):
        return rate
    details = {"method": ReadingMethod.PUMP.value, "ml_per_hour": ml_per_hour}
    return _record(ws, actor, session_id, rate, details, acknowledgement)


@dataclass(frozen=True)
class InfusionStatus:
    """What the infusion screen shows, computed now from what was recorded."""

    state: SessionState
    started_at: datetime | None
    ended_at: datetime | None
    paused: bool
    volume: VolumeStatus | None
    last_rate_gtt_min: float | None
    last_band: Band | None
    recount_due_at: datetime | None
    drop_factor_gtt_ml: int  # the giving set's nominal factor, as recorded in the checks
    estimate_drop_factor_gtt_ml: float  # what the volume estimate counts (nominal × ratio)


def infusion_status(ws: Workspace, session_id: str) -> InfusionStatus:
    """Elapsed, volume infused and remaining, projected end, last rate and recount due."""
    header = session_header(ws.db, session_id)
    assert header is not None, session_id
    state, started, ended = header.state, header.started_at, header.ended_at
    readings = drip_readings(ws.db, session_id)
    points = [RatePoint(r.at_time, r.rate_gtt_min) for r in readings]
    factor = drop_factor(ws, session_id)
    counted = ws.protocol.dose.drop_factor_for_estimates(factor)
    volume = None
    if started is not None:
        now = ended or ws.clock.now()
        paused = pauses(ws.db, session_id)
        volume = volume_status(started, now, points, paused, counted, ws.protocol.dose.volume_ml)
    last = readings[-1] if readings else None
    due = None
    if last is not None and last.band != Band.IN_BAND and state is SessionState.INFUSING:
        due = recount_due(ws.protocol.drip, last.at_time, last.band)
    return InfusionStatus(
        state,
        started,
        ended,
        state is SessionState.PAUSED,
        volume,
        last.rate_gtt_min if last else None,
        last.band if last else None,
        due,
        factor,
        counted,
    )
