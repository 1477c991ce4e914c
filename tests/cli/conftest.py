"""The command line reads the password of ``--user`` from standard input's first line."""

from __future__ import annotations

import io
import sys

import pytest

from infusion_app.demo import DEMO_PASSWORD


@pytest.fixture
def demo_password_on_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    """Standard input holds the demo password, once for each command the test runs."""
    monkeypatch.setattr(sys, "stdin", io.StringIO((DEMO_PASSWORD + "\n") * 50))
