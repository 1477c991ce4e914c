"""Importing the randomization list: preview first, then one event with every accepted row."""

from __future__ import annotations

from dataclasses import replace

from infusion_app.domain.events import EventDraft, EventType
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.randomization import (
    RandomizationPreview,
    RejectedRow,
    parse_randomization,
)
from infusion_app.domain.roles import Role
from infusion_app.services.context import Accepted, Actor, Outcome, Workspace
from infusion_app.services.declarations import user_action


def allocated_arm(ws: Workspace, subject_code: str) -> str | None:
    """The arm the randomization list gives this subject, if it was imported."""
    row = ws.db.execute(
        "SELECT arm FROM allocations WHERE subject_code = ?", [subject_code]
    ).fetchone()
    return str(row[0]) if row else None


def preview_randomization(ws: Workspace, csv_text: str) -> RandomizationPreview | Refusal:
    """What importing ``csv_text`` would take and reject (already allocated codes rejected)."""
    preview = parse_randomization(ws.protocol, csv_text)
    if isinstance(preview, Refusal):
        return preview
    accepted, rejected = [], list(preview.rejected)
    for row in preview.accepted:
        existing = allocated_arm(ws, row.subject_code)
        if existing is None:
            accepted.append(row)
        else:
            reason = f"{row.subject_code} is already allocated to {existing}"
            rejected.append(RejectedRow(row.line, f"{row.subject_code},{row.arm}", reason))
    rejected.sort(key=lambda r: r.line)
    return replace(preview, accepted=tuple(accepted), rejected=tuple(rejected))


@user_action("import randomization", Role.INVESTIGATOR)
def import_randomization(
    ws: Workspace, actor: Actor, *, csv_text: str, source_name: str = ""
) -> Outcome:
    """Record the accepted allocations of a randomization list; the rejected rows are reported."""
    preview = preview_randomization(ws, csv_text)
    if isinstance(preview, Refusal):
        return preview
    if not preview.accepted:
        return Refusal("nothing_to_import", "No row of the list can be imported.")
    payload = {
        "source_name": source_name,
        "allocations": [{"subject_code": r.subject_code, "arm": r.arm} for r in preview.accepted],
        "rejected": [{"line": r.line, "reason": r.reason} for r in preview.rejected],
    }
    draft = EventDraft(EventType.RANDOMIZATION_IMPORTED, actor.username, payload)
    created = {"imported": len(preview.accepted), "rejected": len(preview.rejected)}
    return Accepted(tuple(ws.store.append([draft])), created)
