"""The FHIR R4 resources of one session, each built as a plain dict (see :mod:`fhir_bundle`)."""

from __future__ import annotations

from statistics import fmean
from typing import TYPE_CHECKING, Any

from infusion_app.reports.record_types import (
    AeRow,
    DripReadingRow,
    SessionRecord,
    SignatureRow,
    VitalsRow,
)
from infusion_app.reports.vitals_words import absent_reason, vitals_note

if TYPE_CHECKING:
    from infusion_app.reports.fhir_bundle import Ids

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
OBS_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
LOCAL = "urn:infusion-app"
SIGNATURE_TYPES = {  # ISO/ASTM E1762-95 signature types
    "performed": ("1.2.840.10065.1.12.1.1", "Author's Signature"),
    "verified": ("1.2.840.10065.1.12.1.5", "Verification Signature"),
    "reviewed": ("1.2.840.10065.1.12.1.13", "Review Signature"),
    "approved": ("1.2.840.10065.1.12.1.6", "Validation Signature"),
}
AE_OUTCOMES = {
    "ongoing": "ongoing",
    "recovering": "recovering",
    "recovered": "resolved",
    "recovered_with_sequelae": "resolvedWithSequelae",
    "fatal": "fatal",
    "unknown": "unknown",
}
ADMINISTRATION_STATUS = {"completed": "completed", "stopped": "stopped"}


def _coding(system: str, code: str, display: str) -> dict[str, Any]:
    return {"coding": [{"system": system, "code": code, "display": display}], "text": display}


def _quantity(value: float, unit: str, code: str) -> dict[str, Any]:
    return {"value": value, "unit": unit, "system": UCUM, "code": code}


def measured(value: float | None, unit: str, code: str, reason: str | None) -> dict[str, Any]:
    """``valueQuantity``, or for a parameter not measured (a set partly taken for
    ``reason``) its ``dataAbsentReason``."""
    if value is None:
        return {"dataAbsentReason": absent_reason(reason)}
    return {"valueQuantity": _quantity(value, unit, code)}


def _subject(record: SessionRecord, ids: Ids) -> dict[str, str]:
    return ids.ref("Patient", record.participant.subject_code)


def research_study(record: SessionRecord, ids: Ids) -> dict[str, Any]:
    """The trial, with its arms."""
    site = record.site
    return {
        "resourceType": "ResearchStudy",
        "id": ids.uuid("ResearchStudy", site.protocol_id),
        "identifier": [{"system": "https://clinicaltrials.gov", "value": site.protocol_id}],
        "title": site.title_en,
        "status": "active",
        "arm": [{"name": code, "description": en} for code, en, _ in site.arms],
    }


def patient(record: SessionRecord, ids: Ids) -> dict[str, Any]:
    """Pseudonymous: the subject code is the only identifier; no name, no contact."""
    p = record.participant
    return {
        "resourceType": "Patient",
        "id": ids.uuid("Patient", p.subject_code),
        "identifier": [
            {
                "system": f"{LOCAL}:{record.site.protocol_id}:{record.site.code}:subject",
                "value": p.subject_code,
            }
        ],
        "birthDate": str(p.year_of_birth),
    }


def research_subject(record: SessionRecord, ids: Ids) -> dict[str, Any]:
    """The participant in the study, with the arm allocated."""
    p = record.participant
    return {
        "resourceType": "ResearchSubject",
        "id": ids.uuid("ResearchSubject", p.subject_code),
        "identifier": [{"system": f"{LOCAL}:subject", "value": p.subject_code}],
        "status": "on-study",
        "study": ids.ref("ResearchStudy", record.site.protocol_id),
        "individual": _subject(record, ids),
        "assignedArm": p.arm,
        "actualArm": p.arm,
        "consent": {"display": f"consent dated {p.consent_date}"},
    }


def medication(record: SessionRecord, ids: Ids) -> dict[str, Any]:
    """The bag: hUC-MSC or placebo, its lot and expiry."""
    product = record.product
    assert product is not None
    return {
        "resourceType": "Medication",
        "id": ids.uuid("Medication", product.id),
        "identifier": [{"system": f"{LOCAL}:isbt128-din", "value": product.din}],
        "code": _coding(f"{LOCAL}:arm", product.arm, record.participant.arm_label_en),
        "status": "active",
        "batch": {"lotNumber": product.lot, "expirationDate": product.expires_at},
    }


def _rate(record: SessionRecord) -> dict[str, Any] | None:
    if not record.drip_readings:
        return None
    mean = round(fmean(r.rate_gtt_min for r in record.drip_readings), 1)
    return _quantity(mean, "drops/min", "[drp]/min")


