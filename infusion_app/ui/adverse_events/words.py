"""Words of the adverse-event views: CTCAE terms and grades, actions, outcomes,
seriousness criteria. Domain texts (CTCAE names and definitions) pass through ``translate``
so a translation file can give them in Chinese."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from infusion_app.domain.adverse_events import (
    CTCAE_GENERAL_GRADES,
    CTCAE_TERMS,
    OTHER_TERM,
    AeAction,
    AeOutcome,
    term,
)

GENERAL_GRADES = CTCAE_GENERAL_GRADES  # for a term the list does not hold
# The ICH E2A criteria that make an adverse event serious, as the CRF lists them.
SERIOUS_CRITERIA = (
    "death",
    "life_threatening",
    "hospitalization",
    "disability",
    "congenital_anomaly",
    "important_medical_event",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AdverseEvents", text)


def term_choices() -> list[tuple[str, str]]:
    """(code, name) of each CTCAE term, then "Other"."""
    choices = [(t.code, _tr(t.name)) for t in CTCAE_TERMS]
    return [
        *choices,
        (OTHER_TERM, QCoreApplication.translate("AdverseEvents", "Other (name it below)")),
    ]


def grade_definitions(term_code: str) -> dict[int, str]:
    """The grades ``term_code`` defines in CTCAE v5.0 with their definitions (general ones
    for "Other")."""
    found = term(term_code)
    grades = found.grades if found is not None else GENERAL_GRADES
    return {grade: _tr(text) for grade, text in sorted(grades.items())}


def action_words() -> list[tuple[str, str]]:
    """(value, words) of what was done with the infusion."""
    return [
        (AeAction.NONE.value, QCoreApplication.translate("AdverseEvents", "None")),
        (AeAction.PAUSED.value, QCoreApplication.translate("AdverseEvents", "Paused")),
        (AeAction.STOPPED.value, QCoreApplication.translate("AdverseEvents", "Stopped")),
        (AeAction.RATE_REDUCED.value, QCoreApplication.translate("AdverseEvents", "Rate reduced")),
    ]


def outcome_words() -> list[tuple[str, str]]:
    """(value, words) of each outcome."""
    return [
        (
            AeOutcome.ONGOING.value,
            QCoreApplication.translate("AdverseEvents", "Not recovered / ongoing"),
        ),
        (AeOutcome.RECOVERING.value, QCoreApplication.translate("AdverseEvents", "Recovering")),
        (AeOutcome.RECOVERED.value, QCoreApplication.translate("AdverseEvents", "Recovered")),
        (
            AeOutcome.RECOVERED_WITH_SEQUELAE.value,
            QCoreApplication.translate("AdverseEvents", "Recovered with sequelae"),
        ),
        (AeOutcome.FATAL.value, QCoreApplication.translate("AdverseEvents", "Fatal")),
        (AeOutcome.UNKNOWN.value, QCoreApplication.translate("AdverseEvents", "Unknown")),
    ]


def outcome_word(value: str) -> str:
    """One outcome in words."""
    return dict(outcome_words()).get(value, value)


def criterion_words() -> list[tuple[str, str]]:
    """(value, words) of each seriousness criterion."""
    words = (
        QCoreApplication.translate("AdverseEvents", "Death"),
        QCoreApplication.translate("AdverseEvents", "Life-threatening"),
        QCoreApplication.translate("AdverseEvents", "Hospitalization, or a longer stay"),
        QCoreApplication.translate("AdverseEvents", "Persistent or significant disability"),
        QCoreApplication.translate("AdverseEvents", "Congenital anomaly / birth defect"),
        QCoreApplication.translate("AdverseEvents", "Other important medical event"),
    )
    return list(zip(SERIOUS_CRITERIA, words, strict=True))


def term_code_of(term_name: str) -> str:
    """The code of a listed term by its recorded name; "other" for a named other term."""
    return next((t.code for t in CTCAE_TERMS if t.name == term_name), OTHER_TERM)
