"""Printing a session record: who printed which session's record, how many pages, where."""

from __future__ import annotations

from dataclasses import dataclass

from infusion_app.domain.event_declarations import EventFacts, event_type
from infusion_app.domain.events import EventType


@event_type(
    EventType.RECORD_PRINTED, "printed the record of session {number} of {subject} ({pages} pages)"
)
@dataclass(frozen=True)
class RecordPrinted(EventFacts):
    """A session's record was sent to a printer from the record screen (log only)."""

    session_id: str
    subject: str
    number: int
    pages: int
    printer: str