def medication_administration(record: SessionRecord, ids: Ids) -> dict[str, Any] | None:
    """The infusion: product, lot (via Medication), dose in mL and cells, mean drip rate."""
    s, totals = record.session, record.totals
    if s.infusion_started_at is None or record.product is None:
        return None
    period = {"start": s.infusion_started_at}
    if s.infusion_ended_at:
        period["end"] = s.infusion_ended_at
    cells = f"{record.product.total_viable_cells:.3g} viable cells"
    dosage: dict[str, Any] = {
        "text": f"{cells} in {record.product.volume_ml:g} mL, IV gravity drip",
        "route": {"text": "intravenous"},
        "dose": _quantity(totals.infused_ml or 0.0, "mL", "mL"),
    }
    if rate := _rate(record):
        dosage["rateQuantity"] = rate
    resource = {
        "resourceType": "MedicationAdministration",
        "id": ids.uuid("MedicationAdministration", s.id),
        "identifier": [{"system": f"{LOCAL}:session", "value": s.id}],
        "status": ADMINISTRATION_STATUS.get(s.outcome or "", "in-progress"),
        "medicationReference": ids.ref("Medication", record.product.id),
        "subject": _subject(record, ids),
        "effectivePeriod": period,
        "dosage": dosage,
    }
    if s.end_reason:
        resource["statusReason"] = [{"text": s.end_reason}]
    return resource


def _observation(
    record: SessionRecord, ids: Ids, key: str, code: dict[str, Any], category: str, when: str
) -> dict[str, Any]:
    return {
        "resourceType": "Observation",
        "id": ids.uuid("Observation", key),
        "status": "final",
        "category": [_coding(OBS_CATEGORY, category, category.replace("-", " ").title())],
        "code": code,
        "subject": _subject(record, ids),
        "effectiveDateTime": when,
    }


def _loinc(code: str, display: str) -> dict[str, Any]:
    return _coding(LOINC, code, display)


VITAL_CODES = (  # field, LOINC, display, UCUM unit and code
    ("heart_rate_bpm", "8867-4", "Heart rate", "beats/minute", "/min"),
    ("resp_rate_per_min", "9279-1", "Respiratory rate", "breaths/minute", "/min"),
    ("temperature_c", "8310-5", "Body temperature", "C", "Cel"),
    ("spo2_pct", "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%", "%"),
)


def vital_observations(record: SessionRecord, v: VitalsRow, ids: Ids) -> list[dict[str, Any]]:
    """One set: a vital-signs panel whose members are BP (a panel) and four single values."""
    members = []
    bp = _observation(
        record,
        ids,
        f"{v.event_id}/bp",
        _loinc("85354-9", "Blood pressure panel"),
        "vital-signs",
        v.measured_at,
    )
    bp["component"] = [
        {"code": _loinc(code, name), **measured(value, "mmHg", "mm[Hg]", v.partial_reason)}
        for code, name, value in (
            ("8480-6", "Systolic blood pressure", v.systolic_mmhg),
            ("8462-4", "Diastolic blood pressure", v.diastolic_mmhg),
        )
    ]
    members.append(bp)
    for field, code, display, unit, ucum in VITAL_CODES:
        obs = _observation(
            record,
            ids,
            f"{v.event_id}/{field}",
            _loinc(code, display),
            "vital-signs",
            v.measured_at,
        )
        if field == "spo2_pct":
            obs["code"]["coding"].append(
                {
                    "system": LOINC,
                    "code": "2708-6",
                    "display": "Oxygen saturation in Arterial blood",
                }
            )
        obs.update(measured(getattr(v, field), unit, ucum, v.partial_reason))
        members.append(obs)
    panel = _observation(
        record,
        ids,
        v.event_id,
        _loinc("85353-1", "Vital signs panel"),
        "vital-signs",
        v.measured_at,
    )
    panel["issued"] = v.recorded_at
    panel["hasMember"] = [{"reference": f"urn:uuid:{m['id']}"} for m in members]
    panel["note"] = [{"text": vitals_note(v)}]
    return [panel, *members]


def weight_observation(record: SessionRecord, ids: Ids) -> dict[str, Any] | None:
    """Today's weight from the pre-infusion checks (kg)."""
    weight = record.totals.weight_kg
    answered = next((c.answered_at for c in record.checks if c.step == "weight"), "")
    if weight is None or not answered:
        return None
    obs = _observation(
        record,
        ids,
        f"{record.session.id}/weight",
        _loinc("29463-7", "Body weight"),
        "vital-signs",
        answered,
    )
    obs["valueQuantity"] = _quantity(weight, "kg", "kg")
    return obs


