"""The source record's body as Qt rich text (an HTML subset), from a :class:`SessionRecord`.

Qt-free: :mod:`pdf_record` lays it out on A4 pages with the header, footer and chart.
Times are shown in the site's zone (the header names it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from infusion_app.domain.clock import parse_utc_iso
from infusion_app.domain.labels import printed_din
from infusion_app.domain.signatures import chain_head_words
from infusion_app.reports.record_types import AuditRow, SessionRecord
from infusion_app.reports.session_record import local_time
from infusion_app.reports.vitals_words import news2_value, partial_text
from infusion_app.services.training import TRAINING_MARK

CHART_URL = "chart://vitals"
STYLE = """
h1 { font-size: 15pt; margin: 0; }
h2 { font-size: 11pt; margin-top: 10px; margin-bottom: 3px; color: #1f3a5f; }
table { border-collapse: collapse; }
th { background-color: #e6ecf2; text-align: left; font-weight: bold; }
td, th { padding: 2px; border: 1px solid #9aa7b4; }
.muted { color: #666666; }
.alert { color: #a00000; font-weight: bold; }
.struck { color: #888888; text-decoration: line-through; }
"""


def _table(header: Sequence[str], rows: Iterable[Sequence[object]], widths: str = "") -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape('' if c is None else str(c))}</td>" for c in row) + "</tr>"
        for row in rows
    )
    if not body:
        return '<p class="muted">None recorded.</p>'
    return f'<table width="100%" cellspacing="0" {widths}><tr>{head}</tr>{body}</table>'


def _pairs(pairs: Sequence[tuple[str, object]]) -> str:
    cells = "".join(
        f"<tr><th width='30%'>{escape(k)}</th><td>{escape('' if v is None else str(v))}</td></tr>"
        for k, v in pairs
    )
    return f'<table width="100%" cellspacing="0">{cells}</table>'


def _title(r: SessionRecord) -> str:
    site = r.site
    mark = f"<h1>{TRAINING_MARK} · 培训模式</h1>" if site.training else ""
    return (
        f"{mark}<h1>Infusion source record · 输注源记录</h1>"
        f"<p>{escape(site.protocol_id)} — {escape(site.title_en)}<br/>{escape(site.title_zh)}</p>"
    )


def _session(r: SessionRecord) -> str:
    p, s, z = r.participant, r.session, r.site.timezone
    return "<h2>Participant and session</h2>" + _pairs(
        [
            ("Subject code", p.subject_code),
            ("Initials / year of birth", f"{p.initials} / {p.year_of_birth}"),
            ("Arm", f"{p.arm_label_en} · {p.arm_label_zh}"),
            ("Consent date", p.consent_date),
            ("Session", f"no. {s.number}, scheduled {s.scheduled_for}"),
            ("Protocol file", _protocol_file(r)),
            ("Drop factor", _drop_factor(r)),
            ("State / outcome", f"{s.state} / {s.outcome or '—'} {s.end_reason or ''}"),
            ("Infusion start", local_time(s.infusion_started_at, z) + _late(r, "started")),
            ("Infusion end", local_time(s.infusion_ended_at, z)),
        ]
    )


def _late(r: SessionRecord, step: str) -> str:
    """ " — recorded 45 min late: reason" for the last ``session.infusion_<step>`` so recorded."""
    found = [e for e in r.late_entries if e.event.type == f"session.infusion_{step}"]
    if not found:
        return ""
    return f" — BACKDATED: recorded {found[-1].minutes} min later; reason: {found[-1].reason}"


def _late_entries(r: SessionRecord) -> str:
    """Every step recorded later than the site allows without a reason, with the reason."""
    if not r.late_entries:
        return ""
    z = r.site.timezone
    rows = [
        (
            local_time(e.event.occurred_at, z),
            local_time(e.event.recorded_at, z),
            f"{e.minutes} min",
            e.event.what,
            e.reason,
            e.event.actor_name,
        )
        for e in r.late_entries
    ]
    header = ("Happened", "Recorded", "Late by", "What", "Reason", "By")
    return "<h2>Recorded late (backdated)</h2>" + _table(header, rows)


def _drop_factor(r: SessionRecord) -> str:
    """The giving set's drop factor, the one the volume estimate counted, and the one the
    readings and the real duration imply."""
    s = r.session
    if s.nominal_drop_factor_gtt_ml is None:
        return "—"
    observed = (
        f"{s.observed_drop_factor_gtt_ml:g} gtt/mL observed (drops counted ÷ volume infused)"
        if s.observed_drop_factor_gtt_ml is not None
        else "not observed (no drip reading)"
    )
    return f"{s.nominal_drop_factor_gtt_ml} gtt/mL nominal · {observed} · {_counted(r)}"


def _counted(r: SessionRecord) -> str:
    """Which factor the volume and projected-end estimates used."""
    t = r.totals
    if t.estimate_drop_factor_gtt_ml is None:
        return f"estimates counted {t.drop_factor_gtt_ml} gtt/mL"
    return f"estimates counted {t.estimate_drop_factor_gtt_ml:g} gtt/mL (set × vehicle ratio)"


def _protocol_file(r: SessionRecord) -> str:
    """The protocol file the session was scheduled under: version and SHA-256."""
    s = r.session
    if not s.protocol_version:
        return "not recorded (scheduled before the version was kept with each session)"
    line = f"{r.site.protocol_id} version {s.protocol_version} · SHA-256 {s.protocol_sha256}"
    if s.protocol_judged_by:
        line += f" (its text was not kept: judged by version {s.protocol_judged_by}, in use now)"
    return line


def _escalations(r: SessionRecord) -> str:
    z = r.site.timezone
    rows = [
        (
            local_time(e.raised_at, z),
            f"NEWS2 {e.news2_total}",
            f"{e.level} response",
            e.informed or (f"no one: {e.not_informed_reason}" if e.acknowledged_by else "OPEN"),
            local_time(e.informed_at, z),
            "" if e.minutes_to_acknowledgement is None else f"{e.minutes_to_acknowledgement} min",
            e.acknowledged_by,
        )
        for e in r.escalations
    ]
    return "<h2>NEWS2 escalations</h2>" + _table(
        ("Set at", "Score", "Response", "Informed", "At", "Minutes", "Recorded by"), rows
    )


def _checks(r: SessionRecord) -> str:
    z = r.site.timezone
    rows = [
        (c.step.replace("_", " "), c.status, c.message, c.answered_by, local_time(c.answered_at, z))
        + (
            (f"decision: {c.decision} ({c.decision_reason}) by {c.decided_by}",)
            if c.decision
            else ("",)
        )
        for c in r.checks
    ]
    return "<h2>Pre-infusion checks</h2>" + _table(
        ("Check", "Status", "Finding", "By", "At", "Investigator"), rows
    )


def _product(r: SessionRecord) -> str:
    b, z = r.product, r.site.timezone
    if b is None:
        return '<h2>Product</h2><p class="muted">No bag released for this session.</p>'
    viability = "—" if b.viability_pct is None else f"{b.viability_pct:g} %"
    return "<h2>Product</h2>" + _pairs(
        [
            ("DIN / lot", f"{printed_din(b.din)} / {b.lot}"),
            ("Contents", f"{b.arm}: {b.total_viable_cells:.3g} viable cells, {viability}"),
            ("Volume / receipt temperature", f"{b.volume_ml:g} mL / {b.temperature_c:g} °C"),
            (
                "Prepared / expires",
                f"{local_time(b.prepared_at, z)} / {local_time(b.expires_at, z)}",
            ),
            ("Received", f"{b.received_by} {local_time(b.received_at, z)}"),
            ("Released", f"{b.released_by or '—'} {local_time(b.released_at, z)}"),
            ("Verified at the bedside", f"{b.verified_by or '—'} {local_time(b.verified_at, z)}"),
            ("State", b.state),
        ]
    )


def _drip(r: SessionRecord) -> str:
    z, t = r.site.timezone, r.totals
    rows = [
        (
            local_time(d.at, z),
            d.method,
            f"{d.rate_gtt_min:.0f}",
            d.band,
            d.acknowledgement,
            d.recorded_by,
        )
        for d in r.drip_readings
    ]
    volume = _pairs(
        [
            ("Drop factor", f"{t.drop_factor_gtt_ml} gtt/mL set · {_counted(r)}"),
            (
                "Prescribed",
                f"{t.prescribed_volume_ml:g} mL"
                + (
                    f", {t.prescribed_cells:.3g} cells for {t.weight_kg:g} kg"
                    if t.prescribed_cells and t.weight_kg
                    else ""
                ),
            ),
            ("Infused (estimate)", "—" if t.infused_ml is None else f"{t.infused_ml:g} mL"),
            ("Remaining", "—" if t.remaining_ml is None else f"{t.remaining_ml:g} mL"),
            ("Running time", "—" if t.running_minutes is None else f"{t.running_minutes:g} min"),
        ]
    )
    return (
        "<h2>Drip readings (gtt/min)</h2>"
        + _table(("Time", "Method", "Rate", "Band", "Acknowledgement", "By"), rows)
        + "<h2>Volume and duration</h2>"
        + volume
    )


def _vitals(r: SessionRecord, chart_width: int) -> str:
    z = r.site.timezone
    rows = [
        (
            local_time(v.measured_at, z)[11:],
            " — ".join(part for part in (v.slot_key or "—", partial_text(v)) if part),
            f"{_shown(v.systolic_mmhg)}/{_shown(v.diastolic_mmhg)}",
            _shown(v.heart_rate_bpm),
            _shown(v.resp_rate_per_min),
            _shown(v.temperature_c, 1),
            _shown(v.spo2_pct),
            (v.consciousness or "—") + (" O₂" if v.on_oxygen else ""),
            news2_value(v),
            ", ".join(v.alerts),
            v.recorded_by,
        )
        for v in r.vitals
    ]
    header = (
        "Time",
        "Slot",
        "BP mmHg",
        "HR /min",
        "RR /min",
        "T °C",
        "SpO₂ %",
        "ACVPU",
        "NEWS2",
        "Alerts",
        "By",
    )
    chart = f'<p><img src="{CHART_URL}" width="{chart_width}"/></p>' if chart_width else ""
    return "<h2>Vital signs</h2>" + _table(header, rows) + _not_taken(r) + chart


def _shown(value: float | None, decimals: int = 0) -> str:
    """A measured value; "—" for one not measured (a set partly taken)."""
    return "—" if value is None else f"{value:.{decimals}f}"


def _not_taken(r: SessionRecord) -> str:
    """The scheduled sets not taken, with the reason (none: nothing is printed)."""
    if not r.sets_not_taken:
        return ""
    z = r.site.timezone
    rows = [
        (local_time(n.attempted_at, z)[11:], n.slot_key, n.reason_en, n.note, n.recorded_by)
        for n in r.sets_not_taken
    ]
    return "<h3>Sets not taken</h3>" + _table(("Time", "Slot", "Reason", "Note", "By"), rows)


def _events(r: SessionRecord) -> str:
    z = r.site.timezone
    rows = [
        (
            a.term_name,
            a.grade,
            "yes" if a.serious else "no",
            local_time(a.onset_at, z),
            a.action,
            a.outcome,
            a.recorded_by,
        )
        for a in r.adverse_events
    ]
    alerts = "".join(f'<li class="alert">{escape(a)}</li>' for a in r.open_alerts)
    return (
        "<h2>Adverse events (CTCAE v5.0)</h2>"
        + _table(("Term", "Grade", "Serious", "Onset", "Action", "Outcome", "By"), rows)
        + _escalations(r)
        + "<h2>Open alerts</h2>"
        + (f"<ul>{alerts}</ul>" if alerts else '<p class="muted">No open alerts.</p>')
    )


def _corrections(r: SessionRecord) -> str:
    z = r.site.timezone
    rows = [
        (
            c.field,
            c.old_value,
            c.new_value,
            f"{c.reason} {c.reason_text}".strip(),
            c.corrected_by,
            local_time(c.corrected_at, z),
        )
        for c in r.corrections
    ]
    return "<h2>Corrections</h2>" + _table(("Field", "Was", "Now", "Reason", "By", "At"), rows)


def _measured(a: AuditRow, zone: str) -> str:
    """ " (measured 10:31)" when the event happened a minute or more before it was recorded."""
    apart = parse_utc_iso(a.recorded_at) - parse_utc_iso(a.occurred_at)
    if abs(apart.total_seconds()) < 60:
        return ""
    return f" (measured {local_time(a.occurred_at, zone)[11:16]})"


def _timeline(r: SessionRecord) -> str:
    """Every event in the order it was recorded, with the measured time when it differs."""
    z = r.site.timezone
    rows = [(local_time(a.recorded_at, z), a.actor_name, a.what + _measured(a, z)) for a in r.audit]
    return "<h2>Timeline</h2>" + _table(("Recorded", "Who", "What"), rows)


def _signatures(r: SessionRecord) -> str:
    items = []
    for s in r.signatures:
        what = "session" if s.record_type == "session" else s.record_type
        css = ' class="struck"' if s.superseded else ""
        note = " — superseded by a later correction" if s.superseded else ""
        items.append(f"<li{css}>[{escape(what)}] {escape(s.manifestation)}{note}</li>")
    body = f"<ul>{''.join(items)}</ul>" if items else '<p class="muted">Not signed.</p>'
    anchor = (
        f"<p>Record chain head: <b>{chain_head_words(r.chain_head)}</b> — the hash of this "
        "record's latest event when this copy was made (exports and prints aside). "
        "The record screen shows the same digits while nothing has been added to the record; "
        "the electronic log must still hold an event of this record with this hash, which a "
        "record changed afterwards cannot.</p>"
    )
    return "<h2>Electronic signatures</h2>" + body + anchor


def record_html(record: SessionRecord, chart_width: int) -> str:
    """The whole body; ``chart_width`` is the chart image's width (0: no chart)."""
    parts = (
        _title(record),
        _session(record),
        _checks(record),
        _product(record),
        _drip(record),
        _vitals(record, chart_width),
        _events(record),
        _corrections(record),
        _late_entries(record),
        _timeline(record),
        _signatures(record),
    )
    return f"<html><head><style>{STYLE}</style></head><body>{''.join(parts)}</body></html>"


def header_text(record: SessionRecord) -> str:
    """The line at the top of every page: site, subject code, arm and the session's day."""
    p = record.participant
    mark = f"{TRAINING_MARK} · " if record.site.training else ""
    return (
        f"{mark}{record.site.code} · {p.subject_code} · {p.arm_label_en} · {p.arm_label_zh} · "
        f"session {record.session.number} · {record.session.scheduled_for}"
    )


def footer_text(record: SessionRecord, page: int, pages: int) -> str:
    """The line at the foot of every page."""
    return (
        f"{record.site.protocol_id} · times in {record.site.timezone} · generated "
        f"{local_time(record.generated_at, record.site.timezone)} · page {page} of {pages}"
    )
