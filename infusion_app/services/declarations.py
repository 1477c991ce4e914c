"""Each user action declared once, on its service function.

``@user_action("record vitals", NURSE, INVESTIGATOR)`` above a service function says
everything the rest of the app needs to know about the action:

- its public name: the function's name (``record_vitals``), used by ``infusion-app replay``;
- how a refusal names it ("Only a nurse or an investigator may do this (record vitals).");
  the label is a literal, so scripts/collect_messages.py offers it for translation;
- the roles that may do it (none named: open to anyone before sign-in, or to any signed-in
  user when the function takes an ``actor``);
- its fields and their types: the function's keyword-only parameters (``services/actions.py``
  checks them at the replay boundary);
- its help: the first line of the function's docstring.

The permission table, the replay dispatcher and docs/actions.md / docs/permissions.md are
derived from these declarations (``services/actions.py``, ``scripts/write_docs.py``), and a
test fails when a generated page is stale.
"""

from __future__ import annotations

import functools
import inspect
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from infusion_app.domain.messages import Message
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.permissions import check_permission
from infusion_app.domain.roles import Role
from infusion_app.services.context import Actor, Workspace, current_role
from infusion_app.services.input_rules import input_problem
from infusion_app.services.session_protocols import session_workspace

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Declaration:
    """One user action as declared on its service function."""

    name: str
    label: Message
    roles: frozenset[Role] | None
    function: Callable[..., Any]  # the service as called: its permission check included
    replay: bool
    permission: str

    @property
    def help(self) -> str:
        """The first line of the service function's docstring."""
        return (inspect.getdoc(self.function) or "").splitlines()[0]

    @property
    def needs_actor(self) -> bool:
        """True when the action runs on behalf of a signed-in user."""
        return "actor" in inspect.signature(self.function).parameters


DECLARED: dict[str, Declaration] = {}
"""Every declared action by name, in the order the service modules declare them."""


def user_action(
    label: str,
    *roles: Role,
    permission: str | None = None,
    replay: bool = True,
    anyone_signed_in: bool = False,
) -> Callable[[F], F]:
    """Declare the decorated service function as a user action (see the module's docstring).

    ``permission`` names a permission shared by several functions (the audit-trail reads);
    ``replay=False`` keeps a read-only function out of ``infusion-app replay``. A user
    deactivated since signing in may do nothing, not even lock the screen or sign out, unless
    ``anyone_signed_in`` (another user taking over the locked laptop: the newcomer acts).
    """

    def declare(function: F) -> F:
        allowed = frozenset(roles) or None
        name = function.__name__
        service = (
            _guarded(function, allowed, Message(label))
            if allowed
            else _checked(function, anyone_signed_in)
        )
        declaration = Declaration(
            name=name,
            label=Message(label),
            roles=allowed,
            function=service,
            replay=replay,
            permission=permission or name,
        )
        _register(declaration)
        service.declaration = declaration  # type: ignore[attr-defined]
        if allowed:
            service.permission = declaration.permission  # type: ignore[attr-defined]
        return typing.cast(F, service)

    return declare


def _register(declaration: Declaration) -> None:
    known = DECLARED.get(declaration.name)
    if known is not None and known.function.__module__ != declaration.function.__module__:
        raise ValueError(f"two actions are named {declaration.name!r}")
    for other in DECLARED.values():
        if other.permission == declaration.permission and other.roles != declaration.roles:
            raise ValueError(f"permission {declaration.permission!r} declared with other roles")
    DECLARED[declaration.name] = declaration


def _guarded(
    function: Callable[..., Any], allowed: frozenset[Role], label: Message
) -> Callable[..., Any]:
    """``function``, refusing first unless the actor's role is allowed and the user is active.

    The permission is checked before anything else, so every refusal in docs/permissions.md
    happens the same way whatever fields were given.
    """

    @functools.wraps(function)
    def service(ws: Any, actor: Any, *args: Any, **kwargs: Any) -> Any:
        role = current_role(ws, actor)
        problem = role if isinstance(role, Refusal) else check_permission(role, allowed, label)
        if problem := problem or input_problem(kwargs, ws):
            return problem
        return function(_under_its_protocol(ws, kwargs), actor, *args, **kwargs)

    return service


def _checked(function: Callable[..., Any], anyone_signed_in: bool) -> Callable[..., Any]:
    """``function``, refusing first when a field breaks the rules every input meets, or when
    it acts for a user deactivated since signing in (unless ``anyone_signed_in``)."""

    @functools.wraps(function)
    def service(*args: Any, **kwargs: Any) -> Any:
        ws = args[0] if args and isinstance(args[0], Workspace) else None
        actor = args[1] if len(args) > 1 and isinstance(args[1], Actor) else None
        acting = ws is not None and actor is not None and not anyone_signed_in
        if acting and isinstance(role := current_role(ws, actor), Refusal):  # type: ignore[arg-type]
            return role
        if problem := input_problem(kwargs, ws):
            return problem
        if ws is not None:
            args = (_under_its_protocol(args[0], kwargs), *args[1:])
        return function(*args, **kwargs)

    return service


def _under_its_protocol(ws: Workspace, fields: dict[str, Any]) -> Workspace:
    """An action on a session is judged by the protocol file the session was scheduled
    under (``services/session_protocols.py``)."""
    session_id = fields.get("session_id")
    return session_workspace(ws, session_id) if isinstance(session_id, str) else ws


def permission_table() -> dict[str, frozenset[Role]]:
    """Which roles may do each guarded action (every declaration that names roles)."""
    return {d.permission: d.roles for d in DECLARED.values() if d.roles is not None}


def action_labels() -> dict[str, Message]:
    """How a refusal names each permission."""
    return {d.permission: d.label for d in DECLARED.values()}


def refusal_for(role: Role, permission: str) -> Refusal | None:
    """None when ``role`` may do ``permission``; otherwise the refusal its service gives."""
    found = next((d for d in DECLARED.values() if d.permission == permission), None)
    if found is None:
        return Refusal("unknown_action", "Unknown action {action!r}.", action=permission)
    if found.roles is None:
        return None
    return check_permission(role, found.roles, found.label)
