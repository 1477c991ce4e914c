"""Product receipt, release checks and the bedside match: right bag, right person, right dose.

Placebo follows the same path; checks that do not apply to it (cells, viability) pass with
that said.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from infusion_app.domain.dose import judge_dose, scientific
from infusion_app.domain.labels import printed_din
from infusion_app.domain.messages import Message
from infusion_app.domain.numbers import as_entered
from infusion_app.domain.protocol import Protocol


class ProductState(StrEnum):
    """Where a product stands."""

    QUARANTINED = "quarantined"
    RECEIVED = "received"  # every check passed; waiting for the pharmacist's release
    RELEASED = "released"
    VERIFIED = "verified"  # two people matched bag and wristband at the bedside


@dataclass(frozen=True)
class Receipt:
    """What the pharmacist records when the bag arrives. Times are aware datetimes (UTC)."""

    subject_code: str  # the participant the label names
    arm: str  # what the label says the bag holds: an arm code
    din: str
    lot: str
    expires_at: datetime
    total_viable_cells: float  # cells in the bag (0 for placebo)
    viability_pct: float | None  # None for placebo
    volume_ml: float
    prepared_at: datetime
    temperature_c: float  # on receipt
    appearance_ok: bool  # bag intact, no clumps or leaks, label legible
    weight_kg: float  # the participant's weight the prescription used


@dataclass(frozen=True)
class CheckResult:
    """One release check: passed or not, with the sentence that says why."""

    id: str
    passed: bool
    message: Message

    @property
    def reason(self) -> str:
        """The sentence in English (as stored with the receipt)."""
        return str(self.message)


def projected_end(protocol: Protocol, start: datetime, drop_factor: int | None = None) -> datetime:
    """When the bag will be empty at the slowest rate of the band (the latest likely end),
    counting the vehicle's own drops per mL on a set of nominal ``drop_factor`` (gtt/mL)."""
    nominal = drop_factor or protocol.drip.default_drop_factor_gtt_ml
    factor = protocol.dose.drop_factor_for_estimates(nominal)
    minutes = protocol.dose.volume_ml * factor / protocol.drip.band_min_gtt_min
    return start + timedelta(minutes=minutes)


def _cells(protocol: Protocol, receipt: Receipt, is_placebo: bool) -> CheckResult:
    if is_placebo:
        ok = receipt.total_viable_cells == 0
        return CheckResult(
            "cell_dose",
            ok,
            Message("placebo: no cells") if ok else Message("placebo bag lists cells"),
        )
    try:
        judged = judge_dose(protocol, receipt.total_viable_cells, receipt.weight_kg)
    except ValueError:
        words = Message(
            "weight {weight} kg cannot prescribe a dose", weight=as_entered(receipt.weight_kg)
        )
        return CheckResult("cell_dose", False, words)
    words = Message(
        "labelled {cells} cells vs dose {dose} for {weight:g} kg ({off:.1f} % off, "
        "limit ±{tolerance:g} %)",
        cells=scientific(receipt.total_viable_cells),
        dose=scientific(judged.prescribed_cells),
        weight=receipt.weight_kg,
        off=judged.off_pct_shown,
        tolerance=float(judged.tolerance_pct),
    )
    return CheckResult("cell_dose", judged.passed, words)


def _viability(protocol: Protocol, receipt: Receipt, is_placebo: bool) -> CheckResult:
    if is_placebo:
        return CheckResult("viability", True, Message("placebo: viability does not apply"))
    limit = protocol.product_acceptance.min_viability_pct
    value = receipt.viability_pct
    if value is None:
        return CheckResult("viability", False, Message("viability not given"))
    words = Message("viability {value:g} % (limit ≥ {limit:g} %)", value=value, limit=limit)
    return CheckResult("viability", value >= limit, words)


def release_checks(
    protocol: Protocol, receipt: Receipt, subject_code: str, allocated_arm: str, now: datetime
) -> tuple[CheckResult, ...]:
    """Every check of the protocol's product acceptance, each with its reason."""
    acceptance = protocol.product_acceptance
    end = projected_end(protocol, now)
    hours = (now - receipt.prepared_at).total_seconds() / 3600
    temp = acceptance.receipt_temperature_c
    max_hours = acceptance.max_hours_preparation_to_start
    is_placebo = (
        protocol.arm(receipt.arm).is_placebo
        if receipt.arm in [a.code for a in protocol.arms]
        else False
    )
    return (
        CheckResult(
            "participant",
            receipt.subject_code == subject_code,
            Message(
                "label names {label}, participant is {participant}",
                label=receipt.subject_code,
                participant=subject_code,
            ),
        ),
        CheckResult(
            "arm",
            receipt.arm == allocated_arm,
            Message(
                "label says {label}, allocation is {allocated}",
                label=receipt.arm,
                allocated=allocated_arm,
            ),
        ),
        CheckResult(
            "not_expired",
            receipt.expires_at > now,
            Message("expires {at:%Y-%m-%d %H:%M} UTC", at=receipt.expires_at),
        ),
        CheckResult(
            "expiry_after_end",
            receipt.expires_at > end,
            Message("must not expire before the projected end {end:%H:%M} UTC", end=end),
        ),
        CheckResult(
            "time_since_preparation",
            0 <= hours <= max_hours,
            Message(
                "{hours:.1f} h since preparation (limit {limit:g} h)", hours=hours, limit=max_hours
            ),
        ),
        _cells(protocol, receipt, is_placebo),
        _viability(protocol, receipt, is_placebo),
        CheckResult(
            "temperature",
            temp.contains(receipt.temperature_c),
            Message(
                "{temperature:g} °C on receipt (allowed {low:g}–{high:g} °C)",
                temperature=receipt.temperature_c,
                low=temp.low,
                high=temp.high,
            ),
        ),
        CheckResult(
            "appearance",
            receipt.appearance_ok,
            Message("bag intact, no clumps, label legible")
            if receipt.appearance_ok
            else Message("appearance check failed"),
        ),
    )


def failed(results: tuple[CheckResult, ...]) -> tuple[CheckResult, ...]:
    """The checks that did not pass."""
    return tuple(r for r in results if not r.passed)


@dataclass(frozen=True)
class BedsideScan:
    """What one person scanned at the bedside."""

    bag_din: str
    wristband: str


def bedside_mismatches(scan: BedsideScan, product_din: str, subject_code: str) -> list[Message]:
    """Every way the scan differs from the released product and the session's participant."""
    problems = []
    if scan.bag_din.strip().upper() != product_din:
        problems.append(
            Message(
                "the bag scanned ({scanned}) is not the released bag ({released})",
                scanned=printed_din(scan.bag_din.strip().upper()),
                released=printed_din(product_din),
            )
        )
    if scan.wristband.strip().upper() != subject_code:
        problems.append(
            Message(
                "the wristband ({wristband}) is not {code}",
                wristband=scan.wristband,
                code=subject_code,
            )
        )
    return problems
