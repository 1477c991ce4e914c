"""The plain values a session's record is made of (see :mod:`session_record`).

Times are UTC ISO 8601 text exactly as stored (``…Z``); rates are in gtt/min, volumes in mL,
weights in kg, temperatures in °C.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from infusion_app.domain.entry_times import backdated_of
from infusion_app.store.queries.adverse_events import AdverseEventRow as AeRow
from infusion_app.store.queries.corrections import CorrectionRow
from infusion_app.store.queries.drip_readings import DripReadingRow
from infusion_app.store.queries.products import ProductInfo
from infusion_app.store.queries.signatures import SignatureRecord
from infusion_app.store.queries.vitals import NotTakenRow, VitalsRow

__all__ = [
    "AeRow",
    "AuditRow",
    "CheckRow",
    "CorrectionRow",
    "DripReadingRow",
    "LateEntry",
    "NotTakenRow",
    "ParticipantInfo",
    "ProductInfo",
    "SessionInfo",
    "SessionRecord",
    "SignatureRow",
    "SiteInfo",
    "Totals",
    "VitalsRow",
]


@dataclass(frozen=True)
class SiteInfo:
    """The site and the protocol the record was made under."""

    code: str
    protocol_id: str
    protocol_version: str
    title_en: str
    title_zh: str
    timezone: str
    arms: tuple[tuple[str, str, str], ...]  # code, label in English, label in Chinese
    drip_band_gtt_min: tuple[float, float]  # the protocol's target band
    training: bool = False  # the practice database: every export says TRAINING


@dataclass(frozen=True)
class ParticipantInfo:
    """The participant, pseudonymous: subject code and initials, never a name."""

    subject_code: str
    initials: str
    year_of_birth: int
    arm: str
    arm_label_en: str
    arm_label_zh: str
    is_placebo: bool
    consent_date: str


@dataclass(frozen=True)
class SessionInfo:
    """The session's read-model row."""

    id: str
    number: int
    scheduled_for: str
    state: str
    outcome: str | None
    end_reason: str | None
    infusion_started_at: str | None
    infusion_ended_at: str | None
    # The protocol file the session was scheduled under ("" when the session was scheduled
    # before the version was recorded with it).
    protocol_version: str = ""
    protocol_sha256: str = ""
    # The version the session is judged by when its own file's text was not kept ("": its own).
    protocol_judged_by: str = ""
    # At completion: the giving set's drop factor, and the one the readings imply (gtt/mL).
    nominal_drop_factor_gtt_ml: int | None = None
    observed_drop_factor_gtt_ml: float | None = None


@dataclass(frozen=True)
class CheckRow:
    """One pre-infusion check: its status now, the answer recorded and any decision."""

    step: str
    status: str
    message: str
    answer: str  # JSON text
    answered_by: str
    answered_at: str
    decision: str
    decision_reason: str
    decided_by: str


@dataclass(frozen=True)
class SignatureRow(SignatureRecord):
    """A signature on the session, its product or a check, with its manifestation text."""

    manifestation: str


@dataclass(frozen=True)
class AuditRow:
    """One event of the session's audit trail (also its timeline)."""

    seq: int
    event_id: str
    device_id: str
    device_seq: int
    occurred_at: str
    recorded_at: str
    actor: str
    actor_name: str
    type: str
    what: str
    payload: str  # JSON text
    hash: str


@dataclass(frozen=True)
class Totals:
    """Volume (mL) and duration (min) from the readings, pauses and the drop factor."""

    drop_factor_gtt_ml: int
    prescribed_volume_ml: float
    infused_ml: float | None
    remaining_ml: float | None
    running_minutes: float | None
    weight_kg: float | None
    prescribed_cells: float | None
    # The drops per mL the volume estimate counted: the set's nominal factor × the vehicle's
    # ratio from the protocol file (the same as drop_factor_gtt_ml at a ratio of 1).
    estimate_drop_factor_gtt_ml: float | None = None


@dataclass(frozen=True)
class EscalationRow:
    """A NEWS2 escalation: the set that raised it, whom the nurse informed and when."""

    raised_at: str  # UTC ISO 8601: when the set was measured
    level: str  # urgent or emergency
    news2_total: int
    informed: str  # name and role; "" when no one (see not_informed_reason) or still open
    informed_at: str  # UTC ISO 8601, or ""
    not_informed_reason: str
    minutes_to_acknowledgement: int | None
    acknowledged_by: str  # who recorded it; "" while open
    vitals_event_id: str


@dataclass(frozen=True)
class LateEntry:
    """A step recorded late with a reason: the event, how many minutes late, and why."""

    event: AuditRow
    minutes: int
    reason: str


@dataclass(frozen=True)
class SessionRecord:
    """Everything an export shows about one session, gathered at ``generated_at`` (UTC)."""

    generated_at: str
    site: SiteInfo
    participant: ParticipantInfo
    session: SessionInfo
    checks: tuple[CheckRow, ...]
    product: ProductInfo | None
    drip_readings: tuple[DripReadingRow, ...]
    vitals: tuple[VitalsRow, ...]
    adverse_events: tuple[AeRow, ...]
    signatures: tuple[SignatureRow, ...]
    corrections: tuple[CorrectionRow, ...]
    audit: tuple[AuditRow, ...]
    totals: Totals
    open_alerts: tuple[str, ...]
    escalations: tuple[EscalationRow, ...] = ()
    sets_not_taken: tuple[NotTakenRow, ...] = ()  # scheduled sets not taken, with the reason
    # The hash of the session's latest event (exports and prints aside) when the record was
    # gathered: printed, it anchors the paper copy to the electronic log.
    chain_head: str = ""

    @property
    def late_entries(self) -> tuple[LateEntry, ...]:
        """Steps recorded longer after they happened than the site allows without a reason."""
        out = []
        for row in self.audit:
            if "backdated" not in row.payload:
                continue
            if (backdated := backdated_of(json.loads(row.payload))) is not None:
                out.append(LateEntry(row, backdated.minutes, backdated.reason))
        return tuple(out)

    @property
    def signatures_in_force(self) -> tuple[SignatureRow, ...]:
        """The session's own signatures not superseded by a later correction."""
        return tuple(s for s in self.signatures if s.record_type == "session" and not s.superseded)
