"""Rules for registering a participant and scheduling a session. No names are ever stored."""

from __future__ import annotations

import re
from datetime import date

from infusion_app.domain.outcomes import Refusal

INITIALS_PATTERN = re.compile(r"^[A-Z]{2,4}$")


def check_subject_code(code: str, pattern: str, example: str = "") -> Refusal | None:
    """The subject code must match the site's pattern (site settings in the protocol file)."""
    if not re.fullmatch(pattern, code):
        hint = f", e.g. {example}" if example else ""
        return Refusal(
            "bad_subject_code", f"The subject code {code!r} is not in the site's format{hint}."
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
            f"Born in {year}, the participant is about {age_this_year} this year; "
            f"the protocol takes ages {min_age} to {max_age}.",
        )
    return None


def parse_iso_date(text: object, field_words: str, code: str = "bad_date") -> date | Refusal:
    """A calendar date written YYYY-MM-DD, or a refusal (with ``code``) naming the field."""
    try:
        return date.fromisoformat(str(text))
    except ValueError:
        return Refusal(code, f"The {field_words} must be a date written YYYY-MM-DD.")


def check_consent_date(consent: date, today: date) -> Refusal | None:
    """Consent cannot be dated in the future."""
    if consent > today:
        return Refusal("consent_in_future", "The consent date cannot be in the future.")
    return None
