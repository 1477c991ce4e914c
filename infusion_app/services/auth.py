"""Signing in, locking the screen, handing over, and re-entering a password to sign.

Every attempt is an event; wrong passwords count towards the site's lockout. The count starts
again once a lockout has ended. An administrator is never locked out for long by someone at the
sign-in screen: each lockout of an administrator in a row lasts twice the one before, from one
minute up to the site's ``lockout_minutes``, and a second administrator can lift it at once by
resetting the password (docs/reliability.md, "Hostile input"). A failed attempt under a name
that is no user's records a keyed hash of the name, never the typed text (it may be a password).
"""

from __future__ import annotations

from typing import Any

from infusion_app.domain.clock import parse_utc_iso, utc_iso
from infusion_app.domain.events import EventDraft, EventType
from infusion_app.domain.lockout import locked_until_after_failure, lockout_refusal
from infusion_app.domain.messages import Message
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.roles import Role
from infusion_app.services.context import Accepted, Actor, Outcome, Workspace
from infusion_app.services.declarations import user_action
from infusion_app.services.file_keys import FailureBeforeOpen, keep_slots
from infusion_app.services.passwords import password_matches
from infusion_app.store.local_secret import name_code

WRONG = Message("The user name or password is not right.")


def _user(ws: Workspace, username: str) -> dict[str, Any] | None:
    if not username.isprintable() or username != username.strip():
        return None  # no user name holds these (a NUL, a lone surrogate, a line break)
    rows = list(ws.db.query("SELECT * FROM users WHERE username = ?", [username]))
    return rows[0] if rows else None


def _failure(
    ws: Workspace,
    username: str,
    why: str,
    user: dict[str, Any] | None,
    event_type: str = EventType.USER_SIGN_IN_FAILED,
) -> EventDraft:
    """The event for a failed attempt; a wrong password may start a lockout."""
    payload: dict[str, Any] = {"why": why, "counts": 0}
    if user is None:
        return EventDraft(event_type, name_code(ws.db, username), payload)
    if why == "wrong password":
        now, site = ws.clock.now(), ws.protocol.site
        ended = user["locked_until"] is not None and parse_utc_iso(user["locked_until"]) <= now
        until = locked_until_after_failure(
            0 if ended else user["failed_attempts"],
            now,
            site.lockout_attempts,
            _lockout_minutes(ws, user),
        )
        payload = {"why": why, "counts": 1, "locked_until": utc_iso(until) if until else None}
        if ended:
            payload["restart"] = True  # the count starts again after a lockout has ended
    return EventDraft(event_type, user["username"], payload)


_FAILED = (EventType.USER_SIGN_IN_FAILED, EventType.SIGNATURE_FAILED)
_SUCCEEDED = (EventType.USER_SIGNED_IN, EventType.USER_UNLOCKED, EventType.USER_HANDED_OVER)


def _lockout_minutes(ws: Workspace, user: dict[str, Any]) -> int:
    """The site's lockout; for an administrator 1, 2, 4 … minutes for each lockout in a row."""
    longest = ws.protocol.site.lockout_minutes
    if user["role"] != Role.ADMIN:
        return longest
    earlier = ws.db.execute(
        "SELECT count(*) FROM events WHERE actor = :name AND type IN (:f1, :f2) "
        "AND json_extract(payload, '$.locked_until') IS NOT NULL AND seq > coalesce(("
        "  SELECT max(seq) FROM events WHERE (actor = :name AND type IN (:s1, :s2, :s3))"
        "  OR (type = :reset AND json_extract(payload, '$.username') = :name)), 0)",
        {
            "name": user["username"],
            "f1": _FAILED[0],
            "f2": _FAILED[1],
            "s1": _SUCCEEDED[0],
            "s2": _SUCCEEDED[1],
            "s3": _SUCCEEDED[2],
            "reset": EventType.USER_PASSWORD_RESET,
        },
    ).fetchone()[0]
    return int(min(longest, 2 ** min(int(earlier), 20)))


