"""The rights judged again at the moment of administration (mark ready, start).

At receipt the bag was judged for the weight the prescription used, at the receipt time and
with the default giving set. Here it is judged again for today's weight, at the real start
time, with the session's own giving set; and the baseline vital signs must fall inside the
protocol's window before the start.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_UP, Decimal

from infusion_app.domain.clock import parse_utc_iso
from infusion_app.domain.dose import judge_dose, scientific
from infusion_app.domain.event_types import AdministrationStopped
from infusion_app.domain.messages import Listing, Message
from infusion_app.domain.numbers import as_entered
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.product import projected_end
from infusion_app.domain.protocol import Anchor, CheckStep
from infusion_app.domain.session_state import SessionState
from infusion_app.services.context import Actor, Workspace
from infusion_app.services.infusion import drop_factor
from infusion_app.store.queries.checks import check_answer
from infusion_app.store.queries.products import ProductRow, session_product, verified_product
from infusion_app.store.queries.sessions import session_header
from infusion_app.store.queries.vitals import session_vitals


def todays_weight(ws: Workspace, session_id: str) -> float | None:
    """Today's weight (kg) from the session's checks, None when not recorded."""
    answer = check_answer(ws.db, session_id, CheckStep.WEIGHT.value)
    weight = answer.answer.get("weight_kg") if answer else None
    return float(weight) if isinstance(weight, int | float) else None


def rescan_pending(ws: Workspace, session_id: str) -> Refusal | None:
    """A refusal while a bag scanned again at the bedside waits for its second person."""
    bag = session_product(ws.db, session_id)
    if bag is None or bag.state != "released":
        return None
    return Refusal(
        "product_not_verified",
        "The bag has not been verified at the bedside by two people: a second person scans "
        "the bag and the wristband and signs.",
    )


def _stop(
    ws: Workspace,
    actor: Actor,
    session_id: str,
    product: ProductRow,
    check: str,
    problems: list[Message],
) -> None:
    """Keep the stop in the log (who met it, when, and why), as a bedside mismatch is kept."""
    stopped = AdministrationStopped(
        product_id=product.id, check=check, problems=[str(problem) for problem in problems]
    )
    draft = stopped.draft(actor.username, product.subject_code, session_id)
    ws.store.append([draft])


def dose_problem(ws: Workspace, actor: Actor, session_id: str) -> Refusal | None:
    """STOP when the bag's viable cells are not the dose for today's weight (± tolerance)."""
    product = verified_product(ws.db, session_id)
    weight = todays_weight(ws, session_id)
    if product is None or weight is None or ws.protocol.arm(product.arm).is_placebo:
        return None
    judged = judge_dose(ws.protocol, product.total_viable_cells, weight)
    if judged.passed:
        return None
    problem = Message(
        "the bag holds {cells} viable cells; today's weight {weight} kg needs {dose} cells "
        "({off:.1f} % off, limit ±{tolerance:g} %)",
        cells=scientific(product.total_viable_cells),
        weight=as_entered(weight),
        dose=scientific(judged.prescribed_cells),
        off=judged.off_pct_shown,
        tolerance=float(judged.tolerance_pct),
    )
    _stop(ws, actor, session_id, product, "dose", [problem])
    return Refusal(
        "dose_not_for_todays_weight",
        "STOP — do not infuse: {problem}. Call the pharmacist and the investigator; "
        "the bag is not given.",
        problem=problem,
    )


def _hours_shown(delta: timedelta) -> float:
    """Hours with one decimal, rounded up: 6.01 h shows as 6.1 h, never as the limit."""
    hours = Decimal(delta.total_seconds()) / 3600
    return float(hours.quantize(Decimal("0.1"), ROUND_UP))


def product_at_start_problem(
    ws: Workspace, actor: Actor, session_id: str, start: datetime
) -> Refusal | None:
    """The bag judged again at the real start: expiry (and expiry against the projected end
    with the session's giving set at the band's slowest rate), hours since preparation, and
    how long ago the two people checked it at the bedside."""
    product = verified_product(ws.db, session_id)
    if product is None:
        return None  # mark_ready required a verified bag; nothing to judge here
    acceptance = ws.protocol.product_acceptance
    expires = parse_utc_iso(product.expires_at)
    prepared = parse_utc_iso(product.prepared_at)
    factor = drop_factor(ws, session_id)
    end = projected_end(ws.protocol, start, factor)
    problems: list[Message] = []
    if expires <= start:
        problems.append(Message("the bag expired at {at:%Y-%m-%d %H:%M} UTC", at=expires))
    elif acceptance.must_not_expire_before_projected_end and expires <= end:
        problems.append(
            Message(
                "the bag expires at {expires:%H:%M} UTC, before the projected end "
                "{end:%H:%M} UTC ({volume:g} mL at {rate:g} gtt/min with a {factor} gtt/mL set, "
                "{counted:g} drops per mL of this fluid)",
                expires=expires,
                end=end,
                volume=ws.protocol.dose.volume_ml,
                rate=ws.protocol.drip.band_min_gtt_min,
                factor=factor,
                counted=ws.protocol.dose.drop_factor_for_estimates(factor),
            )
        )
    since = start - prepared
    if since > timedelta(hours=acceptance.max_hours_preparation_to_start):
        problems.append(
            Message(
                "{hours:.1f} h since preparation at the start (limit {limit:g} h)",
                hours=_hours_shown(since),
                limit=acceptance.max_hours_preparation_to_start,
            )
        )
    if problems:
        _stop(ws, actor, session_id, product, "product_at_start", problems)
        return Refusal(
            "product_not_fit_at_start",
            "STOP — do not start the infusion: {problems}. Call the pharmacist: "
            "this bag is not given.",
            problems=Listing(problems, "; "),
        )
    return _stale_bedside_check(ws, session_id, start)


@dataclass(frozen=True)
class BedsideCheckAge:
    """How long ago two people matched the bag and the wristband, and the protocol's limit
    from that check to the start (minutes)."""

    minutes: float
    limit_min: float

    @property
    def stale(self) -> bool:
        """True when the check is older than the limit: the bag is scanned again."""
        return self.minutes > self.limit_min

    @property
    def minutes_shown(self) -> int:
        """Whole minutes, rounded up: 60.2 min shows as 61, never as the limit."""
        return math.ceil(self.minutes)


def bedside_check_age(ws: Workspace, session_id: str, at: datetime) -> BedsideCheckAge | None:
    """The age at ``at`` of the session's bedside check; None without a verified bag."""
    product = verified_product(ws.db, session_id)
    if product is None or product.verified_at is None:
        return None
    minutes = (at - parse_utc_iso(product.verified_at)).total_seconds() / 60
    return BedsideCheckAge(
        minutes, ws.protocol.product_acceptance.max_minutes_bedside_check_to_start
    )


