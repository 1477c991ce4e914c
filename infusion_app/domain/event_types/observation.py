"""The post-infusion observation period."""

from __future__ import annotations

from dataclasses import dataclass

from infusion_app.domain.event_declarations import EventFacts, event_type
from infusion_app.domain.events import EventType


@event_type(EventType.OBSERVATION_ENDED_EARLY, "ended observation early: {reason}")
@dataclass(frozen=True)
class ObservationEndedEarly(EventFacts):
    """An investigator ended the observation period before its planned end, with a reason."""

    reason: str
