"""The domain's sentences in the interface's language.

domain/, services/ and sync/ build a :class:`Message` (an English template and its fields);
infusion_app/ui/domain_messages.py marks every template for Qt Linguist (context
``Messages``). Here a template is translated, then filled with the same fields — nested
messages, listings and domain words translated in turn. A text an event stored in English
(:class:`Recorded`) is matched back to the template that made it, so old records read in
Chinese too; what matches nothing (a typed reason, a code) is shown as stored.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale

from infusion_app.domain.messages import Listing, Localized, Message, Recorded, Word
from infusion_app.domain.outcomes import Refusal
from infusion_app.ui.domain_messages import MESSAGES

CONTEXT = "Messages"
FIELD = re.compile(r"\{(\w+)(![rs])?(:[^}]*)?\}")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def message_text(message: Message | str, known: Mapping[str, str] | None = None) -> str:
    """``message`` in the interface's language (a plain text is shown as given).

    ``known`` maps stored English texts that are no template (a protocol's stop criterion)
    to the words to show.
    """
    if isinstance(message, str):
        return message
    template = _tr(message.template)
    if not message.fields:
        return template
    values = {name: _field(value, known) for name, value in message.fields}
    try:
        return template.format_map(values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a field: say it in English
        return str(message)


def refusal_text(refusal: Refusal) -> str:
    """Why it was refused, in the interface's language."""
    return message_text(refusal.message)


def _field(value: object, known: Mapping[str, str] | None) -> object:
    if isinstance(value, Message):
        return _Shown(message_text(value, known))
    if isinstance(value, Listing):
        separator = _tr(value.separator) if value.separator.strip() else value.separator
        return _Shown(separator.join(str(_field(item, known)) for item in value.items))
    if isinstance(value, Word):
        return _Shown(QCoreApplication.translate(value.context, value.text))
    if isinstance(value, Localized):
        return _Shown(value.zh if QLocale().language() == QLocale.Language.Chinese else value.en)
    if isinstance(value, Recorded):
        return _Shown(recorded_text(value.text, known))
    return value


class _Shown(str):
    """An already shown text: a field spec such as ``!r`` keeps the English quotes."""

    __slots__ = ()

    def __format__(self, spec: str) -> str:
        return str(self)


def recorded_text(english: str, known: Mapping[str, str] | None = None) -> str:
    """A sentence an event stored in English, in the interface's language when it is known."""
    if known and english in known:
        return known[english]
    match = _matching(english)
    if match is None:
        return english
    template, values = match
    shown = {name: recorded_text(text, known) for name, text in values.items()}
    try:
        return FIELD.sub(lambda m: "{" + m.group(1) + "}", _tr(template)).format_map(shown)
    except (KeyError, IndexError, ValueError):
        return english


@functools.cache
def _patterns() -> tuple[tuple[str, re.Pattern[str], int], ...]:
    """Every template as a pattern over its English sentence, most literal text first."""
    made = []
    for template in MESSAGES:
        literal = FIELD.sub("", template)
        if sum(c.isalpha() for c in literal) < 3:
            continue  # "{problems}", "{judgement}.": would match anything
        made.append((template, _pattern(template), len(literal)))
    return tuple(sorted(made, key=lambda m: -m[2]))


def _pattern(template: str) -> re.Pattern[str]:
    r"""``"Tap at least {taps} drops."`` → ``Tap\ at\ least\ (?P<taps>.+?)\ drops\.``"""
    parts, seen, at = [], set(), 0
    for field in FIELD.finditer(template):
        name = field.group(1)
        parts.append(re.escape(template[at : field.start()]))
        parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
        seen.add(name)
        at = field.end()
    parts.append(re.escape(template[at:]))
    return re.compile("".join(parts), re.DOTALL)


@functools.lru_cache(maxsize=4096)
def _matching(english: str) -> tuple[str, dict[str, str]] | None:
    for template, pattern, _ in _patterns():
        found = pattern.fullmatch(english)
        if found:
            return template, found.groupdict()
    return None


def field_text(message: Message, name: str) -> str:
    """One field of ``message`` (e.g. the problems of a bedside mismatch), as shown."""
    value = dict(message.fields).get(name, "")
    return str(_field(value, None))
