"""Adverse events graded by CTCAE v5.0 (NCI, 2017), for the events an infusion is likely to cause.

Grade definitions are shown to the nurse when choosing a grade; a grade a term does not have
(e.g. grade 1 anaphylaxis) is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from infusion_app.domain.messages import Word
from infusion_app.domain.outcomes import Refusal


class AeOutcome(StrEnum):
    """The outcome of an adverse event (as on a CRF)."""

    ONGOING = "ongoing"
    RECOVERING = "recovering"
    RECOVERED = "recovered"
    RECOVERED_WITH_SEQUELAE = "recovered_with_sequelae"
    FATAL = "fatal"
    UNKNOWN = "unknown"


CLOSED_OUTCOMES = frozenset(
    {AeOutcome.RECOVERED, AeOutcome.RECOVERED_WITH_SEQUELAE, AeOutcome.FATAL}
)


class AeAction(StrEnum):
    """What was done with the infusion."""

    NONE = "none"
    PAUSED = "infusion_paused"
    STOPPED = "infusion_stopped"
    RATE_REDUCED = "rate_reduced"


@dataclass(frozen=True)
class CtcaeTerm:
    """A CTCAE term and its grade definitions (absent grades do not exist for the term)."""

    code: str
    name: str
    grades: dict[int, str]


# Grade texts verbatim from NCI CTCAE v5.0 (published 27 November 2017), typography included.
_LIFE_THREATENING = "Life-threatening consequences; urgent intervention indicated"
CTCAE_TERMS: tuple[CtcaeTerm, ...] = (
    CtcaeTerm(
        "infusion_related_reaction",
        "Infusion related reaction",
        {
            1: "Mild transient reaction; infusion interruption not indicated; "
            "intervention not indicated",
            2: "Therapy or infusion interruption indicated but responds promptly to symptomatic "
            "treatment (e.g., antihistamines, NSAIDS, narcotics, IV fluids); prophylactic "
            "medications indicated for <=24 hrs",
            3: "Prolonged (e.g., not rapidly responsive to symptomatic medication and/or brief "
            "interruption of infusion); recurrence of symptoms following initial improvement; "
            "hospitalization indicated for clinical sequelae",
            4: _LIFE_THREATENING,
            5: "Death",
        },
    ),
    CtcaeTerm(
        "allergic_reaction",
        "Allergic reaction",
        {
            1: "Systemic intervention not indicated",
            2: "Oral intervention indicated",
            3: "Bronchospasm; hospitalization indicated for clinical sequelae; "
            "intravenous intervention indicated",
            4: _LIFE_THREATENING,
            5: "Death",
        },
    ),
    CtcaeTerm(
        "anaphylaxis",
        "Anaphylaxis",
        {
            3: "Symptomatic bronchospasm, with or without urticaria; parenteral intervention "
            "indicated; allergy-related edema/angioedema; hypotension",
            4: _LIFE_THREATENING,
            5: "Death",
        },
    ),
    CtcaeTerm(
        "fever",
        "Fever",
        {
            1: "38.0 - 39.0 degrees C (100.4 - 102.2 degrees F)",
            2: ">39.0 - 40.0 degrees C (102.3 - 104.0 degrees F)",
            3: ">40.0 degrees C (>104.0 degrees F) for <=24 hrs",
            4: ">40.0 degrees C (>104.0 degrees F) for >24 hrs",
            5: "Death",
        },
    ),
    CtcaeTerm(
        "chills",
        "Chills",
        {
            1: "Mild sensation of cold; shivering; chattering of teeth",
            2: "Moderate tremor of the entire body; narcotics indicated",
            3: "Severe or prolonged, not responsive to narcotics",
        },
    ),
    CtcaeTerm(
        "hypotension",
        "Hypotension",
        {
            1: "Asymptomatic, intervention not indicated",
            2: "Non-urgent medical intervention indicated",
            3: "Medical intervention indicated; hospitalization indicated",
            4: "Life-threatening consequences and urgent intervention indicated",
            5: "Death",
        },
    ),
)
CTCAE_TERMS += (
    CtcaeTerm(
        "rash",
        "Rash maculo-papular",
        {
            1: "Macules/papules covering <10% BSA with or without symptoms (e.g., pruritus, "
            "burning, tightness)",
            2: "Macules/papules covering 10 - 30% BSA with or without symptoms (e.g., pruritus, "
            "burning, tightness); limiting instrumental ADL; rash covering > 30% BSA with or "
            "without mild symptoms",
            3: "Macules/papules covering >30% BSA with moderate or severe symptoms; limiting "
            "self care ADL",
        },
    ),
    CtcaeTerm(
        "dyspnea",
        "Dyspnea",
        {
            1: "Shortness of breath with moderate exertion",
            2: "Shortness of breath with minimal exertion; limiting instrumental ADL",
            3: "Shortness of breath at rest; limiting self care ADL",
            4: _LIFE_THREATENING,
            5: "Death",
        },
    ),
    CtcaeTerm(
        "headache",
        "Headache",
        {
            1: "Mild pain",
            2: "Moderate pain; limiting instrumental ADL",
            3: "Severe pain; limiting self care ADL",
        },
    ),
)
# The general grade definitions of CTCAE v5.0, for a term the list does not hold ("other").
CTCAE_GENERAL_GRADES: dict[int, str] = {
    1: "Mild; asymptomatic or mild symptoms; clinical or diagnostic observations only; "
    "intervention not indicated",
    2: "Moderate; minimal, local or noninvasive intervention indicated; limiting "
    "age-appropriate instrumental ADL",
    3: "Severe or medically significant but not immediately life-threatening; "
    "hospitalization or prolongation of hospitalization indicated; disabling; "
    "limiting self care ADL",
    4: "Life-threatening consequences; urgent intervention indicated",
    5: "Death related to AE",
}
OTHER_TERM = "other"
LINK_WINDOW = timedelta(minutes=15)  # vitals within ±15 min of onset are linked to the event


def term(code: str) -> CtcaeTerm | None:
    """The CTCAE term with ``code``, or None (an "other" term has no fixed grades)."""
    return next((t for t in CTCAE_TERMS if t.code == code), None)


def check_grade(term_code: str, grade: int, other_text: str = "") -> Refusal | None:
    """The grade must exist for the term; an "other" term needs its name and grades 1–5."""
    if term_code == OTHER_TERM:
        if not other_text.strip():
            return Refusal("missing_term", "Name the adverse event.")
        return None if 1 <= grade <= 5 else Refusal("bad_grade", "A CTCAE grade is 1 to 5.")
    found = term(term_code)
    if found is None:
        return Refusal("unknown_term", "Unknown adverse-event term {term!r}.", term=term_code)
    if grade not in found.grades:
        allowed = ", ".join(str(g) for g in sorted(found.grades))
        return Refusal(
            "grade_not_defined",
            "{term} has grades {grades} in CTCAE v5.0.",
            term=Word(found.name, "AdverseEvents"),
            grades=allowed,
        )
    return None


def is_serious(grade: int, criteria: list[str]) -> bool:
    """Serious when a seriousness criterion is ticked (a grade alone does not make it so,
    except death)."""
    return bool(criteria) or grade == 5


def linked(onset: datetime, measured: list[tuple[str, datetime]]) -> list[str]:
    """Ids of the vital-sign sets measured within ±15 min of the onset."""
    return [vid for vid, at in measured if abs(at - onset) <= LINK_WINDOW]
