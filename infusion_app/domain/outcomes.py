"""What a rule or an action returns: a value, or a refusal with a reason a person understands."""

from __future__ import annotations

from dataclasses import dataclass

from infusion_app.domain.messages import Message


@dataclass(frozen=True, init=False)
class Refusal:
    """Why something may not be done.

    ``code`` is stable for programs and tests; ``message`` is the sentence shown to the nurse,
    translated on screen; ``reason`` is that sentence in English (CLI, logs, exports).
    ``Refusal("too_few_taps", "Tap at least {taps} drops.", taps=3)`` builds the message from
    a literal template (see :mod:`infusion_app.domain.messages`).
    """

    code: str
    message: Message

    def __init__(self, code: str, message: Message | str, /, **fields: object) -> None:
        if isinstance(message, str):
            message = Message(message, **fields)
        elif fields:
            raise TypeError("fields go with a template, not with a ready Message")
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "message", message)

    @property
    def reason(self) -> str:
        """The sentence in English."""
        return str(self.message)


class RefusedError(Exception):
    """Raised inside a service when a rule says no; carries the :class:`Refusal`."""

    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal.reason)
        self.refusal = refusal
