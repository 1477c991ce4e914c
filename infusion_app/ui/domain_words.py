# ruff: noqa: E501 (one text per line, unsplit: lupdate reads each as one literal)
"""Texts that come from the domain (CTCAE terms and grades, signature meanings, correctable
values, vital signs), marked here so that lupdate extracts them: the screens translate them at run time with
``QCoreApplication.translate(context, text)``. tests/ui/test_translations.py fails when the
domain gains a text this list lacks."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

DOMAIN_WORDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("AdverseEvents", "Infusion related reaction"),
    QT_TRANSLATE_NOOP(
        "AdverseEvents",
        "Mild transient reaction; infusion interruption not indicated; intervention not indicated",
    ),
    QT_TRANSLATE_NOOP(
        "AdverseEvents",
        "Therapy or infusion interruption indicated but responds promptly to symptomatic treatment (e.g., antihistamines, NSAIDS, narcotics, IV fluids); prophylactic medications indicated for <=24 hrs",
    ),
    QT_TRANSLATE_NOOP(
        "AdverseEvents",
        "Prolonged (e.g., not rapidly responsive to symptomatic medication and/or brief interruption of infusion); recurrence of symptoms following initial improvement; hospitalization indicated for clinical sequelae",
    ),
    QT_TRANSLATE_NOOP(
        "AdverseEvents", "Life-threatening consequences; urgent intervention indicated"
    ),
    QT_TRANSLATE_NOOP("AdverseEvents", "Death"),
    QT_TRANSLATE_NOOP("AdverseEvents", "Allergic reaction"),
    QT_TRANSLATE_NOOP("AdverseEvents", "Systemic intervention not indicated"),
    QT_TRANSLATE_NOOP("AdverseEvents", "Oral intervention indicated"),
    QT_TRANSLATE_NOOP(
        "AdverseEvents",
        "Bronchospasm; hospitalization indicated for clinical sequelae; intravenous intervention indicated",
    ),
    QT_TRANSLATE_NOOP("AdverseEvents", "Anaphylaxis"),
    QT_TRANSLATE_NOOP(
        "AdverseEvents",
        "Symptomatic bronchospasm, with or without urticaria; parenteral intervention indicated; allergy-related edema/angioedema; hypotension",
    ),
    QT_TRANSLATE_NOOP("AdverseEvents", "Fever"),
    QT_TRANSLATE_NOOP("AdverseEvents", "38.0 - 39.0 degrees C (100.4 - 102.2 degrees F)"),
    QT_TRANSLATE_NOOP("AdverseEvents", ">39.0 - 40.0 degrees C (102.3 - 104.0 degrees F)"),
    QT_TRANSLATE_NOOP("AdverseEvents", ">40.0 degrees C (>104.0 degrees F) for <=24 hrs"),
    QT_TRANSLATE_NOOP("AdverseEvents", ">40.0 degrees C (>104.0 degrees F) for >24 hrs"),
    QT_TRANSLATE_NOOP("AdverseEvents", "Chills"),
    QT_TRANSLATE_NOOP("AdverseEvents", "Mild sensation of cold; shivering; chattering of teeth"),
    QT_TRANSLATE_NOOP("AdverseEvents", "Moderate tremor of the entire body; narcotics indicated"),
    QT_TRANSLATE_NOOP("AdverseEvents", "Severe or prolonged, not responsive to narcotics"),
    QT_TRANSLATE_NOOP("AdverseEvents", "Hypotension"),
    QT_TRANSLATE_NOOP("AdverseEvents", "Asymptomatic, intervention not indicated"),
    QT_TRANSLATE_NOOP("AdverseEvents", "Non-urgent medical intervention indicated"),
    QT_TRANSLATE_NOOP("AdverseEvents", "Medical intervention indicated; hospitalization indicated"),
    QT_TRANSLATE_NOOP(
        "AdverseEvents", "Life-threatening consequences and urgent intervention indicated"
    ),
    QT_TRANSLATE_NOOP("AdverseEvents", "Rash maculo-papular"),
    QT_TRANSLATE_NOOP(
        "AdverseEvents",
        "Macules/papules covering <10% BSA with or without symptoms (e.g., pruritus, burning, tightness)",
    ),
    QT_TRANSLATE_NOOP(
        "AdverseEvents",
        "Macules/papules covering 10 - 30% BSA with or without symptoms (e.g., pruritus, burning, tightness); limiting instrumental ADL; rash covering > 30% BSA with or without mild symptoms",
    ),
    QT_TRANSLATE_NOOP(
        "AdverseEvents",
        "Macules/papules covering >30% BSA with moderate or severe symptoms; limiting self care ADL",
    ),
    QT_TRANSLATE_NOOP("AdverseEvents", "Dyspnea"),
    QT_TRANSLATE_NOOP("AdverseEvents", "Shortness of breath with moderate exertion"),
    QT_TRANSLATE_NOOP(
        "AdverseEvents", "Shortness of breath with minimal exertion; limiting instrumental ADL"
    ),
    QT_TRANSLATE_NOOP("AdverseEvents", "Shortness of breath at rest; limiting self care ADL"),
    QT_TRANSLATE_NOOP("AdverseEvents", "Headache"),
    QT_TRANSLATE_NOOP("AdverseEvents", "Mild pain"),
    QT_TRANSLATE_NOOP("AdverseEvents", "Moderate pain; limiting instrumental ADL"),
    QT_TRANSLATE_NOOP("AdverseEvents", "Severe pain; limiting self care ADL"),
    QT_TRANSLATE_NOOP(
        "AdverseEvents",
        "Mild; asymptomatic or mild symptoms; clinical or diagnostic observations only; intervention not indicated",
    ),
    QT_TRANSLATE_NOOP(
        "AdverseEvents",
        "Moderate; minimal, local or noninvasive intervention indicated; limiting age-appropriate instrumental ADL",
    ),
    QT_TRANSLATE_NOOP(
        "AdverseEvents",
        "Severe or medically significant but not immediately life-threatening; hospitalization or prolongation of hospitalization indicated; disabling; limiting self care ADL",
    ),
    QT_TRANSLATE_NOOP("AdverseEvents", "Death related to AE"),
    QT_TRANSLATE_NOOP("Texts", "Performed — I carried out what this record shows"),
    QT_TRANSLATE_NOOP("Texts", "Verified — I checked it independently"),
    QT_TRANSLATE_NOOP("Texts", "Reviewed — I reviewed this record"),
    QT_TRANSLATE_NOOP("Texts", "Approved — I approve this record"),
    QT_TRANSLATE_NOOP("Texts", "Initials"),
    QT_TRANSLATE_NOOP("Texts", "Year of birth"),
    QT_TRANSLATE_NOOP("Texts", "Consent date"),
    QT_TRANSLATE_NOOP("Texts", "Infusion start time"),
    QT_TRANSLATE_NOOP("Texts", "Infusion end time"),
    QT_TRANSLATE_NOOP("Texts", "Systolic BP"),
    QT_TRANSLATE_NOOP("Texts", "Diastolic BP"),
    QT_TRANSLATE_NOOP("Texts", "Heart rate"),
    QT_TRANSLATE_NOOP("Texts", "Respiratory rate"),
    QT_TRANSLATE_NOOP("Texts", "Temperature"),
    QT_TRANSLATE_NOOP("Texts", "SpO₂"),
    # The protocol's check steps and the ways of reading a drip, as the event wording names them
    QT_TRANSLATE_NOOP("CheckSteps", "identity"),
    QT_TRANSLATE_NOOP("CheckSteps", "eligibility"),
    QT_TRANSLATE_NOOP("CheckSteps", "consent"),
    QT_TRANSLATE_NOOP("CheckSteps", "pregnancy"),
    QT_TRANSLATE_NOOP("CheckSteps", "weight"),
    QT_TRANSLATE_NOOP("CheckSteps", "baseline vitals"),
    QT_TRANSLATE_NOOP("CheckSteps", "iv access"),
    QT_TRANSLATE_NOOP("CheckSteps", "drop factor"),
    QT_TRANSLATE_NOOP("CheckSteps", "emergency kit"),
    QT_TRANSLATE_NOOP("DripMethods", "tap"),
    QT_TRANSLATE_NOOP("DripMethods", "timed count"),
    QT_TRANSLATE_NOOP("DripMethods", "pump"),
    # Why an infusion was paused or stopped, or a value corrected (domain/event_text.py)
    QT_TRANSLATE_NOOP("Reasons", "reaction"),
    QT_TRANSLATE_NOOP("Reasons", "occlusion"),
    QT_TRANSLATE_NOOP("Reasons", "infiltration"),
    QT_TRANSLATE_NOOP("Reasons", "participant's request"),
    QT_TRANSLATE_NOOP("Reasons", "other"),
    QT_TRANSLATE_NOOP("Reasons", "transcription error"),
    QT_TRANSLATE_NOOP("Reasons", "wrong time"),
    QT_TRANSLATE_NOOP("Reasons", "late information"),
    QT_TRANSLATE_NOOP("Reasons", "source document differs"),
    # The decisions on a sync discrepancy (infusion_app/services/discrepancies.py, DECISIONS)
    QT_TRANSLATE_NOOP("Discrepancies", "the side applied on this laptop is the true record"),
    QT_TRANSLATE_NOOP("Discrepancies", "the held side is the true record (a correction follows)"),
    QT_TRANSLATE_NOOP("Discrepancies", "both records are true and stay as they are"),
    # A product's states, as a discrepancy's summary quotes them (domain/product.py)
    QT_TRANSLATE_NOOP("ProductStates", "quarantined"),
    QT_TRANSLATE_NOOP("ProductStates", "received"),
    QT_TRANSLATE_NOOP("ProductStates", "released"),
    QT_TRANSLATE_NOOP("ProductStates", "verified"),
)
