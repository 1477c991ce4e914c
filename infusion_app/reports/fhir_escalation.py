"""A NEWS2 escalation as a FHIR R4 Task: requested while no one is recorded as informed,
completed with whom the nurse informed and when (or why no one)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from infusion_app.reports.fhir_resources import LOCAL
from infusion_app.reports.record_types import EscalationRow, SessionRecord

if TYPE_CHECKING:
    from infusion_app.reports.fhir_bundle import Ids

PRIORITY = {"urgent": "urgent", "emergency": "stat"}


def _note(e: EscalationRow) -> str:
    if e.informed:
        minutes = e.minutes_to_acknowledgement
        return f"Informed {e.informed} at {e.informed_at} ({minutes} min after the set)"
    if e.acknowledged_by:
        return f"No one informed: {e.not_informed_reason}"
    return "No one recorded as informed yet"


def escalation_task(record: SessionRecord, e: EscalationRow, ids: Ids) -> dict[str, Any]:
    """The escalation raised by one set of vital signs, and its answer."""
    done = bool(e.acknowledged_by)
    task: dict[str, Any] = {
        "resourceType": "Task",
        "id": ids.uuid("Task", e.vitals_event_id),
        "identifier": [{"system": f"{LOCAL}:news2-escalation", "value": e.vitals_event_id}],
        "status": "completed" if done else "requested",
        "intent": "order",
        "priority": PRIORITY.get(e.level, "urgent"),
        "code": {
            "coding": [{"system": f"{LOCAL}:news2-response", "code": e.level}],
            "text": f"NEWS2 {e.level} response",
        },
        "description": f"NEWS2 {e.news2_total}: {e.level} response — inform a clinician",
        "for": ids.ref("Patient", record.participant.subject_code),
        "authoredOn": e.raised_at,
        "lastModified": e.informed_at or e.raised_at,
        "note": [{"text": _note(e)}],
    }
    if e.informed_at:
        task["executionPeriod"] = {"start": e.raised_at, "end": e.informed_at}
    return task
