"""Answering each pre-infusion check on its real step widget, as a nurse would (the good day's
answers for HPV-001, or a named variant that makes the check fail or ask)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from infusion_app.demo.good_day import GOOD_VITALS
from infusion_app.ui.session.steps import StepWidget

SUBJECT = "HPV-001"
LEFT = Qt.MouseButton.LeftButton
VITAL_TEXT = {k: f"{v:g}" for k, v in GOOD_VITALS.items() if not isinstance(v, str | bool)}


def answer_identity(qtbot, step: StepWidget, variant: str) -> None:
    qtbot.keyClicks(step.subject_code, SUBJECT)
    qtbot.keyClick(step.subject_code, Qt.Key.Key_Return)
    qtbot.keyClicks(step.second_identifier, "1985")
    qtbot.keyClick(step.second_identifier, Qt.Key.Key_Return)
    assert step.focusWidget() is step.wristband  # where the scanner types
    qtbot.keyClicks(step.wristband, "HPV-002" if variant == "wrong_band" else SUBJECT)
    qtbot.keyClick(step.wristband, Qt.Key.Key_Return)  # the scanner's Enter records it


def answer_eligibility(qtbot, step: StepWidget, variant: str) -> None:
    for item in step.context.protocol.eligibility:
        met = item.kind.value == "inclusion"
        if variant == "exclusion" and item.id == "E3":
            met = True
        qtbot.mouseClick(step.items[item.id].button(met), LEFT)
    assert step.is_valid()


def answer_pregnancy(qtbot, step: StepWidget, variant: str) -> None:
    qtbot.mouseClick(step.potential.button(True), LEFT)
    result = {"positive": "positive", "no_test": "not_done"}.get(variant, "negative")
    qtbot.mouseClick(step.result.button(result), LEFT)


def answer_weight(qtbot, step: StepWidget, variant: str) -> None:
    qtbot.keyClicks(step.weight, "20" if variant == "light" else "58.5")
    qtbot.keyClick(step.weight, Qt.Key.Key_Return)


def answer_vitals(qtbot, step: StepWidget, variant: str) -> None:
    typed = {**VITAL_TEXT, **({"systolic_mmhg": "168"} if variant == "high_bp" else {})}
    for name, text in typed.items():
        qtbot.keyClicks(step.form.fields[name], text)


def answer_yes(qtbot, step: StepWidget, variant: str) -> None:
    qtbot.mouseClick(step.choice.button(True), LEFT)


def answer_drop_factor(qtbot, step: StepWidget, variant: str) -> None:
    qtbot.mouseClick(step.factor.button(20), LEFT)


DRIVERS = {
    "identity": answer_identity,
    "eligibility": answer_eligibility,
    "consent": answer_yes,
    "pregnancy": answer_pregnancy,
    "weight": answer_weight,
    "baseline_vitals": answer_vitals,
    "iv_access": answer_yes,
    "drop_factor": answer_drop_factor,
    "emergency_kit": answer_yes,
}
