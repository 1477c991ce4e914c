"""Whether the server still lets this laptop in, and which of the site's laptops it shut out.

Asked at the start of every sync (``infusion.begin_sync``: a revoked laptop is told when and
why, and syncs no further) and at its end (``infusion.site_revocations``: kept here, so the
status bar and the discrepancies screen name the laptops shut out).
"""

from __future__ import annotations

from collections.abc import Callable

import psycopg
from sqlite_utils import Database

from infusion_app.domain.messages import Message
from infusion_app.store import sync_state
from infusion_app.sync.errors import DeviceRevokedError
from infusion_app.sync.receipts import ask_server, utc_words


def check_standing(conn: psycopg.Connection) -> None:
    """Raise :class:`DeviceRevokedError` when the server shut this laptop out (its sync is
    noted on the server otherwise). A server of an earlier version knows no revocation."""
    rows = ask_server(conn, "SELECT * FROM infusion.begin_sync()")
    if rows:
        revoked_at, reason = rows[0]
        raise DeviceRevokedError(
            str(
                Message(
                    "This laptop was shut out of the trial server on {when}: {reason}. "
                    "What it recorded stays here; the data manager can say more.",
                    when=utc_words(str(revoked_at)),
                    reason=reason,
                )
            )
        )


def note_revocations(db: Database, conn: psycopg.Connection, now: Callable[[], str]) -> None:
    """Keep the site's revoked laptops, as the server lists them, for the screens."""
    rows = ask_server(conn, "SELECT * FROM infusion.site_revocations()")
    if not rows:
        return
    stamp = now()
    with db.atomic():
        for device, revoked_at, reason in rows:
            sync_state.note_revoked(db, str(device), str(revoked_at), str(reason), stamp)
