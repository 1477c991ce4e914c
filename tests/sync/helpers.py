"""Building laptops' records for the sync tests with the real services."""

from __future__ import annotations

from typing import Any

from infusion_app.demo import cast, good_day
from infusion_app.domain.events import EventDraft, EventType
from infusion_app.services import participants, products
from infusion_app.services.context import Accepted, Workspace
from infusion_app.store import sync_state
from infusion_app.sync.credentials import SERVICE
from tests.conftest import PASSWORD, good_receipt

ADMIN = cast.ADMIN.actor
NURSE = cast.NURSE.actor
INVESTIGATOR = cast.INVESTIGATOR.actor
PHARMACIST = cast.PHARMACIST.actor


def set_up_site(ws: Workspace) -> None:
    """The site, its administrator and one user of each role (the good day's)."""
    good_day.play(ws, good_day.set_up_site(cast.WARD), move_clock=False)


def password_of(ws: Any, memory_keyring: Any) -> str:
    """The laptop's server password, as its keyring holds it."""
    settings = sync_state.load_settings(ws.db)
    assert settings is not None
    return str(memory_keyring.secrets[(SERVICE, settings.role_name)])


def register_and_schedule(ws: Workspace, subject: str = "HPV-001") -> str:
    """Register ``subject`` (hUC-MSC, born 1985) and schedule a session today; its id."""
    registered = participants.register_participant(
        ws,
        INVESTIGATOR,
        subject_code=subject,
        initials="LXM",
        year_of_birth=1985,
        arm="huc_msc",
        consent_date="2026-11-20",
    )
    assert isinstance(registered, Accepted), registered
    scheduled = participants.schedule_session(
        ws, INVESTIGATOR, subject_code=subject, scheduled_for="2026-11-24"
    )
    assert isinstance(scheduled, Accepted), scheduled
    return str(scheduled.created["session_id"])


def receive(ws: Workspace) -> str:
    received = products.receive_product(ws, PHARMACIST, **good_receipt())
    assert isinstance(received, Accepted), received
    return str(received.created["product_id"])


def release(ws: Workspace, product_id: str) -> object:
    return products.release_product(ws, PHARMACIST, product_id=product_id, password=PASSWORD)


def filler(ws: Workspace, count: int) -> None:
    """``count`` events that touch no read model (screen locks), in one transaction."""
    drafts = [
        EventDraft(EventType.USER_SCREEN_LOCKED, "nurse.li", {"reason": "idle", "n": n})
        for n in range(count)
    ]
    ws.store.append(drafts)


def event_ids(ws: Workspace) -> list[str]:
    return [str(row[0]) for row in ws.db.execute("SELECT id FROM events ORDER BY id")]
