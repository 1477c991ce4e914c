"""The sections of a session's record, as plain readable blocks (read afresh on refresh)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from infusion_app.domain.clock import parse_utc_iso
from infusion_app.domain.entry_times import backdated_of
from infusion_app.domain.events import EventType
from infusion_app.domain.labels import printed_din
from infusion_app.domain.protocol import LocalText
from infusion_app.services import (
    adverse_events,
    alerts,
    checks,
    infusion,
    records,
    session_protocols,
    vitals_sets,
)
from infusion_app.services.context import Workspace
from infusion_app.ui.adverse_events.words import outcome_word
from infusion_app.ui.infusion.look import band_short, method_word, site_time
from infusion_app.ui.messages import message_text
from infusion_app.ui.session.look import STATUS_ICONS, status_word
from infusion_app.ui.texts import local
from infusion_app.ui.vitals.look import news2_cell, value_text


def _block(title: str) -> tuple[QLabel, QLabel]:
    head = QLabel(title)
    head.setObjectName("sectionTitle")
    body = QLabel()
    body.setWordWrap(True)
    body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    body.setAccessibleName(title)
    return head, body


def step_name(step: str) -> str:
    """A pre-infusion check's name, as its step's heading says it."""
    names = {
        "identity": QCoreApplication.translate("SummarySections", "Identity"),
        "eligibility": QCoreApplication.translate("SummarySections", "Eligibility"),
        "consent": QCoreApplication.translate("SummarySections", "Informed consent"),
        "pregnancy": QCoreApplication.translate("SummarySections", "Pregnancy test"),
        "weight": QCoreApplication.translate("SummarySections", "Weight today"),
        "baseline_vitals": QCoreApplication.translate("SummarySections", "Baseline vital signs"),
        "iv_access": QCoreApplication.translate("SummarySections", "IV access"),
        "drop_factor": QCoreApplication.translate("SummarySections", "Drop factor"),
        "emergency_kit": QCoreApplication.translate("SummarySections", "Emergency kit"),
    }
    return names.get(step, step.replace("_", " "))


class SummarySections(QWidget):
    """Participant, product, checks, infusion, drip readings, vitals, adverse events, alerts."""

    KEYS = ("participant", "product", "checks", "infusion", "drips", "vitals", "events", "alerts")

    def __init__(self, ws: Workspace, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws, self._session = ws, session_id
        self._zone = ws.protocol.site.timezone
        titles = (
            QCoreApplication.translate("SummarySections", "Participant"),
            QCoreApplication.translate("SummarySections", "Product"),
            QCoreApplication.translate("SummarySections", "Pre-infusion checks"),
            QCoreApplication.translate("SummarySections", "Infusion"),
            QCoreApplication.translate("SummarySections", "Drip readings"),
            QCoreApplication.translate("SummarySections", "Vital signs"),
            QCoreApplication.translate("SummarySections", "Adverse events"),
            QCoreApplication.translate("SummarySections", "Open alerts"),
        )
        column = QVBoxLayout(self)
        self.blocks: dict[str, QLabel] = {}
        for key, title in zip(self.KEYS, titles, strict=True):
            head, body = _block(title)
            column.addWidget(head)
            column.addWidget(body)
            self.blocks[key] = body
        column.addStretch(1)

    def _who(self) -> tuple[records.SessionHeader, records.ParticipantRow]:
        header = records.session_header(self._ws, self._session)
        assert header is not None, self._session
        person = records.participant(self._ws, header.subject_code)
        assert person is not None, header.subject_code
        return header, person

    def subject_line(self) -> str:
        """E.g. ``HPV-001 · LXM · session 1 · 2026-11-24``."""
        header, person = self._who()
        return (
            f"{header.subject_code} · {person.initials} · "
            + QCoreApplication.translate("SummarySections", "session %s") % header.number
            + f" · {header.scheduled_for}"
        )

    def refresh(self) -> None:
        """Fill every section from the services."""
        arm_label = local(self._ws.protocol.arm(self._who()[1].arm).label)
        self.blocks["participant"].setText(
            f"{self.subject_line()}\n{arm_label}\n{self._protocol_file()}"
        )
        self.blocks["product"].setText(self._product())
        self.blocks["checks"].setText(self._checks())
        self.blocks["infusion"].setText(self._infusion())
        self.blocks["drips"].setText(self._drips())
        self.blocks["vitals"].setText(self._vitals())
        self.blocks["events"].setText(self._events())
        self.blocks["alerts"].setText(self._alerts())

    def _protocol_file(self) -> str:
        scheduled = records.session_protocol(self._ws, self._session)
        if not scheduled.version:
            return QCoreApplication.translate(
                "SummarySections", "Protocol file: not recorded (scheduled before it was kept)"
            )
        line = QCoreApplication.translate(
            "SummarySections", "Protocol file: %s version %s · SHA-256 %s…"
        ) % (scheduled.protocol_id, scheduled.version, scheduled.sha256[:12])
        in_use = session_protocols.protocol_in_use(self._ws, self._session)
        if in_use.judged_by_its_own:
            return line
        return (
            line
            + "\n"
            + QCoreApplication.translate(
                "SummarySections", "Its text was not kept: judged by version %s, in use now"
            )
            % in_use.judged_by.version
        )

    def _product(self) -> str:
        product = records.verified_product(self._ws, self._session)
        if product is None:
            return QCoreApplication.translate("SummarySections", "No bag verified at the bedside.")
        return QCoreApplication.translate(
            "SummarySections", "DIN %s · lot %s · released by %s · verified by %s and %s"
        ) % (
            printed_din(product.din),
            product.lot,
            records.printed_name(self._ws, product.released_by),
            records.printed_name(self._ws, product.first_checked_by),
            records.printed_name(self._ws, product.verified_by),
        )

    def _checks(self) -> str:
        result = checks.checklist(self._ws, self._session)
        return "\n".join(
            f"{STATUS_ICONS[s.status]} {step_name(s.step.value)}: "
            f"{status_word(s.status)} — {message_text(s.message)}"
            for s in result.steps
        )

    def _infusion(self) -> str:
        status = infusion.infusion_status(self._ws, self._session)
        if status.started_at is None or status.volume is None:
            return QCoreApplication.translate("SummarySections", "Not started.")
        end = (
            site_time(status.ended_at, self._zone)
            if status.ended_at
            else QCoreApplication.translate("SummarySections", "running")
        )
        return (
            QCoreApplication.translate(
                "SummarySections",
                "Started %s · ended %s · %.0f min running · about %.0f mL of %.0f mL "
                "(estimate from counted drops, %s gtt/mL)",
            )
            % (
                site_time(status.started_at, self._zone),
                end,
                status.volume.running_minutes,
                status.volume.infused_ml,
                self._ws.protocol.dose.volume_ml,
                f"{status.estimate_drop_factor_gtt_ml:g}",
            )
            + "\n"
            + self._drop_factors(status)
            + self._late_entries()
        )

    def _late_entries(self) -> str:
        """Each step recorded later than the site allows without a reason, with the reason."""
        words = {
            EventType.INFUSION_STARTED: QCoreApplication.translate(
                "SummarySections", "infusion start"
            ),
            EventType.VITALS_RECORDED: QCoreApplication.translate("SummarySections", "vital signs"),
        }
        lines = [
            "\n"
            + QCoreApplication.translate(
                "SummarySections", "BACKDATED: %s at %s, recorded %s min later — reason: %s"
            )
            % (
                words.get(e.type, e.type),
                site_time(parse_utc_iso(e.occurred_at), self._zone),
                late.minutes,
                late.reason,
            )
            for e in records.session_events(self._ws, self._session)
            if (late := backdated_of(e.payload)) is not None
        ]
        return "".join(lines)

    def _drop_factors(self, status: infusion.InfusionStatus) -> str:
        """The set's nominal factor, the one the estimates counted and, once the bag is
        empty, the one the readings imply."""
        line = QCoreApplication.translate(
            "SummarySections", "Drop factor: %s gtt/mL nominal (the set) · %s gtt/mL counted"
        ) % (status.drop_factor_gtt_ml, f"{status.estimate_drop_factor_gtt_ml:g}")
        observed = records.completed_drop_factors(self._ws, self._session).observed_gtt_ml
        if observed is None:
            return line
        return (
            line
            + " · "
            + QCoreApplication.translate(
                "SummarySections", "%s gtt/mL observed (drops counted ÷ volume)"
            )
            % f"{observed:g}"
        )

    def _drips(self) -> str:
        rows = records.session_drip_readings(self._ws, self._session)
        return "\n".join(
            f"{site_time(r.at_time, self._zone)} · {method_word(r.method)} · "
            + QCoreApplication.translate("SummarySections", "%s gtt/min") % f"{r.rate_gtt_min:.0f}"
            + f" · {band_short(r.band)}"
            + (f" · {r.acknowledgement}" if r.acknowledgement else "")
            for r in rows
        ) or QCoreApplication.translate("SummarySections", "None recorded.")

    def _vitals(self) -> str:
        rows = [p for p in vitals_sets.session_vitals(self._ws, self._session) if not p.from_checks]
        lines = [(r.measured_time, self._vitals_line(r)) for r in rows]
        lines += [
            (n.attempted_time, self._not_taken_line(n))
            for n in vitals_sets.sets_not_taken(self._ws, self._session)
        ]
        return "\n".join(line for _, line in sorted(lines, key=lambda pair: pair[0])) or (
            QCoreApplication.translate(
                "SummarySections", "None recorded during the session (baseline is in the checks)."
            )
        )

    def _vitals_line(self, r: vitals_sets.VitalsPoint) -> str:
        line = f"{site_time(r.measured_time, self._zone)} · " + QCoreApplication.translate(
            "SummarySections",
            "BP {0}/{1} · HR {2} · RR {3} · T {4} °C · SpO₂ {5} % · NEWS2 {6}",
        ).format(
            value_text(r.systolic_mmhg),
            value_text(r.diastolic_mmhg),
            value_text(r.heart_rate_bpm),
            value_text(r.resp_rate_per_min),
            value_text(r.temperature_c, 1),
            value_text(r.spo2_pct),
            news2_cell(r.news2_total, r.news2_band, r.news2_parameters, short=True),
        )
        if r.is_partial:
            reason = local(LocalText(r.partial_reason_en, r.partial_reason_zh))
            note = f" ({r.partial_note})" if r.partial_note else ""
            line += " · ◑ " + QCoreApplication.translate(
                "SummarySections", "partly taken: {0}"
            ).format(reason + note)
        if r.late:
            line += " · " + QCoreApplication.translate("SummarySections", "late")
        return line

    def _not_taken_line(self, n: vitals_sets.NotTakenRow) -> str:
        reason = local(LocalText(n.reason_en, n.reason_zh))
        note = f" ({n.note})" if n.note else ""
        return f"{site_time(n.attempted_time, self._zone)} · ⊘ " + QCoreApplication.translate(
            "SummarySections", "Not taken: {0}"
        ).format(reason + note)

    def _events(self) -> str:
        rows = adverse_events.adverse_events(self._ws, self._session)
        return "\n".join(
            f"{r.term_name} · "
            + QCoreApplication.translate("SummarySections", "grade %s") % r.grade
            + (
                " · " + QCoreApplication.translate("SummarySections", "SERIOUS")
                if r.serious
                else ""
            )
            + f" · {outcome_word(r.outcome)}"
            for r in rows
        ) or QCoreApplication.translate("SummarySections", "None.")

    def _alerts(self) -> str:
        return "\n".join(
            self._alert_line(alert) for alert in alerts.open_alerts(self._ws, self._session)
        ) or QCoreApplication.translate("SummarySections", "None.")

    def _alert_line(self, alert: alerts.OpenAlert) -> str:
        if isinstance(alert, alerts.EscalationAlert):
            return "⚠ " + QCoreApplication.translate(
                "SummarySections", "NEWS2 {0} at {1}: no one recorded as informed yet"
            ).format(alert.news2_total, site_time(alert.raised_at, self._zone))
        if isinstance(alert, alerts.StopCriterionAlert):
            texts = {c.id: local(c.text) for c in self._ws.protocol.stop_criteria}
            return "⚠ " + QCoreApplication.translate(
                "SummarySections", "Stop criterion met at {0}: {1}"
            ).format(
                site_time(parse_utc_iso(alert.measured_at), self._zone),
                "; ".join(texts.get(c, c) for c in alert.criteria),
            )
        if isinstance(alert, alerts.AdverseEventAlert):
            return (
                "⚠ "
                + QCoreApplication.translate("SummarySections", "Adverse event still open: %s")
                % alert.term_name
            )
        if alert.missed:
            return "✕ " + QCoreApplication.translate(
                "SummarySections", "Vital signs missed: %s"
            ) % local(alert.label)
        return "⚠ " + QCoreApplication.translate(
            "SummarySections", "Vital signs overdue: %s"
        ) % local(alert.label)
