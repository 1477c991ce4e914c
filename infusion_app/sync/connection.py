"""Connecting to the central server: settings without the password, TLS as configured.

TLS: ``sslmode`` and ``sslrootcert`` are passed to libpq unchanged. For a server reached over
the network (a host name or address) the default is ``verify-full`` — the certificate must
chain to the root certificate and name the host; a Unix socket needs no TLS.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from infusion_app.store.sync_state import SyncSettings
from infusion_app.sync.credentials import load_password
from infusion_app.sync.errors import SyncError

Connect = Callable[[], psycopg.Connection]

CONNECT_TIMEOUT_S = 15
TLS_KEYS = ("sslmode", "sslrootcert")


def _is_socket(host: str | None) -> bool:
    return not host or host.startswith("/") or host.startswith("@")


def settings_from_url(
    url: str,
    *,
    role_name: str,
    site_code: str,
    sslmode: str | None = None,
    sslrootcert: str | None = None,
) -> SyncSettings:
    """Settings for ``url`` as ``role_name``: any password in the URL is dropped, never stored."""
    try:
        parts: dict[str, Any] = conninfo_to_dict(url)
    except psycopg.ProgrammingError as error:
        raise SyncError(f"Not a PostgreSQL address: {error}") from error
    parts.pop("password", None)
    parts["user"] = role_name
    tls = {key: parts.pop(key, None) for key in TLS_KEYS}
    sslmode = sslmode or tls["sslmode"]
    if sslmode is None and not _is_socket(parts.get("host")):
        sslmode = "verify-full"
    return SyncSettings(
        conninfo=make_conninfo(**parts),
        role_name=role_name,
        site_code=site_code,
        sslmode=sslmode,
        sslrootcert=sslrootcert or tls["sslrootcert"],
    )


def connect_kwargs(settings: SyncSettings) -> dict[str, Any]:
    """Keyword arguments for ``psycopg.connect`` besides the conninfo and the password."""
    extra: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": "infusion-app sync",
        "autocommit": False,
    }
    if settings.sslmode:
        extra["sslmode"] = settings.sslmode
    if settings.sslrootcert:
        extra["sslrootcert"] = settings.sslrootcert
    return extra


def connector(settings: SyncSettings, password: str | None = None) -> Connect:
    """A function that opens a new connection; the password comes from the keyring if not given."""

    def connect() -> psycopg.Connection:
        secret = password if password is not None else load_password(settings.role_name)
        try:
            return psycopg.connect(settings.conninfo, password=secret, **connect_kwargs(settings))
        except psycopg.OperationalError as error:
            if "password authentication failed" in str(error):
                raise SyncError(
                    "The sync server refused this laptop's password (was it changed on the "
                    "server?): the data manager enrols the laptop again (infusion-app server "
                    "enrol); nothing recorded here is lost."
                ) from error
            raise SyncError(f"Cannot reach the sync server: {error}".strip()) from error

    return connect
