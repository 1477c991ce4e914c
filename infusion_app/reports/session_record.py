"""One session's whole record, gathered once as plain values that every export format reads.

The PDF, CSV, FHIR and ODM writers never query the database: they format a
:class:`SessionRecord`. Times are UTC ISO 8601 text exactly as stored (``…Z``); rates are in
gtt/min, volumes in mL, weights in kg, temperatures in °C.
"""

from __future__ import annotations

import json
from dataclasses import fields
from zoneinfo import ZoneInfo

from infusion_app.domain.clock import parse_utc_iso, utc_iso
from infusion_app.domain.escalation import EscalationTask
from infusion_app.domain.event_text import describe
from infusion_app.reports.record_types import (
    AuditRow,
    CheckRow,
    EscalationRow,
    ParticipantInfo,
    ProductInfo,
    SessionInfo,
    SessionRecord,
    SignatureRow,
    SiteInfo,
    Totals,
)
from infusion_app.services.alerts import (
    AdverseEventAlert,
    EscalationAlert,
    OpenAlert,
    StopCriterionAlert,
    open_alerts,
)
from infusion_app.services.audit_trail import shown_payload
from infusion_app.services.checks import checklist
from infusion_app.services.context import Workspace
from infusion_app.services.escalation import session_escalations
from infusion_app.services.infusion import infusion_status
from infusion_app.services.session_protocols import protocol_in_use, session_workspace
from infusion_app.services.training import is_training
from infusion_app.services.users import current_site_code
from infusion_app.store.queries import widened
from infusion_app.store.queries.adverse_events import adverse_events
from infusion_app.store.queries.audit_trail import record_chain_head, record_events
from infusion_app.store.queries.checks import check_answers, check_decisions
from infusion_app.store.queries.completion import drop_factors
from infusion_app.store.queries.corrections import session_corrections
from infusion_app.store.queries.drip_readings import drip_readings
from infusion_app.store.queries.participants import participant
from infusion_app.store.queries.products import session_product
from infusion_app.store.queries.sessions import SessionHeader, all_sessions, session_header
from infusion_app.store.queries.signatures import record_signatures
from infusion_app.store.queries.site import session_protocol
from infusion_app.store.queries.users import full_names
from infusion_app.store.queries.vitals import session_vitals, sets_not_taken


def _site(ws: Workspace) -> SiteInfo:
    p = ws.protocol
    arms = tuple((a.code, a.label.en, a.label.zh) for a in p.arms)
    band = (p.drip.band_min_gtt_min, p.drip.band_max_gtt_min)
    code = current_site_code(ws) or ""
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
    person = participant(ws.db, subject_code)
    assert person is not None, subject_code
    arm = ws.protocol.arm(person.arm)
    return ParticipantInfo(
        person.subject_code,
        person.initials,
        person.year_of_birth,
        arm.code,
        arm.label.en,
        arm.label.zh,
        arm.is_placebo,
        person.consent_date,
    )


def _session(ws: Workspace, header: SessionHeader) -> SessionInfo:
    scheduled_under = session_protocol(ws.db, header.id)
    in_use = protocol_in_use(ws, header.id)
    factors = drop_factors(ws.db, header.id)
    return SessionInfo(
        header.id,
        header.number,
        header.scheduled_for,
        header.state.value,
        header.outcome,
        header.end_reason,
        header.infusion_started_at,
        header.infusion_ended_at,
        protocol_version=scheduled_under.version,
        protocol_sha256=scheduled_under.sha256,
        protocol_judged_by="" if in_use.judged_by_its_own else in_use.judged_by.version,
        nominal_drop_factor_gtt_ml=factors.nominal_gtt_ml,
        observed_drop_factor_gtt_ml=factors.observed_gtt_ml,
    )


def _checks(ws: Workspace, session_id: str) -> tuple[CheckRow, ...]:
    answers = check_answers(ws.db, session_id)
    decisions = check_decisions(ws.db, session_id)
    out = []
    for result in checklist(ws, session_id).steps:
        a = answers.get(result.step.value)
        d = decisions.get(result.step.value)
        out.append(
            CheckRow(
                result.step.value,
                result.status.value,
                result.message,
                a.answer_text if a else "",
                a.answered_by if a else "",
                a.answered_at if a else "",
                d.decision if d else "",
                d.reason if d else "",
                d.decided_by if d else "",
            )
        )
    return tuple(out)


