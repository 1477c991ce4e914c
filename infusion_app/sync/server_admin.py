"""Setting up the central server: its schema, its sites, and one login role per laptop.

Run with an administrator's connection (a role that may create roles and schemas); the
device roles it makes can then only push and pull their own site's events.
"""

from __future__ import annotations

import logging
import secrets

import psycopg
from psycopg import sql

from infusion_app.domain.event_shapes import ANY_ACTOR, payload_fields
from infusion_app.sync.devices_sql import DEVICES_SQL
from infusion_app.sync.receipts_sql import RECEIPTS_SQL
from infusion_app.sync.server_checks_sql import (
    CHECKS_SQL,
    FORGET_FIELDS,
    INSERT_FIELD,
    JSON_KIND_SQL,
    UPSERT_TYPE,
)
from infusion_app.sync.server_sql import DEVICE_GROUP, GROUP_SQL, SCHEMA_SQL

log = logging.getLogger("log.sync")


def role_name_for(device_id: str) -> str:
    """The database role of a device: ``dev_`` and the device id's 32 hex digits."""
    digits = device_id.replace("-", "").lower()
    if len(digits) != 32 or any(c not in "0123456789abcdef" for c in digits):
        raise ValueError(f"not a device id: {device_id!r}")
    return f"dev_{digits}"


def init_server(conn: psycopg.Connection) -> None:
    """Create (or bring up to date) the central schema; running it twice changes nothing.

    A transaction-level advisory lock keeps two administrators from racing each other.
    """
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(7311015000)")
        conn.execute(GROUP_SQL)
        conn.execute(SCHEMA_SQL)
        conn.execute(JSON_KIND_SQL)
        conn.execute(CHECKS_SQL)
        conn.execute(RECEIPTS_SQL)
        conn.execute(DEVICES_SQL)
        with conn.cursor() as cur:
            for event_type, fields in payload_fields().items():
                cur.execute(UPSERT_TYPE, [event_type, event_type in ANY_ACTOR])
                cur.execute(FORGET_FIELDS, [event_type])
                cur.executemany(
                    INSERT_FIELD,
                    [(event_type, name, list(kinds)) for name, kinds in fields.items()],
                )
    log.info("central schema ready")


def enrol_device(conn: psycopg.Connection, *, device_id: str, site: str) -> tuple[str, str]:
    """Make (or re-key) the login role of ``device_id`` at ``site``; return (role, password).

    Re-enrolling a device gives it a new password; moving a device to another site is
    refused, because its events already belong to the first one, and so is enrolling a device
    the server shut out (``server revoke``).
    """
    role = role_name_for(device_id)
    password = secrets.token_urlsafe(32)
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(7311015000)")
        # The whole row as JSON: a server of an earlier version has no revocation columns.
        row = conn.execute(
            "SELECT to_jsonb(d) FROM infusion.devices d WHERE device_id = %s", [device_id]
        ).fetchone()
        known = row[0] if row else None
        if known and known.get("revoked_at"):
            raise ValueError(
                f"device {device_id} was shut out of this server on {known['revoked_at']} "
                f"({known.get('revoked_reason')}): it cannot be enrolled again"
            )
        if known and known["site"] != site:
            raise ValueError(f"device {device_id} is already enrolled at site {known['site']}")
        conn.execute("INSERT INTO infusion.sites (code) VALUES (%s) ON CONFLICT DO NOTHING", [site])
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role]).fetchone()
        verb = "ALTER" if exists else "CREATE"
        conn.execute(
            sql.SQL(verb + " ROLE {} LOGIN CONNECTION LIMIT 8 PASSWORD {}").format(
                sql.Identifier(role), sql.Literal(password)
            )
        )
        conn.execute(
            sql.SQL("GRANT {} TO {}").format(sql.Identifier(DEVICE_GROUP), sql.Identifier(role))
        )
        conn.execute(
            "INSERT INTO infusion.devices (device_id, site, role_name) VALUES (%s, %s, %s) "
            "ON CONFLICT (device_id) DO NOTHING",
            [device_id, site, role],
        )
    log.info("device %s enrolled at site %s as %s", device_id, site, role)
    return role, password
