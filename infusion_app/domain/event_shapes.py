"""The shape of each event type's payload, as far as the read models rely on it.

For every event type: the payload fields that must be present, each with the JSON kinds it may
take (more fields are welcome, and a field's own range is the service's business). The central
server checks every pushed event against :func:`payload_fields` (``server init`` copies it
there), so an event the app itself writes must always pass.

A type declared as a dataclass (``domain/event_types/``) gives its shape itself: each field
without a default, of the JSON kind of its annotation. The others are listed by hand in
:data:`PAYLOAD_FIELDS`, with what their projector reads without a default; a test checks that
every projected type has a shape.

The actor of an event must be a user of its site, except for the types in
:data:`ANY_ACTOR`: a failed sign-in is recorded under a user's name or a keyed hash of a name that
is no user's (``unknown:…``), the site's first
event names the administrator its next event creates, and the app itself notes clock jumps.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any, Final

from infusion_app.domain import event_types as _declares_them  # noqa: F401
from infusion_app.domain.clock_jumps import CLOCK_JUMP_DETECTED
from infusion_app.domain.event_declarations import DECLARED_EVENTS, EventFacts
from infusion_app.domain.events import EventType
from infusion_app.domain.export_files import EXPORT_WRITTEN

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
    EventType.DISCREPANCY_RESOLVED: {
        "discrepancy_id": STRING,
        "decision": STRING,
        "reason": STRING,
    },
    CLOCK_JUMP_DETECTED: {},
    EXPORT_WRITTEN: {},  # log only
}

ANY_ACTOR: Final = frozenset(
    {EventType.SITE_INITIALIZED, EventType.USER_SIGN_IN_FAILED, CLOCK_JUMP_DETECTED}
)


_KINDS: dict[object, Kinds] = {
    str: STRING,
    bool: BOOLEAN,
    int: NUMBER,
    float: NUMBER,
    list: ARRAY,
    dict: OBJECT,
    type(None): ("null",),
}


def _kinds(annotation: Any) -> Kinds:
    """The JSON kinds a field of this annotation takes (``int | None`` → number or null)."""
    if annotation is Any:
        return ANY
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        return tuple(kind for part in typing.get_args(annotation) for kind in _kinds(part))
    return _KINDS.get(origin or annotation, ANY)


def declared_fields(declared: type[EventFacts]) -> dict[str, Kinds]:
    """The required fields of a declared event type: those without a default."""
    hints = typing.get_type_hints(declared)
    return {
        field.name: _kinds(hints[field.name])
        for field in dataclasses.fields(declared)  # type: ignore[arg-type]
        if field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING
    }


def payload_fields() -> dict[str, dict[str, Kinds]]:
    """Every event type's required payload fields: the declared types' own, then the list."""
    declared = {name: declared_fields(cls) for name, cls in DECLARED_EVENTS.items()}
    return {**PAYLOAD_FIELDS, **declared}
