"""Where protocol files live, and reading one from disk."""

from __future__ import annotations

import sys
from pathlib import Path

from infusion_app.domain.protocol import Protocol, ProtocolError, parse_protocol

DEFAULT_PROTOCOL_ID = "NCT06610773"


def resources_dir() -> Path:
    """The ``resources/`` folder: next to the package, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)  # set only when frozen by PyInstaller
    if getattr(sys, "frozen", False) and bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


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
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProtocolError(path.name, "", None, f"not UTF-8 text ({exc.reason})") from exc
    except OSError as exc:
        raise ProtocolError(str(path), "", None, f"cannot be read: {exc.strerror or exc}") from exc
    return parse_protocol(text, path.name)
