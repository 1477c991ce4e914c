"""A trial protocol as data: arms, dose, drip band, checks, vitals schedule, stop criteria.

The values come from a TOML protocol file (``resources/protocols/<id>.toml``) read by
:func:`parse_protocol`. Values the trial registry does not state are marked site-configurable in
that file; their dotted keys are collected in :attr:`Protocol.site_configurable`.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

LANGUAGES = ("en", "zh")


class ProtocolError(ValueError):
    """A protocol file that cannot be used, with where the problem is.

    Attributes:
        source: the file name or ``"<protocol>"``.
        key: dotted path of the offending value, e.g. ``"drip.band_max_gtt_min"`` or
            ``"eligibility[3].text_zh"`` (arrays of tables numbered from 0); ``""`` for the file.
        line: 1-based line in the file, or None where it cannot be found.
        message: the problem alone, without source, line or key.
    """

    def __init__(self, source: str, key: str, line: int | None, message: str) -> None:
        self.source = source
        self.key = key
        self.line = line
        self.message = message
        super().__init__(self._one_line())

    def _one_line(self) -> str:
        parts = [self.source]
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.key:
            parts.append(f"key {self.key}")
        return f"{', '.join(parts)}: {self.message}"


@dataclass(frozen=True)
class LocalText:
    """A text in English and Simplified Chinese."""

    en: str
    zh: str

    def get(self, language: str) -> str:
        """The text in ``language``: "zh", "zh_CN", "zh-Hans" … give Chinese, others English."""
        return self.zh if language.lower().startswith("zh") else self.en


@dataclass(frozen=True)
class Range:
    """An inclusive range [low, high] in the unit its field name gives."""

    low: float
    high: float

    def contains(self, x: float) -> bool:
        """True if low <= x <= high."""
        return self.low <= x <= self.high


class Comparison(StrEnum):
    """How a measured value is compared with a stop criterion's threshold."""

    LT = "<"
    LE = "<="
    GT = ">"
    GE = ">="

    def holds(self, value: float, threshold: float) -> bool:
        """True if ``value <comparison> threshold``."""
        return _COMPARE[self](value, threshold)


_COMPARE: Mapping[Comparison, Callable[[float, float], bool]] = {
    Comparison.LT: operator.lt,
    Comparison.LE: operator.le,
    Comparison.GT: operator.gt,
    Comparison.GE: operator.ge,
}


class VitalParameter(StrEnum):
    """A vital sign a limit or stop criterion applies to; the unit ends the name."""

    TEMPERATURE_C = "temperature_c"
    SYSTOLIC_MMHG = "systolic_mmhg"
    DIASTOLIC_MMHG = "diastolic_mmhg"
    HEART_RATE_BPM = "heart_rate_bpm"
    RESP_RATE_PER_MIN = "resp_rate_per_min"
    SPO2_PCT = "spo2_pct"
    SYSTOLIC_FALL_FROM_BASELINE_MMHG = "systolic_fall_from_baseline_mmhg"
    HEART_RATE_RISE_FROM_BASELINE_BPM = "heart_rate_rise_from_baseline_bpm"

    @property
    def is_relative_to_baseline(self) -> bool:
        """True for a change from the baseline reading (baseline − now for a fall)."""
        return "_from_baseline_" in self.value

    @property
    def unit(self) -> str:
        """The unit values of this parameter are in: "°C", "mmHg", "/min" or "%"."""
        if self is VitalParameter.TEMPERATURE_C:
            return "°C"
        if self is VitalParameter.SPO2_PCT:
            return "%"
        return "mmHg" if self.value.endswith("_mmhg") else "/min"


class Anchor(StrEnum):
    """What a vitals slot's offset is counted from."""

    BEFORE_START = "before_start"
    START = "start"
    END = "end"


class EligibilityKind(StrEnum):
    """Inclusion (must be met) or exclusion (any one met is a hard stop)."""

    INCLUSION = "inclusion"
    EXCLUSION = "exclusion"


@dataclass(frozen=True)
class Arm:
    """A treatment arm; ``code`` is what sessions and exports store."""

    code: str
    label: LocalText
    is_placebo: bool


