"""Fixtures shared by every tier: no test touches a real user's folders or the real clock."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from infusion_app.demo import cast, good_day
from infusion_app.demo.cast import DEMO_PASSWORD
from infusion_app.domain.clock import FakeClock
from infusion_app.protocol_files import default_protocol_path, load_protocol
from infusion_app.services import passwords
from infusion_app.services.context import Actor, Workspace
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.store import key_slots
from infusion_app.store.backups import BACKUPS
from infusion_app.store.cipher import new_key

PASSWORD = DEMO_PASSWORD


@pytest.fixture(autouse=True)
def private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the platform's data, config, cache and log folders into the test's own folder."""
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))


@pytest.fixture(autouse=True)
def backups_finished_within_the_test() -> Iterator[None]:
    """Session milestones back up in the background (store.backups.BACKUPS): each test's are
    on the disk before the next test starts."""
    yield
    BACKUPS.wait()


@pytest.fixture(autouse=True)
def quick_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id at its lowest cost in tests: the algorithm is the same, the seconds are not.

    ``tests/services/test_passwords.py`` checks the production parameters.
    """
    monkeypatch.setattr(
        passwords, "_hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    )


@pytest.fixture(autouse=True)
def quick_key_slots(monkeypatch: pytest.MonkeyPatch) -> None:
    """Key slots derived with argon2id at its lowest cost, as the password hashes above
    (``tests/store/test_key_slots.py`` checks the production cost)."""
    monkeypatch.setattr(key_slots, "cost", key_slots.KdfCost(memory_kib=8, passes=1, lanes=1))


@pytest.fixture
def clock() -> FakeClock:
    """09:00 in Shanghai on 24 November 2026."""
    return FakeClock(datetime(2026, 11, 24, 1, 0, tzinfo=UTC))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "ward.sqlite3"


@pytest.fixture
def workspace(db_path: Path, clock: FakeClock) -> Iterator[Workspace]:
    """A migrated, encrypted database in the test's folder with the default protocol; not yet
    set up. Its key is random (no key slots yet: set-up writes the first)."""
    ws = open_workspace(db_path, clock, key=new_key())
    yield ws
    ws.db.close()


@pytest.fixture
def site(workspace: Workspace) -> Workspace:
    """A workspace set up for site SH-TJ01 with an administrator, a nurse, an investigator and
    a pharmacist (the demo's, with its password)."""
    good_day.play(workspace, good_day.set_up_site(cast.WARD), move_clock=False)
    return workspace


@pytest.fixture
def admin() -> Actor:
    return cast.ADMIN.actor


@pytest.fixture
def nurse() -> Actor:
    return cast.NURSE.actor


@pytest.fixture
def investigator() -> Actor:
    return cast.INVESTIGATOR.actor


@pytest.fixture
def pharmacist() -> Actor:
    return cast.PHARMACIST.actor


GOOD_VITALS = good_day.GOOD_VITALS
MORNING = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)  # the clock fixture's start
PROTOCOL = load_protocol(default_protocol_path())


def good_answers(ws: Workspace) -> dict[str, dict]:
    """Answers under which every pre-infusion check holds for HPV-001 (LXM, born 1985)."""
    return good_day.check_answers(ws.protocol)


def pass_all_checks(ws: Workspace, actor: Actor, session_id: str) -> None:
    """Begin the checks, answer every step so that it holds, and verify a bag at the bedside."""
    steps = good_day.by(actor.username, good_day.checks(ws.protocol))
    people = {actor.username: actor}
    good_day.play(ws, steps, {"session_id": session_id}, actors=people, move_clock=False)
    verify_product(ws, session_id)


def good_receipt(**change: object) -> dict:
    """A receipt for HPV-001 (hUC-MSC, 58.5 kg) that passes every release check at 09:00."""
    return {**good_day.receipt(PROTOCOL, cast.PARTICIPANT, MORNING), **change}


def verify_product(ws: Workspace, session_id: str) -> str:
    """Receive and release a good bag (pharmacist), then match it at the bedside (two people)."""
    steps = [
        *good_day.receive_and_release(PROTOCOL, cast.PARTICIPANT, MORNING),
        *good_day.bedside(),
    ]
    return good_day.play(ws, steps, {"session_id": session_id}, move_clock=False)["product_id"]


def complete(ws: Workspace, actor: Actor, *, session_id: str) -> object:
    """End the infusion as completed: bag empty, line flushed."""
    from infusion_app.services import session_flow

    return session_flow.complete_infusion(
        ws, actor, session_id=session_id, bag_empty=True, line_flushed=True
    )


def observe_to_the_end(ws: Workspace, actor: Actor, *, session_id: str) -> None:
    """Record a set of vitals at each post-infusion slot still to do, moving the FakeClock on.

    After this, observation is over and the session may be signed.
    """
    from infusion_app.services import observation, vitals
    from infusion_app.services.context import Accepted

    clock = ws.clock
    assert isinstance(clock, FakeClock), "only a test's own clock may be moved on"
    for slot in observation.progress(ws, session_id).left:
        wait = (slot.due_at - clock.now()).total_seconds()
        clock.advance(max(wait, 0.0))
        result = vitals.record_vitals(ws, actor, session_id=session_id, vitals=GOOD_VITALS)
        assert isinstance(result, Accepted), result
        assert result.created["slot_key"] == slot.key, (result.created, slot.key)
    assert observation.progress(ws, session_id).is_over


TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"


@pytest.fixture(scope="module")
def qm_file() -> Path:
    """The compiled Chinese translation, built here if the setup has not built it yet."""
    import subprocess

    from infusion_app.ui.preferences import translation_file

    ts = TRANSLATIONS / "infusion_app_zh_CN.ts"
    qm = Path(translation_file("zh_CN"))
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        lrelease = Path(__file__).resolve().parents[1] / ".venv" / "bin" / "pyside6-lrelease"
        subprocess.run([lrelease, "-silent", ts, "-qm", qm], check=True)
    return qm


@pytest.fixture
def chinese(qapp: Any, qm_file: Path) -> Iterator[None]:
    """The app in Simplified Chinese for one test, English again afterwards."""
    from PySide6.QtCore import QLocale

    from infusion_app.ui.preferences import install_language

    install_language(qapp, "zh_CN")
    QLocale.setDefault(QLocale("zh_CN"))
    yield
    install_language(qapp, "en")
    QLocale.setDefault(QLocale("en_US"))