def _stale_bedside_check(ws: Workspace, session_id: str, start: datetime) -> Refusal | None:
    age = bedside_check_age(ws, session_id, start)
    if age is None or not age.stale:
        return None
    return Refusal(
        "bedside_check_stale",
        "The bedside check of the bag was {minutes} min before the start (limit {limit:g} "
        "min): two people scan the bag and the wristband again.",
        minutes=age.minutes_shown,
        limit=age.limit_min,
    )


def baseline_taken_at(ws: Workspace, session_id: str) -> datetime | None:
    """When the latest baseline set was measured: in the checks, or recorded for the
    baseline slot before the start."""
    slot = _baseline_slot(ws)
    answer = check_answer(ws.db, session_id, CheckStep.BASELINE_VITALS.value)
    times = [answer.answered_at] if answer else []
    times += [v.measured_at for v in session_vitals(ws.db, session_id) if v.slot_key == slot]
    return max((parse_utc_iso(t) for t in times), default=None)


def _baseline_slot(ws: Workspace) -> str | None:
    slot = next((s for s in ws.protocol.vitals_schedule if s.anchor is Anchor.BEFORE_START), None)
    return slot.id if slot else None


def baseline_window_min(ws: Workspace) -> int | None:
    """How many minutes before the start a baseline set counts (None: no baseline slot)."""
    slot = next((s for s in ws.protocol.vitals_schedule if s.anchor is Anchor.BEFORE_START), None)
    return -slot.offset_min if slot else None


def baseline_problem(ws: Workspace, session_id: str, start: datetime) -> Refusal | None:
    """A refusal when the baseline set was measured outside the protocol's window before
    ``start`` (the minutes shown): a new set is taken."""
    window = baseline_window_min(ws)
    taken = baseline_taken_at(ws, session_id)
    if window is None or taken is None:
        return None
    minutes = (start - taken).total_seconds() / 60
    if minutes <= window:  # a set recorded after a start given back in time still counts
        return None
    return Refusal(
        "baseline_too_old",
        "The baseline vital signs were measured {minutes} min before the start; the protocol "
        "counts them only within {window} min. Measure a new set of vital signs first.",
        minutes=math.ceil(minutes),
        window=window,
    )


def bedside_rescan_needed(ws: Workspace, session_id: str) -> Message | None:
    """Before the start: why the bag must be scanned again at the bedside (the check's age and
    the limit, or the second person still to scan), or None when it need not be."""
    header = session_header(ws.db, session_id)
    if header is None or header.state is not SessionState.READY:
        return None
    if rescan_pending(ws, session_id) is not None:
        return Message(
            "The bag is being checked again: a second person scans the bag and the wristband "
            "and signs before the start."
        )
    age = bedside_check_age(ws, session_id, ws.clock.now())
    if age is None or not age.stale:
        return None
    return Message(
        "The bedside check was {minutes} min ago (limit {limit:g} min before the start): "
        "two people scan again.",
        minutes=age.minutes_shown,
        limit=age.limit_min,
    )
