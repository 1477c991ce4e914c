"""The drop factor the bag actually had: at completion, the drops the readings count over the
real running time divided by the volume infused, recorded beside the set's nominal factor."""

from __future__ import annotations

from infusion_app.reports.csv_export import write_csv
from infusion_app.reports.pdf_html import record_html
from infusion_app.reports.session_record import gather
from infusion_app.services.context import Workspace
from infusion_app.store.audit import verify_log
from infusion_app.store.rebuild import rebuild_check
from tests.services.replay_day import Day


def test_completion_records_the_observed_drop_factor_beside_the_nominal(
    site: Workspace, tmp_path
) -> None:
    day = Day(site)
    day.prepare()
    day.ok("mark_ready", session_id=day.session_id)
    day.ok("start_infusion", session_id=day.session_id)
    day.clock.advance(60)
    day.ok("record_count_reading", session_id=day.session_id, drops=35, seconds=30)  # 70/min
    day.clock.advance(25 * 60)  # 26 min at 70 gtt/min: 1820 drops for the 100 mL bag
    done = day.ok("complete_infusion", session_id=day.session_id, bag_empty=True, line_flushed=True)
    completed = next(e for e in site.store.events() if e.id == done["event_ids"][0])
    assert completed.payload["nominal_drop_factor_gtt_ml"] == 20
    assert completed.payload["observed_drop_factor_gtt_ml"] == 18.2
    record = gather(site, day.session_id)
    assert (
        record.session.nominal_drop_factor_gtt_ml,
        record.session.observed_drop_factor_gtt_ml,
    ) == (
        20,
        18.2,
    )
    assert "20 gtt/mL nominal · 18.2 gtt/mL observed" in record_html(record, 800)
    write_csv([record], tmp_path)
    assert "18.2" in (tmp_path / "sessions.csv").read_text(encoding="utf-8")
    assert verify_log(site.db).ok and rebuild_check(site.db) == []
