"""Sets of vital signs not taken or partly taken in the record, the PDF, the CSV, FHIR
(validated with fhir.resources) and ODM (validated with the ODM 1.3.2 XSD): a partial set's
NEWS2 is never exported as a low score."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import xmlschema
from fhir.resources.R4B import get_fhir_model_class
from fhir.resources.R4B.bundle import Bundle
from odmlib.schema_manager import get_schema_path

from infusion_app.reports.csv_export import write_csv
from infusion_app.reports.fhir_bundle import build_bundle
from infusion_app.reports.odm import odm_xml
from infusion_app.reports.pdf_html import record_html
from infusion_app.reports.session_record import SessionRecord, gather
from infusion_app.services.context import Workspace
from tests.conftest import GOOD_VITALS
from tests.services.replay_day import Day

PARTIAL = {**GOOD_VITALS, "systolic_mmhg": "", "diastolic_mmhg": "", "temperature_c": ""}


@pytest.fixture
def attempted(site: Workspace) -> SessionRecord:
    """An infusing session: the 15-min set partly taken (no blood pressure, no temperature;
    the participant refused the cuff), the 30-min set not taken (equipment unavailable)."""
    day = Day(site)
    day.prepare()
    day.ok("mark_ready", session_id=day.session_id)
    day.ok("start_infusion", session_id=day.session_id)
    day.clock.advance(15 * 60)
    day.ok(
        "record_vitals",
        session_id=day.session_id,
        vitals=PARTIAL,
        partial_reason="refused",
        partial_note="refused the cuff",
    )
    day.clock.advance(15 * 60)
    day.ok(
        "record_vitals_not_taken",
        session_id=day.session_id,
        reason="equipment_unavailable",
        note="monitor charging",
    )
    return gather(site, day.session_id)


def test_the_record_and_the_pdf_say_what_was_not_taken(attempted: SessionRecord) -> None:
    partial = attempted.vitals[-1]
    assert partial.is_partial and partial.news2_parameters == 5 and partial.systolic_mmhg is None
    (not_taken,) = attempted.sets_not_taken
    assert (not_taken.slot_key, not_taken.reason) == ("during@30", "equipment_unavailable")
    html = record_html(attempted, 800)
    assert "incomplete — 5 of 7 parameters (measured: 0, low)" in html
    assert "partly taken: Participant refused (refused the cuff)" in html
    assert "<h3>Sets not taken</h3>" in html and "Equipment unavailable" in html


def test_the_csv_keeps_empty_cells_and_a_file_of_sets_not_taken(
    attempted: SessionRecord, tmp_path: Path
) -> None:
    counts = write_csv([attempted], tmp_path)
    assert counts["vitals_not_taken"] == 1
    with open(tmp_path / "vitals.csv", encoding="utf-8") as f:
        partial = list(csv.DictReader(f))[-1]
    assert partial["systolic_mmhg"] == "" and partial["temperature_c"] == ""
    assert partial["news2_parameters"] == "5" and partial["partial_reason"] == "refused"
    with open(tmp_path / "vitals_not_taken.csv", encoding="utf-8") as f:
        (row,) = list(csv.DictReader(f))
    assert row["reason_en"] == "Equipment unavailable" and row["note"] == "monitor charging"


def test_fhir_says_why_each_value_is_absent_and_validates(attempted: SessionRecord) -> None:
    bundle = build_bundle([attempted], attempted.generated_at)
    Bundle.model_validate(bundle)
    observations = [
        e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Observation"
    ]
    for resource in observations:
        get_fhir_model_class("Observation").model_validate(resource)
    cancelled = [o for o in observations if o["status"] == "cancelled"]
    assert len(cancelled) == 1
    assert cancelled[0]["dataAbsentReason"]["coding"][0]["code"] == "not-performed"
    assert "Not taken: Equipment unavailable (monitor charging)" in cancelled[0]["note"][0]["text"]
    absent = [o for o in observations if "dataAbsentReason" in o and o["status"] == "final"]
    assert [o["code"]["coding"][0]["code"] for o in absent] == ["8310-5"]  # temperature
    assert absent[0]["dataAbsentReason"]["coding"][0]["code"] == "asked-declined"  # refused
    bp = next(
        o
        for o in observations
        if o["code"]["coding"][0]["code"] == "85354-9" and "dataAbsentReason" in o["component"][0]
    )
    assert bp["component"][0]["dataAbsentReason"]["coding"][0]["code"] == "asked-declined"
    panels = [o for o in observations if o["code"]["coding"][0]["code"] == "85353-1"]
    assert any("NEWS2 incomplete — 5 of 7 parameters" in p["note"][0]["text"] for p in panels)


def test_odm_carries_them_without_a_low_score_and_validates(attempted: SessionRecord) -> None:
    xml = odm_xml([attempted], attempted.generated_at).decode("utf-8")
    xmlschema.XMLSchema(get_schema_path("odm", "1.3.2")).validate(xml)
    assert 'ItemGroupOID="IG.VITALS_NOT_TAKEN"' in xml and "Equipment unavailable" in xml
    assert '<ItemData ItemOID="IT.NEWS2_PARAMS" Value="5"' in xml
    assert '<ItemData ItemOID="IT.NEWS2_MEASURED" Value="0"' in xml
    assert '<ItemData ItemOID="IT.NEWS2" ' not in xml  # the only set is partial: no score
