"""Rules every action's input meets, whoever calls it (a screen, ``replay``, the command line).

Applied by :func:`infusion_app.services.declarations.user_action` after the permission check
and before the service runs; each problem is one refusal naming the field:

- text never holds a NUL, a lone surrogate (half of a character, which cannot be stored) or a
  bidirectional override (which makes a text read differently from what it stores);
- a reason holds visible text, not only zero-width characters (a blank one is refused by the
  service itself, with its own words);
- a time (``…_at``) or date (``…_date``, ``scheduled_for``) lies between 2000 and 2100, so a
  mistyped year (``0001``, ``2999``) is refused rather than failing deep inside a service;
- a field with a declared range (``domain/field_ranges.py``: numbers, years of birth, dates
  and times against the site's today and the clock) lies within it; a time or date inside a
  field (a check's answer) meets the window declared for its name.

Other control characters are allowed: barcode scans carry group separators.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from infusion_app.domain.field_ranges import FIRST_YEAR, LAST_YEAR, RANGES, Window, range_problem
from infusion_app.domain.outcomes import Refusal
from infusion_app.services.context import Workspace

_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_YEAR = re.compile(r"^\s*(\d{4,})-\d")
_REASONS = frozenset({"reason", "reason_text", "backdate_reason"})


def _is_time_field(name: str) -> bool:
    return name.endswith(("_at", "_date")) or name == "scheduled_for"


def _text_problem(field: str, text: str) -> Refusal | None:
    if "\x00" in text or any("\ud800" <= c <= "\udfff" for c in text):
        return Refusal(
            "bad_text", "{field}: the text holds a character that cannot be stored.", field=field
        )
    if any(c in _BIDI for c in text):
        return Refusal(
            "bad_text",
            "{field}: the text holds a direction override (it would read otherwise than stored).",
            field=field,
        )
    return None


def _visible(text: str) -> bool:
    return any(unicodedata.category(c)[0] in "LNPS" for c in text)


def _year_problem(field: str, text: str) -> Refusal | None:
    match = _YEAR.match(text)
    if match and not FIRST_YEAR <= int(match[1]) <= LAST_YEAR:
        return Refusal(
            "implausible_date",
            "{field}: the year {year} is not plausible (from {first} to {last}).",
            field=field,
            year=match[1],
            first=FIRST_YEAR,
            last=LAST_YEAR,
        )
    return None


def _value_problem(field: str, value: Any) -> Refusal | None:
    if isinstance(value, str):
        problem = _text_problem(field, value)
        if problem is None and field in _REASONS and value.strip() and not _visible(value):
            # blank is the service's own refusal; zero-width characters only are refused here
            problem = Refusal("missing_reason", "{field}: write the reason in words.", field=field)
        if problem is None and _is_time_field(field):
            problem = _year_problem(field, value)
        return problem
    if isinstance(value, Mapping):
        for key, item in value.items():
            if problem := _value_problem(str(key), item) or _value_problem(field, str(key)):
                return problem
    if isinstance(value, list | tuple):
        for item in value:
            if problem := _value_problem(field, item):
                return problem
    return None


def input_problem(fields: Mapping[str, Any], ws: Workspace | None = None) -> Refusal | None:
    """The first problem with an action's keyword fields, or None; with ``ws``, the declared
    ranges are judged against its clock and the site's today."""
    for field, value in fields.items():
        if problem := _value_problem(field, value):
            return problem
    if ws is None:
        return None
    now, today = ws.clock.now(), ws.site_today()
    for field, value in fields.items():
        if problem := range_problem(field, value, now, today) or _nested_time_problem(
            value, now, today
        ):
            return problem
    return None


def _nested_time_problem(value: Any, now: datetime, today: date) -> Refusal | None:
    """A time or date inside a field (a check's answer: the baseline's ``measured_at``) meets
    the window declared for its name, as at the top level."""
    if isinstance(value, Mapping):
        for key, item in value.items():
            declared = RANGES.get(str(key))
            if isinstance(declared, Window) and (
                problem := range_problem(str(key), item, now, today)
            ):
                return problem
            if problem := _nested_time_problem(item, now, today):
                return problem
    if isinstance(value, list | tuple):
        for item in value:
            if problem := _nested_time_problem(item, now, today):
                return problem
    return None
