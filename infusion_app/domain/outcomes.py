"""What a rule or an action returns: a value, or a refusal with a reason a person understands."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Refusal:
    """Why something may not be done.

    ``code`` is stable for programs and tests; ``reason`` is the sentence shown to the nurse.
    """

    code: str
    reason: str


class RefusedError(Exception):
    """Raised inside a service when a rule says no; carries the :class:`Refusal`."""

    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal.reason)
        self.refusal = refusal
