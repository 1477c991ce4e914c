"""Event types declared once: a frozen dataclass per type, holding its fields and its sentence.

An event type is declared with :func:`event_type` on a frozen dataclass of its payload, e.g.
``AdverseEventUpdated`` in :mod:`infusion_app.domain.event_types.adverse_events`:

- a service records one with ``AdverseEventUpdated(...).draft(actor, participant, session)``;
- the audit text (``event_text.describe``) fills the sentence from the fields (a type may
  override :meth:`EventFacts.words` to turn a code into a translatable word); the sentence is
  a literal, so scripts/collect_messages.py offers it for translation;
- the store's projector for it reads the typed fields: ``AdverseEventUpdated.of(event)``.

The log stores the payload as canonical JSON exactly as before (the fields, by name), so old
events keep their hashes; :meth:`EventFacts.from_payload` reads an older payload too (a field
added later takes its default).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, ClassVar, Self, TypeVar

from infusion_app.domain.events import Event, EventDraft
from infusion_app.domain.messages import Message

E = TypeVar("E", bound="type[EventFacts]")


class EventFacts:
    """The base of a declared event type; subclasses are frozen dataclasses of its fields."""

    TYPE: ClassVar[str]
    SENTENCE: ClassVar[Message]

    def payload(self) -> dict[str, Any]:
        """The fields as stored in the log (a JSON object)."""
        fields: dict[str, Any] = dataclasses.asdict(self)  # type: ignore[call-overload]
        return fields

    def draft(
        self,
        actor: str,
        participant: str | None = None,
        session: str | None = None,
        occurred_at: str | None = None,
    ) -> EventDraft:
        """The event to append: this type, these fields, who and (optionally) when."""
        return EventDraft(self.TYPE, actor, self.payload(), participant, session, occurred_at)

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> Self:
        """The typed fields of a stored payload (keys it does not declare are ignored)."""
        names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in payload.items() if k in names})

    @classmethod
    def of(cls, event: Event) -> Self:
        """The typed fields of a stored event of this type."""
        if event.type != cls.TYPE:
            raise ValueError(f"{event.type} is not {cls.TYPE}")
        return cls.from_payload(event.payload)

    def words(self) -> dict[str, Any]:
        """The values the sentence names, by field; override to show a code as a word."""
        return self.payload()

    def describe(self) -> Message:
        """What happened, in a few words (the actor and times are shown beside it)."""
        return self.SENTENCE.with_fields(**self.words())


DECLARED_EVENTS: dict[str, type[EventFacts]] = {}
"""Every declared event type by its stored name."""


def event_type(name: str, sentence: str) -> Callable[[E], E]:
    """Declare the decorated dataclass as the event type ``name``, described by ``sentence``."""

    def declare(cls: E) -> E:
        if name in DECLARED_EVENTS:
            raise ValueError(f"event type {name!r} is declared twice")
        if not dataclasses.is_dataclass(cls):
            raise TypeError(f"{cls.__name__} must be a frozen dataclass")
        cls.TYPE = name
        cls.SENTENCE = Message(sentence)
        DECLARED_EVENTS[name] = cls
        return cls

    return declare
