"""One judge per pre-infusion check: answer in, status and a plain sentence out."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from infusion_app.domain.dose import scientific
from infusion_app.domain.messages import Listing, Message, Word
from infusion_app.domain.numbers import exact
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.protocol import CheckStep, EligibilityKind, Protocol, VitalParameter
from infusion_app.domain.vitals import VITAL_LIMITS, parse_vitals

if TYPE_CHECKING:
    from infusion_app.domain.checklist import ParticipantFacts


class Status(StrEnum):
    """Where a step stands."""

    PENDING = "pending"  # not answered
    OK = "ok"
    NOT_YET = "not_yet"  # fixable at the bedside, then answer again
    HARD_STOP = "hard_stop"  # the infusion may not go ahead
    NEEDS_DECISION = "needs_decision"  # an investigator decides
    PROCEED = "proceed"  # an investigator decided to go ahead
    DEFERRED = "deferred"  # an investigator decided not today


@dataclass(frozen=True)
class Judgement:
    status: Status
    message: Message


OK = Status.OK


def _identity(p: Protocol, facts: ParticipantFacts, a: dict[str, Any]) -> Judgement:
    code = str(a.get("subject_code", "")).strip().upper()
    second = str(a.get("second_identifier", "")).strip().upper()
    band = str(a.get("wristband", "")).strip().upper()
    if code != facts.subject_code:
        return Judgement(
            Status.HARD_STOP,
            Message(
                "the subject code {given!r} is not {code}", given=code, code=facts.subject_code
            ),
        )
    if second not in (str(facts.year_of_birth), facts.initials):
        return Judgement(
            Status.HARD_STOP,
            Message("the year of birth or initials given do not match the participant"),
        )
    if band != facts.subject_code:
        return Judgement(
            Status.HARD_STOP,
            Message(
                "the wristband reads {band!r}, not {code}: wrong participant or band",
                band=band,
                code=facts.subject_code,
            ),
        )
    return Judgement(OK, Message("identity confirmed and wristband matches"))


def eligibility_unanswered(p: Protocol, given: Mapping[str, object]) -> tuple[str, ...]:
    """The criteria (ids, in the protocol's order) without a yes or no in ``given``: every
    criterion must be answered before eligibility can be recorded as complete."""
    return tuple(item.id for item in p.eligibility if not isinstance(given.get(item.id), bool))


def eligibility_failures(p: Protocol, given: Mapping[str, object]) -> tuple[str, ...]:
    """The criteria (ids) that stop the infusion: an inclusion answered not met (False) or an
    exclusion answered present (True)."""
    return tuple(
        item.id
        for item in p.eligibility
        if isinstance(given.get(item.id), bool)
        and given[item.id] is (item.kind is EligibilityKind.EXCLUSION)
    )


def _eligibility(p: Protocol, facts: ParticipantFacts, a: dict[str, Any]) -> Judgement:
    given: dict[str, Any] = a.get("items", {})
    missing = [item.id for item in p.eligibility if item.id not in given]
    if missing:
        return Judgement(
            Status.PENDING, Message("not yet confirmed: {items}", items=Listing(missing))
        )
    failed = eligibility_failures(p, {key: bool(value) for key, value in given.items()})
    if failed:
        return Judgement(
            Status.HARD_STOP,
            Message(
                "not eligible: {items} (inclusion not met or exclusion present)",
                items=Listing(failed),
            ),
        )
    return Judgement(OK, Message("every inclusion met, no exclusion present"))


def _consent(p: Protocol, facts: ParticipantFacts, a: dict[str, Any]) -> Judgement:
    if a.get("on_file") is True:
        return Judgement(OK, Message("signed consent of {date} on file", date=facts.consent_date))
    return Judgement(Status.HARD_STOP, Message("no signed informed consent on file"))


def _pregnancy(p: Protocol, facts: ParticipantFacts, a: dict[str, Any]) -> Judgement:
    if a.get("childbearing_potential") is False:
        return Judgement(OK, Message("not of child-bearing potential: no test needed"))
    if not p.checks.pregnancy_test_if_childbearing_potential:
        return Judgement(OK, Message("the protocol asks no pregnancy test"))
    result = a.get("result")
    if result == "negative":
        return Judgement(OK, Message("pregnancy test today negative"))
    if result == "positive":
        return Judgement(Status.HARD_STOP, Message("pregnancy test positive: no infusion"))
    return Judgement(
        Status.HARD_STOP, Message("no pregnancy test today: a negative test is required")
    )


def _weight(p: Protocol, facts: ParticipantFacts, a: dict[str, Any]) -> Judgement:
    weight = float(a["weight_kg"])
    limits = p.checks.weight_kg
    if not limits.contains(weight):
        return Judgement(
            Status.HARD_STOP,
            Message(
                "weight {weight:g} kg is outside {low:g}–{high:g} kg: re-weigh, "
                "and ask an investigator",
                weight=weight,
                low=limits.low,
                high=limits.high,
            ),
        )
    return Judgement(OK, dose_formula(p, weight))


def _baseline(p: Protocol, facts: ParticipantFacts, a: dict[str, Any]) -> Judgement:
    vitals = parse_vitals(a.get("vitals", {}))
    if isinstance(vitals, list):
        return Judgement(
            Status.PENDING,
            Message("{problems}", problems=Listing((r.message for r in vitals), "; ")),
        )
    outside = []
    for parameter in VitalParameter:
        allowed = p.checks.baseline_range(parameter)
        value = getattr(vitals, parameter.value, None)
        if allowed is not None and value is not None and not allowed.contains(value):
            limits = VITAL_LIMITS[parameter.value]
            outside.append(
                Message(
                    "{vital} {value:g} {unit} (allowed {low:g}–{high:g})",
                    vital=Word(limits.label, "Texts"),
                    value=value,
                    unit=limits.unit,
                    low=allowed.low,
                    high=allowed.high,
                )
            )
    if outside:
        return Judgement(
            Status.NEEDS_DECISION,
            Message("outside the baseline range: {values}", values=Listing(outside)),
        )
    return Judgement(OK, Message("baseline vital signs within the protocol's ranges"))


def _yes(
    key: str, ok: Message, not_yet: Message
) -> Callable[[Protocol, ParticipantFacts, dict[str, Any]], Judgement]:
    def judge(p: Protocol, facts: ParticipantFacts, a: dict[str, Any]) -> Judgement:
        return Judgement(OK, ok) if a.get(key) is True else Judgement(Status.NOT_YET, not_yet)

    return judge


def _drop_factor(p: Protocol, facts: ParticipantFacts, a: dict[str, Any]) -> Judgement:
    factor = a.get("drop_factor_gtt_ml")
    if factor in p.drip.drop_factors_gtt_ml:
        return Judgement(OK, Message("giving set {factor} gtt/mL", factor=factor))
    allowed = Listing(p.drip.drop_factors_gtt_ml)
    return Judgement(
        Status.NOT_YET,
        Message("record the giving set's drop factor ({allowed} gtt/mL)", allowed=allowed),
    )


JUDGES: dict[CheckStep, Callable[[Protocol, ParticipantFacts, dict[str, Any]], Judgement]] = {
    CheckStep.IDENTITY: _identity,
    CheckStep.ELIGIBILITY: _eligibility,
    CheckStep.CONSENT: _consent,
    CheckStep.PREGNANCY: _pregnancy,
    CheckStep.WEIGHT: _weight,
    CheckStep.BASELINE_VITALS: _baseline,
    CheckStep.IV_ACCESS: _yes(
        "patent", Message("IV access patent"), Message("secure a patent IV line first")
    ),
    CheckStep.DROP_FACTOR: _drop_factor,
    CheckStep.EMERGENCY_KIT: _yes(
        "at_hand",
        Message("emergency kit at hand"),
        Message("bring the emergency kit to the bedside first"),
    ),
}


def dose_formula(p: Protocol, weight_kg: float) -> Message:
    """The prescribed dose with its formula, e.g. ``1×10⁶ cells/kg × 62.5 kg = 6.25×10⁷ cells``."""
    per_kg, weight = exact(p.dose.cells_per_kg), exact(weight_kg)
    cells = per_kg * weight if per_kg is not None and weight is not None else weight_kg
    return Message(
        "{per_kg} cells/kg × {weight:g} kg = {cells} cells",
        per_kg=scientific(p.dose.cells_per_kg),
        weight=weight_kg,
        cells=scientific(cells),
    )


def answer_problem(p: Protocol, step: CheckStep, a: dict[str, Any]) -> Refusal | None:
    """A refusal when an answer is badly formed (the entry stays on screen for correction)."""
    if step is CheckStep.WEIGHT:
        weight = exact(a.get("weight_kg")) if isinstance(a.get("weight_kg"), int | float) else None
        if weight is None or weight <= 0:
            return Refusal("bad_weight", "Type today's weight in kg, e.g. 58.5.")
    if step is CheckStep.ELIGIBILITY:
        items = a.get("items", {})
        if not isinstance(items, dict) or any(not isinstance(v, bool) for v in items.values()):
            return Refusal(
                "bad_eligibility",
                "Eligibility: answer each criterion true or false (not a text).",
            )
    if step is CheckStep.BASELINE_VITALS:
        vitals = parse_vitals(a.get("vitals", {}))
        if isinstance(vitals, list):
            return vitals[0]
    if (
        step is CheckStep.DROP_FACTOR
        and a.get("drop_factor_gtt_ml") not in p.drip.drop_factors_gtt_ml
    ):
        return Refusal(
            "bad_drop_factor",
            "The drop factor must be one of {allowed} gtt/mL.",
            allowed=Listing(p.drip.drop_factors_gtt_ml),
        )
    if step is CheckStep.PREGNANCY and a.get("result") not in (
        None,
        "negative",
        "positive",
        "not_done",
    ):
        return Refusal("bad_result", "The pregnancy test result is negative, positive or not done.")
    return None
