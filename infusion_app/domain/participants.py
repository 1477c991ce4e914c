"""Rules for registering a participant and scheduling a session. No names are ever stored."""

from __future__ import annotations

import re
from datetime import date

from infusion_app.domain.messages import Message
from infusion_app.domain.outcomes import Refusal

INITIALS_PATTERN = re.compile(r"^[A-Z]{2,4}$")


def check_subject_code(code: str, pattern: str, example: str = "") -> Refusal | None:
    """The subject code must match the site's pattern (site settings in the protocol file)."""
    if not re.fullmatch(pattern, code):
        if example:
            return Refusal(
                "bad_subject_code",
                "The subject code {code!r} is not in the site's format, e.g. {example}.",
                code=code,
                example=example,
            )
        return Refusal(
            "bad_subject_code", "The subject code {code!r} is not in the site's format.", code=code
        )
    return None


def check_initials(initials: str) -> Refusal | None:
    """Initials are 2–4 capital letters (pinyin initials for Chinese names)."""
    if not INITIALS_PATTERN.match(initials):
        return Refusal("bad_initials", "Initials are 2 to 4 capital letters, e.g. LXM.")
    return None


def check_year_of_birth(year: object, today: date, min_age: int, max_age: int) -> Refusal | None:
    """The year of birth is a whole number giving an age the protocol allows this year."""
    if not isinstance(year, int) or isinstance(year, bool):
        return Refusal("bad_year_of_birth", "The year of birth is a four-digit year, e.g. 1985.")
    age_this_year = today.year - year
    if not min_age - 1 <= age_this_year <= max_age + 1:
        return Refusal(
            "age_outside_protocol",
            "Born in {year}, the participant is about {age} this year; "
            "the protocol takes ages {min_age} to {max_age}.",
            year=year,
            age=age_this_year,
            min_age=min_age,
            max_age=max_age,
        )
    return None


def parse_iso_date(text: object, field_words: Message, code: str = "bad_date") -> date | Refusal:
    """A calendar date written YYYY-MM-DD, or a refusal (with ``code``) naming the field."""
    try:
        return date.fromisoformat(str(text))
    except ValueError:
        return Refusal(code, "The {field} must be a date written YYYY-MM-DD.", field=field_words)


def check_consent_date(consent: date, today: date) -> Refusal | None:
    """Consent cannot be dated in the future."""
    if consent > today:
        return Refusal("consent_in_future", "The consent date cannot be in the future.")
    return None
