"""The bounds of every number in a protocol file: the format's schema, and its documentation.

A protocol file is read strictly (see :mod:`infusion_app.domain.protocol_toml`); on top of the
types, each number must lie within the bounds below, or the file is refused at start-up with
the key and line. The bounds are wide (they catch ``cells_per_kg = 1e308`` or a lockout of 10²⁰
minutes, not a site's choice); the cross-checks between keys live in ``protocol_parse``.
``scripts/write_protocol_format.py`` writes docs/protocol-format.md from this table.

Keys are dotted paths without array indexes: ``vitals_schedule.offset_min`` applies to every
``[[vitals_schedule]]`` entry. A stop criterion's threshold has the bounds of its parameter:
``stop_criteria.threshold.temperature_c``.
"""

from __future__ import annotations

from dataclasses import dataclass

from infusion_app.domain.vitals import VITAL_LIMITS

DROP_FACTORS_OF_REAL_SETS = (10, 15, 20, 60)  # gtt/mL: macro-drip 10/15/20, micro-drip 60


@dataclass(frozen=True)
class Bound:
    """A number's unit, its lowest and highest allowed value, and what it means."""

    unit: str
    low: float
    high: float
    meaning: str
    choices: tuple[int, ...] = ()  # when given, the value must be one of these

    def problem(self, value: float) -> str | None:
        """Why ``value`` is out of bounds (words for an error message), or None."""
        if self.choices and value not in self.choices:
            listed = ", ".join(str(c) for c in self.choices)
            return f"must be one of {listed} ({self.unit}), got {value:g}"
        if not self.low <= value <= self.high:
            return f"must be from {self.low:g} to {self.high:g} ({self.unit}), got {value:g}"
        return None


def _vital(name: str, meaning: str) -> Bound:
    limits = VITAL_LIMITS[name]
    return Bound(limits.unit, limits.possible[0], limits.possible[1], meaning)


_VITALS = {
    "systolic_mmhg": "systolic blood pressure",
    "diastolic_mmhg": "diastolic blood pressure",
    "heart_rate_bpm": "heart rate",
    "resp_rate_per_min": "respiratory rate",
    "temperature_c": "temperature",
    "spo2_pct": "oxygen saturation",
}

