"""The audit trail as the viewer reads it: filters, keyset pages, CSV export."""

from __future__ import annotations

import csv
from pathlib import Path

from infusion_app.domain.events import EventType
from infusion_app.services import audit_trail, corrections
from infusion_app.services.audit_trail import TrailFilter
from infusion_app.services.context import Actor, Workspace


def test_filters_by_user_type_and_participant(
    site: Workspace, investigator: Actor, session_id: str
) -> None:
    everything = audit_trail.count_trail(site, investigator, where=TrailFilter())
    assert everything == site.store.count()
    mine = audit_trail.trail_page(site, investigator, where=TrailFilter(actor="dr.wang"))
    assert {row.actor for row in mine} == {"dr.wang"}
    assert [row.type for row in mine] == [  # the first session keeps the protocol file
        EventType.PARTICIPANT_REGISTERED,
        EventType.PROTOCOL_VERSION_ADOPTED,
        EventType.SESSION_SCHEDULED,
    ]
    users_added = TrailFilter(event_type="user.")
    assert audit_trail.count_trail(site, investigator, where=users_added) == 4
    subject = audit_trail.trail_page(site, investigator, where=TrailFilter(participant="HPV-001"))
    assert [r.type for r in subject] == [
        EventType.PARTICIPANT_REGISTERED,
        EventType.SESSION_SCHEDULED,
    ]


def test_pages_follow_each_other_without_gaps(site: Workspace, admin: Actor) -> None:
    first = audit_trail.trail_page(site, admin, where=TrailFilter(), limit=2)
    rest = audit_trail.trail_page(site, admin, where=TrailFilter(), after_seq=first[-1].seq)
    assert [r.seq for r in first + rest] == list(range(1, site.store.count() + 1))


def test_password_hashes_never_show(site: Workspace, admin: Actor) -> None:
    rows = audit_trail.trail_page(site, admin, where=TrailFilter(event_type=EventType.USER_ADDED))
    assert rows and all("argon2" not in row.payload for row in rows)


def test_a_correction_reads_old_to_new_and_exports(
    site: Workspace, investigator: Actor, session_id: str, tmp_path: Path
) -> None:
    target = next(e.id for e in site.store.events() if e.type == EventType.PARTICIPANT_REGISTERED)
    corrections.correct_value(
        site,
        investigator,
        event_id=target,
        field="initials",
        new_value="LXN",
        reason="other",
        reason_text="ID card re-read",
    )
    where = TrailFilter(event_type=EventType.RECORD_CORRECTED)
    [row] = audit_trail.trail_page(site, investigator, where=where)
    assert row.what == "corrected Initials: LXM → LXN (other: ID card re-read)"
    out = tmp_path / "trail.csv"
    assert audit_trail.export_trail_csv(site, investigator, where=where, path=out) == 1
    with open(out, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["what"] == row.what and rows[0]["actor"] == "dr.wang"
