"""Build a :class:`Protocol` from TOML text: one reader per section, each checking its sense.

Use :func:`infusion_app.domain.protocol.parse_protocol`; this module is its implementation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from enum import StrEnum
from types import MappingProxyType
from typing import TypeVar

from infusion_app.domain.protocol import (
    Anchor,
    Arm,
    CheckLimits,
    CheckStep,
    Comparison,
    DoseSpec,
    DripSpec,
    EligibilityItem,
    EligibilityKind,
    News2Escalation,
    ProductAcceptance,
    Protocol,
    Range,
    ScheduleSpec,
    SiteDefaults,
    StopCriterion,
    VitalParameter,
    VitalsNotTakenSpec,
    VitalsSlot,
)
from infusion_app.domain.protocol_not_taken import read_not_taken
from infusion_app.domain.protocol_toml import Document, Table, shown

_E = TypeVar("_E", bound=StrEnum)
_PROTOCOL_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")
_TIMEZONE = re.compile(r"^(UTC|[A-Za-z]+(/[A-Za-z0-9_+\-]+)+)$")
_PREFIX = {EligibilityKind.INCLUSION: "I", EligibilityKind.EXCLUSION: "E"}
_BASELINE_PARAMETERS = tuple(p for p in VitalParameter if not p.is_relative_to_baseline)


def read_protocol(text: str, source: str) -> Protocol:
    """Parse and check a whole protocol file; raises ProtocolError at the first problem."""
    return _read_document(Document(text, source))


def unbounded_keys(text: str) -> frozenset[str]:
    """The numeric keys of a valid protocol ``text`` that have no entry in ``BOUNDS``.

    Empty for the shipped file (a test keeps it so): every number has its bounds.
    """
    doc = Document(text, "<protocol>")
    _read_document(doc)
    return frozenset(doc.unbounded)


def _read_document(doc: Document) -> Protocol:
    root = doc.root
    head = root.table("protocol")
    protocol = Protocol(
        id=_protocol_id(head),
        identifiers=head.texts("identifiers"),
        title=head.local_text("title"),
        sponsor=head.local_text("sponsor"),
        version=head.text("version"),
        arms=_read_arms(root),
        schedule=_read_schedule(root.table("schedule")),
        dose=_read_dose(root.table("dose")),
        drip=_read_drip(root.table("drip")),
        checks=_read_checks(root.table("checks")),
        vitals_schedule=_read_entries(root, "vitals_schedule", _read_slot),
        stop_criteria=_read_entries(root, "stop_criteria", _read_stop),
        eligibility=_read_eligibility(root),
        product_acceptance=_read_product(root.table("product_acceptance")),
        site=_read_site(root.table("site")),
        news2_escalation=(
            _read_escalation(root.table("news2_escalation"))
            if root.has("news2_escalation")
            else News2Escalation()
        ),
        vitals_not_taken=(
            read_not_taken(root.table("vitals_not_taken"))
            if root.has("vitals_not_taken")
            else VitalsNotTakenSpec()
        ),
        site_configurable=frozenset(doc.site_configurable),
    )
    head.done()
    root.done()
    return protocol


def _protocol_id(head: Table) -> str:
    value = head.text("id")
    if not _PROTOCOL_ID.match(value):
        raise head.fail("id", f"must be letters, digits, '.', '-' or '_', got {shown(value)}")
    return value


def _choice(table: Table, key: str, kind: type[_E]) -> _E:
    """The member of the enum ``kind`` whose value is written at ``key``."""
    value = table.text(key)
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(f'"{member.value}"' for member in kind)
        raise table.fail(key, f"must be one of {allowed}; got {shown(value)}") from None


def _unique(entries: Sequence[Table], values: Sequence[str], key: str) -> None:
    seen: set[str] = set()
    for entry, value in zip(entries, values, strict=True):
        if value in seen:
            raise entry.fail(key, f"{shown(value)} is used twice")
        seen.add(value)


_T = TypeVar("_T", VitalsSlot, StopCriterion)


def _read_entries(root: Table, key: str, read: Callable[[Table], _T]) -> tuple[_T, ...]:
    """Read every ``[[key]]`` entry with ``read``; ids must be unique."""
    entries = root.tables(key)
    values = tuple(read(entry) for entry in entries)
    _unique(entries, [value.id for value in values], "id")
    return values


def _read_arms(root: Table) -> tuple[Arm, ...]:
    entries = root.tables("arms")
    arms = tuple(_read_arm(entry) for entry in entries)
    _unique(entries, [arm.code for arm in arms], "code")
    if all(arm.is_placebo for arm in arms):
        raise root.fail("arms", "needs at least one arm that is not placebo")
    return arms


def _read_arm(t: Table) -> Arm:
    arm = Arm(code=t.entry_id("code"), label=t.local_text("label"), is_placebo=t.flag("is_placebo"))
    t.done()
    return arm


def _read_dose(t: Table) -> DoseSpec:
    dose = DoseSpec(
        cells_per_kg=t.number("cells_per_kg", "cells/kg", positive=True),
        volume_ml=t.number("volume_ml", "mL", positive=True),
        vehicle=t.local_text("vehicle"),
        vehicle_drop_factor_ratio=(
            t.number("vehicle_drop_factor_ratio", "×", positive=True)
            if t.has("vehicle_drop_factor_ratio")
            else DoseSpec.vehicle_drop_factor_ratio
        ),
    )
    t.done()
    return dose


def _read_drip(t: Table) -> DripSpec:
    drip = DripSpec(
        band_min_gtt_min=t.number("band_min_gtt_min", "gtt/min", positive=True),
        band_max_gtt_min=t.number("band_max_gtt_min", "gtt/min", positive=True),
        hard_min_gtt_min=t.number("hard_min_gtt_min", "gtt/min"),
        hard_max_gtt_min=t.number("hard_max_gtt_min", "gtt/min", positive=True),
        drop_factors_gtt_ml=t.integers("drop_factors_gtt_ml", "gtt/mL", minimum=1),
        default_drop_factor_gtt_ml=t.integer("default_drop_factor_gtt_ml", "gtt/mL", minimum=1),
        recount_reminder_min=t.number("recount_reminder_min", "min", positive=True),
    )
    _check_drip(t, drip)
    t.done()
    return drip


def _check_drip(t: Table, d: DripSpec) -> None:
    if d.band_min_gtt_min >= d.band_max_gtt_min:
        raise t.fail(
            "band_min_gtt_min",
            f"must be below band_max_gtt_min ({d.band_max_gtt_min:g}), got {d.band_min_gtt_min:g}",
        )
    if not 0 <= d.hard_min_gtt_min <= d.band_min_gtt_min:
        raise t.fail(
            "hard_min_gtt_min",
            f"must be from 0 to band_min_gtt_min ({d.band_min_gtt_min:g}), "
            f"got {d.hard_min_gtt_min:g}",
        )
    if d.hard_max_gtt_min < d.band_max_gtt_min:
        raise t.fail(
            "hard_max_gtt_min",
            f"must not be below band_max_gtt_min ({d.band_max_gtt_min:g}), "
            f"got {d.hard_max_gtt_min:g}",
        )
    if d.default_drop_factor_gtt_ml not in d.drop_factors_gtt_ml:
        raise t.fail(
            "default_drop_factor_gtt_ml",
            f"must be one of drop_factors_gtt_ml {list(d.drop_factors_gtt_ml)}, "
            f"got {d.default_drop_factor_gtt_ml}",
        )


def _read_checks(t: Table) -> CheckLimits:
    weight = t.range("weight_kg", "kg")
    if weight.low <= 0:
        raise t.fail("weight_kg", f"low must be above 0 kg, got {weight.low:g}")
    ages = t.range("age_years", "years")
    steps = _steps(t, "steps")
    may_decide = _steps(t, "investigator_may_decide")
    if not set(may_decide) <= set(steps):
        raise t.fail("investigator_may_decide", "lists a step that is not in steps")
    checks = CheckLimits(
        steps=steps,
        investigator_may_decide=frozenset(may_decide),
        age_years=ages,
        weight_kg=weight,
        pregnancy_test_if_childbearing_potential=t.flag("pregnancy_test_if_childbearing_potential"),
        baseline_vitals=_read_baseline(t.table("baseline_vitals")),
    )
    t.done()
    return checks


def _steps(t: Table, key: str) -> tuple[CheckStep, ...]:
    names = t.texts(key)
    known = {s.value for s in CheckStep}
    for name in names:
        if name not in known:
            raise t.fail(key, f"unknown step {shown(name)}; known: {', '.join(sorted(known))}")
    if len(set(names)) != len(names):
        raise t.fail(key, "lists a step twice")
    return tuple(CheckStep(n) for n in names)


def _read_schedule(t: Table) -> ScheduleSpec:
    spec = ScheduleSpec(
        infusions_per_participant=t.integer("infusions_per_participant", "infusions", minimum=1),
        interval_days=t.integer("interval_days", "days", minimum=0),
    )
    if spec.infusions_per_participant > 1 and spec.interval_days < 1:
        raise t.fail("interval_days", "must be at least 1 day when there are several infusions")
    t.done()
    return spec


def _read_baseline(t: Table) -> MappingProxyType[VitalParameter, Range]:
    ranges = {p: t.range(p.value, p.unit) for p in _BASELINE_PARAMETERS}
    t.done()
    return MappingProxyType(ranges)


def _read_slot(t: Table) -> VitalsSlot:
    slot = VitalsSlot(
        id=t.entry_id(),
        label=t.local_text("label"),
        anchor=_choice(t, "anchor", Anchor),
        offset_min=t.integer("offset_min", "min"),
        every_min=t.optional_integer("every_min", "min", minimum=1),
        grace_min=t.integer("grace_min", "min", minimum=0),
    )
    _check_slot(t, slot)
    t.done()
    return slot


def _check_slot(t: Table, slot: VitalsSlot) -> None:
    if slot.anchor is Anchor.BEFORE_START and slot.offset_min > 0:
        raise t.fail(
            "offset_min",
            f"must be 0 or less for anchor before_start (minutes before), got {slot.offset_min}",
        )
    if slot.anchor is not Anchor.BEFORE_START and slot.offset_min < 0:
        raise t.fail(
            "offset_min", f"must be 0 or more for anchor {slot.anchor}, got {slot.offset_min}"
        )
    if slot.every_min is not None and slot.anchor is not Anchor.START:
        raise t.fail("every_min", f"repeats only for anchor start, not {slot.anchor}")
    if slot.every_min is not None and slot.grace_min >= slot.every_min:
        raise t.fail(
            "grace_min",
            f"must be below every_min ({slot.every_min}), or the next reading is due "
            f"before this one is overdue; got {slot.grace_min}",
        )


def _read_stop(t: Table) -> StopCriterion:
    criterion_id = t.entry_id()
    parameter = _choice(t, "parameter", VitalParameter)
    criterion = StopCriterion(
        id=criterion_id,
        parameter=parameter,
        comparison=_choice(t, "comparison", Comparison),
        threshold=t.number(
            "threshold", parameter.unit, rule=f"stop_criteria.threshold.{parameter.value}"
        ),
        text=t.local_text("text"),
    )
    t.done()
    return criterion


def _read_eligibility(root: Table) -> tuple[EligibilityItem, ...]:
    entries = root.tables("eligibility")
    items = tuple(_read_item(entry) for entry in entries)
    _unique(entries, [item.id for item in items], "id")
    _check_numbering(root, entries, items)
    return items


def _read_item(t: Table) -> EligibilityItem:
    item_id = t.entry_id()
    kind = _choice(t, "kind", EligibilityKind)
    prefix = _PREFIX[kind]
    if not re.fullmatch(rf"{prefix}[1-9][0-9]*", item_id):
        raise t.fail(
            "id", f"must be {prefix}1, {prefix}2, … for an {kind} item; got {shown(item_id)}"
        )
    short = t.local_text("short") if t.has("short_en") or t.has("short_zh") else None
    item = EligibilityItem(id=item_id, kind=kind, text=t.local_text("text"), short=short)
    t.done()
    return item


def _check_numbering(
    root: Table, entries: Sequence[Table], items: Sequence[EligibilityItem]
) -> None:
    """Items of each kind are numbered 1, 2, 3 … in file order, so none goes missing."""
    expected = dict.fromkeys(EligibilityKind, 1)
    for entry, item in zip(entries, items, strict=True):
        wanted = f"{_PREFIX[item.kind]}{expected[item.kind]}"
        if item.id != wanted:
            raise entry.fail(
                "id", f"expected {wanted} (numbered in order, none left out), got {item.id}"
            )
        expected[item.kind] += 1
    for kind, number in expected.items():
        if number == 1:
            raise root.fail("eligibility", f"has no {kind} items")


def _read_product(t: Table) -> ProductAcceptance:
    product = ProductAcceptance(
        min_viability_pct=_percent(t, "min_viability_pct"),
        max_hours_preparation_to_start=t.number(
            "max_hours_preparation_to_start", "h", positive=True
        ),
        cell_dose_tolerance_pct=_percent(t, "cell_dose_tolerance_pct"),
        receipt_temperature_c=t.range("receipt_temperature_c", "°C"),
        must_not_expire_before_projected_end=t.flag("must_not_expire_before_projected_end"),
        max_minutes_bedside_check_to_start=(
            t.number("max_minutes_bedside_check_to_start", "min", positive=True)
            if t.has("max_minutes_bedside_check_to_start")
            else ProductAcceptance.max_minutes_bedside_check_to_start
        ),
    )
    t.done()
    return product


def _percent(t: Table, key: str) -> float:
    value = t.number(key, "%")
    if not 0 <= value <= 100:
        raise t.fail(key, f"must be from 0 to 100 (%), got {value:g}")
    return value


def _read_escalation(t: Table) -> News2Escalation:
    spec = News2Escalation(
        urgent_interval_min=t.integer("urgent_interval_min", "min", minimum=1),
        emergency_interval_min=t.integer("emergency_interval_min", "min", minimum=1),
    )
    t.done()
    return spec


def _read_site(t: Table) -> SiteDefaults:
    site = SiteDefaults(
        subject_code_pattern=_pattern(t, "subject_code_pattern"),
        subject_code_example=t.text("subject_code_example"),
        lockout_attempts=t.integer("lockout_attempts", "attempts", minimum=1),
        lockout_minutes=t.integer("lockout_minutes", "min", minimum=1),
        screen_lock_minutes=t.integer("screen_lock_minutes", "min", minimum=1),
        timezone=t.text("timezone"),
        backdating_limit_minutes=t.optional_integer("backdating_limit_minutes", "min") or 60,
    )
    if not re.fullmatch(site.subject_code_pattern, site.subject_code_example):
        raise t.fail("subject_code_example", "does not match subject_code_pattern")
    if not _TIMEZONE.match(site.timezone):
        raise t.fail(
            "timezone", f"must be an IANA name such as Asia/Shanghai, got {shown(site.timezone)}"
        )
    t.done()
    return site


def _pattern(t: Table, key: str) -> str:
    value = t.text(key)
    try:
        re.compile(value)
    except re.error as exc:
        raise t.fail(key, f"is not a valid regular expression ({exc})") from None
    return value
