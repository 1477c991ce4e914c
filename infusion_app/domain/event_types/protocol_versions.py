"""A protocol file's version kept in the record: the first session scheduled under a version
of the file keeps its whole text, so sessions scheduled under it are judged and shown by it
after the file changes (an amendment, a site's confirmed value)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from infusion_app.domain.event_declarations import EventFacts, event_type
from infusion_app.domain.events import EventType


@event_type(
    EventType.PROTOCOL_VERSION_ADOPTED,
    "protocol file {protocol_id} version {version} kept (SHA-256 {sha256})",
)
@dataclass(frozen=True)
class ProtocolVersionAdopted(EventFacts):
    """The protocol file ``protocol_id`` ``version`` whose bytes hash to ``sha256`` (hex),
    with its ``text`` (TOML) as read."""

    protocol_id: str
    version: str
    sha256: str
    text: str

    def words(self) -> dict[str, Any]:
        """The first 12 hex digits of the hash; never the file's text."""
        return {
            "protocol_id": self.protocol_id,
            "version": self.version,
            "sha256": self.sha256[:12],
        }
