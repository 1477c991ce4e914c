"""Fixtures for UI tests: real widgets, offscreen, a scratch SQLite file and a fake clock."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from infusion_app.domain.clock import FakeClock
from infusion_app.domain.roles import Role
from infusion_app.services.auth import sign_in
from infusion_app.services.context import Actor, Workspace
from infusion_app.services.users import add_user, initialize_site
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.ui.launch import apply_look

# The same administrator as in the tests (they type these values into the real fields).
ADMIN = {"username": "wang.li", "full_name": "Wang Li", "password": "correct horse 1"}


@pytest.fixture(autouse=True)
def _private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read or write a real user's config, data or log folders."""
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))


@pytest.fixture(scope="session", autouse=True)
def _app_look(qapp: QApplication) -> None:
    """Tests see the real stylesheet and font (a stylesheet parse error fails as a Qt warning)."""
    apply_look(qapp)


@pytest.fixture
def clock() -> FakeClock:
    """09:00 in Shanghai on 24 Nov 2026."""
    return FakeClock()


@pytest.fixture
def ws(tmp_path: Path, clock: FakeClock) -> Iterator[Workspace]:
    """A fresh workspace on a scratch database, before first-run set-up."""
    workspace = open_workspace(tmp_path / "infusion.sqlite3", clock=clock)
    yield workspace
    workspace.db.close()


@pytest.fixture
def site_ws(ws: Workspace) -> Workspace:
    """A workspace whose site is set up with the administrator :data:`ADMIN`."""
    result = initialize_site(ws, site_code="SH-TJ01", **ADMIN)
    assert not hasattr(result, "code"), result
    return ws


@pytest.fixture
def admin(site_ws: Workspace) -> Actor:
    """The site's administrator, signed in through the service."""
    actor = sign_in(site_ws, username=ADMIN["username"], password=ADMIN["password"])
    assert isinstance(actor, Actor), actor
    return actor


@pytest.fixture
def investigator(site_ws: Workspace, admin: Actor) -> Actor:
    """An investigator added by the administrator (only investigators register participants)."""
    result = add_user(
        site_ws,
        admin,
        username="zhao.min",
        full_name="Zhao Min",
        role="investigator",
        password="investigator 1",
    )
    assert not hasattr(result, "code"), result
    return Actor("zhao.min", "Zhao Min", Role.INVESTIGATOR)


@pytest.fixture
def nurse(site_ws: Workspace, admin: Actor) -> Actor:
    """A nurse added by the administrator."""
    result = add_user(
        site_ws, admin, username="li.na", full_name="Li Na", role="nurse", password="nurse pass 1"
    )
    assert not hasattr(result, "code"), result
    return Actor("li.na", "Li Na", Role.NURSE)
