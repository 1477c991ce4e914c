"""The catalogue of user actions, by name, for scripts (``infusion-app replay``) and docs.

Every action is declared once, on its service function (``services/declarations.py``); this
module imports the service modules so that all of them are declared, and derives from the
declarations the replay dispatcher (:data:`ACTIONS`), the permission table
(:data:`PERMISSIONS`) and the names refusals use (:data:`ACTION_NAMES`). An action's fields
are the function's keyword-only parameters.
"""

from __future__ import annotations

import importlib
import inspect
import json
import logging
import math
import pkgutil
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from infusion_app.domain.messages import Message
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.roles import Role
from infusion_app.services import (
    adverse_events,
    audit_trail,
    auth,
    bedside,
    checks,
    corrections,
    discrepancies,
    escalation,
    exports,
    infusion,
    observation,
    participants,
    products,
    randomization,
    record_print,
    session_flow,
    signing,
    users,
    vitals,
    vitals_not_taken,
)
from infusion_app.services.context import Accepted, Actor, Workspace
from infusion_app.services.declarations import (
    DECLARED,
    Declaration,
    action_labels,
    permission_table,
)
from infusion_app.store.errors import StoreEnvironmentError

log = logging.getLogger("log.services")


@dataclass(frozen=True)
class Field:
    """One field of an action: its name, the JSON types it accepts, and whether it is required."""

    name: str
    types: tuple[type, ...]
    required: bool
    optional_none: bool = False  # the field may be JSON null


@dataclass(frozen=True)
class Action:
    """A user action as scripts see it: its declaration and its fields."""

    declaration: Declaration
    fields: tuple[Field, ...]

    @property
    def name(self) -> str:
        return self.declaration.name

    @property
    def function(self) -> Callable[..., Any]:
        return self.declaration.function

    @property
    def needs_actor(self) -> bool:
        return self.declaration.needs_actor

    @property
    def roles(self) -> frozenset[Role] | None:
        return self.declaration.roles

    @property
    def summary(self) -> str:
        return self.declaration.help


def _field(name: str, annotation: Any, default: Any) -> Field:
    options = typing.get_args(annotation) if isinstance(annotation, types.UnionType) else ()
    accepted = tuple(t for t in options if t is not type(None)) or (annotation,)
    return Field(name, accepted, default is inspect.Parameter.empty, type(None) in options)


def _action(declaration: Declaration) -> Action:
    function = declaration.function
    hints = typing.get_type_hints(function)
    params = inspect.signature(function).parameters.values()
    fields = tuple(
        _field(p.name, hints[p.name], p.default) for p in params if p.kind is p.KEYWORD_ONLY
    )
    return Action(declaration, fields)


CLINICAL_DAY = (
    users,
    auth,
    randomization,
    participants,
    products,
    bedside,
    session_flow,
    checks,
    infusion,
    vitals,
    vitals_not_taken,
    escalation,
    adverse_events,
    observation,
    signing,
    corrections,
    audit_trail,
    exports,
    record_print,
    discrepancies,
)
"""The service modules, in the order of a clinical day: the order docs/actions.md lists them.
A module not named here is still found (below) and listed after them."""


def _declare_every_service() -> None:
    """Import every service module, so that an action declared in a new one needs no list."""
    import infusion_app.services as package

    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{package.__name__}.{module.name}")


def _day_order(declaration: Declaration) -> tuple[int, str, int]:
    names = [module.__name__ for module in CLINICAL_DAY]
    function = inspect.unwrap(declaration.function)
    module = function.__module__
    place = names.index(module) if module in names else len(names)
    return place, module, function.__code__.co_firstlineno


_declare_every_service()


DECLARATIONS = sorted(DECLARED.values(), key=_day_order)
ACTIONS: dict[str, Action] = {d.name: _action(d) for d in DECLARATIONS if d.replay}
"""The actions ``infusion-app replay`` runs, by name."""
PERMISSIONS: dict[str, frozenset[Role]] = permission_table()
"""Which roles may do each guarded action; docs/permissions.md is written from it."""
ACTION_NAMES: dict[str, Message] = action_labels()
"""How a refusal names each action ("only a nurse may do this (record vitals)")."""


