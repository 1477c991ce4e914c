"""What every service call needs: the store, the protocol, the clock and the signed-in user."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from infusion_app.domain.clock import Clock
from infusion_app.domain.events import Event
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.protocol import Protocol
from infusion_app.domain.roles import Role
from infusion_app.store.event_store import EventStore
from infusion_app.store.key_slots import Keyring
from infusion_app.store.queries.users import is_active, user_name


@dataclass(frozen=True)
class Actor:
    """The signed-in person on whose behalf a service acts."""

    username: str
    full_name: str
    role: Role


@dataclass(frozen=True)
class Accepted:
    """A service did what was asked: the events it recorded and the ids it created."""

    events: tuple[Event, ...]
    created: dict[str, Any] = field(default_factory=dict)


Outcome = Accepted | Refusal
F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class Workspace:
    """The objects services work on, built once by the composition root (``app.py``)."""

    db: Database
    store: EventStore
    protocol: Protocol
    clock: Clock
    # The open file's key and its key slots (None: a plain or in-memory database).
    keys: Keyring | None = None

    def site_today(self) -> date:
        """Today's date in the site's time zone (a session day is a local day)."""
        return self.clock.now().astimezone(ZoneInfo(self.protocol.site.timezone)).date()


def current_role(ws: Workspace, actor: Actor) -> Role | Refusal:
    """The actor's role as the log says now (the ``users`` read model, which start-up and
    ``check`` compare with a rebuild from the log): a refusal when the account has been
    deactivated since they signed in (here, or on another laptop and pulled by sync), or is
    no user's at all."""
    user = user_name(ws.db, actor.username)
    if user is None or not is_active(ws.db, actor.username):
        return Refusal(
            "user_inactive", "The user {username} is deactivated.", username=actor.username
        )
    return user.role
