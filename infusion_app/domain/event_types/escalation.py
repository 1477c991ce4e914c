"""NEWS2 escalation: the nurse records whom she informed and when (or why no one)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from infusion_app.domain.escalation import LEVEL_WORDS, Escalation
from infusion_app.domain.event_declarations import EventFacts, event_type
from infusion_app.domain.events import EventType
from infusion_app.domain.messages import Message


@event_type(EventType.ESCALATION_ACKNOWLEDGED, "NEWS2 {level}: {who}")
@dataclass(frozen=True)
class EscalationAcknowledged(EventFacts):
    """The escalation raised by the set ``vitals_event_id`` is answered: ``informed`` (name and
    role) at ``informed_at`` (UTC ISO 8601), or no one, for ``not_informed_reason``."""

    vitals_event_id: str
    level: str
    informed: str
    informed_at: str | None
    not_informed_reason: str

    def words(self) -> dict[str, Any]:
        """The level as words; whom and when, or why no one."""
        level = LEVEL_WORDS.get(Escalation(self.level), Message(self.level))
        if self.informed:
            who = Message(
                "informed {informed} at {at}", informed=self.informed, at=self.informed_at
            )
        else:
            who = Message("no one informed: {reason}", reason=self.not_informed_reason)
        return {"level": level, "who": who}