def drip_observation(record: SessionRecord, r: DripReadingRow, ids: Ids) -> dict[str, Any]:
    """A drip-rate reading in drops/min, part of the session's administration."""
    code = _coding(f"{LOCAL}:observation", "drip-rate", "Gravity infusion drip rate")
    obs = _observation(record, ids, r.event_id, code, "therapy", r.at)
    obs["valueQuantity"] = _quantity(r.rate_gtt_min, "drops/min", "[drp]/min")
    obs["method"] = {"text": r.method}
    obs["interpretation"] = [{"text": r.band}]
    obs["partOf"] = [ids.ref("MedicationAdministration", record.session.id)]
    return obs


def _severity(grade: int) -> dict[str, Any]:
    code = "mild" if grade == 1 else "moderate" if grade == 2 else "severe"
    system = "http://terminology.hl7.org/CodeSystem/adverse-event-severity"
    return {
        "coding": [
            {"system": system, "code": code},
            {"system": f"{LOCAL}:ctcae-v5-grade", "code": str(grade)},
        ],
        "text": f"CTCAE v5.0 grade {grade}",
    }


def adverse_event(record: SessionRecord, ae: AeRow, ids: Ids) -> dict[str, Any]:
    """An adverse event with its CTCAE term and grade, seriousness and outcome."""
    seriousness = "serious" if ae.serious else "non-serious"
    resource = {
        "resourceType": "AdverseEvent",
        "id": ids.uuid("AdverseEvent", ae.id),
        "identifier": {"system": f"{LOCAL}:adverse-event", "value": ae.id},
        "actuality": "actual",
        "event": _coding(f"{LOCAL}:ctcae-term", ae.term, ae.term_name),
        "subject": _subject(record, ids),
        "date": ae.onset_at,
        "recordedDate": ae.recorded_at,
        "seriousness": _coding(
            "http://terminology.hl7.org/CodeSystem/adverse-event-seriousness",
            seriousness,
            seriousness.replace("-", " ").title(),
        ),
        "severity": _severity(ae.grade),
        "outcome": {
            "coding": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/adverse-event-outcome",
                    "code": AE_OUTCOMES.get(ae.outcome, "unknown"),
                }
            ],
            "text": ae.outcome,
        },
        "recorder": ids.ref("Practitioner", ae.recorded_by),
        "study": [ids.ref("ResearchStudy", record.site.protocol_id)],
    }
    if record.session.infusion_started_at and record.product:
        resource["suspectEntity"] = [
            {"instance": ids.ref("MedicationAdministration", record.session.id)}
        ]
    return resource


def practitioner(username: str, full_name: str, ids: Ids) -> dict[str, Any]:
    """A signer: user name as identifier, printed name as on the signature."""
    return {
        "resourceType": "Practitioner",
        "id": ids.uuid("Practitioner", username),
        "identifier": [{"system": f"{LOCAL}:user", "value": username}],
        "name": [{"text": full_name}],
    }


def _target(record: SessionRecord, s: SignatureRow, ids: Ids) -> dict[str, str]:
    if s.record_type == "product" and record.product is not None:
        return ids.ref("Medication", record.product.id)
    if record.session.infusion_started_at and record.product:
        return ids.ref("MedicationAdministration", record.session.id)
    return ids.ref("ResearchSubject", record.participant.subject_code)


def provenance(record: SessionRecord, s: SignatureRow, ids: Ids) -> dict[str, Any]:
    """Who signed what, when and why (the signature's manifestation and record hash)."""
    code, display = SIGNATURE_TYPES[s.meaning]
    signer = ids.ref("Practitioner", s.username)
    why = s.manifestation + (" — superseded by a later correction" if s.superseded else "")
    return {
        "resourceType": "Provenance",
        "id": ids.uuid("Provenance", s.event_id),
        "target": [_target(record, s, ids)],
        "recorded": s.signed_at,
        "reason": [{"text": why}],
        "activity": {"text": f"{s.record_type} signature: {s.meaning}"},
        "agent": [{"type": {"text": s.role}, "who": signer}],
        "entity": [
            {
                "role": "source",
                "what": {"identifier": {"system": f"{LOCAL}:event-hash", "value": s.record_hash}},
            }
        ],
        "signature": [
            {
                "type": [
                    {"system": "urn:iso-astm:E1762-95:2013", "code": code, "display": display}
                ],
                "when": s.signed_at,
                "who": signer,
            }
        ],
    }
