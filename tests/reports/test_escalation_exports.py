"""NEWS2 escalation tasks in the record, the PDF, the CSV, FHIR (validated with fhir.resources)
and ODM (validated with the ODM 1.3.2 XSD)."""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import Path

import pytest
import xmlschema
from fhir.resources.R4B.task import Task
from odmlib.schema_manager import get_schema_path

from infusion_app.domain.clock import utc_iso
from infusion_app.reports.csv_export import write_csv
from infusion_app.reports.fhir_bundle import build_bundle
from infusion_app.reports.odm import odm_xml
from infusion_app.reports.pdf_html import record_html
from infusion_app.reports.session_record import SessionRecord, gather
from infusion_app.services.context import Workspace
from tests.conftest import GOOD_VITALS
from tests.services.replay_day import Day

EMERGENCY = {**GOOD_VITALS, "resp_rate_per_min": 26, "spo2_pct": 91, "heart_rate_bpm": 115}
URGENT = {**GOOD_VITALS, "heart_rate_bpm": 135}


@pytest.fixture
def escalated(site: Workspace) -> SessionRecord:
    """An infusing session with an emergency answered after 4 min and an urgent one open."""
    day = Day(site)
    day.prepare()
    day.ok("mark_ready", session_id=day.session_id)
    day.ok("start_infusion", session_id=day.session_id)
    day.clock.advance(5 * 60)
    raised = day.ok("record_vitals", session_id=day.session_id, vitals=EMERGENCY)
    day.clock.advance(5 * 60)
    day.ok(
        "acknowledge_escalation",
        session_id=day.session_id,
        vitals_event_id=raised["event_ids"][0],
        informed="Dr Wang (investigator)",
        informed_at=utc_iso(day.clock.now() - timedelta(minutes=1)),
    )
    day.clock.advance(10 * 60)
    day.ok("record_vitals", session_id=day.session_id, vitals=URGENT)
    return gather(site, day.session_id)


def test_the_record_lists_each_task_with_whom_and_the_minutes(escalated: SessionRecord) -> None:
    answered, waiting = escalated.escalations
    assert (answered.level, answered.news2_total) == ("emergency", 8)
    assert answered.informed == "Dr Wang (investigator)"
    assert answered.minutes_to_acknowledgement == 4 and answered.acknowledged_by == "nurse.li"
    assert (waiting.level, waiting.informed, waiting.acknowledged_by) == ("urgent", "", "")
    assert any("no one recorded as informed" in a for a in escalated.open_alerts)
    html = record_html(escalated, 800)
    assert "<h2>NEWS2 escalations</h2>" in html
    assert "Dr Wang (investigator)" in html and "4 min" in html and "OPEN" in html


def test_the_csv_has_an_escalations_file(escalated: SessionRecord, tmp_path: Path) -> None:
    counts = write_csv([escalated], tmp_path)
    assert counts["escalations"] == 2
    with open(tmp_path / "escalations.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows[0]["informed"] == "Dr Wang (investigator)"
    assert rows[0]["minutes_to_acknowledgement"] == "4"


def test_fhir_tasks_validate(escalated: SessionRecord) -> None:
    bundle = build_bundle([escalated], escalated.generated_at)
    tasks = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Task"]
    assert [t["status"] for t in tasks] == ["completed", "requested"]
    assert [t["priority"] for t in tasks] == ["stat", "urgent"]
    for task in tasks:
        Task.model_validate(task)
    assert "Informed Dr Wang (investigator)" in tasks[0]["note"][0]["text"]


def test_odm_carries_the_escalations_and_validates(escalated: SessionRecord) -> None:
    xml = odm_xml([escalated], escalated.generated_at).decode("utf-8")
    xmlschema.XMLSchema(get_schema_path("odm", "1.3.2")).validate(xml)
    assert 'ItemGroupOID="IG.ESCALATION"' in xml and "Dr Wang (investigator)" in xml
