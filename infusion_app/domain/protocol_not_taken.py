"""Reading ``[vitals_not_taken]``: the reasons a scheduled set may be not taken or partly taken,
and the minutes after which a follow-up set is due."""

from __future__ import annotations

from infusion_app.domain.protocol import NotTakenReason, VitalsNotTakenSpec
from infusion_app.domain.protocol_toml import Table, shown


def read_not_taken(t: Table) -> VitalsNotTakenSpec:
    """The table's reasons (ids unique) and follow-up interval (minutes)."""
    follow_up = t.integer("follow_up_min", "min", minimum=1)
    entries = t.tables("reasons")
    reasons = tuple(_read_reason(entry) for entry in entries)
    seen: set[str] = set()
    for entry, reason in zip(entries, reasons, strict=True):
        if reason.id in seen:
            raise entry.fail("id", f"{shown(reason.id)} is used twice")
        seen.add(reason.id)
    t.done()
    return VitalsNotTakenSpec(reasons=reasons, follow_up_min=follow_up)


def _read_reason(t: Table) -> NotTakenReason:
    reason = NotTakenReason(id=t.entry_id(), label=t.local_text("label"))
    t.done()
    return reason
