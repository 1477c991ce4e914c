"""Read models: tables derived from the event log, written in the same transaction as the event.

``project`` is the one place that turns an event into rows. It reads nothing but the event
and the read models themselves, so replaying the log in order rebuilds the same tables.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database

from infusion_app.domain.events import Event, EventType
from infusion_app.domain.session_state import SessionState

READ_MODEL_SCHEMA = """
CREATE TABLE site (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    code TEXT NOT NULL,
    protocol_id TEXT NOT NULL,
    initialized_at TEXT NOT NULL,
    initialized_by TEXT NOT NULL
);
CREATE TABLE users (
    username TEXT PRIMARY KEY,
    full_name TEXT NOT NULL,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL,
    last_sign_in_at TEXT
);
CREATE TABLE participants (
    subject_code TEXT PRIMARY KEY,
    initials TEXT NOT NULL,
    year_of_birth INTEGER NOT NULL,
    arm TEXT NOT NULL,
    consent_date TEXT NOT NULL,
    registered_at TEXT NOT NULL,
    registered_by TEXT NOT NULL
);
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    subject_code TEXT NOT NULL REFERENCES participants (subject_code),
    number INTEGER NOT NULL,
    scheduled_for TEXT NOT NULL,
    state TEXT NOT NULL,
    outcome TEXT,
    end_reason TEXT,
    infusion_started_at TEXT,
    infusion_ended_at TEXT,
    signed_at TEXT,
    signed_by TEXT,
    updated_at TEXT NOT NULL,
    UNIQUE (subject_code, number)
);
CREATE INDEX sessions_scheduled_for ON sessions (scheduled_for);
"""

READ_MODEL_TABLES = ("site", "users", "participants", "sessions")


def _site_initialized(db: Database, event: Event) -> None:
    db.table("site").insert(
        {
            "singleton": 1,
            "code": event.payload["site_code"],
            "protocol_id": event.payload["protocol_id"],
            "initialized_at": event.occurred_at,
            "initialized_by": event.actor,
        }
    )


def _user_added(db: Database, event: Event) -> None:
    p = event.payload
    db.table("users").insert(
        {
            "username": p["username"],
            "full_name": p["full_name"],
            "role": p["role"],
            "password_hash": p["password_hash"],
            "active": 1,
            "added_at": event.occurred_at,
            "added_by": event.actor,
        }
    )


def _user_signed_in(db: Database, event: Event) -> None:
    db.table("users").update(event.actor, {"last_sign_in_at": event.occurred_at})


def _participant_registered(db: Database, event: Event) -> None:
    p = event.payload
    db.table("participants").insert(
        {
            "subject_code": p["subject_code"],
            "initials": p["initials"],
            "year_of_birth": p["year_of_birth"],
            "arm": p["arm"],
            "consent_date": p["consent_date"],
            "registered_at": event.occurred_at,
            "registered_by": event.actor,
        }
    )


def _session_scheduled(db: Database, event: Event) -> None:
    p = event.payload
    db.table("sessions").insert(
        {
            "id": event.session,
            "subject_code": event.participant,
            "number": p["number"],
            "scheduled_for": p["scheduled_for"],
            "state": SessionState.SCHEDULED.value,
            "updated_at": event.occurred_at,
        }
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
    db.table("sessions").update(str(event.session), changes)


def _nothing(db: Database, event: Event) -> None:
    """Events kept only in the log (sign-in failures, sign-outs)."""


PROJECTORS: dict[str, Callable[[Database, Event], None]] = {
    EventType.SITE_INITIALIZED: _site_initialized,
    EventType.USER_ADDED: _user_added,
    EventType.USER_SIGNED_IN: _user_signed_in,
    EventType.USER_SIGN_IN_FAILED: _nothing,
    EventType.USER_SIGNED_OUT: _nothing,
    EventType.PARTICIPANT_REGISTERED: _participant_registered,
    EventType.SESSION_SCHEDULED: _session_scheduled,
    EventType.SESSION_CHECKS_BEGUN: _session_moved,
    EventType.SESSION_MARKED_READY: _session_moved,
    EventType.INFUSION_STARTED: _session_moved,
    EventType.INFUSION_PAUSED: _session_moved,
    EventType.INFUSION_RESUMED: _session_moved,
    EventType.INFUSION_COMPLETED: _session_moved,
    EventType.INFUSION_STOPPED: _session_moved,
    EventType.OBSERVATION_BEGUN: _session_moved,
    EventType.SESSION_SIGNED: _session_moved,
}


def project(db: Database, event: Event) -> None:
    """Write what ``event`` changes into the read models (inside the caller's transaction)."""
    projector = PROJECTORS.get(event.type)
    if projector is None:
        raise ValueError(f"no read-model projector for event type {event.type!r}")
    projector(db, event)
