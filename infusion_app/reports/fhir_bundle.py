"""FHIR R4 export: a ``collection`` Bundle of the sessions' resources, as plain JSON dicts.

Per session: ResearchStudy (with its arms), a pseudonymous Patient (subject code as identifier,
no name), ResearchSubject (with the arm), Medication (the bag and its lot) and
MedicationAdministration (dose, drip rate, period), vital-sign Observations with the LOINC codes
and UCUM units of the FHIR vital-signs profile (domain.md §7), body weight, drip-rate
Observations, AdverseEvents, and a Provenance for each signature. Resource ids are UUID 5 of
stable keys, so exporting the same record twice gives the same ids.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from typing import Any

from infusion_app.reports.fhir_drop_factor import drop_factor_observation
from infusion_app.reports.fhir_escalation import escalation_task
from infusion_app.reports.fhir_not_taken import not_taken_observation
from infusion_app.reports.fhir_resources import (
    adverse_event,
    drip_observation,
    medication,
    medication_administration,
    patient,
    practitioner,
    provenance,
    research_study,
    research_subject,
    vital_observations,
    weight_observation,
)
from infusion_app.reports.record_types import SessionRecord

NAMESPACE = uuid.UUID("5d1f0c1e-8e8b-4b0e-9a43-6e1f5d0a7c21")


class Ids:
    """Stable ``urn:uuid:`` references for the resources of an export."""

    def __init__(self, site: str) -> None:
        self.site = site

    def uuid(self, kind: str, key: str) -> str:
        """The resource id for ``kind`` (e.g. "Patient") and its key (e.g. a subject code)."""
        return str(uuid.uuid5(NAMESPACE, f"{self.site}/{kind}/{key}"))

    def ref(self, kind: str, key: str) -> dict[str, str]:
        """A Reference to that resource."""
        return {"reference": f"urn:uuid:{self.uuid(kind, key)}"}


def _session_resources(record: SessionRecord, ids: Ids) -> list[dict[str, Any]]:
    out = [
        research_study(record, ids),
        patient(record, ids),
        research_subject(record, ids),
    ]
    if record.product is not None:
        out.append(medication(record, ids))
    administration = medication_administration(record, ids)
    if administration is not None:
        out.append(administration)
    if (weight := weight_observation(record, ids)) is not None:
        out.append(weight)
    if (factor := drop_factor_observation(record, ids)) is not None:
        out.append(factor)
    for vitals in record.vitals:
        out.extend(vital_observations(record, vitals, ids))
    out.extend(not_taken_observation(record, row, ids) for row in record.sets_not_taken)
    out.extend(drip_observation(record, reading, ids) for reading in record.drip_readings)
    out.extend(adverse_event(record, ae, ids) for ae in record.adverse_events)
    out.extend(escalation_task(record, e, ids) for e in record.escalations)
    names = {row.actor: row.actor_name for row in record.audit}
    for ae in record.adverse_events:
        out.append(practitioner(ae.recorded_by, names.get(ae.recorded_by, ae.recorded_by), ids))
    for signature in record.signatures:
        out.append(practitioner(signature.username, signature.full_name, ids))
        out.append(provenance(record, signature, ids))
    return out


# Training-mode exports are labelled as test data (HL7 v3 ActReason HTEST).
TEST_DATA = {
    "system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
    "code": "HTEST",
    "display": "test health data",
}


def build_bundle(records: Sequence[SessionRecord], generated_at: str) -> dict[str, Any]:
    """One Bundle (type ``collection``) holding every resource of ``records``, each once."""
    site = records[0].site.code if records else ""
    ids = Ids(site)
    entries: dict[str, dict[str, Any]] = {}
    for record in records:
        for resource in _session_resources(record, ids):
            url = f"urn:uuid:{resource['id']}"
            entries.setdefault(url, {"fullUrl": url, "resource": resource})
    training = any(record.site.training for record in records)
    meta = {"meta": {"security": [TEST_DATA]}} if training else {}
    return {
        "resourceType": "Bundle",
        **meta,
        "id": ids.uuid("Bundle", generated_at),
        "identifier": {"system": "urn:infusion-app:export", "value": generated_at},
        "type": "collection",
        "timestamp": generated_at,
        "entry": list(entries.values()),
    }


def bundle_json(records: Sequence[SessionRecord], generated_at: str) -> str:
    """The Bundle as indented UTF-8 JSON text."""
    return json.dumps(build_bundle(records, generated_at), ensure_ascii=False, indent=2)
