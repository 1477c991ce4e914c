"""A site with one registered participant and one session scheduled for today."""

from __future__ import annotations

import pytest

from infusion_app.services import participants
from infusion_app.services.context import Accepted, Actor, Workspace


@pytest.fixture
def session_id(site: Workspace, investigator: Actor) -> str:
    registered = participants.register_participant(
        site,
        investigator,
        subject_code="HPV-001",
        initials="LXM",
        year_of_birth=1985,
        arm="huc_msc",
        consent_date="2026-11-20",
    )
    assert isinstance(registered, Accepted), registered
    scheduled = participants.schedule_session(
        site, investigator, subject_code="HPV-001", scheduled_for="2026-11-24"
    )
    assert isinstance(scheduled, Accepted), scheduled
    return str(scheduled.created["session_id"])
