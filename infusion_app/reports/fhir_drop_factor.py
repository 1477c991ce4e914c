"""The drop factor a completed bag had, as a FHIR R4 Observation beside its administration:
the value is the factor the readings and the real running time imply (drops counted ÷ the
bag's volume); components give the giving set's nominal factor and the one the volume
estimate counted (nominal × the vehicle's ratio from the protocol file)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from infusion_app.reports.fhir_resources import LOCAL, OBS_CATEGORY, UCUM
from infusion_app.reports.record_types import SessionRecord

if TYPE_CHECKING:
    from infusion_app.reports.fhir_bundle import Ids

CODES = f"{LOCAL}:observation"


def _code(code: str, display: str) -> dict[str, Any]:
    return {"coding": [{"system": CODES, "code": code, "display": display}], "text": display}


def _drops_per_ml(value: float) -> dict[str, Any]:
    return {"value": value, "unit": "drops/mL", "system": UCUM, "code": "[drp]/mL"}


def drop_factor_observation(record: SessionRecord, ids: Ids) -> dict[str, Any] | None:
    """The observed drop factor of a completed session; None when none was observed."""
    s = record.session
    if s.observed_drop_factor_gtt_ml is None or record.product is None:
        return None
    components = []
    if s.nominal_drop_factor_gtt_ml is not None:
        components.append(
            {
                "code": _code("drop-factor-nominal", "Giving set nominal drop factor"),
                "valueQuantity": _drops_per_ml(s.nominal_drop_factor_gtt_ml),
            }
        )
    if (counted := record.totals.estimate_drop_factor_gtt_ml) is not None:
        components.append(
            {
                "code": _code("drop-factor-counted", "Drop factor the volume estimate counted"),
                "valueQuantity": _drops_per_ml(counted),
            }
        )
    observation: dict[str, Any] = {
        "resourceType": "Observation",
        "id": ids.uuid("Observation", f"{s.id}/drop-factor"),
        "status": "final",
        "category": [
            {"coding": [{"system": OBS_CATEGORY, "code": "therapy", "display": "Therapy"}]}
        ],
        "code": _code("drop-factor-observed", "Observed drop factor (drops counted ÷ volume)"),
        "subject": ids.ref("Patient", record.participant.subject_code),
        "effectiveDateTime": s.infusion_ended_at or s.infusion_started_at,
        "valueQuantity": _drops_per_ml(s.observed_drop_factor_gtt_ml),
        "partOf": [ids.ref("MedicationAdministration", s.id)],
        "method": {"text": "drip readings over the real running time ÷ the bag's volume"},
    }
    if components:
        observation["component"] = components
    return observation
