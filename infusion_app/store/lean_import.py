"""Importing sqlite-utils without numpy, and without dateutil's parser until it is used.

sqlite-utils 4 imports numpy (and tries pandas) when it is itself imported, only to map their
scalar types to column types (``sqlite_utils/db.py``: ``np = importlib.import_module("numpy")``).
This app declares every column and never inserts a numpy value, and numpy — installed for the
charts — costs 0.1–0.2 s of a 0.3 s start-up. The window's start calls this before anything
imports sqlite-utils; numpy stays importable for the chart that needs it later.

sqlite-utils also imports ``dateutil.parser`` (and its time-zone modules) for the
``parsedate``/``parsedatetime`` recipes of its command line. It is imported lazily
(``importlib.util.LazyLoader``): the module runs the first time one of its names is used.

And the four regular expressions sqlite-utils compiles when imported are compiled when first
used: the one that recognises ``CREATE VIRTUAL TABLE`` (full-text search, which this app does
not use) took 21–27 ms to compile, a tenth of a bare window's start. sqlite-utils calls only
their methods (``.match``, ``.split``), which :class:`PatternOnFirstUse` passes on.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from typing import Any

HIDDEN = ("numpy", "pandas")
LAZY = ("dateutil.parser",)


class PatternOnFirstUse:
    """A regular expression compiled the first time one of its methods is used."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = _COMPILE(*self._source)
        return getattr(self._compiled, name)


_COMPILE = re.compile


def _compile_later_for_sqlite_utils(pattern: Any, flags: int = 0) -> Any:
    caller = sys._getframe(1).f_globals.get("__name__", "")
    if caller.startswith("sqlite_utils") and isinstance(pattern, str):
        return PatternOnFirstUse(pattern, flags)
    return _COMPILE(pattern, flags)


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
    re.compile = _compile_later_for_sqlite_utils
    try:
        import sqlite_utils  # noqa: F401
    finally:
        re.compile = _COMPILE
        for name in hidden:
            sys.modules.pop(name, None)
