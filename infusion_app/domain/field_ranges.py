"""Each input field's plausible range, declared once, by the field's name.

Every action's keyword fields are checked against these before the service runs (see
``services/input_rules.py``), whoever calls it; ``correct_value`` checks a new value against
the range of the field it corrects. A value outside its range is one refusal naming the field.

A range is what no entry could rightly hold (a year of birth of 2099, a consent date of 1900,
10²⁰ seconds idle, a bag of 1e308 mL): the protocol's own, narrower limits (the ages the trial
takes, the weights it doses) stay with the rules that apply them, which say more.

Dates are judged against the site's today, times against the clock: ``ahead`` is how far in
the future a value may lie (times: the clock skew of :mod:`entry_times`), ``back`` how far in
the past (None: back to :data:`FIRST_YEAR`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from infusion_app.domain.clock import parse_utc_iso
from infusion_app.domain.entry_times import CLOCK_SKEW, ahead_of_the_clock
from infusion_app.domain.outcomes import Refusal

FIRST_YEAR, LAST_YEAR = 2000, 2100  # any other time or date of the app lies in these years
YEAR = timedelta(days=365)


@dataclass(frozen=True)
class Span:
    """A number from ``low`` to ``high`` (in ``unit``); for a list, each of its numbers."""

    low: float
    high: float
    unit: str = ""


@dataclass(frozen=True)
class Ages:
    """A year of birth: someone from ``youngest`` to ``oldest`` years old this year."""

    youngest: int
    oldest: int


@dataclass(frozen=True)
class Window:
    """A date (``YYYY-MM-DD``) or a time (ISO 8601 with its zone) from ``back`` before now to
    ``ahead`` after it."""

    back: timedelta | None
    ahead: timedelta


@dataclass(frozen=True)
class ByRule:
    """A field whose whole range one domain rule already judges, with its own words (the
    protocol's weights, the pump's rates): named here so that every field is listed once."""

    rule: str  # where: "module.function"


Range = Span | Ages | Window | ByRule

RANGES: Mapping[str, Range] = {
    # numbers
    "idle_seconds": Span(0, 86_400, "s"),
    "total_viable_cells": Span(0, 1e12, "cells"),  # 0 is a failed bag: quarantined, recorded
    "volume_ml": Span(0, 5000, "mL"),
    "temperature_c": Span(-200, 60, "°C"),  # a bag's on receipt: cryopreserved to warm
    "tap_times_s": Span(0, 86_400, "s"),
    "viability_pct": ByRule("services.products: 0 to 100 %"),
    "weight_kg": ByRule("services.products: the protocol's plausible weights"),
    "ml_per_hour": ByRule("domain.drip_rate.pump_rate: 0 to 2000 mL/h"),
    "drops": ByRule("domain.drip_rate.counted_rate: a count, and a rate a set can drip"),
    "seconds": ByRule("domain.drip_rate.counted_rate: 15, 30 or 60 s"),
    "grade": ByRule("domain.adverse_events: CTCAE grades 1 to 5 of the term"),
    "year_of_birth": Ages(youngest=0, oldest=120),  # registration: also the protocol's ages
    # dates: the site's today
    "consent_date": Window(back=10 * YEAR, ahead=YEAR),  # and never after today (participants)
    "first_session_date": Window(back=YEAR, ahead=3 * YEAR),
    "scheduled_for": Window(back=YEAR, ahead=3 * YEAR),
    # times: the clock
    "occurred_at": Window(back=None, ahead=CLOCK_SKEW),
    "measured_at": Window(back=None, ahead=CLOCK_SKEW),
    "attempted_at": Window(back=None, ahead=CLOCK_SKEW),  # a set of vital signs not taken
    "onset_at": Window(back=None, ahead=CLOCK_SKEW),
    "informed_at": Window(back=None, ahead=CLOCK_SKEW),
    "prepared_at": Window(back=YEAR, ahead=CLOCK_SKEW),
    "expires_at": Window(back=YEAR, ahead=10 * YEAR),
}


def shown(value: float) -> str:
    """A number as a refusal prints it: ``58.5``, ``1e+20`` (never 300 digits)."""
    try:
        return f"{value:g}" if abs(value) >= 1e6 or isinstance(value, float) else str(value)
    except OverflowError:  # an integer beyond any float
        return "a number too large to be right"


def _number_problem(field: str, span: Span, value: float) -> Refusal | None:
    if isinstance(value, float) and not math.isfinite(value):
        return Refusal("implausible_number", "{field}: must be a finite number.", field=field)
    if span.low <= value <= span.high:
        return None
    return Refusal(
        "implausible_number",
        "{field}: {value} is outside the plausible range, {low} to {high} {unit}.",
        field=field,
        value=shown(value),
        low=shown(span.low),
        high=shown(span.high),
        unit=span.unit,
    )


def _year_problem(field: str, ages: Ages, value: int, today: date) -> Refusal | None:
    first, last = today.year - ages.oldest, today.year - ages.youngest
    if first <= value <= last:
        return None
    return Refusal(
        "implausible_date",
        "{field}: the year {value} is not plausible (from {first} to {last}).",
        field=field,
        value=shown(value),
        first=first,
        last=last,
    )


def _date_problem(
    field: str, window: Window, text: str, now: datetime, today: date
) -> Refusal | None:
    """None also when ``text`` is no date or time (the service says how to write it)."""
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            first = today - window.back if window.back else date(FIRST_YEAR, 1, 1)
            if first <= day <= today + window.ahead:
                return None
            last = today + window.ahead
        else:
            moment = parse_utc_iso(text)
            start = now - window.back if window.back else datetime(FIRST_YEAR, 1, 1, tzinfo=UTC)
            if start <= moment <= now + window.ahead:
                return None
            if moment > now and window.ahead == CLOCK_SKEW:
                return ahead_of_the_clock(field)
            first, last = start.date(), (now + window.ahead).date()
    except (ValueError, OverflowError):
        return None
    return Refusal(
        "implausible_date",
        "{field}: {value} is outside the plausible dates, {first} to {last}.",
        field=field,
        value=text,
        first=first.isoformat(),
        last=last.isoformat(),
    )


def range_problem(field: str, value: object, now: datetime, today: date) -> Refusal | None:
    """The refusal when ``value`` lies outside the range declared for ``field``, else None
    (also None when no range is declared, or the value is not of the range's kind)."""
    declared = RANGES.get(field)
    if declared is None or isinstance(declared, ByRule) or isinstance(value, bool):
        return None
    if isinstance(declared, Span):
        numbers = value if isinstance(value, list) else [value]
        plain = (n for n in numbers if isinstance(n, int | float) and not isinstance(n, bool))
        return next(filter(None, (_number_problem(field, declared, n) for n in plain)), None)
    if isinstance(declared, Ages):
        year = _as_int(value)
        return None if year is None else _year_problem(field, declared, year, today)
    if isinstance(value, str):
        return _date_problem(field, declared, value.strip(), now, today)
    return None


def _as_int(value: object) -> int | None:
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None
