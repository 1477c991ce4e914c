"""Printing a session's record from the record screen, and the audit event that says so.

The screen asks the person for a printer (the system print dialog); this paints the record
onto it, as the PDF export would, and records who printed which session and how many pages.
A PDF needs a running ``QGuiApplication``, and so does printing (the app has one).
"""

from __future__ import annotations

from typing import Any

from infusion_app.domain.event_types import RecordPrinted
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.roles import Role
from infusion_app.reports.session_record import gather
from infusion_app.services.context import Accepted, Actor, Outcome, Workspace
from infusion_app.services.declarations import user_action


@user_action("print the record", Role.NURSE, Role.INVESTIGATOR, replay=False)
def print_record(
    ws: Workspace, actor: Actor, *, session_id: str, printer: Any, printer_name: str
) -> Outcome:
    """Print one session's record on ``printer`` (a Qt paged paint device), then record it."""
    from infusion_app.reports.pdf_record import paint_record

    try:
        record = gather(ws, session_id)
    except KeyError:
        return Refusal("unknown_session", "There is no session {session}.", session=session_id)
    pages = paint_record(record, printer, printer.resolution())
    facts = RecordPrinted(
        session_id=session_id,
        subject=record.participant.subject_code,
        number=int(record.session.number),
        pages=pages,
        printer=printer_name.strip() or "?",
    )
    events = ws.store.append([facts.draft(actor.username, facts.subject, session_id)])
    return Accepted(tuple(events), {"pages": pages})