def _product(ws: Workspace, session_id: str) -> ProductInfo | None:
    row = session_product(ws.db, session_id)
    if row is None:
        return None
    return ProductInfo(**{f.name: getattr(row, f.name) for f in fields(ProductInfo)})


def _signatures(
    ws: Workspace, session_id: str, product: ProductInfo | None
) -> tuple[SignatureRow, ...]:
    zone = ws.protocol.site.timezone
    return tuple(
        widened(s, SignatureRow, manifestation=s.signed_as.text(zone))
        for s in record_signatures(ws.db, session_id, product.id if product else None)
    )


def _audit(
    ws: Workspace, session_id: str, product: ProductInfo | None, names: dict[str, str]
) -> tuple[AuditRow, ...]:
    out = []
    for logged in record_events(ws.db, session_id, product.id if product else None):
        e = logged.event
        out.append(
            AuditRow(
                logged.seq,
                e.id,
                e.device_id,
                e.device_seq,
                e.occurred_at,
                e.recorded_at,
                e.actor,
                names.get(e.actor, e.actor),
                e.type,
                str(describe(e.type, e.payload)),
                shown_payload(e),
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
        status.estimate_drop_factor_gtt_ml,
    )


def _alert_text(alert: OpenAlert) -> str:
    """An open alert as the record prints it (in English)."""
    if isinstance(alert, EscalationAlert):
        return (
            f"NEWS2 {alert.news2_total} ({alert.level} response) at {utc_iso(alert.raised_at)}: "
            "no one recorded as informed"
        )
    if isinstance(alert, StopCriterionAlert):
        return f"{alert.measured_at}: stop criterion {', '.join(alert.criteria)}"
    if isinstance(alert, AdverseEventAlert):
        return f"adverse event open: {alert.term_name} (grade {alert.grade}, {alert.outcome})"
    word = "missed" if alert.missed else "overdue"
    return f"vital signs {word}: {alert.label.en} (due {utc_iso(alert.due_at)})"


def gather(ws: Workspace, session_id: str) -> SessionRecord:
    """The whole record of one session (shown by the protocol file it was scheduled under);
    KeyError for an unknown session."""
    ws = session_workspace(ws, session_id)
    header = session_header(ws.db, session_id)
    if header is None:
        raise KeyError(session_id)
    checks = _checks(ws, session_id)
    product = _product(ws, session_id)
    vitals = session_vitals(ws.db, session_id)
    aes = adverse_events(ws.db, session_id)
    alerts = open_alerts(ws, session_id, vitals, aes)
    return SessionRecord(
        generated_at=utc_iso(ws.clock.now()),
        site=_site(ws),
        participant=_participant(ws, header.subject_code),
        session=_session(ws, header),
        checks=checks,
        product=product,
        drip_readings=tuple(drip_readings(ws.db, session_id)),
        vitals=tuple(vitals),
        adverse_events=tuple(aes),
        signatures=_signatures(ws, session_id, product),
        corrections=tuple(session_corrections(ws.db, session_id)),
        audit=_audit(ws, session_id, product, full_names(ws.db)),
        totals=_totals(ws, session_id, checks),
        open_alerts=tuple(_alert_text(a) for a in alerts),
        escalations=tuple(_escalation_row(t) for t in session_escalations(ws, session_id)),
        sets_not_taken=tuple(sets_not_taken(ws.db, session_id)),
        chain_head=record_chain_head(ws.db, session_id),
    )


def _escalation_row(task: EscalationTask) -> EscalationRow:
    ack = task.acknowledgement
    return EscalationRow(
        utc_iso(task.raised_at),
        task.level.value,
        task.news2_total,
        ack.informed if ack else "",
        utc_iso(ack.informed_at) if ack and ack.informed_at else "",
        ack.not_informed_reason if ack else "",
        task.minutes_to_acknowledgement,
        ack.recorded_by if ack else "",
        task.vitals_event_id,
    )


def session_ids(ws: Workspace) -> list[str]:
    """Every session's id, by subject code and session number."""
    return [header.id for header in all_sessions(ws.db)]


def gather_all(ws: Workspace) -> list[SessionRecord]:
    """The record of every session of the site."""
    return [gather(ws, session_id) for session_id in session_ids(ws)]


def local_time(text: str | None, zone: str) -> str:
    """A stored UTC time shown in the site's zone, e.g. ``2026-11-24 09:41``; "" for None."""
    if not text:
        return ""
    return parse_utc_iso(text).astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M")
