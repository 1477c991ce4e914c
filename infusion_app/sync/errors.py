"""Errors of sync, with messages meant for the person at the laptop."""

from __future__ import annotations


class SyncError(Exception):
    """Sync could not finish; the message says why. Nothing acknowledged is lost."""


class ChainRefusedError(SyncError):
    """The server (or this laptop, pulling) found a broken hash chain and refused the events."""


class SyncCancelledError(SyncError):
    """The caller asked sync to stop; what was committed so far stays committed."""
