"""CSV export: one UTF-8 file per record type, each with a header row.

Every row starts with the site, the subject code and the session id so the files join.
Times are ISO 8601 in UTC with their zone (``…Z``) exactly as recorded; lists are joined
with ``;``; yes/no values are ``true``/``false``; an empty cell means "not recorded".
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from infusion_app.reports.record_types import (
    AeRow,
    AuditRow,
    CheckRow,
    CorrectionRow,
    DripReadingRow,
    EscalationRow,
    NotTakenRow,
    ProductInfo,
    SessionRecord,
    SignatureRow,
    VitalsRow,
)

KEYS = ("site", "subject_code", "session_id")
SESSION_COLUMNS = (
    "number",
    "scheduled_for",
    "state",
    "outcome",
    "end_reason",
    "infusion_started_at",
    "infusion_ended_at",
    "arm",
    "arm_label_en",
    "arm_label_zh",
    "initials",
    "year_of_birth",
    "consent_date",
    "weight_kg",
    "prescribed_cells",
    "prescribed_volume_ml",
    "drop_factor_gtt_ml",
    "nominal_drop_factor_gtt_ml",
    "observed_drop_factor_gtt_ml",
    "estimate_drop_factor_gtt_ml",
    "infused_ml",
    "remaining_ml",
    "running_minutes",
    "open_alerts",
)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple | list):
        return ";".join(str(v) for v in value)
    return str(value)


def _keys(record: SessionRecord) -> list[str]:
    site = f"{record.site.code} (TRAINING)" if record.site.training else record.site.code
    return [site, record.participant.subject_code, record.session.id]


def _session_row(record: SessionRecord) -> dict[str, Any]:
    values = {**asdict(record.participant), **asdict(record.totals), **asdict(record.session)}
    values["open_alerts"] = record.open_alerts
    return values


def _rows_of(kind: type, pick: Callable[[SessionRecord], Iterable[Any]]) -> Any:
    names = [f.name for f in fields(kind)]

    def rows(record: SessionRecord) -> list[list[str]]:
        return [_keys(record) + [_cell(getattr(r, n)) for n in names] for r in pick(record)]

    return names, rows


def _sessions(record: SessionRecord) -> list[list[str]]:
    values = _session_row(record)
    return [_keys(record) + [_cell(values[name]) for name in SESSION_COLUMNS]]


def _product(record: SessionRecord) -> list[ProductInfo]:
    return [record.product] if record.product else []


TABLES: dict[str, tuple[Sequence[str], Callable[[SessionRecord], list[list[str]]]]] = {
    "sessions": (SESSION_COLUMNS, _sessions),
    "checks": _rows_of(CheckRow, lambda r: r.checks),
    "products": _rows_of(ProductInfo, _product),
    "drip_readings": _rows_of(DripReadingRow, lambda r: r.drip_readings),
    "vitals": _rows_of(VitalsRow, lambda r: r.vitals),
    "vitals_not_taken": _rows_of(NotTakenRow, lambda r: r.sets_not_taken),
    "adverse_events": _rows_of(AeRow, lambda r: r.adverse_events),
    "escalations": _rows_of(EscalationRow, lambda r: r.escalations),
    "signatures": _rows_of(SignatureRow, lambda r: r.signatures),
    "corrections": _rows_of(CorrectionRow, lambda r: r.corrections),
    "audit_trail": _rows_of(AuditRow, lambda r: r.audit),
}


def write_csv(records: Sequence[SessionRecord], folder: Path) -> dict[str, int]:
    """Write ``<folder>/<record type>.csv`` for every type; return the data rows in each."""
    folder.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for name, (columns, rows_of) in TABLES.items():
        with open(folder / f"{name}.csv", "w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow([*KEYS, *columns])
            count = 0
            for record in records:
                rows = rows_of(record)
                writer.writerows(rows)
                count += len(rows)
        counts[name] = count
    return counts
