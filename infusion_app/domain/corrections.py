"""Corrections: a recorded value is never changed in place; a new event names the old one,
the new value, who, when and why (21 CFR Part 11 §11.10(e), ALCOA+)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from infusion_app.domain.clock import parse_utc_iso, utc_iso
from infusion_app.domain.events import EventType
from infusion_app.domain.messages import Listing, Message
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.roles import Role


class CorrectionReason(StrEnum):
    """Why a value is corrected; OTHER needs a text."""

    TRANSCRIPTION_ERROR = "transcription_error"
    WRONG_TIME = "wrong_time"
    LATE_INFORMATION = "late_information"
    SOURCE_DOCUMENT_DIFFERS = "source_document_differs"
    OTHER = "other"


class ValueKind(StrEnum):
    """How a correctable value is written."""

    INITIALS = "initials"
    YEAR = "year"
    DATE = "date"
    UTC_TIME = "utc_time"


@dataclass(frozen=True)
class CorrectableField:
    """A correctable value: where it was recorded, where it is read, who may correct it."""

    event_type: str
    field: str  # a payload key, or "occurred_at" for the time the event happened
    label: str
    table: str
    column: str
    key: str  # "participant" or "session": which id of the event locates the row
    kind: ValueKind
    roles: frozenset[Role]


_INV = frozenset({Role.INVESTIGATOR})
_CLINICAL = frozenset({Role.NURSE, Role.INVESTIGATOR})

CORRECTABLE: tuple[CorrectableField, ...] = (
    CorrectableField(
        EventType.PARTICIPANT_REGISTERED,
        "initials",
        "Initials",
        "participants",
        "initials",
        "participant",
        ValueKind.INITIALS,
        _INV,
    ),
    CorrectableField(
        EventType.PARTICIPANT_REGISTERED,
        "year_of_birth",
        "Year of birth",
        "participants",
        "year_of_birth",
        "participant",
        ValueKind.YEAR,
        _INV,
    ),
    CorrectableField(
        EventType.PARTICIPANT_REGISTERED,
        "consent_date",
        "Consent date",
        "participants",
        "consent_date",
        "participant",
        ValueKind.DATE,
        _INV,
    ),
    CorrectableField(
        EventType.INFUSION_STARTED,
        "occurred_at",
        "Infusion start time",
        "sessions",
        "infusion_started_at",
        "session",
        ValueKind.UTC_TIME,
        _CLINICAL,
    ),
    *(  # an infusion ends either way: completed, or stopped early
        CorrectableField(
            ended,
            "occurred_at",
            "Infusion end time",
            "sessions",
            "infusion_ended_at",
            "session",
            ValueKind.UTC_TIME,
            _CLINICAL,
        )
        for ended in (EventType.INFUSION_COMPLETED, EventType.INFUSION_STOPPED)
    ),
)


def correctable(event_type: str, field: str) -> CorrectableField | None:
    """The correctable field for a recorded event's value, or None if it cannot be corrected."""
    return next((c for c in CORRECTABLE if (c.event_type, c.field) == (event_type, field)), None)


def normalize_value(kind: ValueKind, value: object) -> object | Refusal:
    """The new value in its stored form, or a refusal saying how to write it."""
    text = str(value).strip()
    if kind is ValueKind.INITIALS and re.fullmatch(r"[A-Z]{2,4}", text):
        return text
    if kind is ValueKind.YEAR and re.fullmatch(r"(19|20)\d\d", text):
        return int(text)
    if kind is ValueKind.DATE:
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            pass
    if kind is ValueKind.UTC_TIME:
        try:
            return utc_iso(parse_utc_iso(text))
        except ValueError:
            pass
    hints = {
        ValueKind.INITIALS: Message("2 to 4 capital letters"),
        ValueKind.YEAR: Message("a four-digit year"),
        ValueKind.DATE: Message("a date written YYYY-MM-DD"),
        ValueKind.UTC_TIME: Message("an ISO 8601 time with its zone"),
    }
    return Refusal("bad_value", "The new value must be {hint}.", hint=hints[kind])


def check_correction_reason(reason: str, text: str) -> Refusal | None:
    """A reason from the list is required; OTHER also needs a text."""
    if reason not in CorrectionReason.__members__.values():
        return Refusal(
            "missing_reason",
            "Choose why the value is corrected ({choices}).",
            choices=Listing(r.value for r in CorrectionReason),
        )
    if reason == CorrectionReason.OTHER and not text.strip():
        return Refusal("missing_reason_text", "Describe the reason when you choose 'other'.")
    return None
