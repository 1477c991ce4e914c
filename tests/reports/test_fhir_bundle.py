"""FHIR: every resource of the Bundle validates with fhir.resources (R4B models: R4's
successor with the same structure for these resources; fhir.resources 8 ships no R4 package)."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest
from fhir.resources.R4B import get_fhir_model_class
from fhir.resources.R4B.bundle import Bundle

from infusion_app.reports.fhir_bundle import build_bundle
from infusion_app.reports.session_record import SessionRecord


@pytest.fixture
def bundle(record: SessionRecord) -> dict[str, Any]:
    return build_bundle([record], record.generated_at)


def _of_type(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def test_every_resource_validates(bundle: dict[str, Any]) -> None:
    Bundle.model_validate(bundle)
    for entry in bundle["entry"]:
        resource = entry["resource"]
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)
    kinds = Counter(e["resource"]["resourceType"] for e in bundle["entry"])
    assert kinds["Provenance"] == 7 and kinds["AdverseEvent"] == 1
    assert kinds["ResearchSubject"] == kinds["Patient"] == kinds["MedicationAdministration"] == 1


def test_references_resolve_inside_the_bundle(bundle: dict[str, Any]) -> None:
    urls = {e["fullUrl"] for e in bundle["entry"]}
    text = str(bundle)
    for reference in re.findall(r"'reference': '([^']+)'", text):
        assert reference in urls


def test_patient_is_pseudonymous_and_the_subject_has_its_arm(bundle: dict[str, Any]) -> None:
    (patient,) = _of_type(bundle, "Patient")
    assert "name" not in patient and patient["identifier"][0]["value"] == "HPV-001"
    (subject,) = _of_type(bundle, "ResearchSubject")
    assert subject["assignedArm"] == "huc_msc"


def test_vital_signs_use_loinc_and_ucum(bundle: dict[str, Any]) -> None:
    observations = _of_type(bundle, "Observation")
    by_code = Counter(o["code"]["coding"][0]["code"] for o in observations)
    assert by_code["85353-1"] == by_code["85354-9"] == by_code["8867-4"] == 5
    assert by_code["29463-7"] == 1 and by_code["drip-rate"] == 2
    bp = next(o for o in observations if o["code"]["coding"][0]["code"] == "85354-9")
    assert [c["code"]["coding"][0]["code"] for c in bp["component"]] == ["8480-6", "8462-4"]
    assert bp["component"][0]["valueQuantity"]["code"] == "mm[Hg]"
    assert bp["category"][0]["coding"][0]["code"] == "vital-signs"
    spo2 = next(o for o in observations if o["code"]["coding"][0]["code"] == "59408-5")
    assert spo2["code"]["coding"][1]["code"] == "2708-6"


def test_administration_has_lot_dose_rate_and_period(bundle: dict[str, Any]) -> None:
    (given,) = _of_type(bundle, "MedicationAdministration")
    (bag,) = _of_type(bundle, "Medication")
    assert bag["batch"]["lotNumber"] == "MSC-2611-07"
    assert given["status"] == "completed"
    assert given["dosage"]["rateQuantity"] == {
        "value": 69.0,
        "unit": "drops/min",
        "system": "http://unitsofmeasure.org",
        "code": "[drp]/min",
    }
    assert given["effectivePeriod"]["start"] == "2026-11-24T00:59:00.000000Z"
