"""Adverse events as recorded at the bedside, and their later updates."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from infusion_app.domain.event_declarations import EventFacts, event_type
from infusion_app.domain.events import EventType
from infusion_app.domain.messages import Word


@event_type(EventType.ADVERSE_EVENT_RECORDED, "adverse event: {term}, grade {grade}")
@dataclass(frozen=True)
class AdverseEventRecorded(EventFacts):
    """A new adverse event: its CTCAE v5.0 term and grade, onset, seriousness and actions.

    ``linked_vitals`` are the ids of the vital-sign events around the onset.
    """

    ae_id: str
    term: str
    term_name: str
    grade: int
    grade_definition: str
    onset_at: str  # UTC ISO 8601
    serious: bool
    serious_criteria: list[str]
    action: str
    outcome: str
    description: str
    linked_vitals: list[str]

    def words(self) -> dict[str, Any]:
        """The term as its translated name (its code is ``term``)."""
        return {**self.payload(), "term": Word(self.term_name, "AdverseEvents")}


@event_type(EventType.ADVERSE_EVENT_UPDATED, "adverse event update: {outcome}, grade {grade}")
@dataclass(frozen=True)
class AdverseEventUpdated(EventFacts):
    """A change of an adverse event's outcome or grade; the first record stays as it was."""

    ae_id: str
    outcome: str
    grade: int
    note: str
    serious: bool
