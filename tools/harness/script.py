"""The good day (:mod:`infusion_app.demo.good_day`) as the replay lines the harness sends.

Times are made relative to ``now`` so the script runs on the real clock of a child process:
the bag was prepared an hour ago and expires in six hours; the session is today (site time).
Values that only exist once an action ran (the session's and the bag's ids) are written as
``"$session_id"`` and ``"$product_id"`` and filled in by the harness.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from infusion_app.demo import good_day
from infusion_app.demo.cast import DEMO_PASSWORD, PARTICIPANT
from infusion_app.domain.protocol import Protocol

SUBJECT = PARTICIPANT.subject_code
fill = good_day.fill


@dataclass(frozen=True)
class Step:
    """One line of the script; ``user`` is who must be signed in for it (None: nobody)."""

    user: str | None
    line: dict[str, Any]


def sign_in(username: str) -> Step:
    return Step(None, {"action": "sign_in", "username": username, "password": DEMO_PASSWORD})


def build_script(protocol: Protocol, now: datetime) -> list[Step]:
    """The whole good day, with a sign-in line wherever the next action is someone else's."""
    local = now.astimezone(ZoneInfo(protocol.site.timezone)).date()
    consent = (local - timedelta(days=4)).isoformat()
    script: list[Step] = []
    signed_in: str | None = None
    for step in good_day.whole_day(protocol, now, consent, local.isoformat()):
        if step.actor is not None and step.actor != signed_in:
            script.append(sign_in(step.actor))
            signed_in = step.actor
        script.append(Step(step.actor, step.line))
    return script
