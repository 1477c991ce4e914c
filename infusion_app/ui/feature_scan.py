"""Stop PySide6 reading the source of every module imported after it, as the bundle already does.

Once ``PySide6.QtCore`` is imported, PySide6 calls ``feature_imported`` after every import in
the process to decide whether that module may opt in to its ``from __feature__ import
snake_case, true_property`` syntax: ``_mod_uses_pyside`` reads the module's whole source through
``inspect.getsource`` (which keeps it in ``linecache``) and looks for the word "PySide6". A
module marked 0 uses PySide without features, -1 is ignored; the two behave alike in an app that
selects no feature. This app never imports ``__feature__`` (a test keeps it so), so every module
can be answered "ignore" without reading it. That saved about a tenth of the start-up, and the
sources it kept (several MiB with the chart library). The PyInstaller bundle ships no sources,
so PySide already answers "ignore" there for every module: this makes a source checkout start
the same way.
"""

from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401  # loads PySide's import hook and its feature module

FEATURE_MODULE = "PySide6.support.feature"


def _never_uses_features(module: object) -> bool:
    return False


def skip_feature_source_scan() -> bool:
    """Answer PySide's per-import question without reading sources; False when this PySide
    version has no such hook (then nothing is changed)."""
    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _never_uses_features  # type: ignore[attr-defined]
    return True
