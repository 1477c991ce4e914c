"""The study design the ODM export declares: events, forms, item groups, items and units.

Data and metadata come from this one table, so every ItemData has its ItemDef. Item names
are the record's field names; values are read from a row dict of the group.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from infusion_app.reports.record_types import SessionRecord


@dataclass(frozen=True)
class Item:
    """One ItemDef: OID, field name, ODM data type, optional unit and code list."""

    oid: str
    field: str
    data_type: str
    unit: str = ""  # a MeasurementUnit OID
    code_list: str = ""


@dataclass(frozen=True)
class Group:
    """An ItemGroupDef, the form it belongs to, and its items."""

    oid: str
    name: str
    form: str
    repeating: bool
    items: tuple[Item, ...]


UNITS = {
    "MU.MMHG": "mmHg",
    "MU.PER_MIN": "/min",
    "MU.CEL": "°C",
    "MU.PCT": "%",
    "MU.KG": "kg",
    "MU.ML": "mL",
    "MU.GTT_MIN": "gtt/min",
    "MU.GTT_ML": "gtt/mL",
    "MU.MIN": "min",
    "MU.CELLS": "cells",
}

STUDY_EVENTS = (
    ("SE.ENROL", "Enrolment", False, "Common", ("F.SUBJECT",)),
    (
        "SE.INFUSION",
        "Infusion session",
        True,
        "Scheduled",
        ("F.INFUSION", "F.DRIP", "F.VITALS", "F.AE", "F.SIGN"),
    ),
)
FORMS = {
    "F.SUBJECT": "Participant",
    "F.INFUSION": "Infusion",
    "F.DRIP": "Drip readings",
    "F.VITALS": "Vital signs",
    "F.AE": "Adverse events",
    "F.SIGN": "Signatures",
}


GROUPS = (
    Group(
        "IG.SUBJECT",
        "Participant",
        "F.SUBJECT",
        False,
        (
            Item("IT.INITIALS", "initials", "text"),
            Item("IT.YEAR_OF_BIRTH", "year_of_birth", "integer"),
            Item("IT.ARM", "arm", "text", code_list="CL.ARM"),
            Item("IT.CONSENT_DATE", "consent_date", "date"),
        ),
    ),
    Group(
        "IG.SESSION",
        "Session",
        "F.INFUSION",
        False,
        (
            Item("IT.SCHEDULED_FOR", "scheduled_for", "date"),
            Item("IT.PROTOCOL_VERSION", "protocol_version", "text"),
            Item("IT.STATE", "state", "text"),
            Item("IT.OUTCOME", "outcome", "text"),
            Item("IT.END_REASON", "end_reason", "text"),
            Item("IT.INFUSION_STARTED_AT", "infusion_started_at", "datetime"),
            Item("IT.INFUSION_ENDED_AT", "infusion_ended_at", "datetime"),
            Item("IT.WEIGHT_KG", "weight_kg", "float", "MU.KG"),
            Item("IT.PRESCRIBED_CELLS", "prescribed_cells", "float", "MU.CELLS"),
            Item("IT.DROP_FACTOR", "drop_factor_gtt_ml", "integer", "MU.GTT_ML"),
            Item("IT.DROP_FACTOR_COUNTED", "estimate_drop_factor_gtt_ml", "float", "MU.GTT_ML"),
            Item("IT.DROP_FACTOR_OBSERVED", "observed_drop_factor_gtt_ml", "float", "MU.GTT_ML"),
            Item("IT.INFUSED_ML", "infused_ml", "float", "MU.ML"),
            Item("IT.RUNNING_MIN", "running_minutes", "float", "MU.MIN"),
        ),
    ),
    Group(
        "IG.PRODUCT",
        "Product",
        "F.INFUSION",
        False,
        (
            Item("IT.DIN", "din", "text"),
            Item("IT.LOT", "lot", "text"),
            Item("IT.PRODUCT_ARM", "arm", "text", code_list="CL.ARM"),
            Item("IT.EXPIRES_AT", "expires_at", "datetime"),
            Item("IT.VIABLE_CELLS", "total_viable_cells", "float", "MU.CELLS"),
            Item("IT.VIABILITY", "viability_pct", "float", "MU.PCT"),
            Item("IT.VOLUME_ML", "volume_ml", "float", "MU.ML"),
            Item("IT.RECEIPT_TEMP", "temperature_c", "float", "MU.CEL"),
        ),
    ),
    Group(
        "IG.DRIP",
        "Drip reading",
        "F.DRIP",
        True,
        (
            Item("IT.DRIP_AT", "at", "datetime"),
            Item("IT.DRIP_METHOD", "method", "text"),
            Item("IT.DRIP_RATE", "rate_gtt_min", "float", "MU.GTT_MIN"),
            Item("IT.DRIP_BAND", "band", "text"),
        ),
    ),
    Group(
        "IG.VITALS",
        "Vital signs",
        "F.VITALS",
        True,
        (
            Item("IT.VS_MEASURED_AT", "measured_at", "datetime"),
            Item("IT.SYSBP", "systolic_mmhg", "integer", "MU.MMHG"),
            Item("IT.DIABP", "diastolic_mmhg", "integer", "MU.MMHG"),
            Item("IT.PULSE", "heart_rate_bpm", "integer", "MU.PER_MIN"),
            Item("IT.RESP", "resp_rate_per_min", "integer", "MU.PER_MIN"),
            Item("IT.TEMP", "temperature_c", "float", "MU.CEL"),
            Item("IT.SPO2", "spo2_pct", "integer", "MU.PCT"),
            Item("IT.ACVPU", "consciousness", "text"),
            Item("IT.NEWS2", "news2_total", "integer"),  # a full set's only
            Item("IT.NEWS2_PARAMS", "news2_parameters", "integer"),
            Item("IT.NEWS2_MEASURED", "news2_measured_total", "integer"),  # a partial set's
            Item("IT.VS_PARTIAL", "partial_reason_en", "text"),
            Item("IT.VS_PARTIAL_NOTE", "partial_note", "text"),
        ),
    ),
    Group(
        "IG.VITALS_NOT_TAKEN",
        "Vital signs not taken",
        "F.VITALS",
        True,
        (
            Item("IT.NT_AT", "attempted_at", "datetime"),
            Item("IT.NT_SLOT", "slot_key", "text"),
            Item("IT.NT_REASON", "reason_en", "text"),
            Item("IT.NT_NOTE", "note", "text"),
            Item("IT.NT_FOLLOW_UP", "follow_up_min", "integer", "MU.MIN"),
        ),
    ),
    Group(
        "IG.ESCALATION",
        "NEWS2 escalation",
        "F.VITALS",
        True,
        (
            Item("IT.ESC_RAISED", "raised_at", "datetime"),
            Item("IT.ESC_LEVEL", "level", "text"),
            Item("IT.ESC_NEWS2", "news2_total", "integer"),
            Item("IT.ESC_INFORMED", "informed", "text"),
            Item("IT.ESC_INFORMED_AT", "informed_at", "datetime"),
            Item("IT.ESC_NOT_INFORMED", "not_informed_reason", "text"),
            Item("IT.ESC_MINUTES", "minutes_to_acknowledgement", "integer", "MU.MIN"),
            Item("IT.ESC_BY", "acknowledged_by", "text"),
        ),
    ),
    Group(
        "IG.AE",
        "Adverse event",
        "F.AE",
        True,
        (
            Item("IT.AE_TERM", "term_name", "text"),
            Item("IT.AE_GRADE", "grade", "integer"),
            Item("IT.AE_SERIOUS", "serious", "boolean"),
            Item("IT.AE_ONSET", "onset_at", "datetime"),
            Item("IT.AE_ACTION", "action", "text"),
            Item("IT.AE_OUTCOME", "outcome", "text"),
        ),
    ),
    Group(
        "IG.SIGNATURE",
        "Signature",
        "F.SIGN",
        True,
        (
            Item("IT.SIG_RECORD", "record_type", "text"),
            Item("IT.SIG_SIGNER", "full_name", "text"),
            Item("IT.SIG_ROLE", "role", "text"),
            Item("IT.SIG_MEANING", "meaning", "text"),
            Item("IT.SIG_AT", "signed_at", "datetime"),
            Item("IT.SIG_MANIFESTATION", "manifestation", "text"),
            Item("IT.SIG_SUPERSEDED", "superseded", "boolean"),
        ),
    ),
)


def group_rows(record: SessionRecord, group: Group) -> list[dict[str, Any]]:
    """The rows of ``group`` in ``record``, each a dict of field name to value."""
    if group.oid == "IG.SESSION":
        return [{**asdict(record.session), **asdict(record.totals)}]
    rows: dict[str, Any] = {
        "IG.SUBJECT": [record.participant],
        "IG.PRODUCT": [record.product] if record.product else [],
        "IG.DRIP": record.drip_readings,
        "IG.VITALS": record.vitals,
        "IG.VITALS_NOT_TAKEN": record.sets_not_taken,
        "IG.AE": record.adverse_events,
        "IG.ESCALATION": record.escalations,
        "IG.SIGNATURE": record.signatures,
    }
    found = [asdict(row) for row in rows[group.oid]]
    if group.oid == "IG.VITALS":
        found = [_news2_fields(row) for row in found]
    return found


def _news2_fields(row: dict[str, Any]) -> dict[str, Any]:
    """A partial set's NEWS2 is never exported as a score: its total of the measured
    parameters goes to its own item, and the full-set item stays empty."""
    if row["news2_parameters"] >= 7:
        return row
    return {**row, "news2_total": None, "news2_measured_total": row["news2_total"]}
