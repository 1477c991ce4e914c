"""Site set-up and user administration: one function per administrator's action."""

from __future__ import annotations

from infusion_app.domain.events import EventDraft, EventType
from infusion_app.domain.messages import Listing
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.password_policy import check_new_password
from infusion_app.domain.roles import Role, check_full_name, check_site_code, check_username
from infusion_app.services.context import Accepted, Actor, Outcome, Workspace
from infusion_app.services.declarations import user_action
from infusion_app.services.file_keys import keep_slots
from infusion_app.services.passwords import common_passwords, hash_password
from infusion_app.store.queries.site import site_code
from infusion_app.store.queries.users import UserRow, is_active, user_list, user_name
from infusion_app.store.signature_keys import new_signing_key


def current_site_code(ws: Workspace) -> str | None:
    """The site's code, or None before first-run set-up."""
    return site_code(ws.db)


def _password_problem(password: str, role: str, username: str) -> Refusal | None:
    return check_new_password(password, role, username, common_passwords)


def _new_user_problem(
    ws: Workspace, username: str, full_name: str, password: str, role: str
) -> Refusal | None:
    for problem in (
        check_username(username),
        check_full_name(full_name),
        _password_problem(password, role, username),
    ):
        if problem:
            return problem
    if is_active(ws.db, username) is not None:
        return Refusal(
            "username_taken", "The user name {username!r} is already taken.", username=username
        )
    return None


def _user_added(actor: str, username: str, full_name: str, role: Role, password: str) -> EventDraft:
    payload = {
        "username": username,
        "full_name": full_name.strip(),
        "role": role.value,
        "password_hash": hash_password(password),
        "signing_key": new_signing_key(username, password),  # Ed25519: public + wrapped private
    }
    return EventDraft(EventType.USER_ADDED, actor, payload)


@user_action("set up the site")
def initialize_site(
    ws: Workspace, *, site_code: str, username: str, full_name: str, password: str
) -> Outcome:
    """First run: record the site's code and create its first administrator."""
    if current_site_code(ws) is not None:
        return Refusal("already_initialized", "This database is already set up for a site.")
    problem = check_site_code(site_code) or _new_user_problem(
        ws, username, full_name, password, Role.ADMIN
    )
    if problem:
        return problem
    site = EventDraft(
        EventType.SITE_INITIALIZED,
        username,
        {"site_code": site_code, "protocol_id": ws.protocol.id},
    )
    admin = _user_added(username, username, full_name, Role.ADMIN, password)
    events = ws.store.append([site, admin])
    keep_slots(ws, username, password)
    return Accepted(tuple(events), {"username": username})


@user_action("add user", Role.ADMIN)
def add_user(
    ws: Workspace, actor: Actor, *, username: str, full_name: str, role: str, password: str
) -> Outcome:
    """An administrator adds a user with a role and a first password."""
    if role not in Role.__members__.values():
        choices = Listing(r.value for r in Role)
        return Refusal("bad_role", "The role must be one of: {choices}.", choices=choices)
    if problem := _new_user_problem(ws, username, full_name, password, role):
        return problem
    draft = _user_added(actor.username, username, full_name, Role(role), password)
    events = ws.store.append([draft])
    keep_slots(ws, username, password)
    return Accepted(tuple(events), {"username": username})


def _existing_user(ws: Workspace, username: str) -> Refusal | None:
    if is_active(ws.db, username) is None:
        return Refusal("unknown_user", "There is no user {username!r}.", username=username)
    return None


@user_action("reset password", Role.ADMIN)
def reset_password(ws: Workspace, actor: Actor, *, username: str, new_password: str) -> Outcome:
    """An administrator sets a new password for a user (and so lifts a lockout)."""
    if problem := _existing_user(ws, username):
        return problem
    found = user_name(ws.db, username)
    role = found.role if found else Role.ADMIN  # the strictest rule if the row went missing
    if problem := _password_problem(new_password, role, username):
        return problem
    payload = {
        "username": username,
        "password_hash": hash_password(new_password),
        "signing_key": new_signing_key(username, new_password),  # a new pair for the new password
    }
    draft = EventDraft(EventType.USER_PASSWORD_RESET, actor.username, payload)
    events = ws.store.append([draft])
    keep_slots(ws, username, new_password)  # the old password no longer opens the file
    return Accepted(tuple(events), {"username": username})


@user_action("deactivate user", Role.ADMIN)
def deactivate_user(ws: Workspace, actor: Actor, *, username: str, reason: str) -> Outcome:
    """An administrator deactivates a user; users are never deleted (their records stay theirs)."""
    if problem := _existing_user(ws, username):
        return problem
    if username == actor.username:
        return Refusal("self_deactivation", "You cannot deactivate yourself.")
    if not reason.strip():
        return Refusal("missing_reason", "Say why the user is deactivated.")
    if not is_active(ws.db, username):
        return Refusal("already_inactive", "{username} is already deactivated.", username=username)
    draft = EventDraft(
        EventType.USER_DEACTIVATED, actor.username, {"username": username, "reason": reason}
    )
    events = ws.store.append([draft])
    keep_slots(ws)  # their slot is dropped: their password no longer opens the file
    return Accepted(tuple(events), {"username": username})


@user_action("list users", Role.ADMIN, replay=False)
def list_users(ws: Workspace, actor: Actor) -> list[UserRow]:
    """Every user, active first, then by user name."""
    return user_list(ws.db)
