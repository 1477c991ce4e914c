"""The drop factor the bag actually had: the protocol file gives the vehicle's drops per mL as
a ratio of the set's nominal factor; the volume and projected-end estimates count with it, and
the record, PDF, CSV, FHIR (fhir.resources) and ODM (the 1.3.2 XSD) name the factors used."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest
import xmlschema
from fhir.resources.R4B.observation import Observation
from odmlib.schema_manager import get_schema_path

from infusion_app.domain.protocol import ProtocolError, parse_protocol
from infusion_app.protocol_files import default_protocol_path, load_protocol
from infusion_app.reports.csv_export import write_csv
from infusion_app.reports.fhir_bundle import build_bundle
from infusion_app.reports.odm import odm_xml
from infusion_app.reports.pdf_html import record_html
from infusion_app.reports.session_record import gather
from infusion_app.services.context import Workspace
from infusion_app.services.infusion import infusion_status
from infusion_app.store.audit import verify_log
from infusion_app.store.rebuild import rebuild_check
from tests.services.replay_day import Day

SHIPPED = default_protocol_path().read_text(encoding="utf-8")
RATIO_LINE = "vehicle_drop_factor_ratio = { value = 1.0,"


def _with_ratio(ratio: str) -> str:
    assert RATIO_LINE in SHIPPED
    return SHIPPED.replace(RATIO_LINE, f"vehicle_drop_factor_ratio = {{ value = {ratio},")


@pytest.fixture
def albumin_site(site: Workspace, tmp_path: Path) -> Workspace:
    """The site after the protocol file says 5 % albumin drips 25 drops per mL on a 20 set."""
    amended = tmp_path / "NCT06610773.toml"
    amended.write_text(_with_ratio("1.25"), encoding="utf-8")
    site.protocol = load_protocol(amended)
    return site


@pytest.mark.parametrize("ratio", ["0.4", "2.5", "0", "-1", "nan", '"1.25"'])
def test_a_ratio_out_of_bounds_is_refused_naming_the_key(ratio: str) -> None:
    with pytest.raises(ProtocolError) as refused:
        parse_protocol(_with_ratio(ratio), "amended.toml")
    assert refused.value.key == "dose.vehicle_drop_factor_ratio"
    assert refused.value.line is not None


def test_a_file_without_the_ratio_counts_drops_as_water() -> None:
    without = "\n".join(
        line for line in SHIPPED.splitlines() if not line.startswith("vehicle_drop_factor_ratio")
    )
    protocol = parse_protocol(without)
    assert protocol.dose.vehicle_drop_factor_ratio == 1.0
    assert protocol.dose.drop_factor_for_estimates(20) == 20


def test_volume_and_record_count_the_fluids_drops(albumin_site: Workspace, tmp_path) -> None:
    site = albumin_site
    day = Day(site)
    day.prepare()
    day.ok("mark_ready", session_id=day.session_id)
    day.ok("start_infusion", session_id=day.session_id)
    day.clock.advance(60)
    day.ok("record_count_reading", session_id=day.session_id, drops=35, seconds=30)  # 70/min
    day.clock.advance(25 * 60)  # 26 min at 70 gtt/min: 1820 drops
    status = infusion_status(site, day.session_id)
    assert (status.drop_factor_gtt_ml, status.estimate_drop_factor_gtt_ml) == (20, 25)
    assert status.volume is not None and round(status.volume.infused_ml, 1) == 72.8  # 1820 ÷ 25
    done = day.ok("complete_infusion", session_id=day.session_id, bag_empty=True, line_flushed=True)
    completed = next(e for e in site.store.events() if e.id == done["event_ids"][0])
    assert completed.payload["nominal_drop_factor_gtt_ml"] == 20
    assert completed.payload["estimate_drop_factor_gtt_ml"] == 25
    assert completed.payload["observed_drop_factor_gtt_ml"] == 18.2

    record = gather(site, day.session_id)
    assert record.totals.estimate_drop_factor_gtt_ml == 25
    html = record_html(record, 800)
    assert "20 gtt/mL nominal · 18.2 gtt/mL observed" in html
    assert "estimates counted 25 gtt/mL (set × vehicle ratio)" in html

    write_csv([record], tmp_path)
    with open(tmp_path / "sessions.csv", encoding="utf-8") as f:
        row = next(csv.DictReader(f))
    counted = (row["nominal_drop_factor_gtt_ml"], row["estimate_drop_factor_gtt_ml"])
    assert counted == ("20", "25.0")
    assert row["observed_drop_factor_gtt_ml"] == "18.2"

    bundle = build_bundle([record], record.generated_at)
    observations = [
        e["resource"]
        for e in bundle["entry"]
        if e["resource"]["resourceType"] == "Observation"
        and e["resource"]["code"]["coding"][0]["code"] == "drop-factor-observed"
    ]
    assert len(observations) == 1
    factor = Observation.model_validate(observations[0])
    assert observations[0]["valueQuantity"]["value"] == 18.2
    assert factor.valueQuantity.code == "[drp]/mL"
    assert [c.valueQuantity.value for c in factor.component] == [Decimal(20), Decimal(25)]

    xml = odm_xml([record], record.generated_at).decode("utf-8")
    xmlschema.XMLSchema(get_schema_path("odm", "1.3.2")).validate(xml)
    assert 'ItemOID="IT.DROP_FACTOR_OBSERVED" Value="18.2"' in xml
    assert 'ItemOID="IT.DROP_FACTOR_COUNTED" Value="25.0"' in xml
    assert verify_log(site.db).ok and rebuild_check(site.db) == []


def test_the_projected_end_at_the_start_counts_the_fluids_drops(albumin_site: Workspace) -> None:
    # 100 mL at 60 gtt/min: 33.3 min on a 20 gtt/mL set counted as water, 41.7 min counted at
    # 25 drops per mL. Received at 01:00 UTC (end 01:41:40 before 01:50: accepted); started at
    # 01:10 the end is 01:51:40, after the expiry.
    day = Day(albumin_site)
    day.prepare(receipt={"expires_at": "2026-11-24T01:50:00Z"})
    assert day.mark_ready()["status"] == "accepted"
    day.clock.advance(10 * 60)
    answer = day.start()
    assert answer["code"] == "product_not_fit_at_start"
    assert "before the projected end 01:51 UTC" in answer["reason"]
    assert "with a 20 gtt/mL set, 25 drops per mL of this fluid" in answer["reason"]


def test_counted_as_water_the_same_bag_starts(site: Workspace) -> None:
    day = Day(site)
    day.prepare(receipt={"expires_at": "2026-11-24T01:50:00Z"})
    assert day.mark_ready()["status"] == "accepted"
    day.clock.advance(10 * 60)
    assert day.start()["status"] == "accepted"


def test_a_pump_rate_counts_the_fluids_drops_both_ways(albumin_site: Workspace) -> None:
    # 180 mL/h of a fluid dripping 25 drops per mL is 75 drops/min, and 75 drops/min counted
    # at 25 per mL is 180 mL/h again: 30 mL in 10 minutes.
    day = Day(albumin_site)
    day.prepare()
    day.ok("mark_ready", session_id=day.session_id)
    day.ok("start_infusion", session_id=day.session_id)
    reading = day.ok("record_pump_reading", session_id=day.session_id, ml_per_hour=180)
    assert reading["created"]["rate_gtt_min"] == 75
    day.clock.advance(10 * 60)
    status = infusion_status(albumin_site, day.session_id)
    assert status.volume is not None and round(status.volume.infused_ml, 1) == 30.0
