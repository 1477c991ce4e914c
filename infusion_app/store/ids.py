"""Time-ordered ids (UUID version 7, RFC 9562) for events and the records they create."""

from __future__ import annotations


def new_id() -> str:
    """A new UUIDv7 as text: it sorts by creation time and is unique across laptops."""
    # Imported at the first write, not at start-up: uuid6 reads its own package metadata
    # when imported (importlib.metadata, 40–80 ms here) before the sign-in window could show.
    from uuid6 import uuid7

    return str(uuid7())
