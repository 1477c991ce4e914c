"""Read-model writers for sessions, their signatures and corrections."""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database

from infusion_app.domain.corrections import correctable
from infusion_app.domain.event_types import (
    AdverseEventRecorded,
    AdverseEventUpdated,
    EscalationAcknowledged,
    ObservationEndedEarly,
    VitalsNotTaken,
)
from infusion_app.domain.events import Event, EventType
from infusion_app.domain.session_state import SessionState
from infusion_app.store.rows import insert_row, update_row


def _session_scheduled(db: Database, event: Event) -> None:
    p = event.payload
    insert_row(
        db,
        "sessions",
        {
            "id": event.session,
            "subject_code": event.participant,
            "number": p["number"],
            "scheduled_for": p["scheduled_for"],
            "state": SessionState.SCHEDULED.value,
            "updated_at": event.occurred_at,
        },
    )


def _session_moved(db: Database, event: Event) -> None:
    """Any state transition: the payload carries the new state; some carry more."""
    p = event.payload
    changes: dict[str, object] = {"state": p["to"], "updated_at": event.occurred_at}
    if event.type == EventType.INFUSION_STARTED:
        changes["infusion_started_at"] = event.occurred_at
    if event.type in (EventType.INFUSION_COMPLETED, EventType.INFUSION_STOPPED):
        changes["infusion_ended_at"] = event.occurred_at
        changes["outcome"] = p["outcome"]
        changes["end_reason"] = p.get("reason")
    if event.type == EventType.SESSION_SIGNED:
        changes["signed_at"] = event.occurred_at
        changes["signed_by"] = event.actor
        signature(db, event)
    update_row(db, "sessions", {"id": str(event.session)}, changes)


def _observation_ended_early(db: Database, event: Event) -> None:
    """An investigator ended observation early: who, when and why (the state stays)."""
    changes = {
        "observation_ended_early_at": event.occurred_at,
        "observation_ended_early_by": event.actor,
        "observation_end_reason": ObservationEndedEarly.of(event).reason,
        "updated_at": event.occurred_at,
    }
    update_row(db, "sessions", {"id": str(event.session)}, changes)


def signature(db: Database, event: Event) -> None:
    """A signature's manifestation, bound to the record by the hash it signed."""
    p = event.payload
    insert_row(
        db,
        "signatures",
        {
            "event_id": event.id,
            "record_type": p.get("record_type", "session"),
            "record_id": p.get("record_id", event.session),
            "username": event.actor,
            "full_name": p["full_name"],
            "role": p["role"],
            "meaning": p["meaning"],
            "signed_at": event.occurred_at,
            "record_hash": p["record_hash"],
        },
    )


def _corrected(db: Database, event: Event) -> None:
    """The corrected value replaces the current one; the old stays in the log and here."""
    p = event.payload
    insert_row(
        db,
        "corrections",
        {
            "event_id": event.id,
            "target_event_id": p["target_event_id"],
            "participant": event.participant,
            "session": event.session,
            "field": p["field"],
            "old_value": _text(p["old"]),
            "new_value": _text(p["new"]),
            "reason": p["reason"],
            "reason_text": p["reason_text"],
            "corrected_by": event.actor,
            "corrected_at": event.occurred_at,
        },
    )
    # Table and column come from the domain's list, never from the payload's text.
    spec = correctable(p["target_type"], p["field"])
    if spec is None:
        raise ValueError(f"{p['target_type']}.{p['field']} is not a correctable field")
    key = event.participant if spec.key == "participant" else event.session
    key_column = "subject_code" if spec.table == "participants" else "id"
    db.execute(f"UPDATE {spec.table} SET {spec.column} = ? WHERE {key_column} = ?", [p["new"], key])
    if p.get("reopens_session"):
        _reopen(db, str(event.session), event.occurred_at)


