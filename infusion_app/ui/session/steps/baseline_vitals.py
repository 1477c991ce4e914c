"""Baseline vital signs, with the protocol's acceptable ranges shown beside the form."""

from __future__ import annotations

from typing import Any

from infusion_app.domain.clock import parse_utc_iso, utc_iso
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.protocol import CheckStep
from infusion_app.domain.vitals import VITAL_LIMITS
from infusion_app.ui.kit.forms import hint_label
from infusion_app.ui.session.steps.base import StepWidget
from infusion_app.ui.texts import field_label_text
from infusion_app.ui.vitals_form import VitalsForm


class BaselineVitalsStep(StepWidget):
    """The :class:`VitalsForm`; outside the protocol's ranges an investigator decides."""

    step = CheckStep.BASELINE_VITALS

    def heading(self) -> str:
        return self.tr("Baseline vital signs")

    def explanation(self) -> str:
        ranges = self.context.protocol.checks.baseline_vitals
        parts = [
            f"{field_label_text(VITAL_LIMITS[p.value].label)} {r.low:g}–{r.high:g} {p.unit}"
            for p, r in ranges.items()
            if p.value in VITAL_LIMITS
        ]
        return self.tr("Measure before the infusion. Acceptable: %s.") % "; ".join(parts)

    def build(self) -> None:
        zone = self.context.protocol.site.timezone
        self.form = VitalsForm(self.context.clock, zone)
        self.form.changed.connect(self.emit_validity)
        self.body.addWidget(self.form)
        self.body.addWidget(
            hint_label(self.tr("Tap “Record answer” below when every value is in."))
        )

    def collect(self) -> dict[str, Any]:
        return {"vitals": self.form.values(), "measured_at": utc_iso(self.form.measured_time())}

    def fill(self, answer: dict[str, Any]) -> None:
        self.form.set_values(answer.get("vitals", {}))
        if measured := answer.get("measured_at"):
            self.form.set_measured_time(parse_utc_iso(measured))

    def is_valid(self) -> bool:
        return self.form.is_complete()

    def ready_to_submit(self) -> bool:
        return self.form.check()

    def show_refusal(self, refusal: Refusal) -> None:
        self.form.show_problems([refusal])
