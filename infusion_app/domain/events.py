"""Events: the append-only record. Each is a fact with who, when, what, and a chained hash.

The hash binds every stored field of an event to the device's previous event, so a change to
any event (or a missing one) shows when the chain is recomputed.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

GENESIS_HASH = "0" * 64


class EventType:
    """Event type names as stored; new ones are added, never renamed."""

    SITE_INITIALIZED = "site.initialized"
    USER_ADDED = "user.added"
    USER_SIGNED_IN = "user.signed_in"
    USER_SIGN_IN_FAILED = "user.sign_in_failed"
    USER_SIGNED_OUT = "user.signed_out"
    USER_PASSWORD_RESET = "user.password_reset"
    USER_DEACTIVATED = "user.deactivated"
    USER_SCREEN_LOCKED = "user.screen_locked"
    USER_UNLOCKED = "user.unlocked"
    USER_HANDED_OVER = "user.handed_over"
    SIGNATURE_FAILED = "signature.failed"
    PARTICIPANT_REGISTERED = "participant.registered"
    SESSION_SCHEDULED = "session.scheduled"
    PROTOCOL_VERSION_ADOPTED = "protocol.version_adopted"  # a protocol file's text, kept
    SESSION_CHECKS_BEGUN = "session.checks_begun"
    SESSION_MARKED_READY = "session.marked_ready"
    INFUSION_STARTED = "session.infusion_started"
    INFUSION_PAUSED = "session.infusion_paused"
    INFUSION_RESUMED = "session.infusion_resumed"
    INFUSION_COMPLETED = "session.infusion_completed"
    INFUSION_STOPPED = "session.infusion_stopped"
    OBSERVATION_BEGUN = "session.observation_begun"
    OBSERVATION_ENDED_EARLY = "session.observation_ended_early"
    SESSION_SIGNED = "session.signed"
    SESSION_COUNTERSIGNED = "session.countersigned"
    RECORD_CORRECTED = "record.corrected"
    RECORD_PRINTED = "record.printed"  # from the record screen (log only)
    CHECK_ANSWERED = "check.answered"
    CHECK_DECIDED = "check.decided"
    RANDOMIZATION_IMPORTED = "randomization.imported"
    PRODUCT_RECEIVED = "product.received"
    PRODUCT_RELEASED = "product.released"
    BEDSIDE_FIRST_CHECK = "product.bedside_first_check"
    BEDSIDE_MISMATCH = "product.bedside_mismatch"
    PRODUCT_VERIFIED = "product.verified"
    ADMINISTRATION_STOPPED = "product.administration_stopped"  # a hard stop at ready or start
    ESCALATION_ACKNOWLEDGED = "escalation.acknowledged"  # whom the nurse informed, and when
    DRIP_READING = "drip.reading_recorded"
    VITALS_RECORDED = "vitals.recorded"
    VITALS_NOT_TAKEN = "vitals.not_taken"  # a scheduled set not taken, with a reason
    ADVERSE_EVENT_RECORDED = "adverse_event.recorded"
    ADVERSE_EVENT_UPDATED = "adverse_event.updated"
    DISCREPANCY_RESOLVED = "sync.discrepancy_resolved"


@dataclass(frozen=True)
class EventDraft:
    """What a service wants recorded; the store adds id, device, sequence, times and hashes."""

    type: str
    actor: str
    payload: dict[str, Any] = field(default_factory=dict)
    participant: str | None = None
    session: str | None = None
    occurred_at: str | None = None  # UTC ISO 8601; None means "when recorded"


@dataclass(frozen=True)
class Event:
    """One stored event. Times are UTC ISO 8601 text as stored."""

    id: str
    device_id: str
    device_seq: int
    actor: str
    participant: str | None
    session: str | None
    type: str
    payload: dict[str, Any]
    occurred_at: str
    recorded_at: str
    prev_hash: str
    hash: str


def canonical_json(value: Any) -> str:
    """JSON with sorted keys and no spaces: the same value always gives the same text."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def event_hash(
    *,
    id: str,
    device_id: str,
    device_seq: int,
    actor: str,
    participant: str | None,
    session: str | None,
    type: str,
    payload_json: str,
    occurred_at: str,
    recorded_at: str,
    prev_hash: str,
) -> str:
    """SHA-256 (hex) over every stored field of an event and the previous event's hash."""
    body = hashed_text(
        id,
        device_id,
        device_seq,
        actor,
        participant,
        session,
        type,
        payload_json,
        occurred_at,
        recorded_at,
        prev_hash,
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def hashed_text(*fields: object) -> str:
    """The text :func:`event_hash` hashes: the eleven fields, from ``id`` to ``prev_hash``, in
    the order of its arguments, as one canonical JSON array."""
    return canonical_json(list(fields))