def _reopen(db: Database, session_id: str, at: str) -> None:
    """A correction to a signed session reopens it: its signatures no longer cover the record."""
    db.execute(
        "UPDATE sessions SET state = ?, signed_at = NULL, signed_by = NULL, updated_at = ? "
        "WHERE id = ?",
        [SessionState.OBSERVING.value, at, session_id],
    )
    db.execute(
        "UPDATE signatures SET superseded = 1 WHERE record_type = 'session' AND record_id = ?",
        [session_id],
    )


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _drip_reading(db: Database, event: Event) -> None:
    p = event.payload
    insert_row(
        db,
        "drip_readings",
        {
            "event_id": event.id,
            "session": event.session,
            "at": event.occurred_at,
            "method": p["method"],
            "rate_gtt_min": p["rate_gtt_min"],
            "uncertainty_gtt_min": p.get("uncertainty_gtt_min"),
            "band": p["band"],
            "acknowledgement": p.get("acknowledgement", ""),
            "recorded_by": event.actor,
        },
    )


def _vitals(db: Database, event: Event) -> None:
    p = event.payload
    missing = p.get("news2_missing", [])
    insert_row(
        db,
        "vitals",
        {
            "event_id": event.id,
            "session": event.session,
            "measured_at": event.occurred_at,
            "recorded_at": event.recorded_at,
            **p["vitals"],
            "on_oxygen": int(bool(p["vitals"]["on_oxygen"])),
            "news2_total": p["news2_total"],
            "news2_band": p["news2_band"],
            "slot_key": p["slot_key"],
            "late": int(bool(p["late"])),
            "alerts": ",".join(p["alerts"]),
            "recorded_by": event.actor,
            "news2_parameters": 7 - len(missing),
            "partial_reason": p.get("partial_reason"),
            "partial_reason_en": p.get("partial_reason_en"),
            "partial_reason_zh": p.get("partial_reason_zh"),
            "partial_note": p.get("partial_note"),
        },
    )


def _adverse_event(db: Database, event: Event) -> None:
    ae = AdverseEventRecorded.of(event)
    insert_row(
        db,
        "adverse_events",
        {
            "id": ae.ae_id,
            "session": event.session,
            "subject_code": event.participant,
            "term": ae.term,
            "term_name": ae.term_name,
            "grade": ae.grade,
            "serious": int(ae.serious),
            "onset_at": ae.onset_at,
            "action": ae.action,
            "outcome": ae.outcome,
            "linked_vitals": ",".join(ae.linked_vitals),
            "recorded_by": event.actor,
            "recorded_at": event.occurred_at,
            "updated_at": event.occurred_at,
        },
    )


def _adverse_event_updated(db: Database, event: Event) -> None:
    update = AdverseEventUpdated.of(event)
    db.execute(
        "UPDATE adverse_events SET outcome = ?, grade = ?, serious = ?, updated_at = ? "
        "WHERE id = ?",
        [update.outcome, update.grade, int(update.serious), event.occurred_at, update.ae_id],
    )


def _log_only(db: Database, event: Event) -> None:
    """An escalation's acknowledgement and a set not taken are read from the log
    (store/queries/escalations.py, store/queries/vitals.py)."""


SESSION_PROJECTORS: dict[str, Callable[[Database, Event], None]] = {
    EscalationAcknowledged.TYPE: _log_only,
    VitalsNotTaken.TYPE: _log_only,
    EventType.SESSION_SCHEDULED: _session_scheduled,
    EventType.SESSION_CHECKS_BEGUN: _session_moved,
    EventType.SESSION_MARKED_READY: _session_moved,
    EventType.INFUSION_STARTED: _session_moved,
    EventType.INFUSION_PAUSED: _session_moved,
    EventType.INFUSION_RESUMED: _session_moved,
    EventType.INFUSION_COMPLETED: _session_moved,
    EventType.INFUSION_STOPPED: _session_moved,
    EventType.OBSERVATION_BEGUN: _session_moved,
    ObservationEndedEarly.TYPE: _observation_ended_early,
    EventType.SESSION_SIGNED: _session_moved,
    EventType.SESSION_COUNTERSIGNED: signature,
    EventType.RECORD_CORRECTED: _corrected,
    EventType.DRIP_READING: _drip_reading,
    EventType.VITALS_RECORDED: _vitals,
    AdverseEventRecorded.TYPE: _adverse_event,
    AdverseEventUpdated.TYPE: _adverse_event_updated,
}
