"""Where protocol files live, and reading one from disk."""

from __future__ import annotations

import dataclasses
import hashlib
import sys
from pathlib import Path

from infusion_app.domain.protocol import Protocol, ProtocolError, parse_protocol

DEFAULT_PROTOCOL_ID = "NCT06610773"


def resources_dir() -> Path:
    """The ``resources/`` folder: inside a PyInstaller bundle, inside the installed package
    (a plain ``pip install``: setup.py puts it there with the compiled translation), or next
    to the package in a checkout."""
    bundle = getattr(sys, "_MEIPASS", None)  # set only when frozen by PyInstaller
    if getattr(sys, "frozen", False) and bundle is not None:
        return Path(bundle) / "resources"
    package = Path(__file__).resolve().parent
    installed = package / "resources"
    return installed if installed.is_dir() else package.parent / "resources"


def default_protocol_path() -> Path:
    """The protocol file shipped with the app (NCT06610773)."""
    return resources_dir() / "protocols" / f"{DEFAULT_PROTOCOL_ID}.toml"


def load_protocol(path: Path) -> Protocol:
    """Read and check the protocol file at ``path`` (UTF-8, a leading BOM is tolerated).

    Raises:
        ProtocolError: the file cannot be read, or its content is not a usable protocol; errors
            name the file by its name, e.g. ``NCT06610773.toml, line 42, key drip.…: …``.
    """
    try:
        data = path.read_bytes()
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProtocolError(path.name, "", None, f"not UTF-8 text ({exc.reason})") from exc
    except OSError as exc:
        raise ProtocolError(str(path), "", None, f"cannot be read: {exc.strerror or exc}") from exc
    protocol = parse_protocol(text, path.name)
    return dataclasses.replace(protocol, sha256=hashlib.sha256(data).hexdigest(), text=text)


def check_bound_protocol(protocol: Protocol, bound_id: str | None, source: str) -> None:
    """Refuse a protocol file of another trial than the one the database was set up for.

    Raises:
        ProtocolError: ``bound_id`` (the database's trial) differs from ``protocol.id``.
    """
    if bound_id is None or bound_id == protocol.id:
        return
    raise ProtocolError(
        source,
        "protocol.id",
        None,
        f"this database was set up for trial {bound_id}, but this protocol file is for "
        f"{protocol.id}. Open it with the protocol file of {bound_id} (--protocol FILE).",
    )
