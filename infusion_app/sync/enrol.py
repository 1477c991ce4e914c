"""Enrolling a laptop: its device role on the server, the password in the keyring, settings here."""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from sqlite_utils import Database

from infusion_app.domain.clock import Clock, utc_iso
from infusion_app.store import sync_state
from infusion_app.store.event_store import device_id
from infusion_app.store.sync_state import SyncSettings
from infusion_app.sync.admin_login import Ask, open_admin, refuse_password_in
from infusion_app.sync.connection import settings_from_url
from infusion_app.sync.credentials import NoSecureKeyringError, keyring_problem, store_password
from infusion_app.sync.errors import SyncError
from infusion_app.sync.server_admin import enrol_device


def local_site(db: Database, site: str | None) -> str:
    """The site code to enrol under: the laptop's own, or ``site`` for a laptop not yet set up."""
    row = db.execute("SELECT code FROM site").fetchone()
    if row and site and row[0] != site:
        raise SyncError(f"This laptop is set up for site {row[0]}, not {site}.")
    if row:
        return str(row[0])
    if not site:
        raise SyncError("This laptop is not set up yet: give the site code (--site).")
    return site


def enrol_laptop(
    db: Database,
    clock: Clock,
    admin_url: str,
    *,
    site: str | None = None,
    sslmode: str | None = None,
    sslrootcert: str | None = None,
    password: str | None = None,
    ask: Ask | None = None,
) -> SyncSettings:
    """Enrol this laptop with an administrator's connection to the server (schema ready).

    ``admin_url`` holds no password (:func:`open_admin` says where it comes from). The keyring
    is checked first: without a secure one nothing is created on the server.
    """
    problem = keyring_problem()
    if problem:
        raise NoSecureKeyringError(problem)
    code = local_site(db, site)
    device = device_id(db, clock)
    tls: dict[str, Any] = {
        k: v for k, v in (("sslmode", sslmode), ("sslrootcert", sslrootcert)) if v
    }
    refuse_password_in(admin_url)
    try:
        with open_admin(admin_url, password=password, ask=ask, **tls) as conn:
            role, secret = enrol_device(conn, device_id=device, site=code)
            reached = conn.info.get_parameters()
    except (psycopg.Error, ValueError) as error:
        raise SyncError(f"The server refused the enrolment: {error}") from error
    store_password(role, secret)
    # Where the server was reached, as libpq resolved it (a service file may have named it):
    # the laptop syncs there without the administrator's service file.
    address = conninfo_to_dict(admin_url)
    address.pop("service", None)
    address.update(
        {k: v for k, v in reached.items() if k in ("host", "hostaddr", "port", "dbname")}
    )
    settings = settings_from_url(
        make_conninfo("", **address),
        role_name=role,
        site_code=code,
        sslmode=sslmode,
        sslrootcert=sslrootcert,
    )
    with db.atomic():
        sync_state.save_settings(db, settings, utc_iso(clock.now()))
    return settings