BOUNDS: dict[str, Bound] = {
    "schedule.infusions_per_participant": Bound(
        "infusions", 1, 100, "infusion sessions per participant"
    ),
    "schedule.interval_days": Bound("days", 0, 365, "days between two sessions"),
    "dose.cells_per_kg": Bound("cells/kg", 1e4, 1e8, "viable cells per kg body weight"),
    "dose.volume_ml": Bound("mL", 1, 1000, "volume of the bag, both arms"),
    "dose.vehicle_drop_factor_ratio": Bound(
        "×",
        0.5,
        2.0,
        "drops of the vehicle per mL ÷ the set's nominal drops of water per mL; the volume "
        "and projected-end estimates use nominal × this",
    ),
    "drip.band_min_gtt_min": Bound("gtt/min", 1, 200, "lower end of the target drip band"),
    "drip.band_max_gtt_min": Bound("gtt/min", 1, 200, "upper end of the target drip band"),
    "drip.hard_min_gtt_min": Bound("gtt/min", 0, 200, "below this a reading is red"),
    "drip.hard_max_gtt_min": Bound("gtt/min", 1, 400, "above this a reading is red"),
    "drip.drop_factors_gtt_ml": Bound(
        "gtt/mL", 10, 60, "drop factors of the giving sets in use", DROP_FACTORS_OF_REAL_SETS
    ),
    "drip.default_drop_factor_gtt_ml": Bound(
        "gtt/mL", 10, 60, "the drop factor offered first", DROP_FACTORS_OF_REAL_SETS
    ),
    "drip.recount_reminder_min": Bound(
        "min", 0.5, 60, "minutes after an out-of-band reading before a recount is asked for"
    ),
    "checks.age_years": Bound("years", 0, 120, "ages [low, high] a participant may have"),
    "checks.weight_kg": Bound("kg", 1, 400, "plausible weights [low, high] of today's weight"),
    **{
        f"checks.baseline_vitals.{name}": _vital(name, f"baseline {meaning} [low, high]")
        for name, meaning in _VITALS.items()
    },
    "vitals_schedule.offset_min": Bound(
        "min", -240, 1440, "minutes from the anchor (before start: 0 or less)"
    ),
    "vitals_schedule.every_min": Bound("min", 1, 240, "repeat interval while infusing"),
    "vitals_schedule.grace_min": Bound("min", 0, 240, "minutes after due before overdue"),
    **{
        f"stop_criteria.threshold.{name}": _vital(name, f"stop threshold for {meaning}")
        for name, meaning in _VITALS.items()
    },
    "stop_criteria.threshold.systolic_fall_from_baseline_mmhg": Bound(
        "mmHg", 1, 200, "stop threshold for a fall of systolic pressure from baseline"
    ),
    "stop_criteria.threshold.heart_rate_rise_from_baseline_bpm": Bound(
        "/min", 1, 200, "stop threshold for a rise of heart rate from baseline"
    ),
    "product_acceptance.min_viability_pct": Bound("%", 0, 100, "lowest viability accepted"),
    "product_acceptance.max_hours_preparation_to_start": Bound(
        "h", 0.1, 168, "longest time from preparation to the start of the infusion"
    ),
    "product_acceptance.cell_dose_tolerance_pct": Bound(
        "%", 0, 50, "labelled cells may differ from the weight-based dose by this much"
    ),
    "product_acceptance.receipt_temperature_c": Bound(
        "°C", -200, 45, "temperatures [low, high] accepted on receipt"
    ),
    "product_acceptance.max_minutes_bedside_check_to_start": Bound(
        "min", 1, 1440, "longest time from the bedside check to the start before a new scan"
    ),
    "news2_escalation.urgent_interval_min": Bound(
        "min", 1, 240, "longest interval between sets after a NEWS2 of 5–6 or a single 3"
    ),
    "news2_escalation.emergency_interval_min": Bound(
        "min", 1, 120, "longest interval between sets after a NEWS2 of 7 or more"
    ),
    "vitals_not_taken.follow_up_min": Bound(
        "min", 1, 240, "minutes after a set not taken or partly taken before a follow-up is due"
    ),
    "site.lockout_attempts": Bound(
        "attempts", 3, 100, "wrong passwords in a row before an account is locked"
    ),
    "site.lockout_minutes": Bound("min", 1, 1440, "how long a lockout lasts"),
    "site.screen_lock_minutes": Bound("min", 1, 120, "inactivity before the screen locks"),
    "site.backdating_limit_minutes": Bound(
        "min", 1, 1440, "how long after a step it may be recorded without a reason"
    ),
}

MAX_TEXT_LENGTH = 2000  # characters of one text value
MAX_ARRAY_LENGTH = 200  # entries of one array or array of tables

CROSS_CHECKS = (
    "`drip.band_min_gtt_min` is below `drip.band_max_gtt_min`.",
    "The soft band lies inside the hard limits: `0 <= hard_min_gtt_min <= band_min_gtt_min` "
    "and `hard_max_gtt_min >= band_max_gtt_min`.",
    "`drip.default_drop_factor_gtt_ml` is one of `drip.drop_factors_gtt_ml`, which lists no "
    "value twice.",
    "`schedule.interval_days` is at least 1 when there are several infusions.",
    "`checks.investigator_may_decide` lists only steps of `checks.steps`; no step twice.",
    "A `vitals_schedule` entry anchored `before_start` has `offset_min <= 0`; any other has "
    "`offset_min >= 0`; only `start` may repeat (`every_min`), and then `grace_min` is below "
    "`every_min`.",
    "Ids of arms, schedule entries, stop criteria and eligibility items are unique; eligibility "
    "items are numbered I1, I2, … and E1, E2, … in file order, with at least one of each kind.",
    "Ids of `vitals_not_taken.reasons` are unique.",
    "`site.subject_code_example` matches `site.subject_code_pattern` (a regular expression); "
    "`site.timezone` is an IANA name such as `Asia/Shanghai`.",
)
