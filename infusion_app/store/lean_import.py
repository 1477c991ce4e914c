"""Importing sqlite-utils without numpy, and without dateutil's parser until it is used.

sqlite-utils 4 imports numpy (and tries pandas) when it is itself imported, only to map their
scalar types to column types (``sqlite_utils/db.py``: ``np = importlib.import_module("numpy")``).
This app declares every column and never inserts a numpy value, and numpy — installed for the
charts — costs 0.1–0.2 s of a 0.3 s start-up. The window's start calls this before anything
imports sqlite-utils; numpy stays importable for the chart that needs it later.

sqlite-utils also imports ``dateutil.parser`` (and its time-zone modules) for the
``parsedate``/``parsedatetime`` recipes of its command line. It is imported lazily
(``importlib.util.LazyLoader``): the module runs the first time one of its names is used.
"""

from __future__ import annotations

import importlib.util
import sys

HIDDEN = ("numpy", "pandas")
LAZY = ("dateutil.parser",)


def _import_lazily(name: str) -> None:
    if name in sys.modules:
        return
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        return
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent:  # "from parent import child" then finds it without importing (and loading) it
        setattr(sys.modules[parent], child, module)


def import_sqlite_utils_without_numpy() -> None:
    """Import sqlite-utils with numpy and pandas hidden (nothing happens if it is imported)."""
    if "sqlite_utils" in sys.modules:
        return
    for name in LAZY:
        _import_lazily(name)
    hidden = [name for name in HIDDEN if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # "import numpy" raises ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            sys.modules.pop(name, None)
