"""Fixtures for UI tests: real widgets, offscreen, a scratch SQLite file and a fake clock."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from infusion_app.demo import cast, good_day
from infusion_app.demo.cast import PARTICIPANT
from infusion_app.domain.clock import FakeClock
from infusion_app.domain.roles import Role
from infusion_app.domain.session_state import SessionAction
from infusion_app.services import participants, session_flow
from infusion_app.services.auth import sign_in
from infusion_app.services.context import Accepted, Actor, Workspace
from infusion_app.services.users import add_user, initialize_site
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.ui.launch import apply_look
from infusion_app.ui.main_window import MainWindow
from tests.conftest import complete, observe_to_the_end, pass_all_checks

NURSE = cast.NURSE.actor  # the nurse of the `site` fixture and of the good day

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


# The offscreen platform plugin warns when a dialog's layout sets its size hints (xcb, Windows
# and macOS support them); modules that show dialogs ignore exactly this message.
OFFSCREEN_DIALOG_WARNING = "This plugin does not support propagateSizeHints"
SUBJECT = "HPV-001"
PASSWORDS = {
    ADMIN["username"]: ADMIN["password"],
    "zhao.min": "investigator 1",
    "li.na": "nurse pass 1",
}


@pytest.fixture
def observing_session(site_ws: Workspace, investigator: Actor, nurse: Actor) -> str:
    """A session taken to "observing" through the services; returns its id.

    The investigator registers HPV-001 and schedules today; the nurse does every step after.
    "Ready" is recorded with :func:`session_flow.move_session` (the state machine, without the
    readiness gate): the checks and product verification it waits for are tested in
    tests/services and are not what these screens are about.
    """
    ws = site_ws
    code = SUBJECT
    registered = participants.register_participant(
        ws,
        investigator,
        subject_code=code,
        initials="LXM",
        year_of_birth=1985,
        arm="huc_msc",
        consent_date=ws.site_today().isoformat(),
    )
    assert isinstance(registered, Accepted), registered
    scheduled = participants.schedule_session(
        ws, investigator, subject_code=code, scheduled_for=ws.site_today().isoformat()
    )
    assert isinstance(scheduled, Accepted), scheduled
    session_id = scheduled.created["session_id"]
    assert isinstance(session_flow.begin_checks(ws, nurse, session_id=session_id), Accepted)
    ready = session_flow.move_session(ws, nurse, session_id, SessionAction.MARK_READY)
    assert isinstance(ready, Accepted), ready
    for step in (
        session_flow.start_infusion,
        complete,
        session_flow.begin_observation,
    ):
        ws.clock.advance(60)
        outcome = step(ws, nurse, session_id=session_id)
        assert isinstance(outcome, Accepted), (step.__name__, outcome)
    return session_id


@pytest.fixture
def observed_session(site_ws: Workspace, nurse: Actor, observing_session: str) -> str:
    """The :func:`observing_session` with every post-infusion set of vitals recorded at its
    time (the fake clock moves on two hours): observation is over, the session may be signed."""
    observe_to_the_end(site_ws, nurse, session_id=observing_session)
    return observing_session


@pytest.fixture
def signed_in_window(qtbot, site_ws: Workspace) -> Callable[[str], MainWindow]:
    """Open the main window and sign in as ``username`` through the real sign-in screen."""

    def open_as(username: str) -> MainWindow:
        window = MainWindow(site_ws)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        window.sign_in.username.setText(username)
        window.sign_in.password.setText(PASSWORDS[username])
        with qtbot.waitSignal(window.sign_in.signed_in):
            qtbot.mouseClick(window.sign_in.sign_in_button, Qt.MouseButton.LeftButton)
        return window

    return open_as


@pytest.fixture
def ready(site: Workspace) -> str:
    """HPV-001's session today (the good day): every check passed at 09:00 (the baseline in
    them), the bag verified at the bedside, marked ready."""
    registration = good_day.register(PARTICIPANT, "2026-11-20", "2026-11-24")
    session_id = good_day.play(site, registration, move_clock=False)["session_id"]
    pass_all_checks(site, NURSE, session_id)
    good_day.play(site, [good_day.nurse("mark_ready")], {"session_id": session_id})
    return session_id


TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "infusion_app_zh_CN.ts"


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) → the <message> element."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def translated(message: ET.Element) -> str:
    """The translation's text ("" when unfinished or empty)."""
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return ""
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return " ".join(forms) if forms else (translation.text or "")


@pytest.fixture
def session_id(site_ws: Workspace, investigator: Actor) -> str:
    """HPV-001 (LXM, born 1985) with one session scheduled today."""
    today = site_ws.site_today().isoformat()
    result = participants.register_participant(
        site_ws,
        investigator,
        subject_code=SUBJECT,
        initials="LXM",
        year_of_birth=1985,
        arm="huc_msc",
        consent_date=today,
        first_session_date=today,
    )
    assert isinstance(result, Accepted), result
    return str(result.created["session_ids"][0])
