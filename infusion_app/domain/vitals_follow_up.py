"""Follow-up slots: a sooner set asked for by the session's newest record.

Two kinds of record ask for one (each a :class:`FollowUpCause`):

- a set whose NEWS2 calls for an urgent or emergency response: the protocol gives the longest
  interval each response allows (``[news2_escalation]``), and the *remaining schedule* gets
  slots at that interval until a set scores lower (``repeats``);
- a set not taken, or partly taken, with a reason: one follow-up after the protocol's
  ``[vitals_not_taken] follow_up_min``.

Only the newest record of the session (a set, or a set not taken) asks for follow-ups now; a
follow-up an older record asked for stays in the schedule only once it was settled (done, or
attempted in turn). A follow-up is left out when another slot still to do falls due within its
interval before it: the schedule is already that dense there.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from infusion_app.domain.protocol import Anchor, LocalText
from infusion_app.domain.vitals_schedule import SlotInstance

FOLLOW_UP_GRACE_MIN = 5  # a follow-up set is overdue this long after it is due


@dataclass(frozen=True)
class FollowUpCause:
    """A record that asks for a sooner set (see the module).

    ``key`` names its first follow-up slot; ``at`` is when the set was measured or attempted
    (UTC); ``interval_min`` the minutes to the follow-up; ``repeats`` whether the rest of the
    schedule follows at that interval (an escalation) or only one slot (a set not taken).
    """

    key: str
    slot_id: str
    at: datetime
    interval_min: int
    label: LocalText
    repeats: bool


def _instance(
    cause: FollowUpCause, number: int, opens: datetime, ended: datetime | None
) -> SlotInstance:
    due = cause.at + timedelta(minutes=cause.interval_min * number)
    key = cause.key if number == 1 else f"{cause.key}+{number}"
    anchor = Anchor.END if ended is not None and due >= ended else Anchor.START
    grace = timedelta(minutes=FOLLOW_UP_GRACE_MIN)
    return SlotInstance(key, cause.slot_id, cause.label, due, due + grace, anchor, opens)


def follow_ups(
    causes: Iterable[FollowUpCause],
    newest_at: datetime | None,
    regular: Iterable[SlotInstance],
    settled: Mapping[str, object],
    ended: datetime | None,
    horizon: datetime | None,
) -> list[SlotInstance]:
    """The follow-up slots to show: each settled one, then those the newest record asks for.

    ``regular`` are the protocol's slots; ``settled`` holds the keys done or attempted;
    ``horizon`` is the due time of the schedule's last slot known now (a repeating escalation
    projects its slots up to it; its first slot is always shown).
    """
    causes = sorted(causes, key=lambda c: (not c.repeats, c.at))
    found = [_instance(c, 1, c.at, ended) for c in causes if c.key in settled]
    waiting = [i for i in regular if i.key not in settled]
    for cause in (c for c in causes if c.at == newest_at):
        step = timedelta(minutes=cause.interval_min)
        number, opens = 1, cause.at
        while True:
            slot = _instance(cause, number, opens, ended)
            if number > 1 and (not cause.repeats or horizon is None or slot.due_at > horizon):
                break
            if slot.key not in settled and not any(
                slot.due_at - step < other.due_at <= slot.due_at for other in waiting
            ):
                found.append(slot)
                waiting.append(slot)
            number, opens = number + 1, slot.due_at
    return sorted(found, key=lambda i: i.due_at)
