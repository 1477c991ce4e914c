"""Gathering a session's record once, for every format."""

from __future__ import annotations

from infusion_app.reports.session_record import SessionRecord, gather_all
from infusion_app.services.context import Workspace


def test_the_record_holds_every_section(record: SessionRecord) -> None:
    assert record.site.code == "SH-TJ01"
    assert record.participant.subject_code == "HPV-001"
    assert record.participant.arm == "huc_msc"
    assert record.session.state == "signed"
    assert [c.status for c in record.checks].count("ok") == len(record.checks)
    assert record.product is not None and record.product.lot == "MSC-2611-07"
    assert [r.rate_gtt_min for r in record.drip_readings] == [70.0, 68.0]
    assert len(record.vitals) == 5
    assert record.adverse_events[0].term_name == "Chills"
    assert len(record.corrections) == 1
    assert record.totals.infused_ml and 90 < record.totals.infused_ml <= 100


def test_a_correction_supersedes_the_first_signatures(record: SessionRecord) -> None:
    session_signatures = [s for s in record.signatures if s.record_type == "session"]
    assert [s.superseded for s in session_signatures] == [True, True, False, False]
    assert [s.meaning for s in record.signatures_in_force] == ["performed", "reviewed"]
    assert "Li Na (nurse) — performed — 2026-11-24" in record.signatures_in_force[0].manifestation
    assert {s.record_type for s in record.signatures} == {"session", "product"}


def test_the_audit_trail_includes_the_product_events(record: SessionRecord) -> None:
    types = [row.type for row in record.audit]
    assert types[0] == "session.scheduled"
    assert "product.received" in types and "product.released" in types
    assert "record.corrected" in types
    assert all("password" not in row.payload for row in record.audit)


def test_gather_all_gives_every_session(site: Workspace, signed_session: str) -> None:
    assert [r.session.id for r in gather_all(site)] == [signed_session]
