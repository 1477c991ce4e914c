"""The vital-signs schedule of the protocol, laid on one session's times.

Slots anchored at the start repeat every ``every_min`` while the infusion runs; slots anchored
at the end appear once it has ended. A set of vitals is matched, when it is recorded, to the
earliest open slot it can serve; it is late when measured after the slot's grace. A slot may
also be settled without a full set: partly taken, or not taken with a reason (attempted, never
missed); :mod:`infusion_app.domain.vitals_follow_up` then adds a follow-up slot.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TypeVar

from infusion_app.domain.protocol import Anchor, LocalText, Protocol, VitalsSlot

EARLY_MIN = 5  # a set measured up to 5 min before a slot is due counts for it


class SlotState(StrEnum):
    """Where a slot stands now."""

    UPCOMING = "upcoming"
    DUE = "due"
    OVERDUE = "overdue"
    DONE = "done"
    DONE_LATE = "done_late"
    MISSED = "missed"  # a during-infusion set not taken before the infusion ended
    PARTIAL = "partial"  # partly taken, with a reason: attempted, a follow-up is due
    NOT_TAKEN = "not_taken"  # not taken, with a reason: attempted (not missed), a follow-up is due


ATTEMPTED = (SlotState.PARTIAL, SlotState.NOT_TAKEN)


@dataclass(frozen=True)
class Attempt:
    """A slot settled without a full set: partly or not taken, and the reason given."""

    state: SlotState  # PARTIAL or NOT_TAKEN
    reason: LocalText
    note: str = ""


@dataclass(frozen=True)
class SlotInstance:
    """One occurrence of a schedule slot, e.g. ``during@30`` for 30 min after the start."""

    key: str
    slot_id: str
    label: LocalText
    due_at: datetime
    overdue_at: datetime
    anchor: Anchor
    opens_at: datetime | None = None  # the earliest a set counts (baseline: start + offset)


@dataclass(frozen=True)
class SlotStatus:
    """A slot instance and its state now."""

    key: str
    slot_id: str
    label: LocalText
    due_at: datetime
    overdue_at: datetime
    state: SlotState
    anchor: Anchor
    opens_at: datetime | None = None
    attempt: Attempt | None = None  # partly or not taken: the reason

    @property
    def is_done(self) -> bool:
        """Settled: done on time or late (a late set matched to its slot counts), or attempted
        with a reason (partly or not taken; its follow-up is a slot of its own)."""
        return self.state in (SlotState.DONE, SlotState.DONE_LATE, *ATTEMPTED)

    @property
    def is_waiting(self) -> bool:
        """Still to be done: upcoming, due or overdue (not done, not missed)."""
        return not self.is_done and self.state is not SlotState.MISSED


def _repeating(slot: VitalsSlot, start: datetime, until: datetime) -> list[SlotInstance]:
    step = slot.every_min or 0
    out, minute = [], slot.offset_min or step
    while step and start + timedelta(minutes=minute) <= until:
        due = start + timedelta(minutes=minute)
        label = LocalText(f"{minute} min after start", f"开始后{minute}分钟")
        out.append(
            SlotInstance(
                f"{slot.id}@{minute}",
                slot.id,
                label,
                due,
                due + timedelta(minutes=slot.grace_min),
                slot.anchor,
            )
        )
        minute += step
    return out


def instances(
    protocol: Protocol, start: datetime | None, end: datetime | None, now: datetime
) -> list[SlotInstance]:
    """Every slot instance known now, in due order (repeats shown up to the next one)."""
    found: list[SlotInstance] = []
    for slot in protocol.vitals_schedule:
        grace = timedelta(minutes=slot.grace_min)
        if slot.anchor is Anchor.BEFORE_START:
            due = start if start is not None else now
            opens = due + timedelta(minutes=slot.offset_min)  # offset_min <= 0
            found.append(
                SlotInstance(slot.id, slot.id, slot.label, due, due + grace, slot.anchor, opens)
            )
        elif slot.anchor is Anchor.START and start is not None:
            horizon = end or now + timedelta(minutes=slot.every_min or 0)
            if slot.every_min:
                found.extend(_repeating(slot, start, horizon))
            else:
                due = start + timedelta(minutes=slot.offset_min)
                found.append(
                    SlotInstance(slot.id, slot.id, slot.label, due, due + grace, slot.anchor)
                )
        elif slot.anchor is Anchor.END and end is not None:
            due = end + timedelta(minutes=slot.offset_min)
            found.append(SlotInstance(slot.id, slot.id, slot.label, due, due + grace, slot.anchor))
    return sorted(found, key=lambda s: s.due_at)


Slot = TypeVar("Slot", "SlotInstance", "SlotStatus")


def match_slot(
    open_instances: Iterable[Slot], measured_at: datetime, ended_at: datetime | None = None
) -> Slot | None:
    """The earliest open instance a set measured at ``measured_at`` can serve, if any.

    A set measured at or after the end of the infusion (``ended_at``) serves only the slots
    anchored at the end: a missed during-infusion set cannot be made up afterwards, and must
    not take the place of the post-infusion checks that observation waits for.
    """
    after_end = ended_at is not None and measured_at >= ended_at
    for instance in open_instances:
        if after_end and instance.anchor is not Anchor.END:
            continue
        opens = instance.opens_at or instance.due_at - timedelta(minutes=EARLY_MIN)
        if opens <= measured_at:
            return instance
    return None


def statuses(
    all_instances: list[SlotInstance],
    done: dict[str, bool],
    now: datetime,
    ended_at: datetime | None = None,
    attempted: Mapping[str, Attempt] | None = None,
) -> list[SlotStatus]:
    """Each instance's state; ``done`` maps a key to whether it was done late, ``attempted`` a
    key to its attempt (partly or not taken, with the reason): attempted, never missed.

    Once the infusion has ended (``ended_at``), a slot not anchored at the end that was not
    done is missed: no set can serve it any more (:func:`match_slot`), so it is neither due
    nor overdue — it stays in the record as missed and raises no alarm.
    """
    attempts = attempted or {}
    out = []
    for i in all_instances:
        attempt = attempts.get(i.key)
        if attempt is not None:
            state = attempt.state
        elif i.key in done:
            state = SlotState.DONE_LATE if done[i.key] else SlotState.DONE
        elif ended_at is not None and i.anchor is not Anchor.END:
            state = SlotState.MISSED
        elif now > i.overdue_at:
            state = SlotState.OVERDUE
        elif now >= i.due_at:
            state = SlotState.DUE
        else:
            state = SlotState.UPCOMING
        out.append(
            SlotStatus(
                *(i.key, i.slot_id, i.label, i.due_at, i.overdue_at, state, i.anchor),
                *(i.opens_at, attempt),
            )
        )
    return out
