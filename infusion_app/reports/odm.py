"""CDISC ODM 1.3.2 export: the study's metadata, the clinical data and its audit records.

One ``Snapshot`` file: ``Study`` (GlobalVariables, BasicDefinitions, MetaDataVersion with the
design of :mod:`odm_design` and a code list of the arms), ``AdminData`` (users, the site as a
location, one SignatureDef per meaning) and ``ClinicalData`` (a SubjectData per participant,
an enrolment event and one repeating infusion event per session). Each ItemGroupData carries
an AuditRecord (who, where, when, and the event it came from); a corrected value carries the
correction's AuditRecord with its reason; signature groups carry an ODM Signature.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from typing import Any

from infusion_app.domain.events import EventType
from infusion_app.domain.signatures import MEANING_WORDS, SignatureMeaning
from infusion_app.reports.odm_design import FORMS, GROUPS, STUDY_EVENTS, UNITS, Group, group_rows
from infusion_app.reports.record_types import AuditRow, SessionRecord

NS = "http://www.cdisc.org/ns/odm/v1.3"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
CORRECTED_ITEM = {  # (corrected event type, field) -> the item the correction changes
    (EventType.INFUSION_STARTED, "occurred_at"): "infusion_started_at",
    (EventType.INFUSION_COMPLETED, "occurred_at"): "infusion_ended_at",
    (EventType.INFUSION_STOPPED, "occurred_at"): "infusion_ended_at",
    (EventType.PARTICIPANT_REGISTERED, "initials"): "initials",
    (EventType.PARTICIPANT_REGISTERED, "year_of_birth"): "year_of_birth",
    (EventType.PARTICIPANT_REGISTERED, "consent_date"): "consent_date",
}


def _el(parent: ET.Element, tag: str, text: str | None = None, **attrs: Any) -> ET.Element:
    element = ET.SubElement(parent, tag, {k: str(v) for k, v in attrs.items() if v is not None})
    if text is not None:
        element.text = text
    return element


def _yes(flag: bool) -> str:
    return "Yes" if flag else "No"


def _translated(parent: ET.Element, tag: str, en: str, zh: str = "") -> None:
    holder = _el(parent, tag)
    _el(holder, "TranslatedText", en, **{XML_LANG: "en"})
    if zh:
        _el(holder, "TranslatedText", zh, **{XML_LANG: "zh"})


def _ids(record: SessionRecord) -> tuple[str, str, str]:
    site = record.site
    return f"ST.{site.protocol_id}", f"MDV.{site.protocol_id}.{site.protocol_version}", site.code


def _study(root: ET.Element, record: SessionRecord) -> None:
    study_oid, mdv_oid, _ = _ids(record)
    site = record.site
    study = _el(root, "Study", OID=study_oid)
    globals_ = _el(study, "GlobalVariables")
    _el(globals_, "StudyName", site.protocol_id)
    _el(globals_, "StudyDescription", f"{site.title_en} / {site.title_zh}")
    _el(globals_, "ProtocolName", site.protocol_id)
    basics = _el(study, "BasicDefinitions")
    for oid, symbol in UNITS.items():
        _translated(_el(basics, "MeasurementUnit", OID=oid, Name=symbol), "Symbol", symbol)
    mdv = _el(
        study, "MetaDataVersion", OID=mdv_oid, Name=f"{site.protocol_id} v{site.protocol_version}"
    )
    _metadata(mdv, record)


def _metadata(mdv: ET.Element, record: SessionRecord) -> None:
    protocol = _el(mdv, "Protocol")
    for order, (oid, *_rest) in enumerate(STUDY_EVENTS, start=1):
        _el(protocol, "StudyEventRef", StudyEventOID=oid, OrderNumber=order, Mandatory="Yes")
    for oid, name, repeating, kind, forms in STUDY_EVENTS:
        event = _el(mdv, "StudyEventDef", OID=oid, Name=name, Repeating=_yes(repeating), Type=kind)
        for order, form in enumerate(forms, start=1):
            _el(event, "FormRef", FormOID=form, OrderNumber=order, Mandatory="No")
    for form, name in FORMS.items():
        form_def = _el(mdv, "FormDef", OID=form, Name=name, Repeating="No")
        for order, group in enumerate(g for g in GROUPS if g.form == form):
            _el(
                form_def,
                "ItemGroupRef",
                ItemGroupOID=group.oid,
                OrderNumber=order + 1,
                Mandatory="No",
            )
    for group in GROUPS:
        group_def = _el(
            mdv, "ItemGroupDef", OID=group.oid, Name=group.name, Repeating=_yes(group.repeating)
        )
        for order, item in enumerate(group.items, start=1):
            _el(group_def, "ItemRef", ItemOID=item.oid, OrderNumber=order, Mandatory="No")
    for group in GROUPS:
        for item in group.items:
            item_def = _el(mdv, "ItemDef", OID=item.oid, Name=item.field, DataType=item.data_type)
            if item.unit:
                _el(item_def, "MeasurementUnitRef", MeasurementUnitOID=item.unit)
            if item.code_list:
                _el(item_def, "CodeListRef", CodeListOID=item.code_list)
    arms = _el(mdv, "CodeList", OID="CL.ARM", Name="Arm", DataType="text")
    for code, en, zh in record.site.arms:
        _translated(_el(arms, "CodeListItem", CodedValue=code), "Decode", en, zh)


def _users(records: Sequence[SessionRecord]) -> dict[str, str]:
    users: dict[str, str] = {}
    for record in records:
        users.update({row.actor: row.actor_name for row in record.audit})
        users.update({s.username: s.full_name for s in record.signatures})
    return users


def _admin(root: ET.Element, records: Sequence[SessionRecord]) -> None:
    study_oid, mdv_oid, site = _ids(records[0])
    admin = _el(root, "AdminData", StudyOID=study_oid)
    for username, full_name in sorted(_users(records).items()):
        user = _el(admin, "User", OID=f"USR.{username}")
        _el(user, "LoginName", username)
        _el(user, "FullName", full_name)
    location = _el(admin, "Location", OID=f"LOC.{site}", Name=site, LocationType="Site")
    effective = records[0].generated_at[:10]
    _el(
        location,
        "MetaDataVersionRef",
        StudyOID=study_oid,
        MetaDataVersionOID=mdv_oid,
        EffectiveDate=effective,
    )
    for meaning in SignatureMeaning:
        sig = _el(admin, "SignatureDef", OID=f"SD.{meaning.value}", Methodology="Electronic")
        _el(sig, "Meaning", MEANING_WORDS[meaning])
        _el(sig, "LegalReason", "21 CFR Part 11 electronic signature: user id and password")


def _audit(parent: ET.Element, site: str, user: str, at: str, source: str, why: str = "") -> None:
    audit = _el(parent, "AuditRecord")
    _el(audit, "UserRef", UserOID=f"USR.{user}")
    _el(audit, "LocationRef", LocationOID=f"LOC.{site}")
    _el(audit, "DateTimeStamp", at)
    if why:
        _el(audit, "ReasonForChange", why)
    _el(audit, "SourceID", source)


def _value(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _source(record: SessionRecord, group: Group, row: dict[str, Any]) -> AuditRow | None:
    """The event that recorded the group's data (the latest event for the session's group)."""
    wanted = row.get("event_id") or row.get("id") or row.get("vitals_event_id")
    if group.oid == "IG.SESSION":
        return record.audit[-1] if record.audit else None
    if group.oid == "IG.SUBJECT":
        return None
    if group.oid == "IG.PRODUCT":
        return next((a for a in record.audit if a.type == EventType.PRODUCT_RECEIVED), None)
    return next((a for a in record.audit if a.event_id == wanted or wanted in a.payload), None)


def _corrections(record: SessionRecord) -> dict[str, tuple[Any, ...]]:
    types = {a.event_id: a.type for a in record.audit}
    out = {}
    for c in record.corrections:
        item = CORRECTED_ITEM.get((types.get(c.target_event_id, ""), c.field))
        if item:
            out[item] = (c.corrected_by, c.corrected_at, c.event_id, f"{c.reason} {c.reason_text}")
    return out


def _group_data(
    form: ET.Element, record: SessionRecord, group: Group, key: int, row: dict[str, Any]
) -> None:
    site = record.site.code
    data = _el(
        form,
        "ItemGroupData",
        ItemGroupOID=group.oid,
        ItemGroupRepeatKey=key if group.repeating else None,
    )
    if (source := _source(record, group, row)) is not None:
        _audit(data, site, source.actor, source.recorded_at, source.event_id)
    if group.oid == "IG.SIGNATURE":
        sig = _el(data, "Signature")
        _el(sig, "UserRef", UserOID=f"USR.{row['username']}")
        _el(sig, "LocationRef", LocationOID=f"LOC.{site}")
        _el(sig, "SignatureRef", SignatureOID=f"SD.{row['meaning']}")
        _el(sig, "DateTimeStamp", row["signed_at"])
    corrected = _corrections(record)
    for item in group.items:
        value = _value(row.get(item.field))
        if value is None:
            continue
        item_data = _el(data, "ItemData", ItemOID=item.oid, Value=value)
        if item.field in corrected and group.oid in ("IG.SESSION", "IG.SUBJECT"):
            user, at, event_id, why = corrected[item.field]
            _audit(item_data, site, user, at, event_id, why.strip())


def _forms(event: ET.Element, record: SessionRecord, forms: tuple[str, ...]) -> None:
    for form_oid in forms:
        form = _el(event, "FormData", FormOID=form_oid)
        for group in (g for g in GROUPS if g.form == form_oid):
            for key, row in enumerate(group_rows(record, group), start=1):
                _group_data(form, record, group, key, row)


def _clinical(root: ET.Element, records: Sequence[SessionRecord]) -> None:
    study_oid, mdv_oid, site = _ids(records[0])
    clinical = _el(root, "ClinicalData", StudyOID=study_oid, MetaDataVersionOID=mdv_oid)
    subjects: dict[str, list[SessionRecord]] = {}
    for record in records:
        subjects.setdefault(record.participant.subject_code, []).append(record)
    enrol, infusion = STUDY_EVENTS
    for code, sessions in subjects.items():
        subject = _el(clinical, "SubjectData", SubjectKey=code)
        _el(subject, "SiteRef", LocationOID=f"LOC.{site}")
        _forms(_el(subject, "StudyEventData", StudyEventOID=enrol[0]), sessions[0], enrol[4])
        for record in sessions:
            event = _el(
                subject,
                "StudyEventData",
                StudyEventOID=infusion[0],
                StudyEventRepeatKey=record.session.number,
            )
            _forms(event, record, infusion[4])


def build_odm(records: Sequence[SessionRecord], generated_at: str) -> ET.Element:
    """The ODM document for ``records`` (at least one) as an element tree."""
    ET.register_namespace("", NS)
    source = "infusion-app (TRAINING)" if records[0].site.training else "infusion-app"
    root = ET.Element(
        "ODM",
        {
            "FileOID": f"F.{records[0].site.code}.{generated_at}",
            "FileType": "Snapshot",
            "Granularity": "All",
            "CreationDateTime": generated_at,
            "ODMVersion": "1.3.2",
            "Originator": "infusion-app",
            "SourceSystem": source,
            "SourceSystemVersion": "0.1.0",
        },
    )
    _study(root, records[0])
    _admin(root, records)
    _clinical(root, records)
    for element in root.iter():
        if not element.tag.startswith("{"):
            element.tag = f"{{{NS}}}{element.tag}"
    return root


def odm_xml(records: Sequence[SessionRecord], generated_at: str) -> bytes:
    """The ODM document as UTF-8 XML with its declaration."""
    root = build_odm(records, generated_at)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
