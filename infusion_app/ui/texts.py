"""Words the screens share: roles, signature meanings, correction reasons, site-local times."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale

from infusion_app.domain.clock import parse_utc_iso
from infusion_app.domain.corrections import CorrectionReason
from infusion_app.domain.protocol import LocalText
from infusion_app.domain.roles import Role
from infusion_app.domain.signatures import MEANING_WORDS, SignatureMeaning


def _tr(text: str) -> str:
    return QCoreApplication.translate("Texts", text)


def local(text: LocalText) -> str:
    """A text the protocol file gives in both languages, in the interface's language."""
    return text.get(QLocale().name())


def role_text(role: Role | str) -> str:
    """The role as a person reads it, e.g. "Nurse"."""
    words = {
        Role.NURSE: QCoreApplication.translate("Texts", "Nurse"),
        Role.PHARMACIST: QCoreApplication.translate("Texts", "Pharmacist"),
        Role.INVESTIGATOR: QCoreApplication.translate("Texts", "Investigator"),
        Role.ADMIN: QCoreApplication.translate("Texts", "Administrator"),
    }
    return words.get(Role(role), str(role))


def meaning_text(meaning: SignatureMeaning | str) -> str:
    """A signature's meaning in one short word, e.g. "Performed"."""
    words = {
        SignatureMeaning.PERFORMED: QCoreApplication.translate("Texts", "Performed"),
        SignatureMeaning.VERIFIED: QCoreApplication.translate("Texts", "Verified"),
        SignatureMeaning.REVIEWED: QCoreApplication.translate("Texts", "Reviewed"),
        SignatureMeaning.APPROVED: QCoreApplication.translate("Texts", "Approved"),
    }
    return words.get(SignatureMeaning(meaning), str(meaning))


def meaning_sentence(meaning: SignatureMeaning) -> str:
    """What the signer declares, e.g. "Performed — I carried out what this record shows"."""
    return _tr(MEANING_WORDS[meaning])


def field_label_text(label: str) -> str:
    """A value's name from the domain (a correctable field, a vital sign) as screens show it."""
    return _tr(label)


def reason_text(reason: CorrectionReason) -> str:
    """Why a value is corrected, as the reason list shows it."""
    words = {
        CorrectionReason.TRANSCRIPTION_ERROR: QCoreApplication.translate(
            "Texts", "Transcription error"
        ),
        CorrectionReason.WRONG_TIME: QCoreApplication.translate("Texts", "Wrong time recorded"),
        CorrectionReason.LATE_INFORMATION: QCoreApplication.translate(
            "Texts", "Information arrived late"
        ),
        CorrectionReason.SOURCE_DOCUMENT_DIFFERS: QCoreApplication.translate(
            "Texts", "Source document differs"
        ),
        CorrectionReason.OTHER: QCoreApplication.translate("Texts", "Other (describe below)"),
    }
    return words[reason]


def local_time(utc_text: str | None, zone: str, *, seconds: bool = True) -> str:
    """A stored UTC ISO time as site-local "YYYY-MM-DD HH:MM[:SS]"; "" for none or unreadable."""
    if not utc_text:
        return ""
    try:
        moment = parse_utc_iso(utc_text).astimezone(ZoneInfo(zone))
    except ValueError:
        return utc_text
    return moment.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def zone_suffix(moment: datetime) -> str:
    """E.g. "CST (UTC+08:00)" for an aware time: the zone always shows beside a signature."""
    offset = moment.strftime("%z")
    return f"{moment.tzname()} (UTC{offset[:3]}:{offset[3:]})"


def parse_local(text: str, zone: str, *, end_of_day: bool = False) -> datetime | None:
    """Read "YYYY-MM-DD[ HH:MM[:SS]]" typed in site-local time; None if it is not that.

    A bare date means the start of that day, or with ``end_of_day`` the start of the next.
    """
    text = text.strip().replace("T", " ")
    for pattern in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d"):
        try:
            moment = datetime.strptime(text, pattern)
        except ValueError:
            continue
        if pattern == "%Y-%m-%d" and end_of_day:
            moment += timedelta(days=1)
        return moment.replace(tzinfo=ZoneInfo(zone))
    return None
