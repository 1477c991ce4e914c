"""A scheduled set of vital signs not taken, with a reason (as Open-eObs records it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from infusion_app.domain.event_declarations import EventFacts, event_type
from infusion_app.domain.events import EventType
from infusion_app.domain.messages import Localized, Message


@event_type(EventType.VITALS_NOT_TAKEN, "vital signs not taken: {reason}{note}")
@dataclass(frozen=True)
class VitalsNotTaken(EventFacts):
    """The set due for ``slot_key`` was not taken, for ``reason`` (an id of the protocol's
    ``[vitals_not_taken]`` list, with its words then, ``reason_en``/``reason_zh``) and the
    nurse's ``note``. The slot counts as attempted, not missed; a follow-up set is due
    ``follow_up_min`` minutes later (the protocol's interval when it was recorded)."""

    slot_key: str
    reason: str
    reason_en: str
    reason_zh: str
    note: str
    follow_up_min: int
    backdated: dict[str, Any] | None = None  # entered late: minutes and reason (entry_times)

    def words(self) -> dict[str, Any]:
        """The reason in the reader's language, and the note after it when there is one."""
        note = Message(" ({note})", note=self.note) if self.note else ""
        return {"reason": Localized(self.reason_en, self.reason_zh), "note": note}
