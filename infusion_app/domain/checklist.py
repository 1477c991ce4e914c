"""The pre-infusion checklist: each step's answer judged against the protocol.

Answers are plain dicts (as stored in ``check.answered`` events); the latest answer of a step
counts. Nothing is infused until every step holds, or an investigator decided, on the record,
to proceed where the protocol allows a decision.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from infusion_app.domain.checklist_rules import JUDGES, Judgement, Status
from infusion_app.domain.messages import Listing, Message
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.protocol import CheckStep, Protocol


class Decision(StrEnum):
    """An investigator's decision on a step the protocol lets them decide."""

    PROCEED = "proceed"
    DEFER = "defer"


@dataclass(frozen=True)
class ParticipantFacts:
    """What the checks compare against (never a name)."""

    subject_code: str
    initials: str
    year_of_birth: int
    consent_date: str


@dataclass(frozen=True)
class RecordedAnswer:
    """A step's latest answer and the event that recorded it."""

    event_id: str
    answer: dict[str, Any]


@dataclass(frozen=True)
class RecordedDecision:
    """An investigator's decision, tied to the answer it was made on."""

    answer_event_id: str
    decision: Decision
    reason: str


@dataclass(frozen=True)
class StepResult:
    """One step's status and the sentence that explains it."""

    step: CheckStep
    status: Status
    message: Message
    answer_event_id: str | None = None


@dataclass(frozen=True)
class ChecklistResult:
    """Every step's result, in the protocol's order."""

    steps: tuple[StepResult, ...]

    @property
    def ready(self) -> bool:
        """True when every step holds (or was decided to proceed)."""
        return all(s.status in (Status.OK, Status.PROCEED) for s in self.steps)

    @property
    def hard_stops(self) -> tuple[StepResult, ...]:
        return tuple(s for s in self.steps if s.status is Status.HARD_STOP)

    def step(self, step: CheckStep) -> StepResult:
        return next(s for s in self.steps if s.step is step)

    def refusal(self) -> Refusal | None:
        """Why the session cannot be ready yet, naming every step that blocks it."""
        if self.ready:
            return None
        blocking = [s for s in self.steps if s.status not in (Status.OK, Status.PROCEED)]
        lines = Listing((_step_line(s) for s in blocking), "; ")
        code = "hard_stop" if self.hard_stops else "checks_incomplete"
        return Refusal(code, "The session is not ready. {steps}", steps=lines)


STEP_NAMES: dict[CheckStep, Message] = {
    CheckStep.IDENTITY: Message("identity"),
    CheckStep.ELIGIBILITY: Message("eligibility"),
    CheckStep.CONSENT: Message("consent"),
    CheckStep.PREGNANCY: Message("pregnancy"),
    CheckStep.WEIGHT: Message("weight"),
    CheckStep.BASELINE_VITALS: Message("baseline vitals"),
    CheckStep.IV_ACCESS: Message("iv access"),
    CheckStep.DROP_FACTOR: Message("drop factor"),
    CheckStep.EMERGENCY_KIT: Message("emergency kit"),
}
"""A step's name inside a sentence, as ``step.value`` read aloud."""


def _step_line(result: StepResult) -> Message:
    return Message("{step}: {finding}", step=STEP_NAMES[result.step], finding=result.message)


def _decided(judged: Judgement, decision: RecordedDecision | None, event_id: str) -> Judgement:
    if judged.status is not Status.NEEDS_DECISION or decision is None:
        return judged
    if decision.answer_event_id != event_id:
        return judged  # the answer changed after the decision: decide again
    if decision.decision is Decision.PROCEED:
        return Judgement(
            Status.PROCEED,
            Message("investigator decided to proceed: {reason}", reason=decision.reason),
        )
    return Judgement(
        Status.DEFERRED,
        Message("investigator deferred the infusion: {reason}", reason=decision.reason),
    )


def evaluate(
    protocol: Protocol,
    facts: ParticipantFacts,
    answers: dict[CheckStep, RecordedAnswer],
    decisions: dict[CheckStep, RecordedDecision] | None = None,
) -> ChecklistResult:
    """Judge every step of the protocol's checklist."""
    results = []
    for step in protocol.checks.steps:
        recorded = answers.get(step)
        if recorded is None:
            results.append(StepResult(step, Status.PENDING, Message("not answered yet")))
            continue
        judged = JUDGES[step](protocol, facts, recorded.answer)
        if (
            judged.status is Status.NEEDS_DECISION
            and step not in protocol.checks.investigator_may_decide
        ):
            judged = Judgement(Status.HARD_STOP, judged.message)
        judged = _decided(judged, (decisions or {}).get(step), recorded.event_id)
        results.append(StepResult(step, judged.status, judged.message, recorded.event_id))
    return ChecklistResult(tuple(results))
