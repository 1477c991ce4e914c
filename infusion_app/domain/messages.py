"""Sentences for people, kept as an English template with named fields until shown.

``str(message)`` is the English sentence the CLI, the logs, the exports and the stored event
payloads use. A screen translates ``template`` instead (Qt Linguist context ``Messages``) and
fills in the same fields, so a nurse reads the sentence in the interface's language.
Templates are plain literals at the call (``Message("Tap at least {taps} drops.", taps=3)``):
scripts/collect_messages.py finds every one in domain/, services/ and sync/ for translation.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, init=False)
class Message:
    """An English template (``str.format`` fields by name) and the values of its fields.

    A field's value may be a number or a text (shown as given), another :class:`Message` or a
    :class:`Listing` (both translated in turn on screen).
    """

    template: str
    fields: tuple[tuple[str, object], ...]

    def __init__(self, template: str, /, **fields: object) -> None:
        object.__setattr__(self, "template", template)
        object.__setattr__(self, "fields", tuple(fields.items()))

    def __str__(self) -> str:
        if not self.fields:
            return self.template
        return self.template.format_map(dict(self.fields))

    def __format__(self, spec: str) -> str:
        return str(self)

    def with_fields(self, **fields: object) -> Message:
        """The same template with these fields (for templates kept in a table)."""
        return Message(self.template, **fields)


@dataclass(frozen=True, init=False)
class Listing:
    """Items shown one after another with a separator, e.g. ``I2, E4``."""

    items: tuple[object, ...]
    separator: str

    def __init__(self, items: Iterable[object], separator: str = ", ", /) -> None:
        object.__setattr__(self, "items", tuple(items))
        object.__setattr__(self, "separator", separator)

    def __str__(self) -> str:
        return self.separator.join(str(item) for item in self.items)

    def __format__(self, spec: str) -> str:
        return str(self)


@dataclass(frozen=True)
class Word:
    """A fixed domain text (a CTCAE term, a vital sign's name) as a field of a message.

    Screens translate it under ``context``, where infusion_app/ui/domain_words.py marks it;
    ``english`` is how the English sentence writes it when that differs (e.g. lower case).
    """

    text: str
    context: str
    english: str | None = None

    def __str__(self) -> str:
        return self.text if self.english is None else self.english

    def __format__(self, spec: str) -> str:
        return str(self)


@dataclass(frozen=True)
class Recorded:
    """A text as an event stored it (English at the time): screens show it in their language
    when it is a sentence they know (a template of this code, a protocol text), else as stored."""

    text: str

    def __str__(self) -> str:
        return self.text

    def __format__(self, spec: str) -> str:
        return self.text


@dataclass(frozen=True)
class Localized:
    """A text the protocol file gives in both languages (a vitals slot, a stop criterion)."""

    en: str
    zh: str

    def __str__(self) -> str:
        return self.en

    def __format__(self, spec: str) -> str:
        return self.en
