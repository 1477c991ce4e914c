"""One session's whole record, gathered once as plain values that every export format reads.

The PDF, CSV, FHIR and ODM writers never query the database: they format a
:class:`SessionRecord`. Times are UTC ISO 8601 text exactly as stored (``…Z``); rates are in
gtt/min, volumes in mL, weights in kg, temperatures in °C.
"""

from __future__ import annotations

import json
from typing import Any
from zoneinfo import ZoneInfo

from infusion_app.domain.adverse_events import CLOSED_OUTCOMES
from infusion_app.domain.clock import parse_utc_iso, utc_iso
from infusion_app.domain.event_text import describe
from infusion_app.domain.signatures import Manifestation, SignatureMeaning
from infusion_app.domain.vitals_schedule import SlotState
from infusion_app.reports.record_types import (
    AeRow,
    AuditRow,
    CheckRow,
    CorrectionRow,
    DripReadingRow,
    ParticipantInfo,
    ProductInfo,
    SessionInfo,
    SessionRecord,
    SignatureRow,
    SiteInfo,
    Totals,
    VitalsRow,
)
from infusion_app.services.checks import checklist
from infusion_app.services.context import Workspace
from infusion_app.services.infusion import infusion_status
from infusion_app.services.training import is_training
from infusion_app.services.vitals import schedule_status
from infusion_app.store.event_store import EVENT_COLUMNS, row_to_event


