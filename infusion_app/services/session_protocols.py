"""The protocol a session runs under: the file in use when it was scheduled.

Scheduling records the file's id, version and SHA-256 with the session, and the first session
scheduled under a version keeps the file's text in the record (``protocol.version_adopted``).
After the file changes (an amendment, a site's confirmed value), a session scheduled before
is still judged (bands, tolerances, schedule, stop criteria) and shown by its own version:
every action on a session, and every screen of one, works on :func:`session_workspace`.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
from dataclasses import dataclass

from infusion_app.domain.event_types.protocol_versions import ProtocolVersionAdopted
from infusion_app.domain.events import EventDraft
from infusion_app.domain.protocol import Protocol, ProtocolError, parse_protocol
from infusion_app.services.context import Actor, Workspace
from infusion_app.store.queries.protocol_versions import is_kept, kept_protocol_text
from infusion_app.store.queries.site import session_protocol

log = logging.getLogger("log.services")


@functools.lru_cache(maxsize=16)
def _parsed(text: str, sha256: str) -> Protocol:
    """A kept file's text read again (cached: the text of a hash never changes)."""
    return dataclasses.replace(parse_protocol(text, f"protocol {sha256[:12]}"), sha256=sha256)


@dataclass(frozen=True)
class SessionProtocolInUse:
    """The version a session was scheduled under, and the one it is judged by.

    They differ only when the session's file was not kept (scheduled before files were kept
    in the record): then it is judged by the file in use now.
    """

    scheduled_version: str  # "" when not recorded
    scheduled_sha256: str
    judged_by: Protocol

    @property
    def judged_by_its_own(self) -> bool:
        """True when the session is judged by the version it was scheduled under."""
        return self.judged_by.sha256 == self.scheduled_sha256


def protocol_in_use(ws: Workspace, session_id: str) -> SessionProtocolInUse:
    """Which protocol file the session was scheduled under, and which one judges it."""
    scheduled = session_protocol(ws.db, session_id)
    judged = ws.protocol
    if scheduled.sha256 and scheduled.sha256 != ws.protocol.sha256:
        text = kept_protocol_text(ws.db, scheduled.sha256)
        if text is not None:
            try:
                judged = _parsed(text, scheduled.sha256)
            except ProtocolError as error:  # kept by an older app that read it differently
                log.warning("session %s: its protocol file does not read: %s", session_id, error)
    return SessionProtocolInUse(scheduled.version, scheduled.sha256, judged)


def session_workspace(ws: Workspace, session_id: str) -> Workspace:
    """``ws`` with the protocol the session runs under (``ws`` itself when that is in use)."""
    protocol = protocol_in_use(ws, session_id).judged_by
    return ws if protocol is ws.protocol else dataclasses.replace(ws, protocol=protocol)


def keep_protocol_drafts(ws: Workspace, actor: Actor) -> list[EventDraft]:
    """The event that keeps the protocol file in use, when no session has kept it yet."""
    p = ws.protocol
    if not p.sha256 or not p.text or is_kept(ws.db, p.sha256):
        return []
    adopted = ProtocolVersionAdopted(
        protocol_id=p.id, version=p.version, sha256=p.sha256, text=p.text
    )
    return [adopted.draft(actor.username)]
