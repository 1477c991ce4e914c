"""Errors of sync, with messages meant for the person at the laptop."""

from __future__ import annotations


class SyncError(Exception):
    """Sync could not finish; the message says why. Nothing acknowledged is lost."""


class ChainRefusedError(SyncError):
    """The server (or this laptop, pulling) found a broken hash chain and refused the events."""


class SyncCancelledError(SyncError):
    """The caller asked sync to stop; what was committed so far stays committed."""


class ServerOlderError(SyncError):
    """The server does not know a kind of event this laptop writes: it is an older version.
    The events wait, queued, until the server is upgraded (``infusion-app server init``)."""


class DeviceRevokedError(SyncError):
    """The data manager shut this laptop out of the server (``server revoke``)."""