def check_credentials(
    ws: Workspace, username: str, password: str, event_type: str = EventType.USER_SIGN_IN_FAILED
) -> dict[str, Any] | Refusal:
    """The user's row when the password is right; otherwise a refusal, recorded as an event."""
    user = _user(ws, username)
    locked = user and user["locked_until"]
    refusal = lockout_refusal(parse_utc_iso(locked) if locked else None, ws.clock.now())
    why = (
        "unknown user"
        if user is None
        else "user deactivated"
        if not user["active"]
        else "locked out"
        if refusal
        else None
        if password_matches(user["password_hash"], password)
        else "wrong password"
    )
    if why is None and user is not None:
        return user
    draft = _failure(ws, username, why or "", user, event_type)
    ws.store.append([draft])
    if refusal:
        return refusal
    if user is None:
        return Refusal("sign_in_failed", WRONG)
    return _after_failure(ws, user["username"]) or Refusal("sign_in_failed", WRONG)


def _after_failure(ws: Workspace, username: str) -> Refusal | None:
    """If this failure locked the account, say so at once (and for how long)."""
    row = ws.db.execute("SELECT locked_until FROM users WHERE username = ?", [username]).fetchone()
    if row and row[0]:
        return lockout_refusal(parse_utc_iso(row[0]), ws.clock.now())
    return None


def _actor(user: dict[str, Any]) -> Actor:
    return Actor(user["username"], user["full_name"], Role(user["role"]))


@user_action("sign in")
def sign_in(ws: Workspace, *, username: str, password: str) -> Actor | Refusal:
    """Check the password; every attempt, good or bad, is an event."""
    user = check_credentials(ws, username, password)
    if isinstance(user, Refusal):
        return user
    ws.store.append([EventDraft(EventType.USER_SIGNED_IN, username)])
    keep_slots(ws, username, password)  # a user new to this laptop gets a key slot
    return _actor(user)


def record_failures_before_open(ws: Workspace, failures: list[FailureBeforeOpen]) -> None:
    """Sign-ins refused before the file was open (it could not be written then), recorded now
    as failed sign-ins, each with the time it was made; a wrong password counts towards the
    lockout as any other."""
    for failure in failures:
        user = _user(ws, failure.username)
        why = failure.why if user is not None else "unknown user"
        draft = _failure(ws, failure.username, why, user)
        payload = {**draft.payload, "before_open": True}
        occurred = utc_iso(failure.at)
        ws.store.append([EventDraft(draft.type, draft.actor, payload, occurred_at=occurred)])


@user_action("sign out")
def sign_out(ws: Workspace, actor: Actor) -> Outcome:
    """The user leaves the laptop; recorded so the audit trail shows who was on it when."""
    return Accepted(tuple(ws.store.append([EventDraft(EventType.USER_SIGNED_OUT, actor.username)])))


@user_action("lock the screen")
def lock_screen(ws: Workspace, actor: Actor, *, idle_seconds: int = 0) -> Outcome:
    """The screen locked (after inactivity, or by hand); timers and alarms keep running."""
    draft = EventDraft(EventType.USER_SCREEN_LOCKED, actor.username, {"idle_seconds": idle_seconds})
    return Accepted(tuple(ws.store.append([draft])))


@user_action("unlock the screen")
def unlock(ws: Workspace, actor: Actor, *, password: str) -> Outcome:
    """The same user unlocks the screen with their password."""
    user = check_credentials(ws, actor.username, password)
    if isinstance(user, Refusal):
        return user
    return Accepted(tuple(ws.store.append([EventDraft(EventType.USER_UNLOCKED, actor.username)])))


@user_action("hand over", anyone_signed_in=True)  # the user leaving may be deactivated
def hand_over(ws: Workspace, actor: Actor, *, username: str, password: str) -> Actor | Refusal:
    """Another user takes over the locked laptop: one event names both people."""
    if username == actor.username:
        return Refusal("same_user", "That is the user already signed in: unlock instead.")
    user = check_credentials(ws, username, password)
    if isinstance(user, Refusal):
        return user
    draft = EventDraft(
        EventType.USER_HANDED_OVER, username, {"from": actor.username, "to": username}
    )
    ws.store.append([draft])
    keep_slots(ws, username, password)
    return _actor(user)