def field_problem(action: Action, given: dict[str, Any]) -> Refusal | None:
    """A refusal for a missing, unknown or wrongly typed field; None when all are right."""
    known = {f.name: f for f in action.fields}
    for name in given:
        if name not in known:
            return Refusal(
                "unknown_field", "{action} has no field {field!r}.", action=action.name, field=name
            )
    for spec in action.fields:
        if spec.name not in given:
            if spec.required:
                return Refusal(
                    "missing_field",
                    "{action} needs the field {field!r}.",
                    action=action.name,
                    field=spec.name,
                )
            continue
        value = given[spec.name]
        accepted = (*spec.types, int) if float in spec.types else spec.types
        if value is None and spec.optional_none:
            continue
        if isinstance(value, bool) is not (bool in spec.types) or not isinstance(value, accepted):
            wanted = " or ".join(t.__name__ for t in spec.types)
            return Refusal(
                "bad_field",
                "{action}: {field!r} must be {wanted}.",
                action=action.name,
                field=spec.name,
                wanted=wanted,
            )
        if isinstance(value, float) and not math.isfinite(value):  # 1e999 reads as infinity
            return Refusal(
                "bad_field",
                "{action}: {field!r} must be a finite number.",
                action=action.name,
                field=spec.name,
            )
    return None


def _no_constants(name: str) -> object:
    raise ValueError(f"{name} is not a number")


def unstorable_text(value: object, where: str = "") -> str | None:
    """Why a text in ``value`` (a parsed line) cannot be stored: a lone surrogate or a NUL."""
    if isinstance(value, str):
        if "\x00" in value:
            return f"{where or 'a text'}: contains a NUL character."
        if any("\ud800" <= c <= "\udfff" for c in value):
            return f"{where or 'a text'}: contains a lone surrogate (not a character)."
        return None
    if isinstance(value, dict):
        for key, item in value.items():
            named = f"a field name in {where}" if where else "a field name"
            if problem := unstorable_text(key, named) or unstorable_text(item, key):
                return problem
    if isinstance(value, list):
        for item in value:
            if problem := unstorable_text(item, where):
                return problem
    return None


class ActionRunner:
    """Runs actions one after another, remembering who signed in (as the app's window does)."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.actor: Actor | None = None

    def run(self, name: str, given: dict[str, Any]) -> Accepted | Refusal:
        """Run the action ``name`` with the fields ``given``."""
        action = ACTIONS.get(name)
        if action is None:
            return Refusal("unknown_action", "There is no action {name!r}.", name=name)
        if problem := field_problem(action, given):
            return problem
        service = action.function
        if action.needs_actor:
            if self.actor is None:
                return Refusal("not_signed_in", "Sign in first.")
            result = service(self.ws, self.actor, **given)
        else:
            result = service(self.ws, **given)
        return self._remember(name, result)

    def _remember(self, name: str, result: Any) -> Accepted | Refusal:
        if isinstance(result, Actor):
            self.actor = result
            return Accepted((), {"username": result.username, "role": result.role.value})
        if name == "sign_in":  # a failed sign-in signs the previous user out of the script
            self.actor = None
        if name == "sign_out" and isinstance(result, Accepted):
            self.actor = None
        return typing.cast(Accepted | Refusal, result)

    def run_line(self, line: str) -> dict[str, Any]:
        """Run one JSON line ``{"action": NAME, ...fields}``; return the JSON-able answer.

        Whatever the line holds, the answer is a line: bad JSON, nesting too deep, text that
        cannot be stored (a lone surrogate, a NUL) and values a service cannot use are refusals.
        """
        try:
            given = json.loads(line, parse_constant=_no_constants)
        except ValueError as error:  # JSONDecodeError, or NaN/Infinity
            return {"status": "refused", "code": "bad_json", "reason": f"Not JSON: {error}"}
        except RecursionError:
            return {"status": "refused", "code": "bad_json", "reason": "Not JSON: nested too deep."}
        if not isinstance(given, dict) or not isinstance(given.get("action"), str):
            return {"status": "refused", "code": "bad_line", "reason": 'Each line needs "action".'}
        if problem := unstorable_text(given):
            return {"status": "refused", "code": "bad_text", "reason": problem}
        name = given.pop("action")
        if set(given) == {"fields"} and isinstance(given["fields"], dict):
            given = given["fields"]  # {"action": …, "fields": {…}}: a field may be named "action"
        try:
            result = self.run(name, given)
        except StoreEnvironmentError as error:  # disk full, read-only, locked: nothing was saved
            return {
                "action": name,
                "status": "failed",
                "code": error.cause,
                "reason": error.message,
            }
        except (ArithmeticError, ValueError, RecursionError) as error:
            # A value no rule has caught yet (a year 1 date, a zero weight): nothing was saved
            # (an event is written whole or not at all), and the script goes on.
            log.warning("replay: %s refused a value: %r", name, error)
            return {
                "action": name,
                "status": "refused",
                "code": "bad_value",
                "reason": f"A value cannot be used: {error}",
            }
        if isinstance(result, Refusal):
            return {
                "action": name,
                "status": "refused",
                "code": result.code,
                "reason": result.reason,
            }
        return {
            "action": name,
            "status": "accepted",
            "event_ids": [event.id for event in result.events],
            "created": result.created,
        }
