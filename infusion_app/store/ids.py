"""Time-ordered ids (UUID version 7, RFC 9562) for events and the records they create."""

from __future__ import annotations

import secrets
import threading
import time
import uuid

_COUNTER_MAX = 0xFFF  # the 12 bits of rand_a, used as a counter (RFC 9562, section 6.2, method 1)
_lock = threading.Lock()
_last_ms = 0
_counter = 0


def new_id() -> str:
    """A new UUIDv7 as text: it sorts by creation time and is unique across laptops.

    48 bits of Unix time in milliseconds, the version bits, a 12-bit counter, the variant bits
    and 62 random bits (RFC 9562, sections 5.7 and 6.2, method 1). Within one process ids sort
    in the order they were made: ids in the same millisecond count up, a full counter takes
    the next millisecond, and a clock set back keeps the last time (as the ``uuid6`` package's
    ``uuid7`` did). Written here because importing that package read its own metadata
    (``importlib.metadata``: 15–25 ms of every start, before the first write could finish).
    """
    global _last_ms, _counter
    with _lock:
        now_ms = time.time_ns() // 1_000_000
        if now_ms > _last_ms:
            _last_ms, _counter = now_ms, secrets.randbits(10)  # leaves room to count up
        elif _counter < _COUNTER_MAX:
            _counter += 1
        else:
            _last_ms, _counter = _last_ms + 1, 0
        millis, counter = _last_ms, _counter
    value = (
        (millis & 0xFFFF_FFFF_FFFF) << 80
        | 0x7 << 76  # version 7
        | counter << 64
        | 0x2 << 62  # variant 10
        | secrets.randbits(62)
    )
    return str(uuid.UUID(int=value))