def _rows(ws: Workspace, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    return list(ws.db.query(sql, params))


def _listed(text: str | None) -> tuple[str, ...]:
    """A comma-separated read-model column as a tuple."""
    return tuple(part for part in (text or "").split(",") if part)


def _site(ws: Workspace) -> SiteInfo:
    row = ws.db.execute("SELECT code FROM site").fetchone()
    p = ws.protocol
    arms = tuple((a.code, a.label.en, a.label.zh) for a in p.arms)
    band = (p.drip.band_min_gtt_min, p.drip.band_max_gtt_min)
    code = row[0] if row else ""
    return SiteInfo(
        code,
        p.id,
        p.version,
        p.title.en,
        p.title.zh,
        p.site.timezone,
        arms,
        band,
        is_training(ws),
    )


def _participant(ws: Workspace, subject_code: str) -> ParticipantInfo:
    r = _rows(ws, "SELECT * FROM participants WHERE subject_code = ?", [subject_code])[0]
    arm = ws.protocol.arm(r["arm"])
    return ParticipantInfo(
        r["subject_code"],
        r["initials"],
        int(r["year_of_birth"]),
        arm.code,
        arm.label.en,
        arm.label.zh,
        arm.is_placebo,
        r["consent_date"],
    )


def _session(row: dict[str, Any]) -> SessionInfo:
    return SessionInfo(
        row["id"],
        int(row["number"]),
        row["scheduled_for"],
        row["state"],
        row["outcome"],
        row["end_reason"],
        row["infusion_started_at"],
        row["infusion_ended_at"],
    )


def _checks(ws: Workspace, session_id: str) -> tuple[CheckRow, ...]:
    answers = {
        r["step"]: r
        for r in _rows(ws, "SELECT * FROM check_answers WHERE session = ?", [session_id])
    }
    decisions = {
        r["step"]: r
        for r in _rows(ws, "SELECT * FROM check_decisions WHERE session = ?", [session_id])
    }
    out = []
    for result in checklist(ws, session_id).steps:
        a = answers.get(result.step.value, {})
        d = decisions.get(result.step.value, {})
        out.append(
            CheckRow(
                result.step.value,
                result.status.value,
                result.message,
                a.get("answer", ""),
                a.get("answered_by", ""),
                a.get("answered_at", ""),
                d.get("decision", ""),
                d.get("reason", ""),
                d.get("decided_by", ""),
            )
        )
    return tuple(out)


def _product(ws: Workspace, session_id: str) -> ProductInfo | None:
    rows = _rows(
        ws,
        "SELECT * FROM products WHERE session = ? "
        "ORDER BY state = 'verified' DESC, received_at DESC",
        [session_id],
    )
    if not rows:
        return None
    r = rows[0]
    names = [f.name for f in ProductInfo.__dataclass_fields__.values()]
    return ProductInfo(**{name: r[name] for name in names})


def _drip(ws: Workspace, session_id: str) -> tuple[DripReadingRow, ...]:
    rows = _rows(ws, "SELECT * FROM drip_readings WHERE session = ? ORDER BY at", [session_id])
    return tuple(
        DripReadingRow(
            r["event_id"],
            r["at"],
            r["method"],
            float(r["rate_gtt_min"]),
            r["uncertainty_gtt_min"],
            r["band"],
            r["acknowledgement"],
            r["recorded_by"],
        )
        for r in rows
    )


def _vitals(ws: Workspace, session_id: str) -> tuple[VitalsRow, ...]:
    rows = _rows(ws, "SELECT * FROM vitals WHERE session = ? ORDER BY measured_at", [session_id])
    out = []
    for r in rows:
        values = {k: r[k] for k in VitalsRow.__dataclass_fields__ if k in r}
        values.update(
            on_oxygen=bool(r["on_oxygen"]),
            late=bool(r["late"]),
            alerts=_listed(r["alerts"]),
        )
        out.append(VitalsRow(**values))
    return tuple(out)


def _adverse_events(ws: Workspace, session_id: str) -> tuple[AeRow, ...]:
    rows = _rows(
        ws, "SELECT * FROM adverse_events WHERE session = ? ORDER BY onset_at", [session_id]
    )
    return tuple(
        AeRow(
            **{k: r[k] for k in AeRow.__dataclass_fields__ if k in r and k != "linked_vitals"},
            linked_vitals=_listed(r["linked_vitals"]),
        )
        for r in rows
    )


def _signatures(
    ws: Workspace, session_id: str, product: ProductInfo | None
) -> tuple[SignatureRow, ...]:
    rows = _rows(
        ws,
        "SELECT s.* FROM signatures s LEFT JOIN events e ON e.id = s.event_id "
        "WHERE e.session = ? OR (s.record_type = 'product' AND s.record_id = ?) "
        "ORDER BY s.signed_at",
        [session_id, product.id if product else ""],
    )
    zone = ws.protocol.site.timezone
    return tuple(_signature_row(r, zone) for r in rows)


def _signature_row(r: dict[str, Any], zone: str) -> SignatureRow:
    manifestation = Manifestation(
        r["full_name"], r["role"], r["signed_at"], SignatureMeaning(r["meaning"])
    )
    return SignatureRow(
        **{k: r[k] for k in SignatureRow.__dataclass_fields__ if k in r and k != "superseded"},
        superseded=bool(r["superseded"]),
        manifestation=manifestation.text(zone),
    )


def _corrections(ws: Workspace, session_id: str) -> tuple[CorrectionRow, ...]:
    rows = _rows(
        ws, "SELECT * FROM corrections WHERE session = ? ORDER BY corrected_at", [session_id]
    )
    return tuple(
        CorrectionRow(**{k: r[k] for k in CorrectionRow.__dataclass_fields__}) for r in rows
    )


def _what(event_type: str, p: dict[str, Any]) -> str:
    """The event in a few words (the domain's wording, as in the audit trail)."""
    return str(describe(event_type, p))


def _audit(
    ws: Workspace, session_id: str, product: ProductInfo | None, names: dict[str, str]
) -> tuple[AuditRow, ...]:
    cursor = ws.db.execute(
        f"SELECT seq, {EVENT_COLUMNS} FROM events WHERE session = ? "
        "OR json_extract(payload, '$.product_id') = ? ORDER BY seq",
        [session_id, product.id if product else ""],
    )
    out = []
    for row in cursor:
        e = row_to_event(row[1:])
        shown = {k: v for k, v in e.payload.items() if k != "password_hash"}
        out.append(
            AuditRow(
                int(row[0]),
                e.id,
                e.device_id,
                e.device_seq,
                e.occurred_at,
                e.recorded_at,
                e.actor,
                names.get(e.actor, e.actor),
                e.type,
                _what(e.type, e.payload),
                json.dumps(shown, ensure_ascii=False, sort_keys=True),
                e.hash,
            )
        )
    return tuple(out)


def _totals(ws: Workspace, session_id: str, checks: tuple[CheckRow, ...]) -> Totals:
    status = infusion_status(ws, session_id)
    weight_answer = next((c.answer for c in checks if c.step == "weight" and c.answer), "")
    weight = float(json.loads(weight_answer)["weight_kg"]) if weight_answer else None
    volume = status.volume
    return Totals(
        status.drop_factor_gtt_ml,
        ws.protocol.dose.volume_ml,
        round(volume.infused_ml, 1) if volume else None,
        round(volume.remaining_ml, 1) if volume else None,
        round(volume.running_minutes, 1) if volume else None,
        weight,
        ws.protocol.dose.cells_for_weight(weight) if weight else None,
    )


def _open_alerts(
    ws: Workspace, session_id: str, vitals: tuple[VitalsRow, ...], aes: tuple[AeRow, ...]
) -> tuple[str, ...]:
    alerts = [f"{v.measured_at}: stop criterion {', '.join(v.alerts)}" for v in vitals if v.alerts]
    alerts += [
        f"adverse event open: {a.term_name} (grade {a.grade}, {a.outcome})"
        for a in aes
        if a.outcome not in CLOSED_OUTCOMES
    ]
    slots = schedule_status(ws, session_id)
    alerts += [
        f"vital signs overdue: {s.label.en} (due {utc_iso(s.due_at)})"
        for s in slots
        if s.state is SlotState.OVERDUE
    ]
    alerts += [
        f"vital signs missed: {s.label.en} (due {utc_iso(s.due_at)})"
        for s in slots
        if s.state is SlotState.MISSED
    ]
    return tuple(alerts)


def gather(ws: Workspace, session_id: str) -> SessionRecord:
    """The whole record of one session; KeyError for an unknown session."""
    found = _rows(ws, "SELECT * FROM sessions WHERE id = ?", [session_id])
    if not found:
        raise KeyError(session_id)
    names = {r["username"]: r["full_name"] for r in _rows(ws, "SELECT * FROM users", [])}
    checks = _checks(ws, session_id)
    product = _product(ws, session_id)
    vitals = _vitals(ws, session_id)
    aes = _adverse_events(ws, session_id)
    return SessionRecord(
        generated_at=utc_iso(ws.clock.now()),
        site=_site(ws),
        participant=_participant(ws, found[0]["subject_code"]),
        session=_session(found[0]),
        checks=checks,
        product=product,
        drip_readings=_drip(ws, session_id),
        vitals=vitals,
        adverse_events=aes,
        signatures=_signatures(ws, session_id, product),
        corrections=_corrections(ws, session_id),
        audit=_audit(ws, session_id, product, names),
        totals=_totals(ws, session_id, checks),
        open_alerts=_open_alerts(ws, session_id, vitals, aes),
    )


def session_ids(ws: Workspace) -> list[str]:
    """Every session's id, by subject code and session number."""
    rows = ws.db.execute("SELECT id FROM sessions ORDER BY subject_code, number").fetchall()
    return [str(r[0]) for r in rows]


def gather_all(ws: Workspace) -> list[SessionRecord]:
    """The record of every session of the site."""
    return [gather(ws, session_id) for session_id in session_ids(ws)]


def local_time(text: str | None, zone: str) -> str:
    """A stored UTC time shown in the site's zone, e.g. ``2026-11-24 09:41``; "" for None."""
    if not text:
        return ""
    return parse_utc_iso(text).astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M")