@dataclass(frozen=True)
class DoseSpec:
    """The prescribed dose: viable cells per kg body weight, in a fixed volume."""

    cells_per_kg: float
    volume_ml: float
    vehicle: LocalText
    # Drops of the vehicle per mL ÷ the giving set's nominal (water) drops per mL: an albumin
    # suspension drips smaller drops than water, so more of them make a mL (1.0: as water).
    vehicle_drop_factor_ratio: float = 1.0

    def cells_for_weight(self, weight_kg: float) -> float:
        """Prescribed viable cells for a participant of ``weight_kg`` kg."""
        return self.cells_per_kg * weight_kg

    def drop_factor_for_estimates(self, nominal_gtt_ml: float) -> float:
        """The drops per mL of this vehicle on a set labelled ``nominal_gtt_ml`` (gtt/mL): the
        factor the volume-infused and projected-end estimates use."""
        return round(nominal_gtt_ml * self.vehicle_drop_factor_ratio, 2)


@dataclass(frozen=True)
class DripSpec:
    """Gravity drip limits in gtt/min and giving-set drop factors in gtt/mL.

    Outside the band a reading is amber and asks for a recount; outside the hard limits it is
    red and must be acknowledged.
    """

    band_min_gtt_min: float
    band_max_gtt_min: float
    hard_min_gtt_min: float
    hard_max_gtt_min: float
    drop_factors_gtt_ml: tuple[int, ...]
    default_drop_factor_gtt_ml: int
    recount_reminder_min: float  # minutes after an out-of-band reading before a recount is due


class CheckStep(StrEnum):
    """The kinds of pre-infusion check the app knows how to guide; a protocol lists its own."""

    IDENTITY = "identity"
    ELIGIBILITY = "eligibility"
    CONSENT = "consent"
    PREGNANCY = "pregnancy"
    WEIGHT = "weight"
    BASELINE_VITALS = "baseline_vitals"
    IV_ACCESS = "iv_access"
    DROP_FACTOR = "drop_factor"
    EMERGENCY_KIT = "emergency_kit"


@dataclass(frozen=True)
class ScheduleSpec:
    """How many infusion sessions a participant has, and how many days apart."""

    infusions_per_participant: int
    interval_days: int


@dataclass(frozen=True)
class CheckLimits:
    """Pre-infusion check limits: weight in kg and baseline vital-sign ranges.

    A baseline reading outside its range is not refused: the investigator decides.
    """

    steps: tuple[CheckStep, ...]  # the checklist, in the order a nurse meets it
    investigator_may_decide: frozenset[CheckStep]  # failing these asks an investigator
    age_years: Range  # inclusive, in whole years (registry I1: 25–60)
    weight_kg: Range
    pregnancy_test_if_childbearing_potential: bool
    baseline_vitals: Mapping[VitalParameter, Range]

    def baseline_range(self, parameter: VitalParameter) -> Range | None:
        """The acceptable baseline range for ``parameter``, or None if the protocol has none."""
        return self.baseline_vitals.get(parameter)


@dataclass(frozen=True)
class VitalsSlot:
    """A scheduled vital-signs measurement, in minutes.

    Due at the anchor time + ``offset_min`` and overdue ``grace_min`` later. For
    ``BEFORE_START`` the offset is <= 0: a reading counts if taken at most ``-offset_min``
    minutes before the start. With ``every_min`` (anchor START only) the slot repeats every
    ``every_min`` minutes from the first due time until the infusion ends.
    """

    id: str
    label: LocalText
    anchor: Anchor
    offset_min: int
    every_min: int | None
    grace_min: int


@dataclass(frozen=True)
class StopCriterion:
    """A vital-sign finding that stops or pauses the infusion and raises an alert."""

    id: str
    parameter: VitalParameter
    comparison: Comparison
    threshold: float
    text: LocalText

    def is_met(self, value: float) -> bool:
        """True if ``value`` (in the parameter's unit) meets the criterion."""
        return self.comparison.holds(value, self.threshold)


@dataclass(frozen=True)
class EligibilityItem:
    """One inclusion (I1…) or exclusion (E1…) criterion: the registry's wording (``text``)
    and, optionally, a short bedside label the site wrote for it (``short``)."""

    id: str
    kind: EligibilityKind
    text: LocalText
    short: LocalText | None = None

    @property
    def label(self) -> LocalText:
        """What a checklist shows first: the short label, or the full wording."""
        return self.short or self.text


