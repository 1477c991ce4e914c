"""Guards against a broken Qt binding: PySide6 6.12.0 released a reference to None on every
call of a method returning void, so after a few thousand calls (minutes of a running screen)
the interpreter aborts with "none_dealloc". pyproject.toml pins PySide6 below 6.12."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QWidget


def test_void_methods_keep_the_reference_count_of_none(qapp: QApplication) -> None:
    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(500):
        widget.setWindowTitle("x")
        widget.update()
        qapp.processEvents()
    assert abs(sys.getrefcount(None) - before) < 50
