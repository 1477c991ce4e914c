"""A scheduled set of vital signs not taken, as a FHIR R4 Observation: the vital-signs panel
with status ``cancelled``, a ``dataAbsentReason`` and the reason and note as its note."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from infusion_app.reports.fhir_resources import LOCAL, LOINC, OBS_CATEGORY
from infusion_app.reports.record_types import NotTakenRow, SessionRecord
from infusion_app.reports.vitals_words import absent_reason, not_taken_text

if TYPE_CHECKING:
    from infusion_app.reports.fhir_bundle import Ids


def not_taken_observation(record: SessionRecord, row: NotTakenRow, ids: Ids) -> dict[str, Any]:
    """The set due for ``row.slot_key`` that was not taken, when it was attempted, and why."""
    return {
        "resourceType": "Observation",
        "id": ids.uuid("Observation", row.event_id),
        "identifier": [{"system": f"{LOCAL}:vitals-not-taken", "value": row.event_id}],
        "status": "cancelled",
        "category": [
            {
                "coding": [
                    {
                        "system": OBS_CATEGORY,
                        "code": "vital-signs",
                        "display": "Vital Signs",
                    }
                ]
            }
        ],
        "code": {"coding": [{"system": LOINC, "code": "85353-1", "display": "Vital signs panel"}]},
        "subject": ids.ref("Patient", record.participant.subject_code),
        "effectiveDateTime": row.attempted_at,
        "dataAbsentReason": absent_reason(row.reason),
        "note": [{"text": f"{not_taken_text(row)}; schedule slot {row.slot_key}"}],
    }
