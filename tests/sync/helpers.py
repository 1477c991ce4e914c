"""Building laptops' records for the sync tests with the real services."""

from __future__ import annotations

from infusion_app.domain.events import EventDraft, EventType
from infusion_app.domain.roles import Role
from infusion_app.services import participants, products, users
from infusion_app.services.context import Accepted, Actor, Workspace
from tests.conftest import PASSWORD, good_receipt
from tests.sync.conftest import SITE

ADMIN = Actor("admin", "Ada Admin", Role.ADMIN)
NURSE = Actor("nurse.li", "Li Na", Role.NURSE)
INVESTIGATOR = Actor("dr.wang", "Wang Fang", Role.INVESTIGATOR)
PHARMACIST = Actor("pharm.zhao", "Zhao Min", Role.PHARMACIST)


def set_up_site(ws: Workspace) -> None:
    """The site, its administrator and one user of each role."""
    users.initialize_site(
        ws, site_code=SITE, username="admin", full_name="Ada Admin", password=PASSWORD
    )
    for actor in (NURSE, INVESTIGATOR, PHARMACIST):
        added = users.add_user(
            ws,
            ADMIN,
            username=actor.username,
            full_name=actor.full_name,
            role=actor.role.value,
            password=PASSWORD,
        )
        assert isinstance(added, Accepted), added


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
