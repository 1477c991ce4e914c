"""How the exports word a set partly taken and a set not taken (in English, as recorded).

A partial set's NEWS2 is never printed as a low score: "NEWS2 incomplete — 4 of 7 parameters",
with the score its measured parameters already reach. FHIR's ``dataAbsentReason`` codes
(http://terminology.hl7.org/CodeSystem/data-absent-reason) say why a value is missing.
"""

from __future__ import annotations

from typing import Any

from infusion_app.store.queries.vitals import NotTakenRow, VitalsRow

DATA_ABSENT = "http://terminology.hl7.org/CodeSystem/data-absent-reason"
_ABSENT_WORDS = {"asked-declined": "Asked But Declined", "not-performed": "Not Performed"}


def absent_reason(reason: str | None) -> dict[str, Any]:
    """The ``dataAbsentReason`` of a value not measured for the protocol reason ``reason``: a
    participant who refused declined; anything else was not performed."""
    code = "asked-declined" if reason == "refused" else "not-performed"
    return {"coding": [{"system": DATA_ABSENT, "code": code, "display": _ABSENT_WORDS[code]}]}


def news2_value(v: VitalsRow) -> str:
    """E.g. "3 (low_medium)" or "incomplete — 4 of 7 parameters (measured: 8, high)"."""
    if v.news2_complete:
        return f"{v.news2_total} ({v.news2_band})"
    return (
        f"incomplete — {v.news2_parameters} of 7 parameters "
        f"(measured: {v.news2_total}, {v.news2_band})"
    )


def news2_text(v: VitalsRow) -> str:
    """E.g. "NEWS2 3 (low_medium)" or "NEWS2 incomplete — 4 of 7 parameters (…)"."""
    return f"NEWS2 {news2_value(v)}"


def partial_text(v: VitalsRow) -> str:
    """ "partly taken: Equipment unavailable (cuff broken)", or "" for a full set."""
    if not v.is_partial:
        return ""
    note = f" ({v.partial_note})" if v.partial_note else ""
    return f"partly taken: {v.partial_reason_en}{note}"


def vitals_note(v: VitalsRow) -> str:
    """The note on a set: NEWS2, consciousness, and for a partial set why it is partial."""
    parts = [news2_text(v), f"ACVPU {v.consciousness or 'not assessed'}", partial_text(v)]
    return "; ".join(part for part in parts if part)


def not_taken_text(row: NotTakenRow) -> str:
    """ "Not taken: Participant asleep (sleeping after the night shift)"."""
    note = f" ({row.note})" if row.note else ""
    return f"Not taken: {row.reason_en}{note}"
