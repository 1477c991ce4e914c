"""Time-ordered ids (UUID version 7, RFC 9562) for events and the records they create."""

from __future__ import annotations

import secrets
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0


def new_id() -> str:
    """A new UUIDv7 as text: it sorts by creation time and is unique across laptops.

    48 bits of Unix time in milliseconds, the version and variant bits, and 74 random bits
    (RFC 9562, section 5.7). Within one process the time never goes back and never repeats:
    two ids in the same millisecond (or after the clock was set back) take the next one, so
    ids made here sort in the order they were made, as the ``uuid6`` package's ``uuid7``
    did. Written here because importing that package read its own metadata
    (``importlib.metadata``: 15–25 ms of every start, before the first write could finish).
    """
    global _last_ms
    with _lock:
        now_ms = max(time.time_ns() // 1_000_000, _last_ms + 1)
        _last_ms = now_ms
    value = (now_ms & 0xFFFF_FFFF_FFFF) << 80 | secrets.randbits(76)
    value = value & ~(0xF << 76) | 0x7 << 76  # version 7
    value = value & ~(0x3 << 62) | 0x2 << 62  # variant 10
    return str(uuid.UUID(int=value))
