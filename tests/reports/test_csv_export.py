"""CSV: one UTF-8 file per record type, with a header and times with their zone."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

from infusion_app.reports.csv_export import TABLES, write_csv
from infusion_app.reports.session_record import SessionRecord


def _read(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_one_file_per_record_type(record: SessionRecord, tmp_path: Path) -> None:
    counts = write_csv([record], tmp_path)
    assert sorted(p.stem for p in tmp_path.glob("*.csv")) == sorted(TABLES)
    assert counts["sessions"] == 1 and counts["drip_readings"] == 2 and counts["vitals"] == 5
    assert counts["signatures"] == 7  # 4 on the session (2 superseded), release, bedside × 2
    assert counts["corrections"] == 1 and counts["adverse_events"] == 1
    assert counts["audit_trail"] == len(record.audit)
    for name, count in counts.items():
        rows = _read(tmp_path / f"{name}.csv")
        assert len(rows) == count
        assert count == 0 or list(rows[0])[:3] == ["site", "subject_code", "session_id"]


def test_text_is_utf8_and_times_carry_their_zone(record: SessionRecord, tmp_path: Path) -> None:
    write_csv([record], tmp_path)
    session = _read(tmp_path / "sessions.csv")[0]
    assert session["arm_label_zh"].startswith("试验组")
    assert session["subject_code"] == "HPV-001"
    for name, column in (("vitals", "measured_at"), ("audit_trail", "recorded_at")):
        for row in _read(tmp_path / f"{name}.csv"):
            assert datetime.fromisoformat(row[column]).tzinfo is not None
    signed = [r for r in _read(tmp_path / "signatures.csv") if r["superseded"] == "false"]
    assert any("Wang Fang (investigator) — reviewed" in r["manifestation"] for r in signed)
