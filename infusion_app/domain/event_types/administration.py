"""Stops met at the moment of administration (mark ready, start)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from infusion_app.domain.event_declarations import EventFacts, event_type
from infusion_app.domain.events import EventType
from infusion_app.domain.messages import Listing, Recorded


@event_type(EventType.ADMINISTRATION_STOPPED, "STOP before the infusion: {problems}")
@dataclass(frozen=True)
class AdministrationStopped(EventFacts):
    """A hard stop met when the session was marked ready or started: the bag is not given.

    ``check`` is ``"dose"`` (the bag's cells against today's weight) or ``"product_at_start"``
    (expiry, projected end, hours since preparation); ``problems`` are the English sentences.
    """

    product_id: str
    check: str
    problems: list[str]

    def words(self) -> dict[str, Any]:
        """The problems as recorded, one after another."""
        return {"problems": Listing((Recorded(text) for text in self.problems), "; ")}