@dataclass(frozen=True)
class ProductAcceptance:
    """Limits for accepting a bag (cells or placebo) for infusion."""

    min_viability_pct: float
    max_hours_preparation_to_start: float
    cell_dose_tolerance_pct: float  # ± % of labelled viable cells vs the weight-based dose
    receipt_temperature_c: Range
    must_not_expire_before_projected_end: bool
    # A bedside check older than this at the start asks for a new scan by two people.
    max_minutes_bedside_check_to_start: float = 60


@dataclass(frozen=True)
class News2Escalation:
    """The longest interval between observations each NEWS2 response allows (minutes)."""

    urgent_interval_min: int = 60  # RCP 2017: 5–6 or a single 3, at least hourly
    emergency_interval_min: int = 15  # RCP 2017: 7 or more, continuous monitoring


@dataclass(frozen=True)
class NotTakenReason:
    """Why a scheduled set of vital signs was not taken, or only partly (a protocol list)."""

    id: str
    label: LocalText


@dataclass(frozen=True)
class VitalsNotTakenSpec:
    """The reasons a set may be recorded as not taken or partly taken, and the minutes after
    which a follow-up set is due (as Open-eObs records refused and partial observations)."""

    reasons: tuple[NotTakenReason, ...] = ()
    follow_up_min: int = 15

    def reason(self, reason_id: str) -> NotTakenReason | None:
        """The listed reason with this id, or None."""
        return next((r for r in self.reasons if r.id == reason_id), None)


@dataclass(frozen=True)
class SiteDefaults:
    """Site settings: subject codes, sign-in lockout, screen lock (minutes), time zone, and how
    long after a step it may be recorded without a reason (``domain/entry_times.py``)."""

    subject_code_pattern: str  # a regular expression, full match required
    subject_code_example: str
    lockout_attempts: int
    lockout_minutes: int
    screen_lock_minutes: int
    timezone: str  # IANA name, e.g. "Asia/Shanghai"
    backdating_limit_minutes: int = 60


@dataclass(frozen=True)
class Protocol:
    """One trial protocol as read from its file.

    ``site_configurable`` holds the dotted keys of values the registry does not state, e.g.
    ``"drip.hard_max_gtt_min"``; entries of arrays are named by id:
    ``"stop_criteria.fever.threshold"``.
    """

    id: str
    identifiers: tuple[str, ...]
    title: LocalText
    sponsor: LocalText
    version: str
    arms: tuple[Arm, ...]
    schedule: ScheduleSpec
    dose: DoseSpec
    drip: DripSpec
    checks: CheckLimits
    vitals_schedule: tuple[VitalsSlot, ...]
    stop_criteria: tuple[StopCriterion, ...]
    eligibility: tuple[EligibilityItem, ...]
    product_acceptance: ProductAcceptance
    site: SiteDefaults
    site_configurable: frozenset[str]
    news2_escalation: News2Escalation = News2Escalation()
    vitals_not_taken: VitalsNotTakenSpec = VitalsNotTakenSpec()
    sha256: str = ""  # of the file's bytes, set when it is read from disk (protocol_files)
    # The file's text as read (kept with the first session scheduled under it, so that
    # session is judged by it after the file changes); "" when not read from a file.
    text: str = field(default="", repr=False, compare=False)

    def arm(self, code: str) -> Arm:
        """The arm with ``code``; KeyError if there is none."""
        for arm in self.arms:
            if arm.code == code:
                return arm
        raise KeyError(code)

    def eligibility_items(self, kind: EligibilityKind) -> tuple[EligibilityItem, ...]:
        """The inclusion or the exclusion items, in file order."""
        return tuple(item for item in self.eligibility if item.kind is kind)


def parse_protocol(text: str, source: str = "<protocol>") -> Protocol:
    """Read a protocol from TOML ``text``; ``source`` names it in errors.

    Raises:
        ProtocolError: on a syntax error, a missing, unknown or mistyped key, or a value that
            makes no sense (band min above max, duplicate ids, …).
    """
    # Imported here because the reader builds the dataclasses defined above.
    from infusion_app.domain.protocol_parse import read_protocol

    return read_protocol(text, source)
