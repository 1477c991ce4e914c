"""Site set-up, users and sign-in: one function per user action."""

from __future__ import annotations

from typing import Any

from infusion_app.domain.events import EventDraft, EventType
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.permissions import check_permission
from infusion_app.domain.roles import (
    Role,
    check_full_name,
    check_password,
    check_site_code,
    check_username,
)
from infusion_app.services.context import Accepted, Actor, Outcome, Workspace
from infusion_app.services.passwords import hash_password, password_matches


def current_site_code(ws: Workspace) -> str | None:
    """The site's code, or None before first-run set-up."""
    row = ws.db.execute("SELECT code FROM site").fetchone()
    return str(row[0]) if row else None


def _new_user_problem(
    ws: Workspace, username: str, full_name: str, password: str
) -> Refusal | None:
    for problem in (check_username(username), check_full_name(full_name), check_password(password)):
        if problem:
            return problem
    if ws.db.execute("SELECT 1 FROM users WHERE username = ?", [username]).fetchone():
        return Refusal("username_taken", f"The user name {username!r} is already taken.")
    return None


def _user_added(actor: str, username: str, full_name: str, role: Role, password: str) -> EventDraft:
    payload = {
        "username": username,
        "full_name": full_name.strip(),
        "role": role.value,
        "password_hash": hash_password(password),
    }
    return EventDraft(EventType.USER_ADDED, actor, payload)


def initialize_site(
    ws: Workspace, *, site_code: str, username: str, full_name: str, password: str
) -> Outcome:
    """First run: record the site's code and create its first administrator."""
    if current_site_code(ws) is not None:
        return Refusal("already_initialized", "This database is already set up for a site.")
    problem = check_site_code(site_code) or _new_user_problem(ws, username, full_name, password)
    if problem:
        return problem
    site = EventDraft(
        EventType.SITE_INITIALIZED,
        username,
        {"site_code": site_code, "protocol_id": ws.protocol.id},
    )
    admin = _user_added(username, username, full_name, Role.ADMIN, password)
    return Accepted(tuple(ws.store.append([site, admin])), {"username": username})


def add_user(
    ws: Workspace, actor: Actor, *, username: str, full_name: str, role: str, password: str
) -> Outcome:
    """An administrator adds a user with a role and a first password."""
    problem = check_permission(actor.role, "add_user")
    problem = problem or _new_user_problem(ws, username, full_name, password)
    if problem:
        return problem
    if role not in Role.__members__.values():
        choices = ", ".join(r.value for r in Role)
        return Refusal("bad_role", f"The role must be one of: {choices}.")
    draft = _user_added(actor.username, username, full_name, Role(role), password)
    return Accepted(tuple(ws.store.append([draft])), {"username": username})


def _user_row(ws: Workspace, username: str) -> dict[str, Any] | None:
    rows = list(ws.db.query("SELECT * FROM users WHERE username = ?", [username]))
    return rows[0] if rows else None


def sign_in(ws: Workspace, *, username: str, password: str) -> Actor | Refusal:
    """Check the password; every attempt, good or bad, is an event."""
    user = _user_row(ws, username)
    why = None
    if user is None:
        why = "unknown user"
    elif not user["active"]:
        why = "user deactivated"
    elif not password_matches(user["password_hash"], password):
        why = "wrong password"
    if why or user is None:
        failed = EventDraft(EventType.USER_SIGN_IN_FAILED, username[:64], {"why": why})
        ws.store.append([failed])
        return Refusal("sign_in_failed", "The user name or password is not right.")
    ws.store.append([EventDraft(EventType.USER_SIGNED_IN, username)])
    return Actor(username, user["full_name"], Role(user["role"]))


def sign_out(ws: Workspace, actor: Actor) -> Outcome:
    """The user leaves the laptop; recorded so the audit trail shows who was on it when."""
    return Accepted(tuple(ws.store.append([EventDraft(EventType.USER_SIGNED_OUT, actor.username)])))
