"""Projectors for events that change no read model (log-only events of the reliability work).

Register with ``**RELIABILITY_PROJECTORS`` in ``read_models.PROJECTORS``.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database

from infusion_app.domain.clock_jumps import CLOCK_JUMP_DETECTED
from infusion_app.domain.event_types import RecordPrinted
from infusion_app.domain.event_types.protocol_versions import ProtocolVersionAdopted
from infusion_app.domain.events import Event
from infusion_app.domain.export_files import EXPORT_WRITTEN


def _log_only(db: Database, event: Event) -> None:
    """The event is the record; no read model changes."""


RELIABILITY_PROJECTORS: dict[str, Callable[[Database, Event], None]] = {
    CLOCK_JUMP_DETECTED: _log_only,
    EXPORT_WRITTEN: _log_only,
    RecordPrinted.TYPE: _log_only,
    ProtocolVersionAdopted.TYPE: _log_only,  # read from the log by its hash
}
