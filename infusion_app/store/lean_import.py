"""Importing sqlite-utils without numpy, for a quick start-up.

sqlite-utils 4 imports numpy (and tries pandas) when it is itself imported, only to map their
scalar types to column types (``sqlite_utils/db.py``: ``np = importlib.import_module("numpy")``).
This app declares every column and never inserts a numpy value, and numpy — installed for the
charts — costs 0.1–0.2 s of a 0.3 s start-up. The window's start calls this before anything
imports sqlite-utils; numpy stays importable for the chart that needs it later.
"""

from __future__ import annotations

import sys

HIDDEN = ("numpy", "pandas")


def import_sqlite_utils_without_numpy() -> None:
    """Import sqlite-utils with numpy and pandas hidden (nothing happens if it is imported)."""
    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in HIDDEN if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # "import numpy" raises ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            sys.modules.pop(name, None)
