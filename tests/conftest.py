"""Fixtures shared by every tier: no test touches a real user's folders or the real clock."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from argon2 import PasswordHasher

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from infusion_app.domain.clock import FakeClock
from infusion_app.domain.roles import Role
from infusion_app.services import passwords, users
from infusion_app.services.context import Actor, Workspace
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.store.backups import BACKUPS

PASSWORD = "correct horse 42"


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


@pytest.fixture
def clock() -> FakeClock:
    """09:00 in Shanghai on 24 November 2026."""
    return FakeClock(datetime(2026, 11, 24, 1, 0, tzinfo=UTC))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "ward.sqlite3"


@pytest.fixture
def workspace(db_path: Path, clock: FakeClock) -> Iterator[Workspace]:
    """A migrated database in the test's folder with the default protocol; not yet set up."""
    ws = open_workspace(db_path, clock)
    yield ws
    ws.db.close()


@pytest.fixture
def site(workspace: Workspace) -> Workspace:
    """A workspace set up for site SH-TJ01 with an administrator, a nurse and an investigator."""
    users.initialize_site(
        workspace, site_code="SH-TJ01", username="admin", full_name="Ada Admin", password=PASSWORD
    )
    admin = Actor("admin", "Ada Admin", Role.ADMIN)
    for username, full_name, role in (
        ("nurse.li", "Li Na", "nurse"),
        ("dr.wang", "Wang Fang", "investigator"),
        ("pharm.zhao", "Zhao Min", "pharmacist"),
    ):
        users.add_user(
            workspace, admin, username=username, full_name=full_name, role=role, password=PASSWORD
        )
    return workspace


@pytest.fixture
def admin() -> Actor:
    return Actor("admin", "Ada Admin", Role.ADMIN)


@pytest.fixture
def nurse() -> Actor:
    return Actor("nurse.li", "Li Na", Role.NURSE)


@pytest.fixture
def investigator() -> Actor:
    return Actor("dr.wang", "Wang Fang", Role.INVESTIGATOR)


@pytest.fixture
def pharmacist() -> Actor:
    return Actor("pharm.zhao", "Zhao Min", Role.PHARMACIST)


GOOD_VITALS = {
    "systolic_mmhg": 118,
    "diastolic_mmhg": 76,
    "heart_rate_bpm": 72,
    "resp_rate_per_min": 16,
    "temperature_c": 36.6,
    "spo2_pct": 98,
    "consciousness": "A",
    "on_oxygen": False,
}


def good_answers(ws: Workspace) -> dict[str, dict]:
    """Answers under which every pre-infusion check holds for HPV-001 (LXM, born 1985)."""
    return {
        "identity": {
            "subject_code": "HPV-001",
            "second_identifier": "1985",
            "wristband": "HPV-001",
        },
        "eligibility": {
            "items": {item.id: item.kind.value == "inclusion" for item in ws.protocol.eligibility}
        },
        "consent": {"on_file": True},
        "pregnancy": {"childbearing_potential": True, "result": "negative"},
        "weight": {"weight_kg": 58.5},
        "baseline_vitals": {"vitals": GOOD_VITALS},
        "iv_access": {"patent": True},
        "drop_factor": {"drop_factor_gtt_ml": 20},
        "emergency_kit": {"at_hand": True},
    }


def pass_all_checks(ws: Workspace, actor: Actor, session_id: str) -> None:
    """Begin the checks, answer every step so that it holds, and verify a bag at the bedside."""
    from infusion_app.services import checks, session_flow

    session_flow.begin_checks(ws, actor, session_id=session_id)
    for step, answer in good_answers(ws).items():
        result = checks.answer_check(ws, actor, session_id=session_id, step=step, answer=answer)
        assert not hasattr(result, "code"), result
    verify_product(ws, session_id)


def good_receipt(**change: object) -> dict:
    """A receipt for HPV-001 (hUC-MSC, 58.5 kg) that passes every release check at 09:00."""
    return {
        "subject_code": "HPV-001",
        "label_subject_code": "HPV-001",
        "arm": "huc_msc",
        "din": "=G12341765432170",
        "lot": "MSC-2611-07",
        "expires_at": "2026-11-24T07:00:00Z",
        "total_viable_cells": 5.85e7,
        "viability_pct": 92.0,
        "volume_ml": 100.0,
        "prepared_at": "2026-11-24T00:00:00Z",
        "temperature_c": 5.0,
        "appearance_ok": True,
        "weight_kg": 58.5,
        **change,
    }


def verify_product(ws: Workspace, session_id: str) -> str:
    """Receive and release a good bag (pharmacist), then match it at the bedside (two people)."""
    from infusion_app.services import bedside, products

    pharmacist = Actor("pharm.zhao", "Zhao Min", Role.PHARMACIST)
    received = products.receive_product(ws, pharmacist, **good_receipt())
    product_id = received.created["product_id"]  # type: ignore[union-attr]
    products.release_product(ws, pharmacist, product_id=product_id, password=PASSWORD)
    for person in (Actor("nurse.li", "Li Na", Role.NURSE), pharmacist):
        done = bedside.bedside_check(
            ws,
            person,
            session_id=session_id,
            product_id=product_id,
            bag_scan="G123417654321",
            wristband_scan="HPV-001",
            password=PASSWORD,
        )
        assert not hasattr(done, "code"), done
    return str(product_id)


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
