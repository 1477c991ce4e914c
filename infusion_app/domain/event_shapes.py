"""The shape of each event type's payload, as far as the read models rely on it.

For every event type: the payload fields that must be present, each with the JSON kinds it may
take. Only what a projector reads without a default is listed (more fields are welcome, and a
field's own range is the service's business): the central server checks every pushed event
against this table (``server init`` copies it there), so an event the app itself writes must
always pass. A new event type is added here with its projector (a test compares the two).

The actor of an event must be a user of its site, except for the types in
:data:`ANY_ACTOR`: a failed sign-in is recorded under the name that was typed, the site's first
event names the administrator its next event creates, and the app itself notes clock jumps.
"""

from __future__ import annotations

from typing import Final

from infusion_app.domain.clock_jumps import CLOCK_JUMP_DETECTED
from infusion_app.domain.events import EventType

Kinds = tuple[str, ...]  # JSON kinds as json_typeof names them

STRING: Final[Kinds] = ("string",)
NUMBER: Final[Kinds] = ("number",)
BOOLEAN: Final[Kinds] = ("boolean",)
OBJECT: Final[Kinds] = ("object",)
ARRAY: Final[Kinds] = ("array",)
ANY: Final[Kinds] = ("string", "number", "boolean", "object", "array", "null")
TEXT_OR_NULL: Final[Kinds] = ("string", "null")

_SIGNED: dict[str, Kinds] = {
    "full_name": STRING,
    "role": STRING,
    "meaning": STRING,
    "record_hash": STRING,
}
_MOVE: dict[str, Kinds] = {"to": STRING}

PAYLOAD_FIELDS: Final[dict[str, dict[str, Kinds]]] = {
    EventType.SITE_INITIALIZED: {"site_code": STRING, "protocol_id": STRING},
    EventType.USER_ADDED: {
        "username": STRING,
        "full_name": STRING,
        "role": STRING,
        "password_hash": STRING,
    },
    EventType.USER_SIGNED_IN: {},
    EventType.USER_SIGN_IN_FAILED: {},
    EventType.USER_SIGNED_OUT: {},
    EventType.USER_PASSWORD_RESET: {"username": STRING, "password_hash": STRING},
    EventType.USER_DEACTIVATED: {"username": STRING, "reason": STRING},
    EventType.USER_SCREEN_LOCKED: {},
    EventType.USER_UNLOCKED: {},
    EventType.USER_HANDED_OVER: {},
    EventType.SIGNATURE_FAILED: {},
    EventType.PARTICIPANT_REGISTERED: {
        "subject_code": STRING,
        "initials": STRING,
        "year_of_birth": NUMBER,
        "arm": STRING,
        "consent_date": STRING,
    },
    EventType.SESSION_SCHEDULED: {"number": NUMBER, "scheduled_for": STRING},
    EventType.SESSION_CHECKS_BEGUN: _MOVE,
    EventType.SESSION_MARKED_READY: _MOVE,
    EventType.INFUSION_STARTED: _MOVE,
    EventType.INFUSION_PAUSED: _MOVE,
    EventType.INFUSION_RESUMED: _MOVE,
    EventType.INFUSION_COMPLETED: {**_MOVE, "outcome": STRING},
    EventType.INFUSION_STOPPED: {**_MOVE, "outcome": STRING},
    EventType.OBSERVATION_BEGUN: _MOVE,
    EventType.OBSERVATION_ENDED_EARLY: {"reason": STRING},
    EventType.SESSION_SIGNED: {**_MOVE, **_SIGNED},
    EventType.SESSION_COUNTERSIGNED: _SIGNED,
    EventType.RECORD_CORRECTED: {
        "target_event_id": STRING,
        "target_type": STRING,
        "field": STRING,
        "old": ANY,
        "new": ANY,
        "reason": STRING,
        "reason_text": TEXT_OR_NULL,
    },
    EventType.CHECK_ANSWERED: {"step": STRING, "answer": ANY},
    EventType.CHECK_DECIDED: {
        "step": STRING,
        "answer_event_id": TEXT_OR_NULL,
        "decision": STRING,
        "reason": TEXT_OR_NULL,
        **_SIGNED,
        "record_hash": TEXT_OR_NULL,  # the answer's event id
    },
    EventType.RANDOMIZATION_IMPORTED: {"allocations": ARRAY},
    EventType.PRODUCT_RECEIVED: {
        "product_id": STRING,
        "receipt": OBJECT,
        "state": STRING,
        "failed": ARRAY,
    },
    EventType.PRODUCT_RELEASED: {"product_id": STRING, **_SIGNED},
    EventType.BEDSIDE_FIRST_CHECK: {"product_id": STRING, **_SIGNED},
    EventType.BEDSIDE_MISMATCH: {},
    EventType.PRODUCT_VERIFIED: {"product_id": STRING, **_SIGNED},
    EventType.DRIP_READING: {"method": STRING, "rate_gtt_min": NUMBER, "band": STRING},
    EventType.VITALS_RECORDED: {
        "vitals": OBJECT,
        "news2_total": NUMBER,
        "news2_band": STRING,
        "slot_key": TEXT_OR_NULL,
        "late": BOOLEAN,
        "alerts": ARRAY,
    },
    EventType.ADVERSE_EVENT_RECORDED: {
        "ae_id": STRING,
        "term": STRING,
        "term_name": STRING,
        "grade": NUMBER,
        "serious": BOOLEAN,
        "onset_at": STRING,
        "action": STRING,
        "outcome": STRING,
        "linked_vitals": ARRAY,
    },
    EventType.ADVERSE_EVENT_UPDATED: {
        "ae_id": STRING,
        "outcome": STRING,
        "grade": NUMBER,
        "serious": BOOLEAN,
    },
    EventType.DISCREPANCY_RESOLVED: {
        "discrepancy_id": STRING,
        "decision": STRING,
        "reason": STRING,
    },
    CLOCK_JUMP_DETECTED: {},
}

ANY_ACTOR: Final = frozenset(
    {EventType.SITE_INITIALIZED, EventType.USER_SIGN_IN_FAILED, CLOCK_JUMP_DETECTED}
)
