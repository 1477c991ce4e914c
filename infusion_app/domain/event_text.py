"""One plain line per event, for the audit-trail viewer and exports.

Each line is a :class:`Message` (``str()`` gives the English); texts that came from the
payload (a typed reason, a stored English sentence) are fields, shown as recorded.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from infusion_app.domain import event_types  # noqa: F401 (declares them)
from infusion_app.domain.entry_times import backdated_of
from infusion_app.domain.event_declarations import DECLARED_EVENTS
from infusion_app.domain.events import EventType
from infusion_app.domain.export_files import EXPORT_WRITTEN
from infusion_app.domain.labels import printed_din
from infusion_app.domain.messages import Listing, Localized, Message, Recorded, Word

T = EventType

_FIXED: dict[str, Message] = {
    T.USER_SIGNED_IN: Message("signed in"),
    T.USER_SIGNED_OUT: Message("signed out"),
    T.USER_SCREEN_LOCKED: Message("screen locked"),
    T.USER_UNLOCKED: Message("unlocked the screen"),
    T.SESSION_CHECKS_BEGUN: Message("began the pre-infusion checks"),
    T.SESSION_MARKED_READY: Message("marked the session ready"),
    T.INFUSION_STARTED: Message("started the infusion"),
    T.INFUSION_RESUMED: Message("resumed the infusion"),
    T.INFUSION_COMPLETED: Message("completed the infusion"),
    T.OBSERVATION_BEGUN: Message("began observation"),
}

_BANDS = {
    "in_band": Message("in band"),
    "out_of_band": Message("OUT OF BAND"),
    "outside_hard_limits": Message("OUTSIDE LIMITS"),
}


_DECISIONS = {"proceed": Message("proceed"), "defer": Message("defer")}
_PRODUCT_STATES = {"received": Message("received"), "quarantined": Message("quarantined")}


# A pause, stop or correction reason's code as a person reads it (never the code itself).
REASON_WORDS = {
    "reaction": "reaction",
    "occlusion": "occlusion",
    "infiltration": "infiltration",
    "participant_request": "participant's request",
    "other": "other",
    "transcription_error": "transcription error",
    "wrong_time": "wrong time",
    "late_information": "late information",
    "source_document_differs": "source document differs",
}


def reason_word(code: str) -> Word | str:
    """A reason code in words (translated under "Reasons"); a typed reason as it is."""
    return Word(REASON_WORDS[code], "Reasons") if code in REASON_WORDS else code


def _reason(p: dict[str, Any]) -> Message:
    text = p.get("reason_text") or ""
    reason = reason_word(str(p.get("reason", "")))
    if text:
        return Message("{reason}: {text}", reason=reason, text=text)
    return Message("{reason}", reason=reason)


def _alerts(p: dict[str, Any]) -> Listing:
    return Listing(
        (Message("; ALERT {text}", text=Recorded(t)) for t in p.get("alert_texts", [])), ""
    )


def _vitals(p: dict[str, Any]) -> Message:
    if not p.get("partial_reason"):
        return Message(
            "vital signs, NEWS2 {total}{alerts}", total=p["news2_total"], alerts=_alerts(p)
        )
    return Message(
        "vital signs partly taken ({reason}), NEWS2 incomplete — {scored} of 7 parameters{alerts}",
        reason=Localized(p["partial_reason_en"], p["partial_reason_zh"]),
        scored=7 - len(p.get("news2_missing", [])),
        alerts=_alerts(p),
    )


def _clinical(p: dict[str, Any]) -> dict[str, Any]:
    """Wording of the checks, product, drip, vitals and adverse-event events."""
    return {
        T.CHECK_ANSWERED: lambda: Message(
            "answered the check: {step}", step=Word(str(p["step"]).replace("_", " "), "CheckSteps")
        ),
        T.CHECK_DECIDED: lambda: Message(
            "decided to {decision} ({step}): {reason}",
            decision=_DECISIONS.get(p["decision"], p["decision"]),
            step=Word(str(p["step"]).replace("_", " "), "CheckSteps", english=str(p["step"])),
            reason=p["reason"],
        ),
        T.RANDOMIZATION_IMPORTED: lambda: Message(
            "imported {count} allocations", count=len(p["allocations"])
        ),
        T.PRODUCT_RECEIVED: lambda: Message(
            "received bag {din} ({state})",
            din=printed_din(str(p["receipt"]["din"])),
            state=_PRODUCT_STATES.get(p["state"], p["state"]),
        ),
        T.PRODUCT_RELEASED: lambda: Message("released the bag (signed)"),
        T.BEDSIDE_FIRST_CHECK: lambda: Message("first bedside check of the bag (signed)"),
        T.BEDSIDE_MISMATCH: lambda: Message(
            "BEDSIDE MISMATCH: {problems}",
            problems=Listing((Recorded(text) for text in p["problems"]), "; "),
        ),
        T.PRODUCT_VERIFIED: lambda: Message("second bedside check: bag verified (signed)"),
        T.DRIP_READING: lambda: Message(
            "drip {method}: {rate:.0f} gtt/min ({band})",
            method=Word(str(p["method"]).replace("_", " "), "DripMethods"),
            rate=p["rate_gtt_min"],
            band=_BANDS.get(p["band"], p["band"]),
        ),
        T.VITALS_RECORDED: lambda: _vitals(p),
    }


def describe(event_type: str, payload: dict[str, Any]) -> Message:
    """What happened, in a few words (the actor and times are shown beside it); a step recorded
    late with a reason says so (``domain/entry_times.py``)."""
    what = _described(event_type, payload)
    backdated = backdated_of(payload) if isinstance(payload, dict) else None
    if backdated is None:
        return what
    return Message(
        "{what} — recorded {minutes} min after it happened: {reason}",
        what=what,
        minutes=backdated.minutes,
        reason=backdated.reason,
    )


def _described(event_type: str, payload: dict[str, Any]) -> Message:
    if event_type in _FIXED:
        return _FIXED[event_type]
    if declared := DECLARED_EVENTS.get(event_type):
        return _checked(lambda: declared.from_payload(payload).describe(), event_type)
    p = payload
    texts: dict[str, Any] = {
        T.SITE_INITIALIZED: lambda: Message(
            "set up site {site} for {protocol}", site=p["site_code"], protocol=p["protocol_id"]
        ),
        T.USER_ADDED: lambda: Message(
            "added user {username} ({full_name}, {role})",
            username=p["username"],
            full_name=p["full_name"],
            role=p["role"],
        ),
        T.USER_SIGN_IN_FAILED: lambda: Message("failed sign-in ({why})", why=p.get("why", "")),
        T.SIGNATURE_FAILED: lambda: Message("failed signature ({why})", why=p.get("why", "")),
        T.USER_PASSWORD_RESET: lambda: Message(
            "reset the password of {username}", username=p["username"]
        ),
        T.USER_DEACTIVATED: lambda: Message(
            "deactivated {username}: {reason}", username=p["username"], reason=p["reason"]
        ),
        T.USER_HANDED_OVER: lambda: Message("took over from {user}", user=p["from"]),
        T.PARTICIPANT_REGISTERED: lambda: Message(
            "registered {code} ({arm})", code=p["subject_code"], arm=p["arm"]
        ),
        T.SESSION_SCHEDULED: lambda: Message(
            "scheduled session {number} on {day}", number=p["number"], day=p["scheduled_for"]
        ),
        T.INFUSION_PAUSED: lambda: Message("paused the infusion ({reason})", reason=_reason(p)),
        T.INFUSION_STOPPED: lambda: Message("stopped the infusion ({reason})", reason=_reason(p)),
        T.SESSION_SIGNED: lambda: Message("signed the session ({meaning})", meaning=p["meaning"]),
        T.SESSION_COUNTERSIGNED: lambda: Message(
            "countersigned the session ({meaning})", meaning=p["meaning"]
        ),
        T.RECORD_CORRECTED: lambda: Message(
            "corrected {field}: {old} → {new} ({reason})",
            field=Word(p.get("label", p["field"]), "Texts"),
            old=p["old"],
            new=p["new"],
            reason=_reason(p),
        ),
        EXPORT_WRITTEN: lambda: _export_text(p),
        **_clinical(p),
    }
    maker = texts.get(event_type)
    if maker is None:
        return Message("{event_type}", event_type=event_type)
    return _checked(maker, event_type)


def _export_text(p: dict[str, Any]) -> Message:
    """ "exported the record as PDF to …" (one session) or how many sessions (all)."""
    files = Listing(str(f["path"]) for f in p["files"])
    shown = str(p["format"]).upper()  # PDF, CSV, FHIR, ODM: names, the same in every language
    if p.get("scope") == "session":
        return Message("exported the record as {format} to {files}", format=shown, files=files)
    return Message(
        "exported {sessions} session(s) as {format} to {files}",
        sessions=len(p["sessions"]),
        format=shown,
        files=files,
    )


def _checked(maker: Callable[[], Message], event_type: str) -> Message:
    """``maker()``, or the bare type when the payload does not fit its sentence."""
    try:
        made = maker()
        str(made)  # a payload that does not fit the template fails here, not on screen
    except (KeyError, TypeError, ValueError, AttributeError):  # an unexpected payload: say what
        return Message("{event_type}", event_type=event_type)
    return made
