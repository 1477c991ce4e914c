"""What the completion of an infusion recorded: the set's nominal drop factor, the one the
volume estimate counted (nominal × the vehicle's ratio) and the one the readings and the real
duration imply."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from infusion_app.domain.events import EventType


@dataclass(frozen=True)
class DropFactors:
    """Nominal (the giving set's label), used for the estimates (nominal × the vehicle's
    ratio) and observed (drops counted ÷ volume), gtt/mL."""

    nominal_gtt_ml: int | None
    observed_gtt_ml: float | None
    estimate_gtt_ml: float | None = None


def drop_factors(db: Database, session_id: str) -> DropFactors:
    """The drop factors the session's completion recorded (None: not completed, or older)."""
    row = db.execute(
        "SELECT json_extract(payload, '$.nominal_drop_factor_gtt_ml'), "
        "json_extract(payload, '$.observed_drop_factor_gtt_ml'), "
        "json_extract(payload, '$.estimate_drop_factor_gtt_ml') FROM events "
        "WHERE type = ? AND session = ? ORDER BY seq DESC LIMIT 1",
        [EventType.INFUSION_COMPLETED, session_id],
    ).fetchone()
    if row is None:
        return DropFactors(None, None)
    nominal, observed, estimate = row
    return DropFactors(
        int(nominal) if nominal is not None else None,
        float(observed) if observed is not None else None,
        float(estimate) if estimate is not None else None,
    )
