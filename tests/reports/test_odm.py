"""ODM 1.3.2: valid against the XSD shipped in odmlib, readable by odmlib, with audit records."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache

import pytest
import xmlschema
from odmlib import loader as odm_loaders
from odmlib import odm_loader
from odmlib.schema_manager import get_schema_path

from infusion_app.reports.odm import NS, odm_xml
from infusion_app.reports.session_record import SessionRecord

N = {"odm": NS}


@cache
def _schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(get_schema_path("odm", "1.3.2"))


@pytest.fixture
def xml(record: SessionRecord) -> bytes:
    return odm_xml([record], record.generated_at)


def test_the_file_is_valid_odm_1_3_2(xml: bytes) -> None:
    _schema().validate(xml.decode("utf-8"))


def test_odmlib_reads_the_study_metadata(xml: bytes) -> None:
    reader = odm_loaders.ODMLoader(odm_loader.XMLODMLoader())
    reader.load_odm_string(xml.decode("utf-8"))
    study = reader.load_study()
    assert study.OID == "ST.NCT06610773"
    mdv = study.MetaDataVersion[0]
    assert {f.OID for f in mdv.FormDef} >= {"F.INFUSION", "F.VITALS", "F.AE", "F.SIGN"}
    assert [i.CodedValue for i in mdv.CodeList[0].CodeListItem] == ["huc_msc", "placebo"]


def test_every_item_data_has_its_item_def(xml: bytes) -> None:
    root = ET.fromstring(xml)
    defined = {e.get("OID") for e in root.iterfind(".//odm:ItemDef", N)}
    used = {e.get("ItemOID") for e in root.iterfind(".//odm:ItemData", N)}
    assert used and used <= defined


def test_clinical_data_and_audit_records(xml: bytes) -> None:
    root = ET.fromstring(xml)
    (subject,) = root.iterfind(".//odm:SubjectData", N)
    assert subject.get("SubjectKey") == "HPV-001"
    arm = subject.find(".//odm:ItemData[@ItemOID='IT.ARM']", N)
    assert arm is not None and arm.get("Value") == "huc_msc"
    vitals = subject.findall(".//odm:ItemGroupData[@ItemGroupOID='IG.VITALS']", N)
    assert len(vitals) == 5
    audit = vitals[0].find("odm:AuditRecord", N)
    assert audit is not None
    assert audit.find("odm:UserRef", N).get("UserOID") == "USR.nurse.li"  # type: ignore[union-attr]
    assert audit.find("odm:LocationRef", N).get("LocationOID") == "LOC.SH-TJ01"  # type: ignore[union-attr]
    assert audit.findtext("odm:DateTimeStamp", namespaces=N, default="").endswith("Z")
    start = subject.find(".//odm:ItemData[@ItemOID='IT.INFUSION_STARTED_AT']", N)
    assert start is not None and start.get("Value") == "2026-11-24T00:59:00.000000Z"
    assert start.findtext("odm:AuditRecord/odm:ReasonForChange", namespaces=N) == "wrong_time"
    signatures = subject.findall(".//odm:ItemGroupData[@ItemGroupOID='IG.SIGNATURE']", N)
    assert len(signatures) == 7 and all(s.find("odm:Signature", N) is not None for s in signatures)
