"""Every CTCAE term the app offers, grades 1–5, word for word against the reference table.

Reference: National Cancer Institute. Common Terminology Criteria for Adverse Events (CTCAE)
Version 5.0. U.S. Department of Health and Human Services, National Institutes of Health;
published 27 November 2017 (CTCAE_v5.0 Excel file, "CTCAE v5.0 Clean Copy" sheet, columns
Grade 1–Grade 5). A grade the term does not have is written "-" in CTCAE and None here.
"""

from __future__ import annotations

import pytest

from infusion_app.domain.adverse_events import (
    CTCAE_GENERAL_GRADES,
    CTCAE_TERMS,
    OTHER_TERM,
    check_grade,
)
from infusion_app.domain.outcomes import Refusal

LT = "Life-threatening consequences; urgent intervention indicated"

# term: (grade 1, grade 2, grade 3, grade 4, grade 5), verbatim from NCI CTCAE v5.0.
NCI_CTCAE_V5_0: dict[str, tuple[str | None, ...]] = {
    "Infusion related reaction": (
        "Mild transient reaction; infusion interruption not indicated; intervention not indicated",
        "Therapy or infusion interruption indicated but responds promptly to symptomatic "
        "treatment (e.g., antihistamines, NSAIDS, narcotics, IV fluids); prophylactic "
        "medications indicated for <=24 hrs",
        "Prolonged (e.g., not rapidly responsive to symptomatic medication and/or brief "
        "interruption of infusion); recurrence of symptoms following initial improvement; "
        "hospitalization indicated for clinical sequelae",
        LT,
        "Death",
    ),
    "Allergic reaction": (
        "Systemic intervention not indicated",
        "Oral intervention indicated",
        "Bronchospasm; hospitalization indicated for clinical sequelae; intravenous "
        "intervention indicated",
        LT,
        "Death",
    ),
    "Anaphylaxis": (
        None,
        None,
        "Symptomatic bronchospasm, with or without urticaria; parenteral intervention "
        "indicated; allergy-related edema/angioedema; hypotension",
        LT,
        "Death",
    ),
    "Fever": (
        "38.0 - 39.0 degrees C (100.4 - 102.2 degrees F)",
        ">39.0 - 40.0 degrees C (102.3 - 104.0 degrees F)",
        ">40.0 degrees C (>104.0 degrees F) for <=24 hrs",
        ">40.0 degrees C (>104.0 degrees F) for >24 hrs",
        "Death",
    ),
    "Chills": (
        "Mild sensation of cold; shivering; chattering of teeth",
        "Moderate tremor of the entire body; narcotics indicated",
        "Severe or prolonged, not responsive to narcotics",
        None,
        None,
    ),
    "Hypotension": (
        "Asymptomatic, intervention not indicated",
        "Non-urgent medical intervention indicated",
        "Medical intervention indicated; hospitalization indicated",
        "Life-threatening consequences and urgent intervention indicated",
        "Death",
    ),
    "Rash maculo-papular": (
        "Macules/papules covering <10% BSA with or without symptoms (e.g., pruritus, burning, "
        "tightness)",
        "Macules/papules covering 10 - 30% BSA with or without symptoms (e.g., pruritus, "
        "burning, tightness); limiting instrumental ADL; rash covering > 30% BSA with or "
        "without mild symptoms",
        "Macules/papules covering >30% BSA with moderate or severe symptoms; limiting self "
        "care ADL",
        None,
        None,
    ),
    "Dyspnea": (
        "Shortness of breath with moderate exertion",
        "Shortness of breath with minimal exertion; limiting instrumental ADL",
        "Shortness of breath at rest; limiting self care ADL",
        LT,
        "Death",
    ),
    "Headache": (
        "Mild pain",
        "Moderate pain; limiting instrumental ADL",
        "Severe pain; limiting self care ADL",
        None,
        None,
    ),
}

# The general grade descriptions of CTCAE v5.0 (its introduction), for an "other" term.
NCI_CTCAE_V5_0_GENERAL = (
    "Mild; asymptomatic or mild symptoms; clinical or diagnostic observations only; "
    "intervention not indicated",
    "Moderate; minimal, local or noninvasive intervention indicated; limiting age-appropriate "
    "instrumental ADL",
    "Severe or medically significant but not immediately life-threatening; hospitalization or "
    "prolongation of hospitalization indicated; disabling; limiting self care ADL",
    "Life-threatening consequences; urgent intervention indicated",
    "Death related to AE",
)


def test_every_term_offered_is_in_the_reference_table() -> None:
    assert sorted(t.name for t in CTCAE_TERMS) == sorted(NCI_CTCAE_V5_0)


@pytest.mark.parametrize("term", CTCAE_TERMS, ids=lambda t: t.code)
def test_each_grade_text_is_verbatim_ctcae_v5(term: object) -> None:
    reference = NCI_CTCAE_V5_0[term.name]  # type: ignore[attr-defined]
    offered = tuple(term.grades.get(g) for g in range(1, 6))  # type: ignore[attr-defined]
    assert offered == reference


@pytest.mark.parametrize("term", CTCAE_TERMS, ids=lambda t: t.code)
def test_a_grade_ctcae_does_not_define_is_refused(term: object) -> None:
    for grade, text in zip(range(1, 6), NCI_CTCAE_V5_0[term.name], strict=True):  # type: ignore[attr-defined]
        refused = check_grade(term.code, grade)  # type: ignore[attr-defined]
        assert (text is None) is isinstance(refused, Refusal)


def test_the_general_grades_for_an_other_term_are_verbatim() -> None:
    assert tuple(CTCAE_GENERAL_GRADES[g] for g in range(1, 6)) == NCI_CTCAE_V5_0_GENERAL
    assert check_grade(OTHER_TERM, 5, "Syncope") is None


def test_grade_3_of_an_infusion_reaction_says_what_separates_it_from_grade_2() -> None:
    reaction = next(t for t in CTCAE_TERMS if t.code == "infusion_related_reaction")
    assert "not rapidly responsive to symptomatic medication" in reaction.grades[3]
    assert "recurrence of symptoms following initial improvement" in reaction.grades[3]
    rash = next(t for t in CTCAE_TERMS if t.code == "rash")
    assert "rash covering > 30% BSA with or without mild symptoms" in rash.grades[2]
