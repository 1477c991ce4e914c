"""Read-model writers for the site, its users and participants."""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database

from infusion_app.domain.events import Event, EventType
from infusion_app.store.rows import insert_row


def _site_initialized(db: Database, event: Event) -> None:
    insert_row(
        db,
        "site",
        {
            "singleton": 1,
            "code": event.payload["site_code"],
            "protocol_id": event.payload["protocol_id"],
            "initialized_at": event.occurred_at,
            "initialized_by": event.actor,
        },
    )


def _user_added(db: Database, event: Event) -> None:
    p = event.payload
    insert_row(
        db,
        "users",
        {
            "username": p["username"],
            "full_name": p["full_name"],
            "role": p["role"],
            "password_hash": p["password_hash"],
            "active": 1,
            "added_at": event.occurred_at,
            "added_by": event.actor,
        },
    )


def _user_signed_in(db: Database, event: Event) -> None:
    """A correct password (sign-in, unlock, hand-over) clears the count of failures."""
    db.execute(
        "UPDATE users SET last_sign_in_at = ?, failed_attempts = 0, locked_until = NULL "
        "WHERE username = ?",
        [event.occurred_at, event.actor],
    )


def _user_failed(db: Database, event: Event) -> None:
    """A wrong password counts towards the lockout; the service wrote when a lock ends.

    After a lockout has ended the count starts again (``restart``) from this failure.
    """
    if event.payload.get("restart"):
        db.execute(
            "UPDATE users SET failed_attempts = ?, locked_until = ? WHERE username = ?",
            [event.payload.get("counts", 1), event.payload.get("locked_until"), event.actor],
        )
        return
    db.execute(
        "UPDATE users SET failed_attempts = failed_attempts + ?, "
        "locked_until = coalesce(?, locked_until) WHERE username = ?",
        [event.payload.get("counts", 1), event.payload.get("locked_until"), event.actor],
    )


def _password_reset(db: Database, event: Event) -> None:
    db.execute(
        "UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = NULL "
        "WHERE username = ?",
        [event.payload["password_hash"], event.payload["username"]],
    )


def _user_deactivated(db: Database, event: Event) -> None:
    db.execute(
        "UPDATE users SET active = 0, deactivated_at = ?, deactivated_by = ?, "
        "deactivation_reason = ? WHERE username = ?",
        [event.occurred_at, event.actor, event.payload["reason"], event.payload["username"]],
    )


def _participant_registered(db: Database, event: Event) -> None:
    p = event.payload
    insert_row(
        db,
        "participants",
        {
            "subject_code": p["subject_code"],
            "initials": p["initials"],
            "year_of_birth": p["year_of_birth"],
            "arm": p["arm"],
            "consent_date": p["consent_date"],
            "registered_at": event.occurred_at,
            "registered_by": event.actor,
        },
    )


def _randomization_imported(db: Database, event: Event) -> None:
    for row in event.payload["allocations"]:
        insert_row(
            db,
            "allocations",
            {
                "subject_code": row["subject_code"],
                "arm": row["arm"],
                "imported_at": event.occurred_at,
                "imported_by": event.actor,
                "event_id": event.id,
            },
        )


def _nothing(db: Database, event: Event) -> None:
    """Events kept only in the log (sign-outs, screen locks)."""


PEOPLE_PROJECTORS: dict[str, Callable[[Database, Event], None]] = {
    EventType.SITE_INITIALIZED: _site_initialized,
    EventType.USER_ADDED: _user_added,
    EventType.USER_SIGNED_IN: _user_signed_in,
    EventType.USER_UNLOCKED: _user_signed_in,
    EventType.USER_HANDED_OVER: _user_signed_in,
    EventType.USER_SIGN_IN_FAILED: _user_failed,
    EventType.SIGNATURE_FAILED: _user_failed,
    EventType.USER_SIGNED_OUT: _nothing,
    EventType.USER_SCREEN_LOCKED: _nothing,
    EventType.USER_PASSWORD_RESET: _password_reset,
    EventType.USER_DEACTIVATED: _user_deactivated,
    EventType.PARTICIPANT_REGISTERED: _participant_registered,
    EventType.RANDOMIZATION_IMPORTED: _randomization_imported,
}
