"""The administrator's view of the laptops: ``server devices`` lists them, ``server revoke``
shuts a lost one out (what it pushed stays; see :mod:`infusion_app.sync.devices_sql`)."""

from __future__ import annotations

from dataclasses import dataclass

import psycopg

from infusion_app.sync.errors import SyncError

ADMIN_LOCK = 7311015000  # the lock server init and enrol take: one administrator at a time
UTC = "'YYYY-MM-DD HH24:MI \"UTC\"'"
LIST = f"""
SELECT d.device_id, d.role_name, d.site,
       to_char(d.enrolled_at AT TIME ZONE 'UTC', {UTC}),
       to_char(d.last_sync_at AT TIME ZONE 'UTC', {UTC}),
       coalesce(head.seq, 0),
       to_char(d.revoked_at AT TIME ZONE 'UTC', {UTC}), d.revoked_reason
  FROM infusion.devices d
  LEFT JOIN LATERAL (SELECT max(e.device_seq) AS seq FROM infusion.events e
                      WHERE e.device_id = d.device_id) head ON true
"""


@dataclass(frozen=True)
class DeviceRow:
    """One enrolled laptop as the server knows it; times are UTC text, None when never."""

    device_id: str
    role_name: str
    site: str
    enrolled_at: str
    last_sync_at: str | None
    events: int
    revoked_at: str | None
    revoked_reason: str | None

    @property
    def state(self) -> str:
        """``active``, or when and why it was shut out."""
        if self.revoked_at is None:
            return "active"
        return f"revoked {self.revoked_at}: {self.revoked_reason}"


def list_devices(conn: psycopg.Connection) -> list[DeviceRow]:
    """Every laptop enrolled on the server, by site and enrolment."""
    rows = conn.execute(LIST + " ORDER BY d.site, d.enrolled_at, d.device_id").fetchall()
    return [DeviceRow(*row) for row in rows]


def revoke_device(conn: psycopg.Connection, target: str, reason: str) -> DeviceRow:
    """Shut out the laptop whose device id or role name is ``target``; returns it revoked.

    Raises :class:`SyncError` for no reason given, an unknown laptop, or one already revoked.
    """
    why = " ".join(reason.split())
    if not why:
        raise SyncError("Give the reason the laptop is shut out (--reason).")
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", [ADMIN_LOCK])
        found = conn.execute(
            LIST + " WHERE d.device_id = %s OR d.role_name = %s", [target, target]
        ).fetchone()
        if found is None:
            raise SyncError(f"No laptop {target} is enrolled on this server (see server devices).")
        device = DeviceRow(*found)
        if device.revoked_at is not None:
            raise SyncError(
                f"Laptop {device.device_id} was already shut out on {device.revoked_at}: "
                f"{device.revoked_reason}"
            )
        conn.execute(
            "UPDATE infusion.devices SET revoked_at = now(), revoked_reason = %s "
            "WHERE device_id = %s",
            [why, device.device_id],
        )
        done = conn.execute(LIST + " WHERE d.device_id = %s", [device.device_id]).fetchone()
    assert done is not None, "the row was just updated"
    return DeviceRow(*done)
