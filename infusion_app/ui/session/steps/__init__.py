"""One widget per kind of pre-infusion check; the protocol lists which ones, in which order."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from infusion_app.domain.protocol import CheckStep
from infusion_app.ui.session.steps.base import StepContext, StepState, StepWidget
from infusion_app.ui.session.steps.baseline_vitals import BaselineVitalsStep
from infusion_app.ui.session.steps.consent import ConsentStep
from infusion_app.ui.session.steps.drop_factor import DropFactorStep
from infusion_app.ui.session.steps.eligibility import EligibilityStep
from infusion_app.ui.session.steps.emergency_kit import EmergencyKitStep
from infusion_app.ui.session.steps.identity import IdentityStep
from infusion_app.ui.session.steps.iv_access import IvAccessStep
from infusion_app.ui.session.steps.pregnancy import PregnancyStep
from infusion_app.ui.session.steps.weight import WeightStep

STEP_WIDGETS: dict[CheckStep, type[StepWidget]] = {
    CheckStep.IDENTITY: IdentityStep,
    CheckStep.ELIGIBILITY: EligibilityStep,
    CheckStep.CONSENT: ConsentStep,
    CheckStep.PREGNANCY: PregnancyStep,
    CheckStep.WEIGHT: WeightStep,
    CheckStep.BASELINE_VITALS: BaselineVitalsStep,
    CheckStep.IV_ACCESS: IvAccessStep,
    CheckStep.DROP_FACTOR: DropFactorStep,
    CheckStep.EMERGENCY_KIT: EmergencyKitStep,
}


def make_step(step: CheckStep, context: StepContext, parent: QWidget | None = None) -> StepWidget:
    """The widget for ``step``."""
    return STEP_WIDGETS[step](context, parent)


__all__ = ["STEP_WIDGETS", "StepContext", "StepState", "StepWidget", "make_step"]
