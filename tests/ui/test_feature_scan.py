"""PySide6 no longer reads the source of every module imported after it (start-up time and
memory), and that is right because no module of the app selects a PySide feature."""

from __future__ import annotations

import linecache
import re
import sys
from pathlib import Path

import pytest

import infusion_app
import infusion_app.ui  # what installs the answer
from infusion_app.ui.feature_scan import FEATURE_MODULE


def test_a_module_imported_after_pyside_is_not_read_for_features(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = tmp_path / "ward_plugin_probe.py"
    module.write_text("from PySide6.QtCore import QObject\nVALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    __import__("ward_plugin_probe")  # through builtins.__import__, where PySide hooks in
    assert str(module) not in linecache.cache  # its source was not read and kept
    feature = sys.modules[FEATURE_MODULE]
    assert feature.pyside_feature_dict["ward_plugin_probe"] == -1  # "ignore", as in the bundle


def test_no_module_of_the_app_selects_a_pyside_feature() -> None:
    package = Path(infusion_app.__file__).parent
    selecting = re.compile(r"^\s*(from|import)\s+__feature__", re.MULTILINE)
    users = [
        path.relative_to(package)
        for path in package.rglob("*.py")
        if selecting.search(path.read_text(encoding="utf-8"))
    ]
    assert users == []
